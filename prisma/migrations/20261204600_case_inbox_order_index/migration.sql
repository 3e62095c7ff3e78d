-- The inbox's "urgencia" order (lib/cases/inbox.ts orderKeys) as an index, rebuilt for the order as it
-- now reads: the governing deadline (the first answer until given, then the resolution) instead of the
-- nearer of the two, and the priority as an ascending rank, so that every term runs one way. The case
-- page's previous/next (inboxNeighbours) compare the case's terms as one row, which this index answers
-- from the case's position instead of sorting every case of the region that passes the filters; a page
-- of a big view ("Todos", page 50) still reads its rows in order. The expressions must stay identical
-- to orderKeys' for the planner to use it. Prisma cannot describe expression indexes, so it lives only
-- here (the drift check ignores it).
DROP INDEX IF EXISTS "case_inbox_urgency_idx";
CREATE INDEX "case_inbox_urgency_idx" ON "case" (
  (CASE WHEN "status" IN ('RESUELTO', 'CERRADO') THEN 2 WHEN "waiting_since" IS NOT NULL THEN 1 ELSE 0 END),
  (COALESCE(COALESCE(CASE WHEN "first_response_at" IS NULL THEN "first_response_due_at" END, "resolution_due_at"), 'infinity'::timestamp)),
  (CASE "priority" WHEN 'URGENTE' THEN 0 WHEN 'ALTA' THEN 1 WHEN 'MEDIA' THEN 2 ELSE 3 END),
  "submitted_at",
  "id"
) WHERE "status" <> 'BORRADOR';
