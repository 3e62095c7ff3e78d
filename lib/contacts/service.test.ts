/**
 * The regional directory against the real database: only national admins change it, one primary per
 * region (enforced by PostgreSQL too), version conflicts, audit, and a public query without personal phones.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { demoPeople, type People } from "@/lib/cases/test-fixtures";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { createContactAction, deleteContactAction, setContactActiveAction, setPrimaryContactAction, updateContactAction } from "./actions";
import { createContactSchema } from "./schemas";
import { createContact, deleteContact, getContact, publicDirectory, regionalContacts, setContactActive, setPrimaryContact, updateContact } from "./service";

const viewerHolder = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewerHolder.current, requireViewer: async () => viewerHolder.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

// Aysén: no demo person works there, so these tests own its directory.
const REGION = "11";
let people: People;

const fields = (overrides: Record<string, unknown> = {}) =>
  createContactSchema.parse({
    regionCode: REGION,
    name: "Persona Ficticia de Prueba",
    position: "Encargada regional del programa Sello Migrante",
    email: `prueba.${randomUUID().slice(0, 8)}@demo.sermig.gob.cl`,
    directPhone: `+56 9 5559 ${Math.floor(1000 + Math.random() * 8999)}`,
    officeAddress: "Dirección de prueba (no real)",
    officePhone: "+56 2 5559 0000",
    ...overrides,
  });

beforeAll(async () => {
  people = await demoPeople();
  await db.regionalContact.deleteMany({ where: { regionCode: REGION } });
});

afterAll(async () => {
  await db.regionalContact.deleteMany({ where: { regionCode: REGION } });
  await db.$disconnect();
});

const primaries = () => db.regionalContact.findMany({ where: { primaryOf: REGION }, select: { id: true } });

describe("regional directory", () => {
  it("is changed only by national admins", async () => {
    for (const viewer of [people.rodrigo, people.carolina]) {
      await expect(createContact(viewer, null, fields())).rejects.toBeInstanceOf(ForbiddenError);
    }
    const { id } = await createContact(people.andrea, null, fields());
    for (const viewer of [people.rodrigo, people.carolina]) {
      await expect(getContact(viewer, id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(setPrimaryContact(viewer, null, { id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(deleteContact(viewer, null, { id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("keeps one primary per region: marking another replaces it", async () => {
    const first = await createContact(people.andrea, null, fields({ primary: "on", name: "Primera Persona Ficticia" }));
    const second = await createContact(people.andrea, null, fields({ name: "Segunda Persona Ficticia" }));
    expect((await primaries()).map((c) => c.id)).toEqual([first.id]);
    const { version } = await db.regionalContact.findUniqueOrThrow({ where: { id: second.id } });
    await setPrimaryContact(people.andrea, null, { id: second.id, version });
    expect((await primaries()).map((c) => c.id)).toEqual([second.id]);
    expect((await regionalContacts(REGION))[0].id).toBe(second.id);
  });

  it("is enforced by the database: a second primary or a primary of another region is refused", async () => {
    const other = await createContact(people.andrea, null, fields());
    await expect(db.regionalContact.update({ where: { id: other.id }, data: { primaryOf: REGION } })).rejects.toMatchObject({ code: "P2002" });
    await expect(db.$executeRaw`UPDATE regional_contact SET primary_of = '13' WHERE id = ${other.id}`).rejects.toThrow(/regional_contact_primary_of_own_region/);
  });

  it("refuses a stale edit and changes nothing", async () => {
    const { id } = await createContact(people.andrea, null, fields({ name: "Nombre Original Ficticio" }));
    const input = { id, version: 1, ...fields({ name: "Nombre Nuevo Ficticio" }) };
    delete (input as Record<string, unknown>).primary;
    await updateContact(people.andrea, null, input);
    await expect(updateContact(people.andrea, null, { ...input, name: "Otro Nombre Ficticio" })).rejects.toBeInstanceOf(ConflictError);
    expect((await db.regionalContact.findUniqueOrThrow({ where: { id } })).name).toBe("Nombre Nuevo Ficticio");
  });

  it("drops a deactivated contact from municipalities' homes, and its primary mark with it", async () => {
    const { id } = (await primaries())[0];
    const { version } = await db.regionalContact.findUniqueOrThrow({ where: { id } });
    await setContactActive(people.andrea, null, { id, version, active: false });
    expect((await regionalContacts(REGION)).map((c) => c.id)).not.toContain(id);
    expect(await primaries()).toEqual([]);
  });

  it("never puts a direct phone in the public directory", async () => {
    const phone = "+56 9 5559 4242";
    await createContact(people.andrea, null, fields({ directPhone: phone, primary: "on" }));
    const region = (await publicDirectory()).find((r) => r.code === REGION)!;
    expect(region.contacts.length).toBeGreaterThan(0);
    const serialised = JSON.stringify(await publicDirectory());
    expect(serialised).not.toContain(phone);
    expect(serialised).not.toContain("directPhone");
    expect(serialised).toContain("+56 2 5559 0000");
    expect((await regionalContacts(REGION)).some((c) => c.directPhone === phone)).toBe(true);
  });

  it("audits every change with the region", async () => {
    const { id } = await createContact(people.andrea, null, fields());
    await deleteContact(people.andrea, null, { id, version: 1 });
    const actions = (await db.auditEvent.findMany({ where: { entity: "RegionalContact", entityId: id }, orderBy: { at: "asc" } })).map((e) => [e.action, e.regionCode, e.actorId]);
    expect(actions).toEqual([
      ["contact.create", REGION, people.andrea.id],
      ["contact.delete", REGION, people.andrea.id],
    ]);
    expect(await db.regionalContact.findUnique({ where: { id } })).toBeNull();
  });
});

describe("contact actions", () => {
  const form = (values: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(values)) data.append(key, value);
    return data;
  };
  const valid = () => ({ regionCode: REGION, name: "Persona Ficticia", position: "Profesional de apoyo", email: `a.${randomUUID().slice(0, 6)}@demo.sermig.gob.cl`, officeAddress: "Dirección de prueba (no real)" });

  it("refuse every role but national admins", async () => {
    const ref = { id: randomUUID(), version: "1" };
    for (const viewer of [people.rodrigo, people.carolina]) {
      viewerHolder.current = viewer;
      for (const [action, input] of [
        [createContactAction, valid()],
        [updateContactAction, { ...ref, ...valid() }],
        [setPrimaryContactAction, ref],
        [setContactActiveAction, { ...ref, active: "false" }],
        [deleteContactAction, ref],
      ] as const) {
        expect(await action(null, form(input))).toEqual({ ok: false, error: "No tiene permiso para realizar esta acción." });
      }
    }
  });

  it("put Spanish errors next to the fields and refuse a non-institutional e-mail", async () => {
    viewerHolder.current = people.andrea;
    const result = await createContactAction(null, form({ ...valid(), email: "persona@gmail.com", directPhone: "llámame", name: "" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: "Use el correo institucional (termina en gob.cl).", directPhone: expect.stringContaining("teléfono"), name: "Ingrese el nombre." } });
    expect(await createContactAction(null, form({ ...valid(), primaryOf: "13" }))).toMatchObject({ ok: false, error: "Revise los datos marcados." });
  });

  it("answer a missing contact like a missing record", async () => {
    viewerHolder.current = people.andrea;
    expect(await deleteContactAction(null, form({ id: randomUUID(), version: "1" }))).toEqual({ ok: false, error: "No encontramos ese registro." });
  });
});
