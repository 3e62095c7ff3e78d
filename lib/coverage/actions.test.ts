/**
 * Priority comunas through the action factory, as a browser or an attacker reaches them: only national
 * admins, Spanish errors for a bad reason, nothing half-written, and an audit event for each change.
 */
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { prioritiseComunaAction, unprioritiseComunaAction } from "./actions";

const viewerHolder = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewerHolder.current, requireViewer: async () => viewerHolder.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const person = (role: Viewer["role"], place: Partial<Viewer> = {}): Viewer => ({ id: `t-${role}`, name: `Prueba ${role}`, run: "1-9", role, municipalityCode: null, regionCode: null, ...place });
const admin = person("NATIONAL_ADMIN");
const coordinator = person("REGIONAL_COORDINATOR", { regionCode: "02" });
const officer = person("MUNICIPAL_OFFICER", { municipalityCode: "13501", regionCode: "13" });
const REASON = "Alta población migrante y plan de trabajo al día";

const as = (viewer: Viewer | null) => {
  viewerHolder.current = viewer;
};
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const audits = (action: string, code: string) => db.auditEvent.findMany({ where: { action, entityId: code }, orderBy: { id: "asc" } });

let adhered: string;
let notAdhered: string;

beforeEach(async () => {
  const [a] = await db.$queryRaw<{ code: string }[]>`
    SELECT c.code FROM comuna c JOIN adhesion a ON a.municipality_code = c.municipality_code
     WHERE a.status IN ('CERTIFICADA', 'EN_IMPLEMENTACION') ORDER BY c.code LIMIT 1`;
  const [n] = await db.$queryRaw<{ code: string }[]>`
    SELECT c.code FROM comuna c LEFT JOIN adhesion a ON a.municipality_code = c.municipality_code WHERE a.status IS NULL ORDER BY c.code LIMIT 1`;
  adhered = a.code;
  notAdhered = n.code;
  await db.priorityComuna.deleteMany({ where: { comunaCode: { in: [adhered, notAdhered] } } });
});

afterAll(async () => {
  await db.priorityComuna.deleteMany({});
  await db.$disconnect();
});

describe("prioritising comunas", () => {
  it("lets a national admin mark and unmark an adhered comuna, each step audited with the reason", async () => {
    as(admin);
    expect(await prioritiseComunaAction(null, form({ comunaCode: adhered, reason: `  ${REASON}  ` }))).toMatchObject({ ok: true });
    expect(await db.priorityComuna.findUnique({ where: { comunaCode: adhered } })).toMatchObject({ reason: REASON, markedById: admin.id, markedByName: admin.name });
    const [marked] = await audits("coverage.prioritise", adhered);
    expect(marked).toMatchObject({ actorId: admin.id, entity: "PriorityComuna", after: { reason: REASON }, outcome: "SUCCESS" });

    expect(await unprioritiseComunaAction(null, form({ comunaCode: adhered }))).toMatchObject({ ok: true });
    expect(await db.priorityComuna.count({ where: { comunaCode: adhered } })).toBe(0);
    const [unmarked] = (await audits("coverage.unprioritise", adhered)).slice(-1);
    expect(unmarked).toMatchObject({ actorId: admin.id, before: { reason: REASON, markedBy: admin.name } });
  });

  it("refuses coordinators, officers and anonymous callers, writing nothing", async () => {
    for (const who of [coordinator, officer]) {
      as(who);
      expect(await prioritiseComunaAction(null, form({ comunaCode: adhered, reason: REASON }))).toEqual({ ok: false, error: "No tiene permiso para realizar esta acción." });
    }
    as(null);
    expect(await prioritiseComunaAction(null, form({ comunaCode: adhered, reason: REASON }))).toMatchObject({ ok: false, error: "Su sesión terminó. Ingrese nuevamente." });
    expect(await db.priorityComuna.count({ where: { comunaCode: adhered } })).toBe(0);
  });

  it("answers a missing, short or oversized reason with a Spanish message next to the field", async () => {
    as(admin);
    expect(await prioritiseComunaAction(null, form({ comunaCode: adhered }))).toMatchObject({ ok: false, fieldErrors: { reason: "Indique el motivo de la priorización." } });
    expect(await prioritiseComunaAction(null, form({ comunaCode: adhered, reason: "   corto  " }))).toMatchObject({
      ok: false,
      fieldErrors: { reason: "Indique el motivo de la priorización (al menos 10 caracteres)." },
    });
    expect(await prioritiseComunaAction(null, form({ comunaCode: adhered, reason: "x".repeat(501) }))).toMatchObject({ ok: false, fieldErrors: { reason: "El motivo: máximo 500 caracteres." } });
    expect(await prioritiseComunaAction(null, form({ comunaCode: "13'--", reason: REASON }))).toMatchObject({ ok: false, fieldErrors: { comunaCode: "Elija una comuna." } });
    expect(await prioritiseComunaAction(null, { comunaCode: adhered, reason: REASON, extra: "<script>" })).toMatchObject({ ok: false, error: "Revise los datos marcados." });
    expect(await db.priorityComuna.count({ where: { comunaCode: adhered } })).toBe(0);
  });

  it("refuses a comuna whose municipality has not adhered, an unknown one, a double mark and unmarking what is not marked", async () => {
    as(admin);
    expect(await prioritiseComunaAction(null, form({ comunaCode: notAdhered, reason: REASON }))).toMatchObject({
      ok: false,
      fieldErrors: { comunaCode: "Solo se pueden priorizar comunas cuya municipalidad está adherida al Sello." },
    });
    expect(await prioritiseComunaAction(null, form({ comunaCode: "99999", reason: REASON }))).toMatchObject({ ok: false, error: "No encontramos ese registro." });
    const before = (await audits("coverage.prioritise", adhered)).length;
    expect(await prioritiseComunaAction(null, form({ comunaCode: adhered, reason: REASON }))).toMatchObject({ ok: true });
    expect(await prioritiseComunaAction(null, form({ comunaCode: adhered, reason: REASON }))).toMatchObject({ ok: false, fieldErrors: { comunaCode: "Esa comuna ya está marcada como prioritaria." } });
    expect(await audits("coverage.prioritise", adhered)).toHaveLength(before + 1);
    expect(await unprioritiseComunaAction(null, form({ comunaCode: notAdhered }))).toMatchObject({ ok: false, error: "No encontramos ese registro." });
    expect(await audits("coverage.unprioritise", notAdhered)).toHaveLength(0);
  });
});
