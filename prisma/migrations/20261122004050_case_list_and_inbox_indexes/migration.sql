-- CreateIndex
CREATE INDEX "case_municipality_code_updated_at_id_idx" ON "case"("municipality_code", "updated_at" DESC, "id");

-- CreateIndex
CREATE INDEX "case_region_code_updated_at_id_idx" ON "case"("region_code", "updated_at" DESC, "id");

-- CreateIndex
CREATE INDEX "case_region_code_type_status_idx" ON "case"("region_code", "type", "status");

-- DropIndex (replaced by the next one, which serves the same queries and also counts by region and status)
DROP INDEX "case_submitted_at_idx";

-- CreateIndex
CREATE INDEX "case_submitted_at_region_code_status_idx" ON "case"("submitted_at", "region_code", "status");

-- The inbox's "urgencia" order (lib/cases/inbox.ts orderSql), as an index: a page of a big view
-- (a region's "Todos", page 50) reads its rows in order instead of sorting the whole region.
-- The expressions must stay identical to orderSql's for the planner to use it. Prisma cannot
-- describe expression indexes, so it lives only here (the drift check ignores it).
CREATE INDEX "case_inbox_urgency_idx" ON "case" (
  (CASE WHEN "status" IN ('RESUELTO', 'CERRADO') THEN 2 WHEN "waiting_since" IS NOT NULL THEN 1 ELSE 0 END),
  (LEAST(CASE WHEN "first_response_at" IS NULL THEN "first_response_due_at" END, "resolution_due_at")) NULLS LAST,
  "priority" DESC, "submitted_at", "id"
) WHERE "status" <> 'BORRADOR';
