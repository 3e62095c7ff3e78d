"use server";

import { redirect } from "next/navigation";
import { recordAudit } from "@/lib/audit/record";
import { defineAction, revalidating, type Service } from "@/lib/auth/action";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { addAttachment, addNote, answerInfoRequest } from "./conversation";
import { consumeDocumentSearch } from "./document-checks";
import { autosaveDraft, createCase, type FilingResult, updateDraft } from "./filing";
import { setCaseReference } from "./reference";
import { setReferenceSchema } from "./reference-schema";
import { type CaseListRow, listCasesByDocument } from "./queries";
import { addAttachmentSchema, addNoteSchema, answerInfoSchema, autosaveDraftSchema, type CaseFormInput, createCaseSchema, documentSearchSchema, updateDraftSchema } from "./schemas";

/** Every change shows on the case pages and lists (the officer's, and SERMIG's inbox). */
const refreshing = revalidating("/casos");

/**
 * After the case form: a submitted case opens its page; a draft reopens its form, which shows the
 * possible duplicates that kept a submission back.
 */
function thenOpen<I extends CaseFormInput>(service: Service<I, FilingResult>) {
  const saving = refreshing(service);
  return async (input: I, context: { viewer: Viewer; ip: string | null }) => {
    const result = await saving(input, context);
    if (result.status !== "BORRADOR") redirect(`/casos/${result.id}?ingresado=1`);
    redirect(`/casos/${result.id}/editar?${input.intent === "submit" ? "revisar" : "guardado"}=1`);
  };
}

export const createCaseAction = defineAction({ name: "createCase", permission: "cases.file", input: createCaseSchema }, thenOpen(createCase));

export const updateCaseDraftAction = defineAction({ name: "updateCaseDraft", permission: "cases.file", input: updateDraftSchema }, thenOpen(updateDraft));

/**
 * The case form saving itself while the officer types. It neither redirects nor refreshes: the page
 * stays as it is, with what she is typing, and the form keeps the draft's id and version it returns.
 */
export const autosaveCaseDraftAction = defineAction({ name: "autosaveCaseDraft", permission: "cases.file", input: autosaveDraftSchema }, (input, { viewer, ip }) => autosaveDraft(viewer, ip, input));

const answering = refreshing(answerInfoRequest);

/** The answer form leaves the page with the request it answers, so the case page itself confirms it. */
export const answerCaseInfoAction = defineAction({ name: "answerCaseInfoRequest", permission: "cases.file", input: answerInfoSchema }, async (input, context) => {
  await answering(input, context);
  redirect(`/casos/${input.caseId}?respondido=${input.archivo ? "archivo" : "1"}`);
});

export const addCaseNoteAction = defineAction({ name: "addCaseNote", permission: "cases.converse", input: addNoteSchema }, refreshing(addNote));

export const addCaseAttachmentAction = defineAction({ name: "addCaseAttachment", permission: "cases.converse", input: addAttachmentSchema }, refreshing(addAttachment));

export const setCaseReferenceAction = defineAction({ name: "setCaseReference", permission: "cases.file", input: setReferenceSchema }, refreshing(setCaseReference));
/**
 * The case list's search by a participant's document, for everyone who has the list: a POST, so the
 * number stays out of URLs; limited per person and audited with the cases found, never the number.
 */
export const searchCaseListByDocumentAction = defineAction(
  { name: "searchCaseListByDocument", permission: "cases.read", input: documentSearchSchema },
  async ({ documento }, { viewer, ip }): Promise<CaseListRow[]> => {
    await consumeDocumentSearch(viewer.id);
    const rows = await listCasesByDocument(viewer, documento);
    await recordAudit(db, viewer, ip, {
      action: "case.documentSearch",
      entity: "Case",
      after: { resultados: rows.length, casos: rows.map((row) => ({ id: row.id, folio: row.folio })) },
      regionCode: viewer.regionCode,
      municipalityCode: viewer.municipalityCode,
    });
    return rows;
  },
);
