import type { PracticeStatus } from "@/lib/generated/prisma/enums";
import { STATUS_LABELS } from "@/lib/practices/schemas";

const TONES: Record<PracticeStatus, string> = {
  SUBMITTED: "bg-amber-100 text-amber-900",
  RETURNED: "bg-red-100 text-red-900",
  PUBLISHED: "bg-green-100 text-green-900",
};

export function PracticeStatusBadge({ status }: { status: PracticeStatus }) {
  return <span className={`inline-block rounded-full px-3 py-1 text-sm font-medium ${TONES[status]}`}>{STATUS_LABELS[status]}</span>;
}
