/**
 * The case form's fields as a browser sends them, without the database: shared by the Vitest case
 * tests (lib/cases/test-fixtures.ts) and the end-to-end specs that post the form themselves.
 */
import { runCheckDigit } from "@/lib/auth/run";

/** A valid RUN in a range the demo data does not use, different on every call. */
export function freshRun(): string {
  const body = 60_000_000 + Math.floor(Math.random() * 30_000_000);
  return `${body.toLocaleString("es-CL")}-${runCheckDigit(body)}`;
}

export type Overrides = Record<string, unknown>;

/** A complete NNA case as the form sends it, flat field names included; an override set to undefined removes the field. */
export function nnaForm(document: string, overrides: Overrides = {}): Record<string, unknown> {
  const form: Record<string, unknown> = {
    intent: "submit",
    type: "NNA",
    summary: "Niña sin regularizar, sin matrícula escolar",
    description: "La niña llegó hace seis meses con su madre y no tiene documentos chilenos ni matrícula escolar.",
    "details.acompanado": "si",
    "details.escolarizado": "no",
    "participants.0.fullName": "Persona Ficticia Prueba",
    "participants.0.documentType": "RUN",
    "participants.0.documentNumber": document,
    "participants.0.nationality": "VE",
    "participants.0.birthDate": "2016-04-10",
    "participants.0.sexGender": "MUJER",
    "participants.0.contact": "",
    "participants.0.relation": "AFECTADA",
    consentBasis: "BASE_LEGAL",
    consentDetail: "Interés superior del niño (Ley 21.430)",
    acknowledgedFolios: "",
    ...overrides,
  };
  return Object.fromEntries(Object.entries(form).filter(([, value]) => value !== undefined));
}
