"use server";

import { defineAction, revalidating } from "@/lib/auth/action";
import { setLegalHold } from "./legal-hold";
import { rectifyParticipant } from "./rectification";
import { runRetentionNow } from "./retention";
import { legalHoldSchema, lookupSchema, rectifySchema, runRetentionSchema } from "./schemas";
import { lookupSubject } from "./subject";

/** A POST: the document number never travels in a URL (logs, history, Referer). */
export const lookupSubjectAction = defineAction({ name: "privacyLookupSubject", permission: "privacy.manage", input: lookupSchema }, (input, { viewer, ip }) =>
  lookupSubject(viewer, ip, input.documentNumber),
);

export const rectifyParticipantAction = defineAction({ name: "privacyRectifyParticipant", permission: "privacy.manage", input: rectifySchema }, revalidating("/admin/privacidad")(rectifyParticipant));

/** Shown on the case page and on the privacy page alike. */
export const setLegalHoldAction = defineAction({ name: "privacySetLegalHold", permission: "privacy.manage", input: legalHoldSchema }, revalidating("/")(setLegalHold));

export const runRetentionNowAction = defineAction({ name: "privacyRunRetentionNow", permission: "privacy.manage", input: runRetentionSchema }, revalidating("/admin/privacidad")((viewer, ip) => runRetentionNow(viewer, ip)));
