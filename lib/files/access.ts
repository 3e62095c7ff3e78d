import "server-only";
import { hasPermission } from "@/lib/auth/permissions";
import { territoryWhere } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { visibleBulletinsWhere } from "@/lib/bulletins/audience";
import { caseScope, internalWhere } from "@/lib/cases/access";
import { practiceWhere } from "@/lib/practices/service";
import { z } from "zod";
import { db } from "@/lib/db";

const fileIdSchema = z.uuid();

export type DownloadableFile = {
  id: string;
  storageKey: string;
  originalName: string;
  contentType: string;
  size: number;
  ownerType: string;
  /** Where the owner (letter, evidence or case) belongs, for the audit trail; null for bulletins and materials. */
  municipalityCode: string | null;
  regionCode: string | null;
};

/**
 * The file, if the viewer may see what it belongs to; null otherwise. A missing file and one outside
 * the viewer's territory give the same null, so ids cannot be probed. The scope is part of the query:
 * a row outside it is never loaded.
 */
export async function findDownloadableFile(viewer: Viewer, fileId: string): Promise<DownloadableFile | null> {
  if (!fileIdSchema.safeParse(fileId).success) return null;
  const scope = territoryWhere(viewer);
  // A case's file follows the case (drafts stay with their municipality) and internal files stay with SERMIG.
  const attachmentScope = { case: caseScope(viewer), ...internalWhere(viewer) };
  const place = { select: { municipalityCode: true, regionCode: true } } as const;
  const practiceScope = { practice: practiceWhere(viewer) };
  // A bulletin's attachment follows the bulletin's audience; materials are for every signed-in role.
  const bulletinScope = { bulletin: await visibleBulletinsWhere(viewer) };
  const file = await db.storedFile.findFirst({
    // Each owner type is authorised only through its own relation, so a letter's file cannot be
    // reached through an evidence row or the other way round.
    where: {
      id: fileId,
      OR: [
        { ownerType: "AdhesionLetter", letters: { some: { adhesion: scope } } },
        { ownerType: "Evidence", evidence: { some: { action: scope } } },
        { ownerType: "CaseAttachment", caseAttachments: { some: attachmentScope } },
        { ownerType: "GoodPractice", practiceFiles: { some: practiceScope } },
        { ownerType: "BulletinAttachment", bulletinAttachments: { some: bulletinScope } },
        ...(hasPermission(viewer.role, "materials.read") ? [{ ownerType: "Material", materials: { some: {} } }] : []),
      ],
    },
    select: {
      id: true,
      storageKey: true,
      originalName: true,
      contentType: true,
      size: true,
      ownerType: true,
      letters: { where: { adhesion: scope }, take: 1, select: { adhesion: place } },
      evidence: { where: { action: scope }, take: 1, select: { action: place } },
      caseAttachments: { where: attachmentScope, take: 1, select: { case: place } },
      practiceFiles: { where: practiceScope, take: 1, select: { practice: place } },
    },
  });
  if (!file) return null;
  const { letters, evidence, caseAttachments, practiceFiles, ...row } = file;
  // Bulletin attachments and materials belong to no territory.
  const owners = { AdhesionLetter: letters[0]?.adhesion, Evidence: evidence[0]?.action, CaseAttachment: caseAttachments[0]?.case, GoodPractice: practiceFiles[0]?.practice };
  const owner = owners[file.ownerType as keyof typeof owners];
  return { ...row, municipalityCode: owner?.municipalityCode ?? null, regionCode: owner?.regionCode ?? null };
}
