import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { fileStore } from "@/lib/files/store";
import { runAnonymisation } from "@/lib/jobs/anonymise-expired";
import { retentionCutoff, retentionMonths } from "./retention-config";

/** "Ejecutar ahora" on the privacy page: the same run as the nightly one, attributed to the admin. */
export async function runRetentionNow(viewer: Viewer, ip: string | null) {
  if (viewer.role !== "NATIONAL_ADMIN") throw new Error("Solo la administración nacional ejecuta la anonimización.");
  return runAnonymisation(db, fileStore(), { months: retentionMonths(), trigger: "manual", actor: { id: viewer.id, name: viewer.name, role: viewer.role }, ip });
}

/** The retention panel: the period in force, the last run, and how many closed cases wait for the next. */
export async function retentionOverview() {
  const months = retentionMonths();
  const cutoff = retentionCutoff(new Date(), months);
  const [lastRun, due, held, anonymised] = await Promise.all([
    db.retentionRun.findFirst({ where: { finishedAt: { not: null } }, orderBy: { startedAt: "desc" } }),
    db.case.count({ where: { status: "CERRADO", closedAt: { lt: cutoff }, legalHold: false, anonymisedAt: null } }),
    db.case.count({ where: { legalHold: true } }),
    db.case.count({ where: { anonymisedAt: { not: null } } }),
  ]);
  return { months, cutoff, lastRun, due, held, anonymised };
}
