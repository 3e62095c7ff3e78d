import type { AdhesionStatus } from "@/lib/generated/prisma/enums";
import { STATUS_LABELS } from "@/lib/adhesion/lifecycle";

const TONES: Record<AdhesionStatus | "NONE", string> = {
  NONE: "bg-slate-100 text-slate-700",
  INTERESADA: "bg-slate-100 text-slate-800",
  CARTA_FIRMADA: "bg-sky-100 text-sky-900",
  EN_IMPLEMENTACION: "bg-blue-100 text-blue-900",
  EN_EVALUACION: "bg-amber-100 text-amber-900",
  CERTIFICADA: "bg-green-100 text-green-900",
  EN_REVALIDACION: "bg-amber-100 text-amber-900",
  REVALIDADA: "bg-green-100 text-green-900",
  RETIRADA: "bg-red-100 text-red-900",
};

export function StatusBadge({ status }: { status: AdhesionStatus | null }) {
  return (
    <span className={`inline-block rounded-full px-3 py-1 text-sm font-medium ${TONES[status ?? "NONE"]}`}>
      {status ? STATUS_LABELS[status] : "Sin adhesión"}
    </span>
  );
}
