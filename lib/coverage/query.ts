import { z } from "zod";
import { comunaCode, regionCode } from "@/lib/query/fields";

/** The query string of the dashboard pages and exports: the region an admin picks, the comuna selected on the map. */
export const dashboardQuerySchema = z.object({ region: regionCode.optional(), comuna: comunaCode.optional() });
