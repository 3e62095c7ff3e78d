/**
 * The length limits of the case form's texts, in one place: the schemas refuse longer texts and the
 * form's inputs stop at them and count towards them. Plain numbers, so the browser bundle stays small.
 */
export const CASE_TEXT_LIMITS = {
  summary: 200,
  description: 8000,
  detail: 300,
  consentDetail: 1000,
  fullName: 160,
  documentNumber: 30,
  contact: 160,
  message: 4000,
} as const;
