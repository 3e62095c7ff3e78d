"use server";

import { defineAction, revalidating } from "@/lib/auth/action";
import { lookupSubjectAudit } from "./audit-lookup";
import { blockSubject, unblockSubject } from "./blocking";
import { eraseSubject } from "./erasure";
import { setLegalHold } from "./legal-hold";
import { rectifyParticipant } from "./rectification";
import { answerRequest, registerRequest, upheldObjections } from "./requests";
import { runRetentionNow } from "./retention";
import { answerRequestSchema, blockSchema, eraseSchema, legalHoldSchema, lookupSchema, rectifySchema, runRetentionSchema, subjectRequestSchema, unblockSchema } from "./schemas";
import { lookupSubject } from "./subject";

/** A POST: the document number never travels in a URL (logs, history, Referer). */
export const lookupSubjectAction = defineAction({ name: "privacyLookupSubject", permission: "privacy.manage", input: lookupSchema }, async (input, { viewer, ip }) => ({
  rows: await lookupSubject(viewer, ip, input.documentNumber),
  objections: (await upheldObjections(input.documentNumber)).map((o) => o.purpose).filter((purpose): purpose is string => Boolean(purpose)),
}));

export const rectifyParticipantAction = defineAction({ name: "privacyRectifyParticipant", permission: "privacy.manage", input: rectifySchema }, revalidating("/admin/privacidad")(rectifyParticipant));

/** Shown on the case page and on the privacy page alike. */
export const setLegalHoldAction = defineAction({ name: "privacySetLegalHold", permission: "privacy.manage", input: legalHoldSchema }, revalidating("/")(setLegalHold));

export const runRetentionNowAction = defineAction({ name: "privacyRunRetentionNow", permission: "privacy.manage", input: runRetentionSchema }, revalidating("/admin/privacidad")((viewer, ip) => runRetentionNow(viewer, ip)));

/** Hides the person's cases everywhere at once: every cached page is refreshed. */
export const blockSubjectAction = defineAction({ name: "privacyBlockSubject", permission: "privacy.manage", input: blockSchema }, revalidating("/")(blockSubject));

export const unblockSubjectAction = defineAction({ name: "privacyUnblockSubject", permission: "privacy.manage", input: unblockSchema }, revalidating("/")(unblockSubject));

export const registerSubjectRequestAction = defineAction({ name: "privacyRegisterRequest", permission: "privacy.manage", input: subjectRequestSchema }, revalidating("/admin/privacidad")((viewer, ip, input) =>
  registerRequest(viewer, ip, input),
));

export const answerSubjectRequestAction = defineAction({ name: "privacyAnswerRequest", permission: "privacy.manage", input: answerRequestSchema }, revalidating("/admin/privacidad")((viewer, ip, input) =>
  answerRequest(viewer, ip, input),
));

export const eraseSubjectAction = defineAction({ name: "privacyEraseSubject", permission: "privacy.manage", input: eraseSchema }, revalidating("/")((viewer, ip, input) => eraseSubject(viewer, ip, input.requestId)));

/** The audit trail about one person, asked with the document in the POST body. */
export const lookupSubjectAuditAction = defineAction({ name: "privacyLookupSubjectAudit", permission: "audit.read", input: lookupSchema }, (input, { viewer, ip }) =>
  lookupSubjectAudit(viewer, ip, input.documentNumber),
);
