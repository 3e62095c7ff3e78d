import "server-only";

/** How long the dashboard's figures are reused: a minute-old count is fine for tracking coverage. */
export const FIGURES_TTL_MS = 60_000;

const entries = new Map<string, { at: number; value: Promise<unknown> }>();

/**
 * Reuses a computation for the same key within the TTL, sharing it while it is still running, so ten
 * people opening the national dashboard at once cost one set of aggregate queries. A failure is not
 * kept. Keys are few (the country and 16 regions), so nothing needs evicting.
 */
export function cached<T>(key: string, load: () => Promise<T>, now: number = Date.now()): Promise<T> {
  const hit = entries.get(key);
  if (hit && now - hit.at < FIGURES_TTL_MS) return hit.value as Promise<T>;
  const value = load();
  entries.set(key, { at: now, value });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}
