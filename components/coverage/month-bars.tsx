import { formatNumber } from "@/lib/format";
import type { CaseMonthCount } from "@/lib/coverage/service";

const W = 720;
const H = 200;
const M = { top: 20, bottom: 28, left: 8, right: 8 };
const SHORT = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"];
export const monthLabel = (month: string) => `${SHORT[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** Cases filed per month, as bars with their counts written on them; the table beside has the same numbers. */
export function MonthBars({ months, scopeLabel }: { months: CaseMonthCount[]; scopeLabel: string }) {
  const max = Math.max(...months.map((m) => m.count), 1);
  const slot = (W - M.left - M.right) / months.length;
  const height = (n: number) => (n / max) * (H - M.top - M.bottom);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="case-months-title case-months-desc" className="h-auto w-full">
      <title id="case-months-title">{`Casos ingresados por mes, últimos 12 meses, ${scopeLabel}`}</title>
      <desc id="case-months-desc">{months.map((m) => `${monthLabel(m.month)}: ${m.count}`).join("; ")}</desc>
      <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} stroke="#9aa5b1" />
      {months.map((m, i) => {
        const x = M.left + i * slot + slot * 0.15;
        const h = height(m.count);
        return (
          <g key={m.month}>
            <rect x={x} y={H - M.bottom - h} width={slot * 0.7} height={h} fill="#0f69c4" />
            <text x={x + slot * 0.35} y={H - M.bottom - h - 4} textAnchor="middle" fontSize="11" fill="#1f2933">
              {formatNumber(m.count)}
            </text>
            <text x={x + slot * 0.35} y={H - 10} textAnchor="middle" fontSize="10" fill="#52606d">
              {monthLabel(m.month)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
