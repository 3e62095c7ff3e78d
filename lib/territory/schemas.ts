import { z } from "zod";
import { page, regionCode, text } from "@/lib/query/fields";

export const COMUNA_CODE = /^\d{5}$/;
export const REGION_CODE = /^\d{2}$/;
export const COMUNAS_PAGE_SIZE = 25;

/** Query string of /comunas, read with parseQuery(). */
export const comunaSearchSchema = z.object({
  q: text(80).optional(),
  region: regionCode.optional(),
  page: page(),
});

export type ComunaSearch = z.infer<typeof comunaSearchSchema>;
