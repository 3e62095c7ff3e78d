-- The inbox's tab counts (lib/cases/inbox.ts inboxCounts) over a region's open cases, answered from
-- this index alone: it carries every column the tabs and the usual filters read, so PostgreSQL no
-- longer visits thousands of table rows on each page view (18 ms → see the closing EXPLAIN). Prisma
-- cannot describe INCLUDE columns or a partial index, so it lives only here (the drift check ignores it).
CREATE INDEX "case_open_deadlines_idx" ON "case" ("region_code", "status")
  INCLUDE ("assignee_id", "first_response_at", "first_response_due_at", "resolution_due_at", "waiting_since", "municipality_code", "type", "priority", "submitted_at")
  WHERE "status" IN ('INGRESADO', 'EN_REVISION', 'REQUIERE_INFO', 'DERIVADO');
