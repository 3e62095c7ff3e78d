import { AppLink } from "@/components/ui/app-link";
import { notFound } from "next/navigation";
import { AdhesionSection } from "@/components/adhesion/adhesion-section";
import { ANCHOR_CLASS, ANCHOR_HEADING, ANCHORS } from "@/components/adhesion/anchors";
import { ProfileIndex } from "@/components/adhesion/profile-index";
import { LineRecordsSection } from "@/components/adhesion/line-records-section";
import { WorkPlanSection } from "@/components/adhesion/work-plan-section";
import { RegionalContactList } from "@/components/contacts/regional-contact-list";
import { Breadcrumbs, type Crumb } from "@/components/ui/breadcrumbs";
import { OpenAgreementsSection } from "@/components/visits/open-agreements-section";
import { PageHeading } from "@/components/ui/page-heading";
import { planIsOpen } from "@/lib/adhesion/lifecycle";
import { getMunicipalityProfile } from "@/lib/adhesion/profile";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { municipalityCode } from "@/lib/query/fields";
import { parsePathParam } from "@/lib/query/parse";

type Props = { params: Promise<{ code: string }> };

export default async function MunicipalityPage({ params }: Props) {
  const { code } = await params;
  const viewer = await requirePagePermission("municipality.read", `/municipalidades/${code}`);
  if (!parsePathParam(municipalityCode, code)) notFound();
  const profile = await getMunicipalityProfile(viewer, code).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { municipality, contacts } = profile;
  const crumbs: Crumb[] = [{ href: "/inicio", label: "Mi inicio" }];
  if (hasPermission(viewer.role, "municipality.list")) crumbs.push({ href: "/municipalidades", label: "Municipalidades" });
  crumbs.push({ label: municipality.name });

  return (
    <div className="space-y-6">
      <div>
        <Breadcrumbs items={crumbs} />
        <PageHeading title={`Municipalidad de ${municipality.name}`} />
        <p className="mt-1 text-muted">
          {municipality.region.name} · <AppLink href={`/comunas/${municipality.code}`}>ver la comuna y sus estadísticas</AppLink>
          {viewer.role === "MUNICIPAL_OFFICER" && (
            <>
              {" · "}
              <AppLink href="/casos">casos de la municipalidad</AppLink> · <AppLink href="/casos/nuevo">ingresar un caso</AppLink>
            </>
          )}
        </p>
      </div>
      <OpenAgreementsSection viewer={viewer} municipalityCode={municipality.code} />
      <div className="grid items-start gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <ProfileIndex profile={profile} planOpen={planIsOpen(profile.adhesion?.status)} />
        <div className="space-y-6">
          <AdhesionSection profile={profile} viewer={viewer} />
          <WorkPlanSection profile={profile} viewer={viewer} />
          <LineRecordsSection profile={profile} viewer={viewer} />
          <section aria-labelledby={ANCHORS.contact} className="rounded-2xl bg-white p-4 shadow-sm sm:p-6">
            <h2 id={ANCHORS.contact} {...ANCHOR_HEADING} className={`text-xl font-bold ${ANCHOR_CLASS}`}>
              Contacto en SERMIG
            </h2>
            <RegionalContactList contacts={contacts} regionName={municipality.region.name} />
          </section>
        </div>
      </div>
    </div>
  );
}
