import type { CasePriority, CaseType } from "@/lib/generated/prisma/enums";

/** A question specific to one case type; the answers are stored in `Case.typeDetails`. */
export type TypeQuestion = { key: string; label: string; kind: "yesno" } | { key: string; label: string; kind: "choice"; options: { value: string; label: string }[] } | { key: string; label: string; kind: "text" };

export type CaseTypeEntry = {
  label: string;
  description: string;
  /** Participants' identity and the narrative need the strictest handling (children, violence, trafficking). */
  sensitive: boolean;
  questions: TypeQuestion[];
  /** The priority the portal suggests; the coordinator may change it. */
  suggestPriority: (details: Record<string, string | undefined>) => CasePriority;
};

const yes = (value: string | undefined) => value === "si";

/**
 * The catalogue of case types (DOMAIN-NOTES §5: each grounded in a SERMIG procedure or programme).
 * Children and violence cases are suggested high priority, or urgent when someone is at risk now.
 */
export const CASE_TYPES: Record<CaseType, CaseTypeEntry> = {
  REGULARIZACION: {
    label: "Regularización migratoria",
    description: "Estado de una solicitud de residencia temporal o definitiva, documentos u orientación para regularizarse.",
    sensitive: false,
    questions: [
      {
        key: "tramite",
        label: "Trámite",
        kind: "choice",
        options: [
          { value: "RT", label: "Residencia temporal" },
          { value: "RD", label: "Residencia definitiva" },
          { value: "OTRO", label: "Otro trámite" },
        ],
      },
      { key: "numeroSolicitud", label: "N° de solicitud en SERMIG (si lo tiene)", kind: "text" },
    ],
    suggestPriority: () => "MEDIA",
  },
  NNA: {
    label: "Niñas, niños y adolescentes",
    description: "Regularización o protección de una niña, niño o adolescente (residencia temporal humanitaria, gratuita e independiente de sus padres).",
    sensitive: true,
    questions: [
      { key: "acompanado", label: "¿Está acompañado por su madre, padre o un adulto responsable?", kind: "yesno" },
      { key: "escolarizado", label: "¿Asiste a un establecimiento educacional?", kind: "yesno" },
    ],
    suggestPriority: (d) => (d.acompanado === "no" ? "URGENTE" : "ALTA"),
  },
  VIF_GENERO: {
    label: "Violencia de género o intrafamiliar",
    description: "Víctima de violencia de género o intrafamiliar que necesita apoyo o residencia temporal humanitaria.",
    sensitive: true,
    questions: [
      { key: "denuncia", label: "¿Se presentó una denuncia?", kind: "yesno" },
      { key: "riesgoInminente", label: "¿Hay riesgo inminente para la víctima?", kind: "yesno" },
    ],
    suggestPriority: (d) => (yes(d.riesgoInminente) ? "URGENTE" : "ALTA"),
  },
  TRATA: {
    label: "Trata de personas",
    description: "Posible víctima de trata de personas.",
    sensitive: true,
    questions: [{ key: "denuncia", label: "¿Se presentó una denuncia?", kind: "yesno" }],
    suggestPriority: () => "URGENTE",
  },
  TRAFICO_MIGRANTES: {
    label: "Tráfico de migrantes",
    description: "Víctima de tráfico de migrantes.",
    sensitive: true,
    questions: [{ key: "denuncia", label: "¿Se presentó una denuncia ante el Ministerio Público?", kind: "yesno" }],
    suggestPriority: () => "ALTA",
  },
  EMBARAZO: {
    label: "Embarazo",
    description: "Mujer embarazada que necesita el permiso especial de residencia o acceso a controles de salud.",
    sensitive: true,
    questions: [{ key: "controlSalud", label: "¿Tiene controles de salud al día?", kind: "yesno" }],
    suggestPriority: () => "ALTA",
  },
  REUNIFICACION_FAMILIAR: {
    label: "Reunificación familiar",
    description: "Residencia para familiares de personas chilenas o residentes definitivos.",
    sensitive: false,
    questions: [{ key: "vinculo", label: "Vínculo con la persona chilena o residente", kind: "text" }],
    suggestPriority: () => "MEDIA",
  },
  VULNERACION_DERECHOS: {
    label: "Vulneración de derechos",
    description: "Acceso a salud, educación o trabajo, o discriminación.",
    sensitive: false,
    questions: [
      {
        key: "ambito",
        label: "Ámbito",
        kind: "choice",
        options: [
          { value: "SALUD", label: "Salud" },
          { value: "EDUCACION", label: "Educación" },
          { value: "TRABAJO", label: "Trabajo" },
          { value: "DISCRIMINACION", label: "Discriminación" },
          { value: "OTRO", label: "Otro" },
        ],
      },
    ],
    suggestPriority: () => "MEDIA",
  },
  REFUGIO: {
    label: "Refugio",
    description: "Solicitud de reconocimiento de la condición de refugiado u orientación sobre ella.",
    sensitive: false,
    questions: [],
    suggestPriority: () => "MEDIA",
  },
  EMPADRONAMIENTO: {
    label: "Empadronamiento biométrico",
    description: "Personas que ingresaron por paso no habilitado y necesitan empadronarse.",
    sensitive: false,
    questions: [],
    suggestPriority: () => "BAJA",
  },
  CONSULTA: {
    label: "Consulta u otro",
    description: "Dudas y situaciones que no encajan en los tipos anteriores.",
    sensitive: false,
    questions: [],
    suggestPriority: () => "BAJA",
  },
};

export const PRIORITY_LABELS: Record<CasePriority, string> = { BAJA: "Baja", MEDIA: "Media", ALTA: "Alta", URGENTE: "Urgente" };

export const STATUS_LABELS = {
  BORRADOR: "Borrador",
  INGRESADO: "Ingresado",
  EN_REVISION: "En revisión",
  REQUIERE_INFO: "Requiere información",
  DERIVADO: "Derivado",
  RESUELTO: "Resuelto",
  CERRADO: "Cerrado",
} as const;

/**
 * Default SLA targets in working days: [first response, resolution]. SERMIG's citizen channel answers
 * in 10 working days (Ley 19.880); cases of children and violence much faster. National admins edit them.
 */
export const DEFAULT_SLA: Record<CasePriority, [number, number]> = {
  URGENTE: [1, 5],
  ALTA: [2, 10],
  MEDIA: [5, 10],
  BAJA: [10, 20],
};

/** Sensitive types answer within one working day whatever their priority. */
export function defaultSla(type: CaseType, priority: CasePriority): [number, number] {
  const [first, resolution] = DEFAULT_SLA[priority];
  return CASE_TYPES[type].sensitive ? [Math.min(first, 1), resolution] : [first, resolution];
}
