import type { Role, SavedViewAudience } from "@/lib/generated/prisma/enums";

export const SAVED_VIEW_AUDIENCES: Record<SavedViewAudience, string> = {
  PERSONAL: "Solo para mí",
  REGIONAL: "Compartida con la coordinación de mi región",
  NACIONAL: "Compartida con todo SERMIG",
};

/** Who may share a view how: a coordinator with her region, a national admin with the country. */
export function audiencesFor(viewer: { role: Role }): SavedViewAudience[] {
  if (viewer.role === "REGIONAL_COORDINATOR") return ["PERSONAL", "REGIONAL"];
  if (viewer.role === "NATIONAL_ADMIN") return ["PERSONAL", "NACIONAL"];
  return [];
}
