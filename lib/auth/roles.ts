import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = ["MUNICIPAL_OFFICER", "REGIONAL_COORDINATOR", "NATIONAL_ADMIN"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  MUNICIPAL_OFFICER: "Encargada/o municipal",
  REGIONAL_COORDINATOR: "Coordinador/a regional SERMIG",
  NATIONAL_ADMIN: "Administrador/a nacional",
};
