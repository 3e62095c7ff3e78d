import { AppLink } from "@/components/ui/app-link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { TableFrame } from "@/components/ui/table-frame";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { formatDate, formatNumber } from "@/lib/format";
import { parseQuery } from "@/lib/query/parse";
import { visitFilterSchema } from "@/lib/visits/schemas";
import { listVisits } from "@/lib/visits/service";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function VisitsPage({ searchParams }: Props) {
  const viewer = await requirePagePermission("visits.read", "/visitas");
  const { pagina } = parseQuery(visitFilterSchema, await searchParams).values;
  const { rows, total, pageCount } = await listVisits(viewer, pagina);
  const today = new Date();
  return (
    <div>
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { label: "Visitas técnicas" }]} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <PageHeading title="Visitas técnicas">Visitas técnicas de acompañamiento</PageHeading>
          <p className="mt-1 text-muted">Visitas de la coordinación regional de SERMIG y los acuerdos que se tomaron en ellas.</p>
        </div>
        {hasPermission(viewer.role, "visits.manage") && (
          <AppLink href="/visitas/nueva" className="rounded-lg bg-sermig-blue px-4 py-2 font-medium text-white no-underline hover:bg-sermig-blue-dark">
            Programar una visita
          </AppLink>
        )}
      </div>
      <p role="status" className="mt-6 text-muted">
        {total === 1 ? "1 visita" : `${formatNumber(total)} visitas`}
      </p>
      {total === 0 ? (
        <div className="mt-3 rounded-xl bg-white p-6 text-center shadow-sm">
          <p className="font-medium">Aún no hay visitas registradas.</p>
        </div>
      ) : (
        <TableFrame label="Visitas técnicas">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Visitas técnicas, de la más reciente a la más antigua</caption>
            <thead className="border-b border-slate-200 bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-3">Fecha</th>
                <th scope="col" className="px-3 py-3">Municipalidad</th>
                <th scope="col" className="px-3 py-3">Temas</th>
                <th scope="col" className="px-3 py-3">Acuerdos pendientes</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((v) => (
                <tr key={v.id} className="border-b border-slate-100 align-top last:border-0">
                  <td className="whitespace-nowrap px-3 py-2">
                    <AppLink href={`/visitas/${v.id}`} className="font-medium">
                      {formatDate(v.visitOn)}
                    </AppLink>
                    {v.visitOn > today && <span className="block text-xs text-muted">Programada</span>}
                  </td>
                  <td className="px-3 py-2">{v.municipalityName}</td>
                  <td className="max-w-md px-3 py-2">
                    <span className="line-clamp-2 break-words">{v.topics}</span>
                  </td>
                  <td className="px-3 py-2 tabular-nums">{v.agreements === 0 ? "Sin acuerdos" : `${formatNumber(v.open)} de ${formatNumber(v.agreements)}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      <Pagination page={pagina} pageCount={pageCount} hrefFor={(p) => `/visitas?pagina=${p}`} />
    </div>
  );
}
