import { formatNumber } from "@/lib/format";
import type { MonthPoint } from "@/lib/coverage/service";

const W = 720;
const H = 260;
const M = { top: 16, right: 56, bottom: 28, left: 44 };

/** A tick step of 1, 2 or 5 × 10ⁿ such that four steps reach the value: the axis shows whole numbers only. */
function tickStep(value: number): number {
  const raw = Math.max(value / 4, 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= raw)!;
}

const MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
const monthName = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} de ${month.slice(0, 4)}`;

/**
 * Cumulative adhered municipalities by month, as a step line drawn on the server. The SVG carries a
 * title and description; the table below gives the year-end figures for anyone who cannot see it.
 */
export function AdhesionChart({ points, scopeLabel }: { points: MonthPoint[]; scopeLabel: string }) {
  if (points.length === 0) return null;
  const step = tickStep(Math.max(...points.map((p) => p.adhered), 1));
  const max = step * 4;
  const x = (i: number) => M.left + (i / Math.max(points.length - 1, 1)) * (W - M.left - M.right);
  const y = (v: number) => H - M.bottom - (v / max) * (H - M.top - M.bottom);
  const line = points.map((p, i) => `${i === 0 ? "M" : "H"}${x(i).toFixed(1)}${i === 0 ? ` ${y(p.adhered).toFixed(1)}` : ""}V${y(p.adhered).toFixed(1)}`).join("");
  const area = `${line}V${y(0)}H${x(0)}Z`;
  const ticks = Array.from({ length: 5 }, (_, i) => step * i);
  const years = points.map((p, i) => ({ p, i })).filter(({ p }) => p.month.endsWith("-01"));
  const yearEnds = points.filter((p, i) => p.month.endsWith("-12") || i === points.length - 1);
  const last = points[points.length - 1];
  const title = `Municipalidades adheridas por mes desde 2015, ${scopeLabel}`;
  const desc = `Suma acumulada de municipalidades con carta de compromiso vigente al cierre de cada mes. En ${monthName(last.month)}: ${formatNumber(last.adhered)}.`;

  return (
    <figure>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="adhesion-chart-title adhesion-chart-desc" className="h-auto w-full">
        <title id="adhesion-chart-title">{title}</title>
        <desc id="adhesion-chart-desc">{desc}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#d5dce4" strokeWidth="1" />
            <text x={M.left - 6} y={y(t) + 4} textAnchor="end" fontSize="11" fill="#52606d">
              {formatNumber(t)}
            </text>
          </g>
        ))}
        {years.map(({ p, i }) => (
          <text key={p.month} x={x(i)} y={H - 8} textAnchor="middle" fontSize="11" fill="#52606d">
            {p.month.slice(0, 4)}
          </text>
        ))}
        <path d={area} fill="#e8f1fb" />
        <path d={line} fill="none" stroke="#0f69c4" strokeWidth="2.5" />
        <circle cx={x(points.length - 1)} cy={y(last.adhered)} r="4" fill="#0a4a8a" />
        <text x={x(points.length - 1) + 6} y={y(last.adhered) + 4} fontSize="13" fontWeight="bold" fill="#0a4a8a">
          {formatNumber(last.adhered)}
        </text>
      </svg>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium">Ver los datos del gráfico</summary>
        <table className="mt-2 text-left">
          <caption className="sr-only">Municipalidades adheridas al cierre de cada año</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-6">Al cierre de</th>
              <th scope="col" className="text-right">Adheridas</th>
            </tr>
          </thead>
          <tbody>
            {yearEnds.map((p) => (
              <tr key={p.month}>
                <th scope="row" className="pr-6 font-normal">{monthName(p.month)}</th>
                <td className="text-right tabular-nums">{formatNumber(p.adhered)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
