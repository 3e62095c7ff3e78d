import { z } from "zod";
import { code, day, page, text } from "@/lib/query/fields";

export const AUDIT_PAGE_SIZE = 50;

/** Filters of the audit trail, from the query string, read with parseQuery(). */
export const auditFilterSchema = z.object({
  persona: text(80).optional(),
  entidad: code(/^[A-Za-z]{1,40}$/).optional(),
  accion: code(/^[A-Za-z.]{1,60}$/).optional(),
  desde: day().optional(),
  hasta: day().optional(),
  page: page(1_000_000),
});

export type AuditFilters = z.output<typeof auditFilterSchema>;
