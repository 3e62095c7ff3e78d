import { z } from "zod";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
  .optional()
  .catch(undefined);

export const AUDIT_PAGE_SIZE = 50;

/** Filters of the audit trail, from the query string. Malformed values are ignored. */
export const auditFilterSchema = z.object({
  persona: z.string().trim().max(80).optional().catch(undefined),
  entidad: z.string().trim().max(40).regex(/^[A-Za-z]*$/).optional().catch(undefined),
  accion: z.string().trim().max(60).regex(/^[A-Za-z.]*$/).optional().catch(undefined),
  desde: day,
  hasta: day,
  page: z.coerce.number().int().min(1).max(1_000_000).default(1).catch(1),
});

export type AuditFilters = z.output<typeof auditFilterSchema>;
