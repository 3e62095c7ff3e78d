import { STATUS_LABELS } from "@/lib/adhesion/lifecycle";
import type { MunicipalityProfile } from "@/lib/adhesion/profile";
import { formatNumber } from "@/lib/format";
import { ProgressMeter, progressText } from "@/components/ui/progress-bar";
import { ANCHORS } from "./anchors";

/** `short` is what a phone shows beside the label (the full `note` is then for screen readers only). */
type Entry = { href: string; label: string; note: string; short?: string; progress?: { approved: number; total: number } };

const link = "block rounded-lg px-3 py-1.5 no-underline hover:bg-sermig-blue-light lg:py-2";
const fraction = ({ approved, total }: { approved: number; total: number }) => `${formatNumber(approved)}/${formatNumber(total)}`;

/**
 * The municipality page is long (the adhesion, five lines of action, the registers): an index with
 * each part's state, at the top on a phone and beside the page on a wide screen, where it stays in view.
 */
export function ProfileIndex({ profile, planOpen }: { profile: MunicipalityProfile; planOpen: boolean }) {
  const { adhesion, lines, overall, official, trainings } = profile;
  const entries: Entry[] = [
    { href: ANCHORS.adhesion, label: "Adhesión al Sello", note: adhesion ? STATUS_LABELS[adhesion.status] : "Sin adhesión", short: adhesion ? STATUS_LABELS[adhesion.status] : "Sin adhesión" },
    ...(planOpen
      ? [
          { href: ANCHORS.plan, label: "Plan de trabajo", note: progressText(overall.approved, overall.total), short: fraction(overall), progress: overall },
          ...lines.map((line, i) => ({
            href: ANCHORS.line(line.code),
            label: `${i + 1}. ${line.title}`,
            note: progressText(line.progress.approved, line.progress.total),
            short: fraction(line.progress),
            progress: line.progress,
          })),
        ]
      : []),
    { href: ANCHORS.official, label: "Persona o unidad designada", note: official ? official.name : "Falta designarla", short: official ? "Designada" : "Falta" },
    {
      href: ANCHORS.trainings,
      label: "Capacitaciones",
      note: trainings.length === 0 ? "Ninguna registrada" : `${formatNumber(trainings.length)} ${trainings.length === 1 ? "registrada" : "registradas"}`,
      short: formatNumber(trainings.length),
    },
    { href: ANCHORS.contact, label: "Contacto en SERMIG", note: profile.municipality.region.name },
  ];
  return (
    <nav aria-labelledby="indice" className="rounded-2xl bg-white p-3 shadow-sm lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
      <h2 id="indice" className="px-3 pt-1 text-sm font-bold uppercase tracking-wide text-muted">
        En esta página
      </h2>
      <ul className="mt-1 grid gap-x-4 sm:grid-cols-2 lg:grid-cols-1 lg:gap-0.5">
        {entries.map((entry) => (
          <li key={entry.href}>
            <a href={`#${entry.href}`} className={link}>
              <span className="flex items-baseline justify-between gap-3">
                <span className="font-medium text-sermig-blue-dark">{entry.label}</span>
                {entry.short && (
                  <span aria-hidden="true" className="shrink-0 text-sm text-muted tabular-nums lg:hidden">
                    {entry.short}
                  </span>
                )}
              </span>
              {/* A phone has room for one line per entry: the full words are read out, the short form shown. */}
              <span className="block text-sm text-muted max-lg:sr-only">{entry.note}</span>
              {entry.progress && entry.progress.total > 0 && <ProgressMeter approved={entry.progress.approved} total={entry.progress.total} className="mt-1 h-1.5" />}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
