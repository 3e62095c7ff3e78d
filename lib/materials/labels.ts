/** Labels shared with client forms; kept apart from the zod schemas so the browser bundle does not carry zod. */
export const CATEGORY_LABELS = {
  AFICHE: "Afiche",
  FOLLETO: "Folleto o díptico",
  GUIA: "Guía",
  INFOGRAFIA: "Infografía",
  OTRO: "Otro",
} as const;
export type MaterialCategory = keyof typeof CATEGORY_LABELS;

/** The languages of Chile's main migrant communities, in the order people look for them. ISO 639-1. */
export const LANGUAGE_LABELS = {
  es: "Español",
  ht: "Criollo haitiano (kreyòl)",
  en: "Inglés",
  fr: "Francés",
  pt: "Portugués",
  zh: "Chino",
  ar: "Árabe",
} as const;
export type MaterialLanguage = keyof typeof LANGUAGE_LABELS;
