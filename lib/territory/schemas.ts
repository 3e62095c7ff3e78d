import { z } from "zod";

export const COMUNA_CODE = /^\d{5}$/;
export const REGION_CODE = /^\d{2}$/;
export const COMUNAS_PAGE_SIZE = 25;

/** Query string of /comunas. Anything malformed falls back to "no filter" instead of an error page. */
export const comunaSearchSchema = z.object({
  q: z.string().trim().max(80).optional().catch(undefined),
  region: z.string().regex(REGION_CODE).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type ComunaSearch = z.infer<typeof comunaSearchSchema>;

/** Next passes repeated parameters as arrays; the first value wins. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
