/**
 * Fictional regional contacts for every region (see prisma/data/DEMO-DATA.md). Nothing here is real:
 * the names are invented (except the demo coordinators, who are demo people themselves), the e-mails use
 * the `demo.sermig.gob.cl` domain, the phones the +56 9 5551 / +56 2 5551 ranges of the demo, and every
 * office address says it is a demo address. A region that already has contacts is left alone, so what
 * is edited in the portal survives a restart.
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { DEMO_IDENTITIES } from "../../lib/auth/demo-identities";

const FIRST_NAMES = ["Valentina", "Cristóbal", "Francisca", "Sebastián", "Josefa", "Ignacio", "Catalina", "Benjamín", "Antonia", "Vicente", "Isidora", "Martín", "Florencia", "Joaquín", "Constanza", "Diego", "Trinidad", "Felipe", "Amanda", "Lucas", "Emilia", "Gaspar", "Renata", "Agustín", "Maite", "Tomás", "Javiera", "Maximiliano", "Sofía", "Matías", "Rocío", "Pablo"];
const LAST_NAMES = ["Alarcón", "Bravo", "Cárdenas", "Donoso", "Espinoza", "Figueroa", "Gallardo", "Henríquez", "Ibáñez", "Jara", "Lagos", "Maturana", "Núñez", "Olivares", "Peña", "Quezada", "Riquelme", "Saavedra", "Toledo", "Urrutia", "Valenzuela", "Yáñez", "Zamorano", "Aguilera", "Bustos", "Carrasco", "Dinamarca", "Escobar", "Fierro", "Gutiérrez", "Hidalgo", "Inostroza"];

const ascii = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

export async function seedDemoContacts(client: pg.Client) {
  const regions = (await client.query<{ code: string; name: string; north_south_order: number }>("SELECT code, name, north_south_order FROM region ORDER BY north_south_order")).rows;
  for (const region of regions) {
    const existing = await client.query("SELECT 1 FROM regional_contact WHERE region_code = $1 LIMIT 1", [region.code]);
    if (existing.rowCount) continue;
    const index = region.north_south_order - 1;
    const coordinator = DEMO_IDENTITIES.find((person) => person.role === "REGIONAL_COORDINATOR" && person.territory === region.code && person.active);
    const primaryName = coordinator ? [...coordinator.nombres, ...coordinator.apellidos].join(" ") : `${FIRST_NAMES[index * 2]} ${LAST_NAMES[index * 2]}`;
    const primaryEmail = coordinator?.email ?? `${ascii(FIRST_NAMES[index * 2])}.${ascii(LAST_NAMES[index * 2])}@demo.sermig.gob.cl`;
    const supportFirst = FIRST_NAMES[index * 2 + 1];
    const supportLast = LAST_NAMES[index * 2 + 1];
    const office = {
      address: `Dirección de demostración (no es una oficina real) · ${region.name}`,
      phone: `+56 2 5551 ${region.code}00`,
    };
    const people = [
      { name: primaryName, position: "Encargada/o regional del programa Sello Migrante", email: primaryEmail, phone: `+56 9 5551 ${region.code}01`, primary: true },
      { name: `${supportFirst} ${supportLast}`, position: "Profesional de apoyo, Sello Migrante", email: `${ascii(supportFirst)}.${ascii(supportLast)}@demo.sermig.gob.cl`, phone: `+56 9 5551 ${region.code}02`, primary: false },
    ];
    for (const person of people) {
      await client.query(
        `INSERT INTO regional_contact (id, region_code, name, position, email, direct_phone, office_address, office_phone, primary_of, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())`,
        [randomUUID(), region.code, person.name, person.position, person.email, person.phone, office.address, office.phone, person.primary ? region.code : null],
      );
    }
  }
}
