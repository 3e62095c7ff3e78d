import { z } from "zod";
import { normalizeRun } from "@/lib/auth/run";
import "@/lib/zod-es";
import { choice, day as queryDay, exportFormat, flag, integer, page, text as queryText } from "@/lib/query/fields";
import type { ConsentBasis, DocumentType } from "@/lib/generated/prisma/enums";
import { CASE_TYPES, STATUS_LABELS } from "./catalogue";
import { isCountryCode } from "./countries";
import { municipalReference } from "./reference-schema";
import { CASE_TEXT_LIMITS as L } from "./limits";

export const MAX_PARTICIPANTS = 10;

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  RUN: "RUN (cédula chilena)",
  PASAPORTE: "Pasaporte",
  DNI_EXTRANJERO: "DNI o cédula de otro país",
  OTRO: "Otro documento",
  NINGUNO: "Sin documento",
};

export const SEX_GENDER_LABELS = {
  MUJER: "Mujer",
  HOMBRE: "Hombre",
  NO_BINARIA: "Persona no binaria",
  OTRA: "Otra identidad",
  NO_INFORMA: "Prefiere no informar",
} as const;

export const RELATION_LABELS = {
  AFECTADA: "Persona afectada",
  REPRESENTANTE: "Madre, padre o representante legal",
  FAMILIAR: "Familiar",
  APOYO: "Acompañante o persona de apoyo",
  OTRA: "Otra relación",
} as const;

export const CONSENT_LABELS: Record<ConsentBasis, string> = {
  CONSENTIMIENTO: "La persona consintió en que sus datos se compartan con SERMIG",
  BASE_LEGAL: "No corresponde pedir consentimiento: hay otra base legal",
};

const keysOf = <T extends object>(labels: T) => Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
const CASE_TYPE_VALUES = keysOf(CASE_TYPES);
const STATUS_VALUES = keysOf(STATUS_LABELS);

// Control characters break exports and logs and PostgreSQL refuses NUL; tabs and line breaks stay.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// Names are letters, marks, spaces, apostrophes, dots and hyphens: enough for every alphabet, nothing that reads as markup.
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}' .-]*$/u;
const PHONE = /^\+?\d[\d ()-]{5,19}$/;
const EMAIL = /^[^\s@<>"'/\\]+@[^\s@<>"'/\\]+\.[A-Za-z]{2,}$/;
/** One or more phones or e-mail addresses, separated by commas, semicolons or slashes. */
const isContact = (value: string) => value.split(/\s*[,;/]\s*/).every((part) => PHONE.test(part) || EMAIL.test(part));
const DOCUMENT = /^[A-Za-z0-9][A-Za-z0-9 .-]*$/;

/** Free text of at most `max` characters; an empty field arrives as "" and stays "". */
const text = (label: string, max: number) =>
  z
    .string({ error: `${label}: escriba un texto.` })
    .max(max, `${label}: máximo ${max.toLocaleString("es-CL")} caracteres.`)
    .refine((value) => !CONTROL.test(value), `${label}: contiene caracteres no permitidos.`)
    .transform((value) => value.trim());

/** Form fields left empty arrive as ""; they mean "not given". */
const blank = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const optionalText = (label: string, max: number) => blank(text(label, max)).transform((value) => value || null);

const day = z
  .string({ error: "Escriba la fecha como día, mes y año." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Escriba la fecha como día, mes y año.")
  .transform((value) => new Date(`${value}T00:00:00Z`))
  .refine((date) => !Number.isNaN(date.getTime()) && date.getUTCFullYear() >= 1900, "La fecha no es válida.")
  .refine((date) => date.getTime() <= Date.now(), "La fecha de nacimiento no puede estar en el futuro.");

/** A file input left empty arrives as an empty File; treat it as absent. */
const optionalFile = z
  .instanceof(File, { error: "Adjunte un archivo." })
  .optional()
  .transform((file) => (file && file.size > 0 ? file : null));

/** "1" or "on" from a checkbox; absent when unchecked. */
const checkbox = z
  .enum(["1", "on", "true"], { error: "Valor no válido." })
  .optional()
  .transform((value) => value !== undefined);

/** Upper-case, without dots, spaces or hyphens: how two spellings of one document compare equal. */
export function documentKeyOf(number: string): string {
  return number.replace(/[.\s-]/g, "").toUpperCase();
}

/** A RUN with a valid check digit, or another document written with letters, numbers, dots or hyphens. */
function documentProblem(type: unknown, number: unknown): string | null {
  if (typeof number !== "string" || !number || type === "NINGUNO") return null;
  if (type === "RUN") return normalizeRun(number) ? null : "El RUN no es válido: revise los números y el dígito verificador.";
  return DOCUMENT.test(number) ? null : "Escriba el número con letras, números, puntos o guiones.";
}

export const participantSchema = z
  .strictObject({
    fullName: blank(text("Nombre", L.fullName).refine((value) => NAME.test(value), "Escriba el nombre solo con letras, espacios, apóstrofos, puntos o guiones.")).transform((v) => v ?? ""),
    documentType: z.enum(keysOf(DOCUMENT_TYPE_LABELS), { error: "Elija el tipo de documento." }),
    documentNumber: blank(text("Número de documento", L.documentNumber)).transform((v) => v || null),
    nationality: blank(z.string().refine(isCountryCode, "Elija una nacionalidad de la lista.")).transform((v) => v ?? null),
    birthDate: blank(day).transform((v) => v ?? null),
    sexGender: blank(z.enum(keysOf(SEX_GENDER_LABELS), { error: "Elija una opción de la lista." })).transform((v) => v ?? null),
    contact: blank(text("Contacto", L.contact).refine(isContact, "Escriba un teléfono o un correo electrónico.")).transform((v) => v || null),
    relation: blank(z.enum(keysOf(RELATION_LABELS), { error: "Elija la relación de la persona con el caso." })).transform((v) => v ?? null),
  })
  // Checked even when another field of the person failed, so every problem shows on the first try.
  .superRefine(
    (person, ctx) => {
      // Runs even when the person is not an object at all (a forged request), so read defensively.
      if (typeof person !== "object" || person === null) return;
      const problem = documentProblem(person.documentType, typeof person.documentNumber === "string" ? person.documentNumber.trim() : null);
      if (problem) ctx.addIssue({ code: "custom", path: ["documentNumber"], message: problem });
    },
    { when: () => true },
  )
  .transform((person) => {
    if (person.documentType === "NINGUNO" || person.documentNumber === null) return { ...person, documentNumber: null, documentKey: null };
    const number = person.documentType === "RUN" ? normalizeRun(person.documentNumber)! : person.documentNumber;
    return { ...person, documentNumber: number, documentKey: documentKeyOf(number) };
  });

export type ParticipantInput = z.output<typeof participantSchema>;

const FOLIO = /^SM-\d{4}-\d{6}$/;

const caseFields = {
  /** Which button was pressed: keep as a draft, or send to SERMIG. */
  intent: z.enum(["draft", "submit"], { error: "Elija si guarda el borrador o ingresa el caso." }),
  type: z.enum(CASE_TYPE_VALUES, { error: "Elija el tipo de caso." }),
  summary: blank(text("Resumen", L.summary)).transform((v) => v ?? ""),
  municipalReference: blank(municipalReference).transform((v) => v ?? null),
  description: blank(text("Descripción", L.description)).transform((v) => v ?? ""),
  details: z.record(z.string().regex(/^[A-Za-z]{1,40}$/), blank(text("Respuesta", L.detail))).default({}),
  participants: z
    .array(participantSchema, { error: "Revise las personas del caso." })
    .max(MAX_PARTICIPANTS, `Un caso puede tener hasta ${MAX_PARTICIPANTS} personas.`)
    .default([]),
  consentBasis: blank(z.enum(keysOf(CONSENT_LABELS), { error: "Elija una opción." })).transform((v) => v ?? null),
  consentDetail: optionalText("Base legal", L.consentDetail),
  /** Folios of possible duplicates the officer has seen and chose to file anyway. */
  acknowledgedFolios: blank(z.string().max(300)).transform((value, ctx) => {
    const folios = value ? value.split(",") : [];
    if (folios.some((folio) => !FOLIO.test(folio))) {
      ctx.addIssue({ code: "custom", message: "Valor no válido." });
      return z.NEVER;
    }
    return folios;
  }),
  archivo: optionalFile,
};

type Loose = Record<string, unknown>;
const asText = (value: unknown) => (typeof value === "string" ? value.trim() : "");
const isLoose = (value: unknown): value is Loose => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The type's own questions: only those of the chosen type, with an allowed answer. Yes/no and choice
 * questions are needed to submit (they drive the suggested priority); text ones are optional.
 */
function checkDetails(value: Loose, ctx: z.RefinementCtx) {
  const type = value.type;
  if (typeof type !== "string" || !Object.hasOwn(CASE_TYPES, type) || !isLoose(value.details)) return;
  const questions = CASE_TYPES[type as keyof typeof CASE_TYPES].questions;
  const details = value.details;
  for (const [key, answer] of Object.entries(details)) {
    const question = questions.find((q) => q.key === key);
    if (!question) {
      ctx.addIssue({ code: "custom", path: ["details", key], message: "Esta pregunta no corresponde al tipo de caso." });
      continue;
    }
    const allowed = question.kind === "yesno" ? ["si", "no"] : question.kind === "choice" ? question.options.map((o) => o.value) : null;
    if (allowed && typeof answer === "string" && answer && !allowed.includes(answer)) ctx.addIssue({ code: "custom", path: ["details", key], message: "Elija una de las opciones." });
  }
  if (value.intent !== "submit") return;
  for (const question of questions) {
    if (question.kind !== "text" && !asText(details[question.key])) ctx.addIssue({ code: "custom", path: ["details", question.key], message: "Responda esta pregunta." });
  }
}

/** What SERMIG needs before a case leaves the municipality; a draft may lack any of it. */
function checkComplete(value: Loose, ctx: z.RefinementCtx) {
  if (value.intent !== "submit") return;
  const missing = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  if (asText(value.summary).length < 5) missing(["summary"], "Escriba un resumen del caso (al menos 5 caracteres).");
  if (asText(value.description).length < 20) missing(["description"], "Describa la situación (al menos 20 caracteres).");
  const people = Array.isArray(value.participants) ? value.participants : [];
  if (people.length === 0) missing(["participants"], "Agregue al menos una persona.");
  people.forEach((person: unknown, i) => {
    if (!isLoose(person)) return;
    if (asText(person.fullName).length < 2) missing(["participants", i, "fullName"], "Escriba el nombre de la persona.");
    if (person.documentType !== "NINGUNO" && !asText(person.documentNumber)) missing(["participants", i, "documentNumber"], "Escriba el número de documento, o elija «Sin documento».");
    if (!person.relation) missing(["participants", i, "relation"], "Elija la relación de la persona con el caso.");
  });
  if (!value.consentBasis) missing(["consentBasis"], "Indique si la persona consintió o cuál es la base legal.");
  if (value.consentBasis === "BASE_LEGAL" && !asText(value.consentDetail)) missing(["consentDetail"], "Indique la base legal que permite compartir los datos sin consentimiento.");
}

const PARTICIPANT_KEY = /^participants\.(\d{1,2})\.([A-Za-z]{1,40})$/;
const DETAIL_KEY = /^details\.([A-Za-z]{1,40})$/;

/**
 * A form sends flat fields ("participants.0.fullName", "details.acompanado"); tests and scripts may
 * send the nested shape. Flat fields are gathered into the nested shape, so errors come back under
 * the same names the inputs carry. A request mixing both keeps the flat ones, which the strict
 * schema then refuses.
 */
function gather(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const entries = Object.entries(raw);
  const nestedParticipants = "participants" in raw;
  const nestedDetails = "details" in raw;
  const rest: Record<string, unknown> = {};
  const people: Record<string, unknown>[] = [];
  const details: Record<string, unknown> = {};
  let flatPeople = false;
  let flatDetails = false;
  for (const [key, value] of entries) {
    const person = nestedParticipants ? null : PARTICIPANT_KEY.exec(key);
    const detail = nestedDetails ? null : DETAIL_KEY.exec(key);
    if (person) {
      (people[Number(person[1])] ??= {})[person[2]] = value;
      flatPeople = true;
    } else if (detail) {
      details[detail[1]] = value;
      flatDetails = true;
    } else {
      rest[key] = value;
    }
  }
  if (flatPeople) rest.participants = Array.from(people);
  if (flatDetails) rest.details = details;
  return rest;
}

function caseSchema<T extends z.ZodRawShape, F extends z.ZodRawShape = typeof caseFields>(identity: T, fields: F = caseFields as unknown as F) {
  return z.preprocess(
    gather,
    z
      .strictObject({ ...identity, ...fields })
      // Runs even when some fields failed, so one attempt shows every problem at once; hence the
      // defensive reading of a value that may be only partly parsed.
      .superRefine(
        (value, ctx) => {
          if (!isLoose(value)) return;
          checkDetails(value, ctx);
          checkComplete(value, ctx);
        },
        { when: () => true },
      )
      .transform((value) => {
        const details = (value as { details: Record<string, string | undefined> }).details;
        return { ...value, details: Object.fromEntries(Object.entries(details).filter((entry): entry is [string, string] => Boolean(entry[1]))) };
      }),
  );
}

const caseId = z.uuid({ error: "No encontramos ese caso." });
const version = z.coerce.number({ error: "Versión no válida." }).int().min(1).max(1_000_000);

/** A new case: the idempotency key is generated when the form is shown, so a repeated send files once. */
export const createCaseSchema = caseSchema({ idempotencyKey: z.uuid({ error: "Recargue la página e intente de nuevo." }) });

/** A draft saved earlier, edited again (and maybe submitted). */
export const updateDraftSchema = caseSchema({ id: caseId, version });


/**
 * What the form sends when it saves itself: a draft, never a file (a file goes only with a button
 * press), for the draft `id` at `version`, or — before the first save — the form's idempotency key.
 */
export const autosaveDraftSchema = caseSchema(
  { idempotencyKey: blank(z.uuid({ error: "Recargue la página e intente de nuevo." })), id: blank(caseId), version: blank(version) },
  { ...caseFields, intent: z.literal("draft", { error: "Valor no válido." }), archivo: z.never({ error: "El borrador se guarda solo; el archivo se envía con los botones del formulario." }).optional() },
).refine((value) => Boolean(value.id && value.version) || Boolean(value.idempotencyKey), { message: "Recargue la página e intente de nuevo.", path: ["_form"] });

export type AutosaveInput = z.output<typeof autosaveDraftSchema>;

export type CreateCaseInput = z.output<typeof createCaseSchema>;
export type UpdateDraftInput = z.output<typeof updateDraftSchema>;
export type CaseFormInput = CreateCaseInput | UpdateDraftInput;

const noteBody = text("Mensaje", L.message).refine((value) => value.length >= 2, "Escriba el mensaje.");

export const addNoteSchema = z.strictObject({ caseId, body: noteBody, internal: checkbox });

export const addAttachmentSchema = z.strictObject({
  caseId,
  archivo: z.instanceof(File, { error: "Elija un archivo." }).refine((file) => file.size > 0, "Elija un archivo."),
  internal: checkbox,
});

export const answerInfoSchema = z.strictObject({ caseId, version, body: noteBody, archivo: optionalFile });

const PAGE_SIZE_MAX = 100;

const filedDay = (which: string) => queryDay(`Fecha «${which}» no válida: escríbala como día, mes y año; se ignoró.`).optional();

/** The filters of /casos and of its export, read with parseQuery(). The filed-date range is in Chile's days. */
export const caseListFilterSchema = z.object({
  /** Folio fragment, name or text (lib/cases/search.ts); documents are searched by POST instead. */
  q: queryText(120).optional(),
  tipo: choice(CASE_TYPE_VALUES).optional(),
  estado: choice(STATUS_VALUES).optional(),
  desde: filedDay("desde"),
  hasta: filedDay("hasta"),
});

/** The query string of /casos. */
export const caseListSchema = caseListFilterSchema.extend({
  pagina: page(100_000),
  porPagina: integer(10, PAGE_SIZE_MAX).default(25),
});

/** The query string of /casos/exportar: the list's filters, never its page, and the file format. */
export const caseListExportSchema = caseListFilterSchema.extend({ formato: exportFormat });

export type CaseListFilters = z.output<typeof caseListFilterSchema>;
export type CaseListQuery = z.output<typeof caseListSchema>;

/** A search by document number (a POST: the number never goes in a URL). Exact, with or without dots and hyphen. */
export const documentSearchSchema = z.strictObject({
  documento: z
    .string({ error: "Escriba el número de documento." })
    .trim()
    .min(3, "Escriba el número de documento completo.")
    .max(30, "Máximo 30 caracteres.")
    .regex(/^[A-Za-z0-9][A-Za-z0-9 .-]*$/, "Escriba el número con letras, números, puntos o guiones."),
});

/** The notice on a case just filed (/casos/[id]?ingresado=1) or whose request for information was just answered (?respondido=1, or =archivo with a file). */
export const caseNoticeSchema = z.object({ ingresado: flag(), respondido: choice(["1", "archivo"]).optional() });

/** The case page's query string: the filing notice, and the inbox query it was opened from (read with inboxFilterSchema). */
export const casePageSchema = caseNoticeSchema.extend({ bandeja: queryText(2000).optional() });

/** The notices on a draft after saving it or asking to review it before filing. */
export const draftNoticeSchema = z.object({ guardado: flag(), revisar: flag() });

/** What the case form holds while the officer types: every field as text, as the inputs carry it. */
export type ParticipantFormValues = {
  fullName: string;
  documentType: DocumentType;
  documentNumber: string;
  nationality: string;
  birthDate: string;
  sexGender: string;
  contact: string;
  relation: string;
};

export type CaseFormValues = {
  type: string;
  summary: string;
  municipalReference: string;
  description: string;
  details: Record<string, string>;
  participants: ParticipantFormValues[];
  consentBasis: string;
  consentDetail: string;
};
