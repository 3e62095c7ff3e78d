import { AppLink } from "@/components/ui/app-link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { TableFrame } from "@/components/ui/table-frame";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { formatNumber } from "@/lib/format";
import { parseQuery } from "@/lib/query/parse";
import { formatChileDateTime } from "@/lib/trainings/local-time";
import { MODALITY_LABELS, sessionFilterSchema } from "@/lib/trainings/schemas";
import { listSessions } from "@/lib/trainings/service";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TrainingsPage({ searchParams }: Props) {
  const viewer = await requirePagePermission("trainings.read", "/capacitaciones");
  const filters = parseQuery(sessionFilterSchema, await searchParams).values;
  const { rows, total, pageCount } = await listSessions(viewer, filters);
  const tab = (periodo: "proximas" | "pasadas", label: string) => (
    <AppLink href={`/capacitaciones?periodo=${periodo}`} aria-current={filters.periodo === periodo ? "page" : undefined} className={`rounded-lg px-4 py-2 font-medium no-underline ${filters.periodo === periodo ? "bg-sermig-blue text-white" : "bg-white text-sermig-blue-dark hover:bg-sermig-blue-light"}`}>
      {label}
    </AppLink>
  );
  return (
    <div>
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { label: "Capacitaciones" }]} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <PageHeading title="Capacitaciones">Capacitaciones y charlas</PageHeading>
          <p className="mt-1 text-muted">Sesiones de SERMIG para el personal municipal. La asistencia cuenta en la línea 2 (Capacitaciones) del plan de trabajo.</p>
        </div>
        {hasPermission(viewer.role, "trainings.publish") && (
          <AppLink href="/capacitaciones/nueva" className="rounded-lg bg-sermig-blue px-4 py-2 font-medium text-white no-underline hover:bg-sermig-blue-dark">
            Publicar una sesión
          </AppLink>
        )}
      </div>
      <nav aria-label="Periodo" className="mt-6 flex gap-2">
        {tab("proximas", "Próximas")}
        {tab("pasadas", "Realizadas")}
      </nav>
      <p role="status" className="mt-4 text-muted">
        {total === 1 ? "1 sesión" : `${formatNumber(total)} sesiones`}
      </p>
      {total === 0 ? (
        <div className="mt-3 rounded-xl bg-white p-6 text-center shadow-sm">
          <p className="font-medium">{filters.periodo === "proximas" ? "No hay sesiones programadas por ahora." : "Aún no hay sesiones realizadas."}</p>
        </div>
      ) : (
        <TableFrame label="Sesiones de capacitación">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Sesiones {filters.periodo === "proximas" ? "próximas" : "realizadas"}</caption>
            <thead className="border-b border-slate-200 bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-3">Tema</th>
                <th scope="col" className="px-3 py-3">Fecha y hora</th>
                <th scope="col" className="px-3 py-3">Modalidad</th>
                <th scope="col" className="px-3 py-3">Alcance</th>
                <th scope="col" className="px-3 py-3">Inscritos / cupo</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.id} className="border-b border-slate-100 last:border-0">
                  <td className="px-3 py-2">
                    <AppLink href={`/capacitaciones/${s.id}`} className="font-medium">
                      {s.topic}
                    </AppLink>
                    {s.attendanceRecordedAt && <span className="block text-xs text-muted">Asistencia registrada</span>}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2">{formatChileDateTime(s.startsAt)}</td>
                  <td className="px-3 py-2">
                    {MODALITY_LABELS[s.modality]}
                    {s.place && <span className="block text-xs text-muted">{s.place}</span>}
                  </td>
                  <td className="px-3 py-2">{s.regionName ?? "Nacional"}</td>
                  <td className="px-3 py-2 tabular-nums">
                    {formatNumber(s._count.registrations)} / {formatNumber(s.capacity)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      <Pagination page={filters.pagina} pageCount={pageCount} hrefFor={(p) => `/capacitaciones?periodo=${filters.periodo}&pagina=${p}`} />
    </div>
  );
}
