import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { CaseConversation, InfoRequestAnswer } from "@/components/cases/case-conversation";
import { CaseFacts, CaseNarrative, CaseParticipants } from "@/components/cases/case-details";
import { CaseTimeline } from "@/components/cases/case-timeline";
import { TriagePanel } from "@/components/cases/triage-panel";
import { LegalHoldPanel } from "@/components/privacy/legal-hold-panel";
import { AppLink } from "@/components/ui/app-link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { CASE_TYPES } from "@/lib/cases/catalogue";
import { getCaseView } from "@/lib/cases/queries";
import { caseNoticeSchema } from "@/lib/cases/schemas";
import { NotFoundError } from "@/lib/errors";
import { recordId } from "@/lib/query/fields";
import { parsePathParam, parseQuery } from "@/lib/query/parse";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * One case, for the municipality that filed it and for SERMIG. Out of scope is a 404, like a case that
 * does not exist; internal notes, events and files never reach the municipality's page.
 */
export default async function CasePage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requirePagePermission("cases.read", `/casos/${id}`);
  if (!parsePathParam(recordId, id)) notFound();
  const view = await getCaseView(viewer, clientIpFrom(await headers()), id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (view.status === "BORRADOR") redirect(`/casos/${id}/editar`);
  const officer = viewer.role === "MUNICIPAL_OFFICER";
  const notice = parseQuery(caseNoticeSchema, await searchParams).values;
  const files = view.timeline.filter((item) => item.kind === "attachment").length;

  return (
    <div className="space-y-6">
      <div>
        <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: officer ? "/casos" : "/casos/bandeja", label: officer ? "Casos" : "Bandeja de casos" }, { label: view.folio ?? "Caso" }]} />
        <p className="text-sm font-medium uppercase tracking-wide text-muted">{CASE_TYPES[view.type].label}</p>
        <PageHeading title={`Caso ${view.folio}`} className="mt-1 text-3xl font-bold text-sermig-blue-dark" />
        {view.sensitive && <p className="mt-1 text-sm text-muted">Caso reservado: cada lectura queda registrada.</p>}
        <p className="mt-2 text-sm">
          <AppLink href={`/casos/${view.id}/comprobante`}>Comprobante de ingreso</AppLink>
        </p>
      </div>
      {notice.ingresado && officer && (
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
      {notice.respondido && officer && (
        <p role="status" className="rounded-lg border border-green-700 bg-green-50 px-4 py-3 text-green-900">
          Respuesta enviada{notice.respondido === "archivo" ? " con su archivo adjunto" : ""}. El caso volvió a revisión en SERMIG y su plazo corre de nuevo.
        </p>
      )}
      <CaseFacts view={view} staff={!officer} />
      {officer && view.status === "REQUIERE_INFO" && <InfoRequestAnswer view={view} />}
      {hasPermission(viewer.role, "cases.triage") && <TriagePanel viewer={viewer} view={view} />}
      {view.hold && <LegalHoldPanel caseId={view.id} hold={view.hold} canManage={hasPermission(viewer.role, "privacy.manage")} />}
      <CaseNarrative view={view} />
      <CaseParticipants people={view.participants} />
      <CaseTimeline items={view.timeline} />
      {hasPermission(viewer.role, "cases.converse") && <CaseConversation view={view} staff={!officer} />}
    </div>
  );
}
