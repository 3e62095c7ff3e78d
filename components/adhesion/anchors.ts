/** The ids of the municipality page's headings, shared by the sections and the index that links to them. */
export const ANCHORS = {
  adhesion: "adhesion",
  plan: "plan",
  line: (code: string) => `linea-${code}`,
  official: "encargado",
  trainings: "capacitaciones",
  contact: "contacto",
} as const;

/**
 * For the headings the index links to: focusable by script only, so following a link moves focus (and
 * a screen reader) to the heading; clear of the top edge when scrolled to.
 */
export const ANCHOR_HEADING = { tabIndex: -1 } as const;
export const ANCHOR_CLASS = "scroll-mt-4 focus:outline-none";
