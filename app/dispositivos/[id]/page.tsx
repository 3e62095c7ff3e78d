import { notFound } from "next/navigation";
import { RequestList } from "@/components/activities/request-list";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { TextArea, TextField } from "@/components/ui/form-fields";
import { PageHeading } from "@/components/ui/page-heading";
import { recordPeopleAction, requestActivityAction } from "@/lib/activities/actions";
import { TYPE_LABELS } from "@/lib/activities/schemas";
import { getActivity } from "@/lib/activities/service";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { formatNumber } from "@/lib/format";
import { formatChileDateTime } from "@/lib/trainings/local-time";
import { recordId } from "@/lib/query/fields";
import { parsePathParam } from "@/lib/query/parse";

type Props = { params: Promise<{ id: string }> };

export default async function ActivityPage({ params }: Props) {
  const { id } = await params;
  const viewer = await requirePagePermission("activities.read", `/dispositivos/${id}`);
  if (!parsePathParam(recordId, id)) notFound();
  const { activity, regionName, requests } = await getActivity(viewer, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const past = activity.startsAt <= new Date();
  const alreadyAsked = requests.some((r) => r.municipalityCode === viewer.municipalityCode);
  return (
    <div className="space-y-6">
      <div>
        <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/dispositivos", label: "Dispositivos territoriales" }, { label: TYPE_LABELS[activity.type] }]} />
        <PageHeading title={`${TYPE_LABELS[activity.type]} en ${activity.comunaName}`} />
        <p className="mt-1 text-muted">{regionName}</p>
      </div>
      <section aria-labelledby="detalle" className="rounded-2xl bg-white p-6 shadow-sm">
        <h2 id="detalle" className="sr-only">
          Detalle
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <dt className="text-sm text-muted">Fecha y hora</dt>
            <dd className="font-medium">{formatChileDateTime(activity.startsAt)}</dd>
          </div>
          <div>
            <dt className="text-sm text-muted">Lugar</dt>
            <dd className="font-medium break-words">{activity.place}</dd>
          </div>
          <div>
            <dt className="text-sm text-muted">Instituciones</dt>
            <dd className="font-medium whitespace-pre-line break-words">{activity.partners}</dd>
          </div>
          <div>
            <dt className="text-sm text-muted">Personas atendidas</dt>
            <dd className="font-medium tabular-nums">{activity.peopleAttended === null ? "Por registrar" : formatNumber(activity.peopleAttended)}</dd>
          </div>
        </dl>
        {hasPermission(viewer.role, "activities.manage") && past && (
          <ActionForm action={recordPeopleAction} className="mt-4 flex flex-wrap items-end gap-3" successMessage="Personas atendidas registradas.">
            <input type="hidden" name="id" value={activity.id} />
            <input type="hidden" name="version" value={activity.version} />
            <TextField name="peopleAttended" label="Personas atendidas" type="number" defaultValue={activity.peopleAttended ?? undefined} />
            <SubmitButton>Guardar</SubmitButton>
          </ActionForm>
        )}
      </section>
      <section aria-labelledby="solicitudes" className="rounded-2xl bg-white p-6 shadow-sm">
        <h2 id="solicitudes" className="text-xl font-bold">
          {viewer.role === "MUNICIPAL_OFFICER" ? "Participación de su municipalidad" : "Municipalidades que piden participar"}
        </h2>
        <RequestList requests={requests} canDecide={hasPermission(viewer.role, "activities.decide")} />
        {hasPermission(viewer.role, "activities.request") && !past && !alreadyAsked && (
          <ActionForm action={requestActivityAction} className="mt-4 space-y-3" successMessage="Solicitud enviada a la coordinación regional de SERMIG.">
            <input type="hidden" name="kind" value="PARTICIPATE" />
            <input type="hidden" name="activityId" value={activity.id} />
            <TextArea name="message" label="Mensaje para SERMIG" hint="Qué aporta su municipalidad: personal, difusión, espacio." />
            <SubmitButton>Pedir participar</SubmitButton>
          </ActionForm>
        )}
      </section>
    </div>
  );
}
