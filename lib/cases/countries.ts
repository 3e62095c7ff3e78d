import countries from "i18n-iso-countries";
import es from "i18n-iso-countries/langs/es.json";

countries.registerLocale(es);

export type CountryOption = { value: string; label: string };

/**
 * The nationalities most often seen by municipalities (SERMIG's residence figures), listed first so the
 * officer rarely has to scroll through 250 names.
 */
const FREQUENT = ["VE", "PE", "HT", "CO", "BO", "AR", "EC", "CN", "DO", "CU"];

const collator = new Intl.Collator("es-CL");

const ALL: CountryOption[] = Object.entries(countries.getNames("es", { select: "official" }))
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => collator.compare(a.label, b.label));

/** ISO 3166-1 alpha-2 codes as stored in `CaseParticipant.nationality`. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** "VE" → "Venezuela"; the code itself if the list does not know it (data from before a list update). */
export function countryName(code: string): string {
  return countries.getName(code, "es", { select: "official" }) ?? code;
}

/** For the nationality field: frequent ones first, then every country in Spanish alphabetical order. */
export function countryOptions(): { frequent: CountryOption[]; all: CountryOption[] } {
  return { frequent: FREQUENT.map((value) => ({ value, label: countryName(value) })), all: ALL };
}
