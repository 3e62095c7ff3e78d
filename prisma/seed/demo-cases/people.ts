/** The fictional people of the demo cases: "Persona Ficticia N", with documents nobody holds. */
import { runCheckDigit } from "../../../lib/auth/run";
import { documentKeyOf } from "../../../lib/cases/schemas";
import type { CaseType } from "../../../lib/generated/prisma/enums";
import type { Random } from "../demo-adhesion/random";
import { NATIONALITIES } from "./texts";

export type Document = { type: string; number: string };
const run = (body: number): Document => ({ type: "RUN", number: `${body}-${runCheckDigit(body)}` });

/** A RUN nobody has (30.000.000 and up), a fictional passport or a fictional foreign ID. */
function fictionalDocument(random: Random): { type: string; number: string | null } {
  const roll = random.next();
  if (roll < 0.35) return run(random.int(30_000_000, 38_999_999));
  if (roll < 0.75) return { type: "PASAPORTE", number: `PF${random.int(1_000_000, 9_999_999)}` };
  if (roll < 0.92) return { type: "DNI_EXTRANJERO", number: `DNI-F-${random.int(100_000, 999_999)}` };
  return { type: "NINGUNO", number: null };
}

/**
 * Fictional people who appear in two open cases of one region, for the duplicate warning: the first
 * open cases of each municipality listed take them, so Melipilla's officer meets one from Santiago.
 */
export const REPEATED: Record<string, Document[]> = (() => {
  const shared = { a: run(39_000_013), b: { type: "PASAPORTE", number: "PF7000013" }, c: run(39_000_002), d: { type: "PASAPORTE", number: "PF7000002" } };
  return { "13501": [shared.a, shared.b], "13101": [shared.a], "13106": [shared.b], "02101": [shared.c], "02201": [shared.c, shared.d], "02102": [shared.d] };
})();

/** Numbers the people across all cases, in the order the cases are built. */
export type PersonCounter = { last: number };

export function peopleOf(random: Random, type: CaseType, details: Record<string, string>, filedAt: Date, repeated: Document | null, counter: PersonCounter) {
  const adultBirth = () => new Date(Date.UTC(filedAt.getUTCFullYear() - random.int(19, 65), random.int(0, 11), random.int(1, 28)));
  const childBirth = () => new Date(Date.UTC(filedAt.getUTCFullYear() - random.int(2, 16), random.int(0, 11), random.int(1, 28)));
  const women = type === "VIF_GENERO" || type === "EMBARAZO";
  const main = {
    relation: "AFECTADA",
    birthDate: type === "NNA" ? childBirth() : random.chance(0.85) ? adultBirth() : null,
    sexGender: women ? "MUJER" : random.pick(["MUJER", "HOMBRE", "MUJER", "HOMBRE", "NO_INFORMA", null]),
    document: repeated ?? fictionalDocument(random),
  };
  const companions = type === "NNA" && details.acompanado === "si" ? ["REPRESENTANTE"] : random.chance(0.25) ? [random.pick(["FAMILIAR", "APOYO"])] : [];
  return [main, ...companions.map((relation) => ({ relation, birthDate: adultBirth(), sexGender: random.pick(["MUJER", "HOMBRE"]), document: fictionalDocument(random) }))].map((person) => {
    const number = ++counter.last;
    return {
      full_name: `Persona Ficticia ${number}`,
      document_type: person.document.type,
      document_number: person.document.number,
      document_key: person.document.number ? documentKeyOf(person.document.number) : null,
      nationality: random.pick(NATIONALITIES),
      birth_date: person.birthDate ? person.birthDate.toISOString().slice(0, 10) : null,
      sex_gender: person.sexGender,
      contact: random.chance(0.5) ? `+56 9 5550 ${String(number % 10_000).padStart(4, "0")}` : null,
      relation: person.relation,
    };
  });
}
