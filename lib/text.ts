/** Lower-case, accents removed, spaces collapsed: "  Ñuñoa " → "nunoa". Used for accent-free search. */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
