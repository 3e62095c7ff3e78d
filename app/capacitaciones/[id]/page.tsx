import { notFound } from "next/navigation";
import { AttendanceForm } from "@/components/trainings/attendance-form";
import { RegisterForm } from "@/components/trainings/register-form";
import { RegistrationsTable } from "@/components/trainings/registrations-table";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { NotFoundError } from "@/lib/errors";
import { formatDateTime, formatNumber } from "@/lib/format";
import { formatChileDateTime } from "@/lib/trainings/local-time";
import { MODALITY_LABELS } from "@/lib/trainings/schemas";
import { getSession } from "@/lib/trainings/service";
import { recordId } from "@/lib/query/fields";
import { parsePathParam } from "@/lib/query/parse";

type Props = { params: Promise<{ id: string }> };

export default async function SessionPage({ params }: Props) {
  const { id } = await params;
  const viewer = await requirePagePermission("trainings.read", `/capacitaciones/${id}`);
  if (!parsePathParam(recordId, id)) notFound();
  const { session, registrations, taken, manager, started } = await getSession(viewer, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const officer = viewer.role === "MUNICIPAL_OFFICER";
  const open = !started && !session.attendanceRecordedAt;
  const seatsLeft = Math.max(0, session.capacity - taken);
  return (
    <div className="space-y-6">
      <div>
        <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/capacitaciones", label: "Capacitaciones" }, { label: session.topic }]} />
        <PageHeading title={`Capacitación: ${session.topic}`}>{session.topic}</PageHeading>
        <p className="mt-1 text-muted">
          {session.regionName ? `Sesión regional · ${session.regionName}` : "Sesión nacional"} · publicada por {session.publishedByName}
        </p>
      </div>
      <section aria-labelledby="detalle" className="rounded-2xl bg-white p-6 shadow-sm">
        <h2 id="detalle" className="sr-only">
          Detalle de la sesión
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <dt className="text-sm text-muted">Fecha y hora</dt>
            <dd className="font-medium">{formatChileDateTime(session.startsAt)}</dd>
          </div>
          <div>
            <dt className="text-sm text-muted">Modalidad</dt>
            <dd className="font-medium">{MODALITY_LABELS[session.modality]}</dd>
          </div>
          <div>
            <dt className="text-sm text-muted">{session.modality === "ONLINE" ? "Enlace" : "Lugar"}</dt>
            <dd className="font-medium break-words">
              {session.url ? (
                <a href={session.url} rel="noopener noreferrer nofollow" target="_blank">
                  {session.url}
                </a>
              ) : (
                session.place
              )}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-muted">Cupos</dt>
            <dd className="font-medium tabular-nums">
              {formatNumber(taken)} inscritos de {formatNumber(session.capacity)}
            </dd>
          </div>
        </dl>
        <p className="mt-4 whitespace-pre-line">{session.description}</p>
      </section>

      <section aria-labelledby="inscritos" className="rounded-2xl bg-white p-6 shadow-sm">
        <h2 id="inscritos" className="text-xl font-bold">
          {officer ? "Personal de su municipalidad" : manager ? "Personas inscritas" : "Personas inscritas de su territorio"}
        </h2>
        {officer && open && (
          <>
            <p className="mt-1 text-sm text-muted">{seatsLeft > 0 ? `Quedan ${formatNumber(seatsLeft)} cupos.` : "No quedan cupos."}</p>
            {seatsLeft > 0 && <RegisterForm sessionId={session.id} />}
          </>
        )}
        {officer && !open && <p className="mt-1 text-sm text-muted">Las inscripciones están cerradas.</p>}
        <RegistrationsTable registrations={registrations} canEvaluate={officer && Boolean(session.attendanceRecordedAt)} showMunicipality={!officer} />
      </section>

      {manager && (
        <section aria-labelledby="asistencia" className="rounded-2xl bg-white p-6 shadow-sm">
          <h2 id="asistencia" className="text-xl font-bold">
            Asistencia
          </h2>
          {session.attendanceRecordedAt && <p className="text-sm text-muted">Registrada el {formatDateTime(session.attendanceRecordedAt)}. Puede corregirla.</p>}
          {!started ? (
            <p className="mt-2 text-muted">La asistencia se registra cuando la sesión haya comenzado.</p>
          ) : registrations.length === 0 ? (
            <p className="mt-2 text-muted">Nadie se inscribió en esta sesión.</p>
          ) : (
            <AttendanceForm
              sessionId={session.id}
              version={session.version}
              // Only what the form shows and checks goes to the browser's script (no e-mails, no comments).
              registrations={registrations.map(({ id, name, position, municipalityName, attended, score }) => ({ id, name, position, municipalityName, attended, score }))}
            />
          )}
        </section>
      )}
    </div>
  );
}
