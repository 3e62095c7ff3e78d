import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, RuleError } from "@/lib/errors";
import { runCheckDigit } from "@/lib/auth/run";

const auditFailure = vi.hoisted(() => ({ next: false }));
vi.mock("@/lib/audit/record", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/audit/record")>();
  return {
    ...real,
    recordAudit: async (...args: Parameters<typeof real.recordAudit>) => {
      if (auditFailure.next) {
        auditFailure.next = false;
        throw new Error("fallo simulado del registro de auditoría");
      }
      return real.recordAudit(...args);
    },
  };
});

const { createUser, getUserForEdit, listUsers, setUserActive, updateUser } = await import("./service");

async function viewerFor(run: string): Promise<Viewer> {
  const user = await db.user.findUniqueOrThrow({ where: { run }, select: { id: true, name: true, run: true, role: true, municipalityCode: true, regionCode: true } });
  return user;
}

/** A fresh valid RUN for each created person, so tests never collide. */
function newRun(): string {
  const body = 30_000_000 + (randomBytes(3).readUIntBE(0, 3) % 9_000_000);
  return `${body}-${runCheckDigit(body)}`;
}

const person = (overrides: Partial<Parameters<typeof createUser>[2]> = {}) => {
  const run = newRun();
  return { run, name: "Persona Ficticia De Prueba", email: `p${run.replace("-", "")}@demo.example.cl`, phone: null, role: "MUNICIPAL_OFFICER" as const, municipalityCode: "13501", regionCode: null, ...overrides };
};

const auditCount = () => db.auditEvent.count();

let admin: Viewer;
let coordinatorRM: Viewer;
let coordinatorAntofagasta: Viewer;

beforeAll(async () => {
  admin = await viewerFor("44444444-4");
  coordinatorRM = await viewerFor("55555555-5");
  coordinatorAntofagasta = await viewerFor("17333444-3");
});

afterAll(async () => {
  await db.$disconnect();
});

describe("provisioning", () => {
  it("lets a coordinator enable an officer of their region, with the audit row in the same transaction", async () => {
    const input = person();
    const { id } = await createUser(coordinatorRM, "203.0.113.7", input);
    const created = await db.user.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({ run: input.run, role: "MUNICIPAL_OFFICER", municipalityCode: "13501", regionCode: "13", active: true });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "user.create" } });
    expect(audit).toMatchObject({ actorId: coordinatorRM.id, actorRole: "REGIONAL_COORDINATOR", ip: "203.0.113.7", regionCode: "13" });
    expect(audit.after).toMatchObject({ run: input.run, role: "MUNICIPAL_OFFICER" });
  });

  it("never lets a coordinator grant beyond their region or role, and writes nothing when refusing", async () => {
    const users = await db.user.count();
    const audits = await auditCount();
    await expect(createUser(coordinatorRM, null, person({ municipalityCode: "02101" }))).rejects.toThrow(RuleError);
    await expect(createUser(coordinatorRM, null, person({ role: "REGIONAL_COORDINATOR", municipalityCode: null, regionCode: "13" }))).rejects.toThrow(RuleError);
    await expect(createUser(coordinatorRM, null, person({ role: "NATIONAL_ADMIN", municipalityCode: null }))).rejects.toThrow(RuleError);
    expect(await db.user.count()).toBe(users);
    expect(await auditCount()).toBe(audits);
  });

  it("lets an admin enable coordinators and admins", async () => {
    const { id } = await createUser(admin, null, person({ role: "REGIONAL_COORDINATOR", municipalityCode: null, regionCode: "02" }));
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ role: "REGIONAL_COORDINATOR", regionCode: "02", municipalityCode: null });
  });

  it("refuses a RUN that is already provisioned, next to the RUN field", async () => {
    const error = await createUser(admin, null, person({ run: "88888888-8" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleError);
    expect((error as RuleError).field).toBe("run");
  });

  it("hides people outside the coordinator's region as if they did not exist", async () => {
    const antofagastaOfficer = await viewerFor("16222333-K");
    await expect(getUserForEdit(coordinatorRM, antofagastaOfficer.id)).rejects.toThrow(NotFoundError);
    const current = await db.user.findUniqueOrThrow({ where: { id: antofagastaOfficer.id } });
    await expect(setUserActive(coordinatorRM, null, { id: current.id, version: current.version, active: false })).rejects.toThrow(NotFoundError);
    expect((await db.user.findUniqueOrThrow({ where: { id: current.id } })).active).toBe(true);
    await expect(getUserForEdit(coordinatorAntofagasta, antofagastaOfficer.id)).resolves.toMatchObject({ editable: true });
  });

  it("never widens a coordinator's view through filters", async () => {
    const foreign = await listUsers(coordinatorRM, { estado: "todos", page: 1, region: "02" });
    expect(foreign.total).toBe(0);
    const own = await listUsers(coordinatorRM, { estado: "todos", page: 1 });
    expect(own.items.every((u) => u.regionCode === "13")).toBe(true);
  });

  it("ends the sessions of a person who is deactivated or moved", async () => {
    const { id } = await createUser(admin, null, person());
    const openSession = () => db.session.create({ data: { sessionToken: randomBytes(16).toString("hex"), userId: id, expires: new Date(Date.now() + 600_000) } });
    await openSession();
    let user = await db.user.findUniqueOrThrow({ where: { id } });
    await updateUser(admin, null, { ...person(), id, version: user.version, email: user.email!, municipalityCode: "13503" });
    expect(await db.session.count({ where: { userId: id } })).toBe(0);

    await openSession();
    user = await db.user.findUniqueOrThrow({ where: { id } });
    await setUserActive(admin, null, { id, version: user.version, active: false });
    expect(await db.session.count({ where: { userId: id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id } })).active).toBe(false);

    const trail = await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { id: "asc" }, select: { action: true, before: true, after: true } });
    expect(trail.map((e) => e.action)).toEqual(["user.create", "user.update", "user.deactivate"]);
    expect(trail[1].before).toMatchObject({ municipalityCode: "13501" });
    expect(trail[1].after).toMatchObject({ municipalityCode: "13503" });
    expect(trail[2]).toMatchObject({ before: { active: true }, after: { active: false } });
  });

  it("refuses a stale version instead of overwriting someone else's change", async () => {
    const { id } = await createUser(admin, null, person());
    const { version, email } = await db.user.findUniqueOrThrow({ where: { id } });
    await updateUser(admin, null, { ...person(), id, version, email: email!, name: "Primer Cambio" });
    await expect(updateUser(admin, null, { ...person(), id, version, email: email!, name: "Segundo Cambio" })).rejects.toThrow(ConflictError);
    expect((await db.user.findUniqueOrThrow({ where: { id } })).name).toBe("Primer Cambio");
  });

  it("does not let anyone deactivate their own account", async () => {
    const me = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    await expect(setUserActive(admin, null, { id: me.id, version: me.version, active: false })).rejects.toThrow(RuleError);
  });

  it("keeps neither the change nor the audit row when the transaction fails", async () => {
    const { id } = await createUser(admin, null, person());
    const before = await db.user.findUniqueOrThrow({ where: { id } });
    const audits = await auditCount();
    auditFailure.next = true;
    await expect(setUserActive(admin, null, { id, version: before.version, active: false })).rejects.toThrow("fallo simulado");
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: true, version: before.version });
    expect(await auditCount()).toBe(audits);
  });
});

describe("audit trail", () => {
  it("cannot be rewritten or erased", async () => {
    await expect(db.auditEvent.updateMany({ data: { action: "borrado" } })).rejects.toThrow();
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow();
    await expect(db.$executeRaw`TRUNCATE audit_event`).rejects.toThrow();
    expect(await auditCount()).toBeGreaterThan(0);
  });
});
