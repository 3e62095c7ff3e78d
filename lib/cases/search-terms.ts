/**
 * How the case search reads what was typed. Pure, so the search box in the browser can tell a
 * document number apart before it is sent in a URL (components/cases/case-list-filters.tsx).
 */

/** What a search looks like. The audit records this, never what was typed. */
export type SearchKind = "documento" | "folio" | "nombre" | "texto";

/** SM-2026-000072, SM-2026-72, 2026-72, 000072 or 72: the year is optional, the sequence is not. */
const FOLIO = /^(?:SM-?)?(?:(\d{4})-)?(\d{1,6})$/i;

/**
 * The folio's parts in a search, or null. The sequence is given without leading zeros, as the
 * index over the folios keeps it (prisma/migrations/20261204100000_case_search_names_folios_notes).
 */
export function folioParts(q: string): { year: string | null; sequence: string } | null {
  const match = FOLIO.exec(q.trim());
  if (!match) return null;
  const sequence = match[2].replace(/^0+/, "");
  return sequence ? { year: match[1] ?? null, sequence } : null;
}

/** A RUN with or without dots and hyphen (12.345.678-5, 123456785), or a number too long to be a folio's sequence. */
const RUN_LIKE = /^(?:\d{1,2}\.?\d{3}\.?\d{3}-?[\dkK]|\d{7,})$/;
/** Letters and at least five digits in one word, as passports and foreign IDs are written (P12345678, AB-1234567). */
const PASSPORT_LIKE = /^(?=[A-Za-z0-9.-]{6,}$)(?=.*[A-Za-z])(?=(?:\D*\d){5})/;

/** Whether a search is (or looks like) a document number: those are searched by POST, never through a URL. */
export function looksLikeDocument(q: string): boolean {
  const value = q.trim();
  return !folioParts(value) && (RUN_LIKE.test(value) || PASSPORT_LIKE.test(value));
}

/** The words of a search as the name search compares them: letters and digits only, at most eight. */
export function searchWords(q: string): string[] {
  return (q.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/** Words this long are found through the trigram index; shorter ones only narrow what those found. */
export const INDEXED_WORD = 3;

/** LIKE treats «%», «_» and «\» as patterns; in a search they are only characters. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** The kind of a search before it runs: a document number, a folio, or words (a name or text). */
export function searchKindOf(q: string): "documento" | "folio" | "texto" {
  return looksLikeDocument(q) ? "documento" : folioParts(q) ? "folio" : "texto";
}
