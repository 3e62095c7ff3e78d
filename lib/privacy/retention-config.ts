/** How long a closed case keeps its personal data, in months (Ley 21.719, principle of proportionality). */
export const DEFAULT_RETENTION_MONTHS = 60;
const MIN_MONTHS = 1;
const MAX_MONTHS = 600;

/**
 * CASE_RETENTION_MONTHS, or the default when unset or empty. A value that is not a whole number in range
 * is a configuration error: silently falling back could erase data years early or keep it for ever.
 */
export function retentionMonths(env: Record<string, string | undefined> = process.env): number {
  const raw = env.CASE_RETENTION_MONTHS?.trim();
  if (!raw) return DEFAULT_RETENTION_MONTHS;
  const months = Number(raw);
  if (!/^\d+$/.test(raw) || months < MIN_MONTHS || months > MAX_MONTHS) {
    throw new Error(`CASE_RETENTION_MONTHS debe ser un número entero de meses entre ${MIN_MONTHS} y ${MAX_MONTHS} (se recibió "${raw}").`);
  }
  return months;
}

/** The moment before which a case must have closed to be due: `months` calendar months before `now`. */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}
