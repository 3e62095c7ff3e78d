const integer = new Intl.NumberFormat("es-CL", { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat("es-CL", { style: "percent", maximumFractionDigits: 1 });

/** 1625074 → "1.625.074" (es-CL). */
export function formatNumber(value: number): string {
  return integer.format(value);
}

/** 0.2345 → "23,5%". */
export function formatPercent(ratio: number): string {
  return percent.format(ratio);
}

/** Dates as people in Chile write them: 21-11-2026. */
export function formatDate(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}-${mm}-${date.getUTCFullYear()}`;
}

const santiago = new Intl.DateTimeFormat("es-CL", {
  timeZone: "America/Santiago",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** A moment as read in Chile (America/Santiago): 21-11-2026 19:23:05. */
export function formatDateTime(date: Date): string {
  const part = Object.fromEntries(santiago.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.day}-${part.month}-${part.year} ${part.hour}:${part.minute}:${part.second}`;
}
