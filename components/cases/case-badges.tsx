import { PRIORITY_LABELS, STATUS_LABELS } from "@/lib/cases/catalogue";
import type { CasePriority, CaseStatus } from "@/lib/generated/prisma/enums";
import { SLA_STATE_LABELS, type SlaState } from "@/lib/sla/clock";

const STATUS_TONES: Record<CaseStatus, string> = {
  BORRADOR: "bg-slate-100 text-slate-800",
  INGRESADO: "bg-sky-100 text-sky-900",
  EN_REVISION: "bg-blue-100 text-blue-900",
  REQUIERE_INFO: "bg-amber-100 text-amber-900",
  DERIVADO: "bg-violet-100 text-violet-900",
  RESUELTO: "bg-green-100 text-green-900",
  CERRADO: "bg-slate-200 text-slate-800",
};

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  return <span className={`pill ${STATUS_TONES[status]}`}>{STATUS_LABELS[status]}</span>;
}

const SLA_TONES: Record<SlaState, string> = {
  A_TIEMPO: "bg-green-100 text-green-900",
  POR_VENCER: "bg-amber-100 text-amber-900",
  VENCIDO: "bg-red-100 text-red-900",
  PAUSADO: "bg-slate-100 text-slate-800",
};

/** The SLA state in words (never colour alone); a dash, or nothing, when no clock runs. */
export function SlaBadge({ state, hideEmpty = false }: { state: SlaState | null; hideEmpty?: boolean }) {
  if (!state) return hideEmpty ? null : <span className="text-muted">—</span>;
  return <span className={`pill ${SLA_TONES[state]}`}>{SLA_STATE_LABELS[state]}</span>;
}

const PRIORITY_TONES: Record<CasePriority, string> = {
  BAJA: "text-slate-800",
  MEDIA: "text-sky-900",
  ALTA: "text-amber-900",
  URGENTE: "font-bold text-red-800",
};

export function PriorityText({ priority }: { priority: CasePriority }) {
  return <span className={PRIORITY_TONES[priority]}>{PRIORITY_LABELS[priority]}</span>;
}
