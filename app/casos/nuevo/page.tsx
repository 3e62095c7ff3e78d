import { randomUUID } from "node:crypto";
import { CaseForm } from "@/components/cases/case-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { caseFormOptions, EMPTY_CASE_FORM } from "@/lib/cases/queries";
import { MAX_PARTICIPANTS } from "@/lib/cases/schemas";
import { territoryNames } from "@/lib/territory/names";

export default async function NewCasePage() {
  const viewer = await requirePagePermission("cases.file", "/casos/nuevo");
  const names = await territoryNames();
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/casos", label: "Casos" }, { label: "Ingresar caso" }]} />
      <PageHeading title="Ingresar caso">Ingresar un caso</PageHeading>
      <p className="mt-2 text-muted">
        El borrador se guarda solo mientras escribe, y puede guardarlo usted en cualquier momento: solo lo ve su municipalidad. Al ingresarlo, el caso recibe un folio y llega a la coordinación regional de SERMIG.
      </p>
      <div className="mt-6">
        {/* A key made when the form is shown: sending the form twice (double click, retry) files one case. */}
        <CaseForm
          mode={{ kind: "create", idempotencyKey: randomUUID() }}
          initial={EMPTY_CASE_FORM}
          options={caseFormOptions()}
          acknowledgedFolios={[]}
          maxParticipants={MAX_PARTICIPANTS}
          regionName={names.regionName(viewer.regionCode!)}
          attachmentCount={0}
          autosave
        />
      </div>
    </div>
  );
}
