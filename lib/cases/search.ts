import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { caseScopeSql, seesInternal } from "./access";
import { escapeLike, folioParts, INDEXED_WORD, looksLikeDocument, type SearchKind, searchWords } from "./search-terms";

/**
 * The search as a tsquery: `websearch_to_tsquery('es_unaccent', q)`, with one repair. The config
 * removes accents before stemming, and Snowball only knows the accented suffix «-ción», so a singular
 * like "regularización" is indexed unstemmed ('regularizacion') while its plural is stemmed
 * ('regulariz'). Each «-ción»/«-ciones» word of the query is therefore rewritten, in place, into the
 * alternatives of both numbers; singular and plural then find each other, with or without accents,
 * and the rest of the query (phrases, «-» exclusions, «or») keeps its meaning.
 */
export function textQuery(q: string): Prisma.Sql {
  const words = [...new Set(q.match(/[\p{L}\p{N}]+ci[oó]n(?:es)?(?![\p{L}\p{N}])/giu) ?? [])];
  return words.reduce((query, word) => {
    const singular = word.replace(/ci[oó]nes$/i, "cion");
    const accented = singular.replace(/ci[oó]n$/i, "ción");
    return Prisma.sql`ts_rewrite(${query}, plainto_tsquery('es_unaccent', ${word}),
      plainto_tsquery('es_unaccent', ${word}) || plainto_tsquery('es_unaccent', ${singular}) || unaccent(plainto_tsquery('spanish', ${accented})::text)::tsquery)`;
  }, Prisma.sql`websearch_to_tsquery('es_unaccent', ${q})`);
}

/** Names compared as the trigram index holds them: lower case, accents removed. */
const folded = (column: Prisma.Sql) => Prisma.sql`lower(immutable_unaccent(${column}))`;

/**
 * Every word somewhere in `column`. Words of INDEXED_WORD letters or more go through LIKE, which the
 * trigram index answers; a shorter word has too few trigrams to search by and would make PostgreSQL
 * read the whole index, so it only narrows the rows the long words found. Null: no word is long enough.
 */
function containsEvery(column: Prisma.Sql, words: string[]): Prisma.Sql | null {
  if (!words.some((word) => word.length >= INDEXED_WORD)) return null;
  return Prisma.join(
    words.map((word) =>
      word.length >= INDEXED_WORD
        ? Prisma.sql`${folded(column)} LIKE '%' || lower(immutable_unaccent(${escapeLike(word)})) || '%'`
        : Prisma.sql`strpos(${folded(column)}, lower(immutable_unaccent(${word}))) > 0`,
    ),
    " AND ",
  );
}

/**
 * The parts of a search, each the ids of the cases it finds, read through its own index (folio
 * sequence, search vector, trigrams of names, notes' words). Null: the part does not apply.
 */
function searchParts(viewer: Viewer, q: string) {
  const folio = folioParts(q);
  const folioSet = folio
    ? Prisma.sql`SELECT c.id FROM "case" c WHERE ltrim(split_part(c.folio, '-', 3), '0') = ${folio.sequence}${folio.year ? Prisma.sql` AND split_part(c.folio, '-', 2) = ${folio.year}` : Prisma.empty}`
    : null;
  // "2026-72" or "SM-2026-72" can only mean a folio (its words are the folio's, in the case's search
  // vector too); a bare number may also be in a name or a text.
  if (folio && /[-A-Za-z]/.test(q)) return { folio: folioSet, municipality: null, names: null, text: null, notes: null };
  const words = searchWords(q);
  const query = textQuery(q);
  const names = containsEvery(Prisma.sql`p.full_name`, words);
  const municipalities = containsEvery(Prisma.sql`m.name`, words);
  // Internal notes are SERMIG's: for the municipality they are not even searched.
  const notes = seesInternal(viewer) ? Prisma.empty : Prisma.sql`AND NOT n.internal`;
  return {
    folio: folioSet,
    municipality: municipalities ? Prisma.sql`SELECT c.id FROM "case" c JOIN municipality m ON m.code = c.municipality_code WHERE ${municipalities}` : null,
    names: names ? Prisma.sql`SELECT p.case_id FROM case_participant p WHERE ${names}` : null,
    text: Prisma.sql`SELECT c.id FROM "case" c WHERE c.search_vector @@ ${query}`,
    notes: Prisma.sql`SELECT n.case_id FROM case_note n WHERE to_tsvector('es_unaccent'::regconfig, n.body) @@ ${query} ${notes}`,
  };
}

/**
 * The cases any of the parts finds, as a condition on the case `c`; null when no part applies.
 * Measured at national scale: as an OR of conditions on the case, or as `IN (…)`, PostgreSQL
 * expected thousands of matches and read the whole region (in the list's order, testing each case,
 * or by a scan of every case): 180–320 ms for a name. Collected once into an array, the matches are
 * read by their ids, as many as there are: the search costs what it finds.
 */
function foundBy(parts: (Prisma.Sql | null)[]): Prisma.Sql | null {
  const present = parts.filter((part): part is Prisma.Sql => part !== null);
  return present.length === 0 ? null : Prisma.sql`c.id = ANY(ARRAY(${Prisma.join(present, " UNION ")}))`;
}

/**
 * What a search box finds, as a condition on the case `c`: the folio from a fragment ("72",
 * "000072", "2026-72": a bare number is the sequence, not any digits of a folio), participants'
 * names and the municipality's name (every word, in part, accents and case optional), and the words
 * of the summary, description and notes the viewer may read (Spanish stems, accents optional).
 * The caller keeps it within the viewer's scope; sensitive summaries are hidden by the lists.
 */
export function searchSql(viewer: Viewer, q: string): Prisma.Sql {
  const parts = searchParts(viewer, q);
  // Never null: with a folio every other part is dropped, and without one the text part is always there.
  return foundBy([parts.folio, parts.municipality, parts.names, parts.text, parts.notes])!;
}

/**
 * The cases of the viewer's scope a search finds, most recent activity first, at most `limit` + 1
 * (one more tells the list there are more than it shows).
 */
export async function matchingCaseIds(viewer: Viewer, q: string, limit: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM "case" c WHERE ${caseScopeSql(viewer)} AND ${searchSql(viewer, q)}
     ORDER BY c.updated_at DESC, c.id LIMIT ${limit + 1}`;
  return rows.map((row) => row.id);
}

/** How many sensitive cases one audit row names; past that it says there were more. */
const AUDITED_CASES = 200;

type SensitiveMatch = { id: string; folio: string | null; byName: boolean; byText: boolean; byNotes: boolean };

/**
 * A search that reaches the people or the narrative of sensitive cases (children, violence,
 * trafficking…) leaves one audit row: who, when, which of those cases and through what (name, text,
 * notes). Never what was typed, which may be a name or a document number: only the kind of search.
 * Matches by folio or municipality reveal nothing of a case and leave no row.
 */
export async function auditSensitiveMatches(viewer: Viewer, ip: string | null, q: string): Promise<void> {
  const parts = searchParts(viewer, q);
  const reaching = foundBy([parts.names, parts.text, parts.notes]);
  if (!reaching) return;
  const by = (part: Prisma.Sql | null) => foundBy([part]) ?? Prisma.sql`FALSE`;
  const rows = await db.$queryRaw<SensitiveMatch[]>`
    SELECT c.id, c.folio, ${by(parts.names)} AS "byName", ${by(parts.text)} AS "byText", ${by(parts.notes)} AS "byNotes"
      FROM "case" c
     WHERE ${caseScopeSql(viewer)} AND c.sensitive AND ${reaching}
     ORDER BY c.folio NULLS LAST, c.id LIMIT ${AUDITED_CASES + 1}`;
  if (rows.length === 0) return;
  const listed = rows.slice(0, AUDITED_CASES);
  const kind: SearchKind = looksLikeDocument(q) ? "documento" : folioParts(q) ? "folio" : rows.some((row) => row.byName) ? "nombre" : "texto";
  await recordAudit(db, viewer, ip, {
    action: "case.searchSensitive",
    entity: "Case",
    after: {
      busqueda: kind,
      casos: listed.map((row) => ({
        id: row.id,
        folio: row.folio,
        en: [row.byName && "nombre", row.byText && "texto", row.byNotes && "notas"].filter(Boolean),
      })),
      ...(rows.length > AUDITED_CASES && { masDe: AUDITED_CASES }),
    },
    regionCode: viewer.regionCode,
    municipalityCode: viewer.municipalityCode,
  });
}
