import { AppLink } from "@/components/ui/app-link";
import { TableFrame } from "@/components/ui/table-frame";
import { CASE_TYPES, STATUS_LABELS } from "@/lib/cases/catalogue";
import { OPEN_STATUSES } from "@/lib/cases/status-machine";
import type { CaseMonthCount, CaseSla, CaseTypeStatusCount, DerivationCount } from "@/lib/coverage/service";
import { formatNumber, formatPercent } from "@/lib/format";
import type { CaseStatus, CaseType } from "@/lib/generated/prisma/enums";
import { DerivationStats } from "./derivation-stats";
import { Figure } from "./headline";
import { monthLabel, MonthBars } from "./month-bars";

type Props = { sla: CaseSla; byTypeAndStatus: CaseTypeStatusCount[]; months: CaseMonthCount[]; derivations: DerivationCount[]; regionParam: string; scopeLabel: string; exportHref: (table: string) => string };

const days = (value: number | null) => (value === null ? "—" : `${value.toLocaleString("es-CL", { maximumFractionDigits: 1 })} días`);
const lastDay = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

function ExportLink({ href, label }: { href: string; label: string }) {
  return (
    <a href={href} className="text-sm">
      Descargar CSV<span className="sr-only">: {label}</span>
    </a>
  );
}

/** Case volume, SLA compliance and times for the scope; every count links to the inbox filtered the same way. */
export function CaseStats({ sla, byTypeAndStatus, months, derivations, regionParam, scopeLabel, exportHref }: Props) {
  const inbox = (query: string) => `/casos/bandeja?${query}${regionParam}`;
  const byType = new Map<CaseType, { total: number; open: number }>();
  const byStatus = new Map<CaseStatus, number>();
  for (const row of byTypeAndStatus) {
    const entry = byType.get(row.type) ?? { total: 0, open: 0 };
    entry.total += row.count;
    if ((OPEN_STATUSES as readonly string[]).includes(row.status)) entry.open += row.count;
    byType.set(row.type, entry);
    byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + row.count);
  }
  const types = [...byType.entries()].sort((a, b) => b[1].total - a[1].total);
  const ratio = (part: number, whole: number) => (whole === 0 ? "—" : formatPercent(part / whole));

  return (
    <div className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Figure label="Primera respuesta en plazo" value={ratio(sla.respondedOnTime, sla.responded)} detail={`${formatNumber(sla.respondedOnTime)} de ${formatNumber(sla.responded)} casos respondidos`} />
        <Figure
          label="Resueltos en plazo"
          value={ratio(sla.finishedOnTime, sla.finished)}
          detail={`${formatNumber(sla.finishedOnTime)} de ${formatNumber(sla.finished)} casos resueltos o cerrados`}
          href={inbox("vista=cerrados")}
        />
        <Figure label="Mediana hasta la primera respuesta" value={days(sla.medianFirstResponseDays)} detail="Días corridos desde el ingreso" />
        <Figure label="Mediana hasta la resolución" value={days(sla.medianResolutionDays)} detail="Días corridos desde el ingreso" />
      </div>
      <p className="text-sm">
        <AppLink href={inbox("vista=abiertos")}>{formatNumber(sla.open)} casos abiertos</AppLink>, de ellos{" "}
        <AppLink href={inbox("vista=vencidos")} className={sla.overdue > 0 ? "font-bold text-red-800" : ""}>
          {formatNumber(sla.overdue)} con el plazo vencido
        </AppLink>
        . Los plazos se cuentan en días hábiles y se detienen mientras el caso espera a la municipalidad.
      </p>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="cases-by-type">
          <div className="flex items-baseline justify-between gap-2">
            <h3 id="cases-by-type" className="text-lg font-bold">Casos por tipo</h3>
            <ExportLink href={exportHref("casos-por-tipo")} label="casos por tipo" />
          </div>
          {types.length === 0 ? (
            <p className="mt-2 rounded-xl bg-white p-4 text-muted shadow-sm">Todavía no hay casos ingresados en este territorio.</p>
          ) : (
            <TableFrame label="Casos por tipo">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Casos ingresados por tipo, total y abiertos</caption>
                <thead className="border-b border-slate-200 bg-slate-50">
                  <tr>
                    <th scope="col" className="px-3 py-2">Tipo</th>
                    <th scope="col" className="px-3 py-2 text-right">Total</th>
                    <th scope="col" className="px-3 py-2 text-right">Abiertos</th>
                  </tr>
                </thead>
                <tbody>
                  {types.map(([type, counts]) => (
                    <tr key={type} className="border-b border-slate-100 last:border-0">
                      <th scope="row" className="px-3 py-1.5 font-normal">{CASE_TYPES[type].label}</th>
                      <td className="px-3 py-1.5 text-right tabular-nums">
                        <AppLink href={inbox(`vista=todos&tipo=${type}`)}>{formatNumber(counts.total)}</AppLink>
                      </td>
                      <td className="px-3 py-1.5 text-right tabular-nums">
                        <AppLink href={inbox(`vista=abiertos&tipo=${type}`)}>{formatNumber(counts.open)}</AppLink>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
          )}
        </section>

        <section aria-labelledby="cases-by-status">
          <div className="flex items-baseline justify-between gap-2">
            <h3 id="cases-by-status" className="text-lg font-bold">Casos por estado</h3>
            <ExportLink href={exportHref("casos-por-estado")} label="casos por estado" />
          </div>
          <TableFrame label="Casos por estado">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Casos ingresados por estado</caption>
              <thead className="border-b border-slate-200 bg-slate-50">
                <tr>
                  <th scope="col" className="px-3 py-2">Estado</th>
                  <th scope="col" className="px-3 py-2 text-right">Casos</th>
                </tr>
              </thead>
              <tbody>
                {(Object.keys(STATUS_LABELS) as CaseStatus[])
                  .filter((s) => s !== "BORRADOR")
                  .map((status) => (
                    <tr key={status} className="border-b border-slate-100 last:border-0">
                      <th scope="row" className="px-3 py-1.5 font-normal">
                        {STATUS_LABELS[status]}
                        {(OPEN_STATUSES as readonly string[]).includes(status) && <span className="text-muted"> (abierto)</span>}
                      </th>
                      <td className="px-3 py-1.5 text-right tabular-nums">
                        <AppLink href={inbox(`vista=todos&estado=${status}`)}>{formatNumber(byStatus.get(status) ?? 0)}</AppLink>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </TableFrame>
        </section>
      </div>

      <DerivationStats derivations={derivations} />

      <section aria-labelledby="cases-by-month">
        <div className="flex items-baseline justify-between gap-2">
          <h3 id="cases-by-month" className="text-lg font-bold">Casos ingresados por mes</h3>
          <ExportLink href={exportHref("casos-por-mes")} label="casos por mes" />
        </div>
        <div className="mt-3 rounded-xl bg-white p-4 shadow-sm">
          <MonthBars months={months} scopeLabel={scopeLabel} />
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer font-medium">Ver los datos del gráfico</summary>
            <ul className="mt-2 grid grid-cols-2 gap-1 sm:grid-cols-4">
              {months.map((m) => (
                <li key={m.month}>
                  {monthLabel(m.month)}: <AppLink href={inbox(`vista=todos&desde=${m.month}-01&hasta=${lastDay(m.month)}`)}>{formatNumber(m.count)}</AppLink>
                </li>
              ))}
            </ul>
          </details>
        </div>
      </section>
    </div>
  );
}
