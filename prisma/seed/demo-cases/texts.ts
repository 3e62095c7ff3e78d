/** What the demo cases say: fictional summaries, questions, answers, notes and how often each status and type appears. */
import type { CaseStatus, CaseType } from "../../../lib/generated/prisma/enums";
import type { Outcome } from "../../../lib/cases/status-machine";

/**
 * Few cases wait for SERMIG's first answer: that deadline is short (one working day for sensitive
 * types), so an unanswered case that is still on time was filed within the last day or two.
 */
export const STATUS_WEIGHTS: Record<CaseStatus, number> = { BORRADOR: 8, INGRESADO: 9, EN_REVISION: 31, REQUIERE_INFO: 12, DERIVADO: 8, RESUELTO: 17, CERRADO: 15 };
export const TYPE_WEIGHTS: Record<CaseType, number> = {
  REGULARIZACION: 25,
  NNA: 12,
  VIF_GENERO: 8,
  TRATA: 2,
  TRAFICO_MIGRANTES: 3,
  EMBARAZO: 5,
  REUNIFICACION_FAMILIAR: 8,
  VULNERACION_DERECHOS: 12,
  REFUGIO: 5,
  EMPADRONAMIENTO: 8,
  CONSULTA: 12,
};

export const SUMMARIES: Record<CaseType, string[]> = {
  REGULARIZACION: [
    "Consulta por el estado de una solicitud de residencia temporal",
    "Residencia definitiva en trámite hace más de un año",
    "Orientación para regularizar a una familia recién llegada",
    "Documentos pendientes para la residencia temporal",
  ],
  NNA: ["Adolescente sin regularizar y sin matrícula escolar", "Niño derivado por el colegio, sin documentos chilenos", "Niña con residencia vencida, madre con trámite en curso", "Hermanos menores de edad sin regularizar"],
  VIF_GENERO: ["Mujer víctima de violencia intrafamiliar sin residencia vigente", "Víctima de violencia de género pide orientación migratoria"],
  TRATA: ["Posible víctima de trata con fines de explotación laboral"],
  TRAFICO_MIGRANTES: ["Persona ingresada por paso no habilitado tras pagar a terceros"],
  EMBARAZO: ["Mujer embarazada sin controles de salud por falta de documentos", "Solicitud de permiso especial de residencia por embarazo"],
  REUNIFICACION_FAMILIAR: ["Reunificación con cónyuge residente definitivo", "Hijos en el país de origen; la madre tiene residencia definitiva"],
  VULNERACION_DERECHOS: ["Negativa de atención en el CESFAM por situación migratoria", "El colegio exige RUN para matricular", "Empleador no paga cotizaciones a trabajador extranjero", "Discriminación en el arriendo de una vivienda"],
  REFUGIO: ["Orientación sobre la solicitud de refugio", "Solicitante de refugio sin respuesta hace meses"],
  EMPADRONAMIENTO: ["Familia ingresada por paso no habilitado pide empadronarse"],
  CONSULTA: ["Consulta por requisitos del certificado de antecedentes", "Consulta por un operativo de atención en la comuna", "Duda sobre la vigencia de la cédula de identidad para extranjeros"],
};

export const NEEDS = [
  "orientar a la persona sobre el trámite que corresponde",
  "conocer el estado de la solicitud en SERMIG",
  "coordinar una atención prioritaria",
  "evaluar una residencia temporal humanitaria",
];

export const QUESTIONS = [
  "¿Pueden indicar si la persona tiene una solicitud en trámite y su número?",
  "Necesitamos una copia del documento de identidad que presentó.",
  "¿La familia tiene domicilio en la comuna? Indíquenlo, por favor.",
  "¿Se presentó una denuncia? Indiquen la fecha y la institución.",
];
export const ANSWERS = [
  "La persona no tiene solicitudes previas; se acercó por primera vez a la oficina.",
  "Sí, vive en la comuna hace tres meses. Se adjuntó el certificado de residencia en la oficina.",
  "La denuncia se presentó en Carabineros la semana pasada.",
  "No tiene pasaporte; solo cuenta con la cédula de su país.",
];
export const INTERNAL_NOTES = [
  "Revisar con el equipo de niñez antes de responder.",
  "Posible relación con otro caso de la región; verificar antecedentes.",
  "Consultar a la Dirección Regional por cupos de atención.",
  "Prioridad por situación de calle de la familia.",
];
/** Catalogue names (prisma/migrations/…_institutions), and one institution outside it. */
export const INSTITUTIONS = ["Oficina Local de la Niñez (OLN)", "Defensoría de la Niñez", "SernamEG", "Inspección del Trabajo", "Ministerio Público (Fiscalía)"];
export const RESOLUTIONS: Record<Outcome, string> = {
  ORIENTACION: "Se orientó a la municipalidad sobre el trámite y los documentos necesarios.",
  GESTION_SERMIG: "SERMIG resolvió la solicitud pendiente; la persona fue notificada.",
  ATENDIDO_DERIVACION: "La institución a la que se derivó atendió el caso.",
  NO_CORRESPONDE: "La situación no corresponde a materias de SERMIG; se indicó la institución competente.",
  SIN_RESPUESTA: "Se cerró sin la información solicitada a la municipalidad.",
  DUPLICADO: "El caso repetía otro ya ingresado en la región.",
};
export const NATIONALITIES = ["VE", "VE", "VE", "PE", "PE", "HT", "HT", "CO", "CO", "BO", "BO", "AR", "EC", "DO", "CU", "CN"];
