import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { CaseConversation, InfoRequestAnswer } from "@/components/cases/case-conversation";
import { CaseFacts, CaseNarrative, CaseParticipants } from "@/components/cases/case-details";
import { CaseReference } from "@/components/cases/case-reference";
import { CaseHeader, type CaseNavigation } from "@/components/cases/case-header";
import { CaseTimeline } from "@/components/cases/case-timeline";
import { caseHref } from "@/components/cases/inbox-table";
import { TriagePanel } from "@/components/cases/triage-panel";
import { CaseShortcuts } from "@/components/keyboard/case-shortcuts";
import { LegalHoldPanel } from "@/components/privacy/legal-hold-panel";
import { AppLink } from "@/components/ui/app-link";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { inboxNeighbours, inboxOrigin, inboxQueryString } from "@/lib/cases/inbox";
import { getCaseView } from "@/lib/cases/queries";
import { casePageSchema } from "@/lib/cases/schemas";
import { NotFoundError } from "@/lib/errors";
import { recordId } from "@/lib/query/fields";
import { parsePathParam, parseQuery } from "@/lib/query/parse";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The way back and, when the page was opened from an inbox list, the cases before and after this one in it. */
async function navigationFor(viewer: Viewer, id: string, bandeja: string | undefined): Promise<CaseNavigation> {
  if (viewer.role === "MUNICIPAL_OFFICER") return { back: { href: "/casos", label: "Volver a mis casos" }, steps: null };
  const filters = inboxOrigin(bandeja);
  if (!filters) return { back: { href: "/casos/bandeja", label: "Volver a la bandeja" }, steps: null };
  const inboxQuery = inboxQueryString(filters);
  const { previous, next } = await inboxNeighbours(viewer, filters, id);
  return { back: { href: `/casos/bandeja?${inboxQuery}`, label: "Volver a la bandeja" }, steps: { previous, next, hrefOf: (other) => caseHref(other, inboxQuery) } };
}

/**
 * One case, for the municipality that filed it and for SERMIG. Out of scope is a 404, like a case that
 * does not exist; internal notes, events and files never reach the municipality's page. SERMIG's
 * steps sit beside the case, so taking it, asking for information, deriving and resolving need no
 * scrolling at 1280×800.
 */
export default async function CasePage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requirePagePermission("cases.read", `/casos/${id}`);
  if (!parsePathParam(recordId, id)) notFound();
  const query = parseQuery(casePageSchema, await searchParams).values;
  // The neighbours are read within the viewer's territory, so they may be read alongside the case itself.
  const [view, navigation] = await Promise.all([
    getCaseView(viewer, clientIpFrom(await headers()), id).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    navigationFor(viewer, id, query.bandeja),
  ]);
  if (view.status === "BORRADOR") redirect(`/casos/${id}/editar`);
  const officer = viewer.role === "MUNICIPAL_OFFICER";
  const triage = hasPermission(viewer.role, "cases.triage");
  const files = view.timeline.filter((item) => item.kind === "attachment").length;

  return (
    <div className="space-y-6">
      <CaseHeader view={view} navigation={navigation} />
      {triage && <CaseShortcuts viewer={viewer} />}
      <p className="text-sm">
        <AppLink href={`/casos/${view.id}/comprobante`}>Comprobante de ingreso</AppLink>
      </p>
      {query.ingresado && officer && (
        <div role="status" className="rounded-lg border border-green-700 bg-green-50 px-4 py-3 text-green-900">
          <p>
            Caso ingresado con el folio {view.folio}
            {files === 0 ? ", sin archivos adjuntos" : files === 1 ? " y 1 archivo adjunto" : ` y ${files} archivos adjuntos`}. La coordinación regional de SERMIG fue avisada.
          </p>
          <p className="mt-1">
            <AppLink href={`/casos/${view.id}/comprobante`}>Ver e imprimir el comprobante de ingreso</AppLink>
          </p>
        </div>
      )}
      {query.respondido && officer && (
        <p role="status" className="rounded-lg border border-green-700 bg-green-50 px-4 py-3 text-green-900">
          Respuesta enviada{query.respondido === "archivo" ? " con su archivo adjunto" : ""}. El caso volvió a revisión en SERMIG y su plazo corre de nuevo.
        </p>
      )}
      <div className={triage ? "grid gap-6 lg:grid-cols-[minmax(0,1fr)_23rem] lg:items-start" : undefined}>
        {triage && (
          <div className="lg:col-start-2 lg:row-start-1">
            <TriagePanel viewer={viewer} view={view} />
          </div>
        )}
        <div className="min-w-0 space-y-6 lg:col-start-1 lg:row-start-1">
          <CaseFacts view={view} staff={!officer} />
          <CaseReference caseId={view.id} reference={view.municipalReference} editable={officer} />
          {officer && view.status === "REQUIERE_INFO" && <InfoRequestAnswer view={view} />}
          {view.hold && <LegalHoldPanel caseId={view.id} hold={view.hold} canManage={hasPermission(viewer.role, "privacy.manage")} />}
          <CaseNarrative view={view} />
          <CaseParticipants people={view.participants} />
          <CaseTimeline items={view.timeline} />
          {hasPermission(viewer.role, "cases.converse") && <CaseConversation view={view} staff={!officer} />}
        </div>
      </div>
    </div>
  );
}
