import { AppLink } from "@/components/ui/app-link";
import { monthTitle, MonthCalendar } from "@/components/activities/month-calendar";
import { RequestList } from "@/components/activities/request-list";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FilterSelect } from "@/components/ui/filter-fields";
import { SelectField, TextArea } from "@/components/ui/form-fields";
import { TableFrame } from "@/components/ui/table-frame";
import { PageHeading } from "@/components/ui/page-heading";
import { requestActivityAction } from "@/lib/activities/actions";
import { activityFilterSchema, ACTIVITY_TYPES, TYPE_LABELS } from "@/lib/activities/schemas";
import { listRequests, monthActivities } from "@/lib/activities/service";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { formatNumber } from "@/lib/format";
import { parseQuery } from "@/lib/query/parse";
import { listRegions } from "@/lib/territory/service";
import { chileParts, formatChileDateTime } from "@/lib/trainings/local-time";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function shift(month: string, by: number): string {
  const [year, m] = month.split("-").map(Number);
  const date = new Date(Date.UTC(year, m - 1 + by, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

export default async function ActivitiesPage({ searchParams }: Props) {
  const viewer = await requirePagePermission("activities.read", "/dispositivos");
  const filters = parseQuery(activityFilterSchema, await searchParams).values;
  const now = chileParts(new Date());
  const month = filters.mes ?? `${now.year}-${String(now.month).padStart(2, "0")}`;
  const national = viewer.role === "NATIONAL_ADMIN";
  const [items, requests, regions] = await Promise.all([monthActivities(viewer, { ...filters, mes: month }), listRequests(viewer), listRegions()]);
  const regionName = new Map(regions.map((r) => [r.code, r.name]));
  const href = (mes: string) => `/dispositivos?mes=${mes}${filters.region ? `&region=${filters.region}` : ""}`;
  const officer = viewer.role === "MUNICIPAL_OFFICER";
  return (
    <div className="space-y-6">
      <div>
        <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { label: "Dispositivos territoriales" }]} />
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <PageHeading title="Dispositivos territoriales" />
            <p className="mt-1 text-muted">
              Migraciones en tu barrio, Apoya Mujer Migrante y operativos de regularización y enrolamiento
              {national ? " en todo el país." : ` en la ${regionName.get(viewer.regionCode!)}.`}
            </p>
          </div>
          {hasPermission(viewer.role, "activities.manage") && (
            <AppLink href="/dispositivos/nuevo" className="rounded-lg bg-sermig-blue px-4 py-2 font-medium text-white no-underline hover:bg-sermig-blue-dark">
              Nuevo dispositivo
            </AppLink>
          )}
        </div>
      </div>

      <section aria-labelledby="calendario">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h2 id="calendario" className="text-xl font-bold first-letter:uppercase">
            {monthTitle(month)}
          </h2>
          <nav aria-label="Meses" className="flex items-end gap-2">
            <AppLink href={href(shift(month, -1))} className="rounded-lg border border-slate-300 bg-white px-3 py-2 no-underline hover:bg-sermig-blue-light">
              ← Mes anterior
            </AppLink>
            <AppLink href={href(shift(month, 1))} className="rounded-lg border border-slate-300 bg-white px-3 py-2 no-underline hover:bg-sermig-blue-light">
              Mes siguiente →
            </AppLink>
          </nav>
        </div>
        {national && (
          <form method="get" className="mt-3 flex flex-wrap items-end gap-3">
            <input type="hidden" name="mes" value={month} />
            <FilterSelect name="region" label="Región" allLabel="Todas" defaultValue={filters.region} options={regions.map((r) => ({ value: r.code, label: r.name }))} />
            <button type="submit" className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white hover:bg-sermig-blue-dark">
              Filtrar
            </button>
          </form>
        )}
        <MonthCalendar month={month} items={items} />
      </section>

      <section aria-labelledby="lista">
        <h2 id="lista" className="text-xl font-bold">
          Lista del mes
        </h2>
        {items.length === 0 ? (
          <p className="mt-2 rounded-xl bg-white p-6 text-center font-medium shadow-sm">No hay dispositivos este mes.</p>
        ) : (
          <TableFrame label="Dispositivos del mes">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Dispositivos territoriales de {monthTitle(month)}</caption>
              <thead className="border-b border-slate-200 bg-slate-50">
                <tr>
                  <th scope="col" className="px-3 py-3">Fecha y hora</th>
                  <th scope="col" className="px-3 py-3">Dispositivo</th>
                  <th scope="col" className="px-3 py-3">Comuna</th>
                  <th scope="col" className="px-3 py-3">Lugar</th>
                  <th scope="col" className="px-3 py-3">Personas atendidas</th>
                </tr>
              </thead>
              <tbody>
                {items.map((a) => (
                  <tr key={a.id} className="border-b border-slate-100 last:border-0">
                    <td className="whitespace-nowrap px-3 py-2">{formatChileDateTime(a.startsAt)}</td>
                    <td className="px-3 py-2">
                      <AppLink href={`/dispositivos/${a.id}`} className="font-medium">
                        {TYPE_LABELS[a.type]}
                      </AppLink>
                    </td>
                    <td className="px-3 py-2">
                      {a.comunaName}
                      {national && <span className="block text-xs text-muted">{regionName.get(a.regionCode)}</span>}
                    </td>
                    <td className="px-3 py-2 break-words">{a.place}</td>
                    <td className="px-3 py-2 tabular-nums">{a.peopleAttended === null ? "—" : formatNumber(a.peopleAttended)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        )}
      </section>

      <section aria-labelledby="solicitudes" className="rounded-2xl bg-white p-6 shadow-sm">
        <h2 id="solicitudes" className="text-xl font-bold">
          {officer ? "Solicitudes de su municipalidad" : "Solicitudes de municipalidades"}
        </h2>
        <RequestList requests={requests} canDecide={hasPermission(viewer.role, "activities.decide")} />
        {hasPermission(viewer.role, "activities.request") && (
          <details className="mt-4 rounded-lg bg-slate-50 p-3">
            <summary className="cursor-pointer font-medium text-sermig-blue-dark">Pedir que un dispositivo se realice en su comuna</summary>
            <ActionForm action={requestActivityAction} className="mt-3 space-y-3" successMessage="Solicitud enviada a la coordinación regional de SERMIG.">
              <input type="hidden" name="kind" value="HOST" />
              <SelectField name="activityType" label="Tipo de dispositivo" options={ACTIVITY_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }))} />
              <TextArea name="message" label="Mensaje" hint="Fechas posibles, lugar que ofrece la municipalidad y público esperado." />
              <SubmitButton>Enviar solicitud</SubmitButton>
            </ActionForm>
          </details>
        )}
      </section>
    </div>
  );
}
