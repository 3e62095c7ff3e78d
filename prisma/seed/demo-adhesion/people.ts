/** Invented people: mayors who signed the letters and the officials who lead the work. */
import { searchKey } from "../../../lib/text";
import type { Random } from "./random";

const WOMEN = ["Carolina", "Daniela", "Francisca", "Valentina", "Camila", "Paula", "Macarena", "Constanza", "Marcela", "Lorena", "Claudia", "Soledad", "Ximena", "Paola", "Verónica", "Natalia"];
const MEN = ["Felipe", "Cristián", "Gonzalo", "Sebastián", "Mauricio", "Pablo", "Ignacio", "Álvaro", "Andrés", "Héctor", "Rubén", "Marcelo", "Diego", "Nicolás", "Esteban", "Patricio"];
const SURNAMES = [
  "González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Silva", "Martínez", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya",
  "Flores", "Espinoza", "Valenzuela", "Reyes", "Gutiérrez", "Castro", "Álvarez", "Vásquez", "Sánchez", "Fernández", "Ramírez", "Carrasco", "Gómez",
  "Cortés", "Núñez", "Jara", "Vergara", "Figueroa", "Olivares", "Bravo", "Cáceres", "Salinas", "Paredes", "Orellana", "Riquelme",
];

type Person = { name: string; first: string; last: string; woman: boolean };

export function inventPerson(random: Random): Person {
  const woman = random.chance(0.55);
  const first = random.pick(woman ? WOMEN : MEN);
  const [last, second] = random.sample(SURNAMES, 2);
  return { name: `${first} ${last} ${second}`, first, last, woman };
}

/** Accent-free and hyphenated, for the fictional addresses: "Puerto Varas" → "puerto-varas". */
export function slug(text: string): string {
  return searchKey(text).replace(/[^a-z0-9]+/g, "-");
}

/** María Elena announced this office when it joined (DOMAIN-NOTES §3); the others are invented. */
const KNOWN_UNITS: Record<string, string> = { "02302": "Oficina de Integración Comunitaria" };
const UNITS = ["Oficina Municipal de Migrantes y Refugiados", "Dirección de Desarrollo Comunitario (DIDECO)", "Oficina de Inclusión e Interculturalidad"];

export function inventOfficial(municipality: { code: string; name: string }, random: Random) {
  const person = inventPerson(random);
  return {
    name: person.name,
    position: random.pick(person.woman ? ["Encargada municipal de migraciones", "Coordinadora de inclusión", "Profesional de DIDECO"] : ["Encargado municipal de migraciones", "Coordinador de inclusión", "Profesional de DIDECO"]),
    unit: KNOWN_UNITS[municipality.code] ?? random.pick(UNITS),
    email: `${slug(person.first)}.${slug(person.last)}@${slug(municipality.name)}.demo.example`,
  };
}
