-- The case search (lib/cases/search.ts) finds what people type: part of a folio, part of a participant's
-- name, the text of notes. pg_trgm is a trusted contrib extension shipped with PostgreSQL (as unaccent),
-- so the role that runs migrations may create it. Prisma cannot describe expression indexes, so these
-- live only here (the drift check ignores them).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Names as a search compares them: lower case, accents removed. A trigram index answers
-- "contains this fragment" (LIKE '%ficti%') without reading every participant of the country.
CREATE INDEX "case_participant_name_trgm_idx" ON "case_participant" USING GIN ((lower(immutable_unaccent("full_name"))) gin_trgm_ops);

-- A bare number typed in the search box is the folio's sequence: "72" and "000072" both mean SM-<year>-000072.
CREATE INDEX "case_folio_sequence_idx" ON "case" ((ltrim(split_part("folio", '-', 3), '0')));

-- Notes have no search vector of their own; the case's stays free of them, so an internal note can
-- never surface through it. Who may search which notes is decided by the query (internal or not).
CREATE INDEX "case_note_search_idx" ON "case_note" USING GIN ((to_tsvector('es_unaccent'::regconfig, "body")));
