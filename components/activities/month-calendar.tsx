import { AppLink } from "@/components/ui/app-link";
import { TYPE_LABELS } from "@/lib/activities/schemas";
import type { ActivityType } from "@/lib/generated/prisma/enums";
import { chileParts } from "@/lib/trainings/local-time";

type Item = { id: string; type: ActivityType; startsAt: Date; comunaName: string };

const WEEKDAYS = [
  ["Lun", "Lunes"],
  ["Mar", "Martes"],
  ["Mié", "Miércoles"],
  ["Jue", "Jueves"],
  ["Vie", "Viernes"],
  ["Sáb", "Sábado"],
  ["Dom", "Domingo"],
];
const MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

export function monthTitle(month: string): string {
  const [year, m] = month.split("-").map(Number);
  return `${MONTHS[m - 1]} de ${year}`;
}

/** A month as a Monday-first grid, rendered on the server; each day lists its activities. */
export function MonthCalendar({ month, items }: { month: string; items: Item[] }) {
  const [year, m] = month.split("-").map(Number);
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(year, m - 1, 1)).getUTCDay() + 6) % 7;
  const byDay = new Map<number, Item[]>();
  for (const item of items) {
    const day = chileParts(item.startsAt).day;
    byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  const cells: (number | null)[] = [...Array(lead).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  return (
    <div role="region" aria-label={`Calendario de ${monthTitle(month)}`} tabIndex={0} className="mt-3 overflow-x-auto rounded-xl bg-white shadow-sm">
      <table className="w-full min-w-[48rem] table-fixed border-collapse text-sm">
        <caption className="sr-only">Dispositivos territoriales de {monthTitle(month)}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map(([short, long]) => (
              <th key={short} scope="col" className="border-b border-slate-200 bg-slate-50 px-2 py-2 text-left font-medium">
                <abbr title={long} className="no-underline">
                  {short}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day, d) => (
                <td key={d} className={`h-24 border border-slate-100 p-1 align-top ${day === null ? "bg-slate-50" : ""}`}>
                  {day !== null && (
                    <>
                      <span className="block text-xs font-medium text-muted">{day}</span>
                      <ul className="space-y-1">
                        {(byDay.get(day) ?? []).map((item) => (
                          <li key={item.id}>
                            <AppLink href={`/dispositivos/${item.id}`} className="block rounded bg-sermig-blue-light px-1 py-0.5 text-xs leading-tight no-underline">
                              {TYPE_LABELS[item.type]}
                              <span className="block text-muted">{item.comunaName}</span>
                            </AppLink>
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
