-- Text search in the inbox (lib/cases/inbox.ts), measured again at national scale. The tabs count the open
-- cases that match ("arriendo": 270 of 7,823 matches in the Metropolitan region); over the words of every
-- case that took 7 ms per search, and over this index of the open cases alone (about 5,000 at national
-- scale), 0.3 ms. The region-and-words index of 20261122080000 did not pay for itself: scanning it reads
-- the region's 77,000 entries, and the capped count of "Todos" is cheaper read from the table, so it goes,
-- with the extension it needed. Prisma cannot describe a partial GIN index, so it lives only here.
DROP INDEX IF EXISTS "case_region_search_idx";
DROP EXTENSION IF EXISTS btree_gin;
CREATE INDEX "case_open_search_idx" ON "case" USING GIN ("search_vector")
  WHERE "status" IN ('INGRESADO', 'EN_REVISION', 'REQUIERE_INFO', 'DERIVADO');
