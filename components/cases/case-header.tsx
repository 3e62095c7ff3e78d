import type { ReactNode } from "react";
import { AppLink } from "@/components/ui/app-link";
import { PageHeading } from "@/components/ui/page-heading";
import { CASE_TYPES, PRIORITY_LABELS } from "@/lib/cases/catalogue";
import type { CaseLink } from "@/lib/cases/inbox";
import type { CaseView } from "@/lib/cases/queries";
import { CaseStatusBadge, PriorityText } from "./case-badges";
import { DeadlineState } from "./deadline-state";

/** Where the case page was opened from: the way back, and the cases before and after it in that list. */
export type CaseNavigation = {
  back: { href: string; label: string };
  /** Null when the page was not opened from a list it can step through. */
  steps: { previous: CaseLink | null; next: CaseLink | null; hrefOf: (id: string) => string } | null;
};

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-muted">{label}</dt>
      <dd className="mt-0.5 font-medium">{children}</dd>
    </div>
  );
}

function Step({ link, rel, hrefOf }: { link: CaseLink | null; rel: "prev" | "next"; hrefOf: (id: string) => string }) {
  if (!link) return <span className="px-2 py-1 text-muted">{rel === "prev" ? "← No hay caso anterior" : "No hay caso siguiente →"}</span>;
  return (
    <AppLink href={hrefOf(link.id)} rel={rel} data-shortcut={rel === "prev" ? "previous" : "next"} className="rounded px-2 py-1 font-medium">
      {rel === "prev" ? `← Anterior: ${link.folio}` : `Siguiente: ${link.folio} →`}
    </AppLink>
  );
}

/** What anyone opening a case wants first, in one band: which case, where it stands, who has it and its deadline. */
export function CaseHeader({ view, navigation }: { view: CaseView; navigation: CaseNavigation }) {
  const { back, steps } = navigation;
  return (
    <header className="space-y-3">
      <nav aria-label="Navegación entre casos" className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <AppLink href={back.href} data-shortcut="inbox" className="rounded px-2 py-1 font-medium">
          ← {back.label}
        </AppLink>
        {steps && (
          <span className="flex flex-wrap items-center gap-2">
            <Step link={steps.previous} rel="prev" hrefOf={steps.hrefOf} />
            <Step link={steps.next} rel="next" hrefOf={steps.hrefOf} />
          </span>
        )}
      </nav>
      <div>
        <p className="text-sm font-medium uppercase tracking-wide text-muted">{CASE_TYPES[view.type].label}</p>
        <PageHeading title={`Caso ${view.folio}`} className="mt-1 text-3xl font-bold text-sermig-blue-dark" />
        {view.sensitive && <p className="mt-1 text-sm text-muted">Caso reservado: cada lectura queda registrada.</p>}
      </div>
      {/* Announced when it changes, so a step whose form goes away after success still says what happened. */}
      <dl aria-live="polite" className="flex flex-wrap gap-x-8 gap-y-3 rounded-2xl bg-white p-4 shadow-sm">
        <Item label="Estado">
          <CaseStatusBadge status={view.status} />
        </Item>
        <Item label="Prioridad">
          <PriorityText priority={view.priority} />
          <span className="hint">{view.priority === view.suggestedPriority ? "Sugerida por el portal" : `El portal sugirió ${PRIORITY_LABELS[view.suggestedPriority].toLowerCase()}`}</span>
        </Item>
        <Item label="Responsable en SERMIG">{view.assigneeName ?? "Sin asignar"}</Item>
        <Item label="Plazo">
          <DeadlineState fields={view} className="block" fallback={<span className="text-muted">Sin plazo en curso</span>} />
        </Item>
      </dl>
    </header>
  );
}
