import "server-only";
import { territoryWhere } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import type { CommitmentLine } from "@/lib/generated/prisma/enums";
import { COMMITMENT_LINES } from "@/lib/programme/commitment-lines";
import { regionalContacts } from "@/lib/contacts/service";
import { visibleMunicipality } from "./service";

export type Progress = { approved: number; total: number };

export function share({ approved, total }: Progress): number {
  return total === 0 ? 0 : approved / total;
}

/** Everything the municipality's page shows, read once and only within the viewer's territory. */
export async function getMunicipalityProfile(viewer: Viewer, code: string) {
  const municipality = await visibleMunicipality(db, viewer, code);
  const scope = territoryWhere(viewer);
  const [adhesion, actions, official, trainings, contacts] = await Promise.all([
    db.adhesion.findUnique({
      where: { municipalityCode: code },
      include: {
        events: { orderBy: { at: "desc" } },
        letters: { orderBy: { version: "desc" }, include: { file: { select: { id: true, originalName: true, size: true } } } },
      },
    }),
    db.commitmentAction.findMany({
      where: { municipalityCode: code, ...scope },
      orderBy: [{ startsOn: "asc" }, { createdAt: "asc" }],
      include: { evidence: { orderBy: { addedAt: "asc" }, include: { file: { select: { id: true, originalName: true } } } } },
    }),
    db.designatedOfficial.findUnique({ where: { municipalityCode: code } }),
    db.trainingRecord.findMany({ where: { municipalityCode: code }, orderBy: { heldOn: "desc" } }),
    regionalContacts(municipality.regionCode),
  ]);

  const lines = COMMITMENT_LINES.map((line) => {
    const own = actions.filter((a) => a.line === (line.code as CommitmentLine));
    return { ...line, actions: own, progress: { approved: own.filter((a) => a.review === "APPROVED").length, total: own.length } };
  });
  const overall = { approved: actions.filter((a) => a.review === "APPROVED").length, total: actions.length };
  return { municipality, adhesion, lines, overall, official, trainings, contacts };
}

export type MunicipalityProfile = Awaited<ReturnType<typeof getMunicipalityProfile>>;
