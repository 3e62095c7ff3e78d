"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit/record";
import { defineAction, revalidating } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { bulkAssign, bulkAssignSchema, bulkChangePriority, bulkChangeStatus, bulkPrioritySchema, bulkStatusSchema, bulkUnassign, bulkUnassignSchema } from "./bulk";
import { consumeDocumentSearch } from "./document-checks";
import { casesByDocument, type InboxRow } from "./inbox";
import { documentSearchSchema } from "./schemas";
import { saveSlaTable, slaTableSchema } from "./sla-policy";
import { addInternalNote, assignCase, assignSchema, changeCaseStatus, changePriority, internalNoteSchema, prioritySchema, transitionSchema } from "./triage";

/** Every change shows on the case page and in the inbox, whose counts it may have moved. */
const refreshing = revalidating("/casos");

export const assignCaseAction = defineAction({ name: "assignCase", permission: "cases.triage", input: assignSchema }, refreshing(assignCase));

export const changeCasePriorityAction = defineAction({ name: "changeCasePriority", permission: "cases.triage", input: prioritySchema }, refreshing(changePriority));

export const changeCaseStatusAction = defineAction({ name: "changeCaseStatus", permission: "cases.triage", input: transitionSchema }, refreshing(changeCaseStatus));

export const addInternalNoteAction = defineAction({ name: "addInternalCaseNote", permission: "cases.triage", input: internalNoteSchema }, refreshing(addInternalNote));

export const bulkAssignAction = defineAction({ name: "bulkAssignCases", permission: "cases.triage", input: bulkAssignSchema }, refreshing(bulkAssign));

export const bulkStatusAction = defineAction({ name: "bulkChangeCaseStatus", permission: "cases.triage", input: bulkStatusSchema }, refreshing(bulkChangeStatus));

export const bulkPriorityAction = defineAction({ name: "bulkChangeCasePriority", permission: "cases.triage", input: bulkPrioritySchema }, refreshing(bulkChangePriority));

export const bulkUnassignAction = defineAction({ name: "bulkUnassignCases", permission: "cases.triage", input: bulkUnassignSchema }, refreshing(bulkUnassign));

/**
 * Exact search by a participant's document. It is a POST (a server action), so the number never
 * appears in a URL, the browser history or access logs; the search is audited with the folios it
 * found, not the number, and limited per person (lib/cases/document-checks.ts).
 */
export const searchByDocumentAction = defineAction(
  { name: "searchCasesByDocument", permission: "cases.triage", input: documentSearchSchema },
  async ({ documento }, { viewer, ip }): Promise<InboxRow[]> => {
    await consumeDocumentSearch(viewer.id);
    const rows = await casesByDocument(viewer, documento);
    await recordAudit(db, viewer, ip, { action: "case.documentSearch", entity: "Case", after: { resultados: rows.length, folios: rows.map((r) => r.folio) }, regionCode: viewer.regionCode });
    return rows;
  },
);

/** The national SLA table lives with the cases it times. */
export const saveSlaTableAction = defineAction({ name: "saveSlaTable", permission: "sla.configure", input: slaTableSchema }, async (input, { viewer, ip }) => {
  const result = await saveSlaTable(viewer, ip, input);
  revalidatePath("/admin/sla");
  return result;
});
