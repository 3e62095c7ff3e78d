/**
 * The classification of every page and route handler under app/: who may open it (a permission of
 * lib/auth/permissions.ts, any signed-in person, or everyone) and, for URLs naming a record, what
 * kind of record, so the matrix can choose ids in and out of each persona's scope. A route missing
 * here fails the matrix: a new endpoint must be classified before it ships.
 */
import { PERMISSIONS } from "@/lib/auth/permissions";
import type { Persona, Role } from "./personas";
import type { EntityKind } from "./targets";

export type Access = "public" | "signedIn" | string;

export type RouteRule = {
  access: Access;
  entity?: EntityKind;
  /** Where a role is sent instead of being shown the page (status 307 and this location). */
  redirects?: Partial<Record<Role, string>>;
  /** Pages anyone may see but signed-in people are sent away from. */
  signedInRedirect?: string;
  /** Why the matrix does not request it; the reason must name the test that covers it. */
  skip?: string;
};

export const ROUTES: Record<string, RouteRule> = {
  "/": { access: "public" },
  // Every role that administers anything holds users.read; officers get the same 404 as a missing page.
  "/admin": { access: "users.read" },
  "/admin/auditoria": { access: "audit.read" },
  "/admin/contactos": { access: "contacts.manage" },
  "/admin/contactos/[id]": { access: "contacts.manage", entity: "contact" },
  "/admin/contactos/nuevo": { access: "contacts.manage" },
  "/admin/estadisticas/importar": { access: "statistics.import" },
  "/admin/instituciones": { access: "institutions.manage" },
  "/admin/privacidad": { access: "privacy.manage" },
  "/admin/privacidad/exportar": { access: "privacy.manage", skip: "POST only, with the document in the body: tests/e2e/privacy.spec.ts (404 for officers and coordinators, 403 from another site)" },
  "/admin/privacidad/personas/[id]": { access: "privacy.manage", entity: "participant" },
  "/admin/auditoria/exportar": { access: "audit.read" },
  "/admin/sla": { access: "sla.configure" },
  "/admin/usuarios": { access: "users.read" },
  "/admin/usuarios/[id]": { access: "users.read", entity: "user" },
  "/admin/usuarios/nuevo": { access: "users.manage" },
  "/api/auth/[...nextauth]": { access: "public", skip: "Auth.js's own endpoints: tests/e2e/auth.spec.ts and tests/integration/auth-oidc.test.ts" },
  "/api/health": { access: "public" },
  "/archivos/[id]": { access: "signedIn", entity: "file" },
  "/boletines": { access: "bulletins.read" },
  "/boletines/[id]": { access: "bulletins.read", entity: "bulletin" },
  "/boletines/nuevo": { access: "bulletins.publish" },
  "/buenas-practicas": { access: "practices.read" },
  "/buenas-practicas/[id]": { access: "practices.read", entity: "practice" },
  "/buenas-practicas/nueva": { access: "practices.submit" },
  "/canal": { access: "signedIn" },
  "/capacitaciones": { access: "trainings.read" },
  "/capacitaciones/[id]": { access: "trainings.read", entity: "training" },
  "/capacitaciones/nueva": { access: "trainings.publish" },
  "/casos": { access: "cases.read" },
  "/casos/[id]": { access: "cases.read", entity: "case" },
  "/casos/[id]/comprobante": { access: "cases.read", entity: "case" },
  "/casos/[id]/editar": { access: "cases.file", entity: "draftCase" },
  "/casos/bandeja": { access: "cases.triage" },
  "/casos/bandeja/exportar": { access: "cases.export" },
  "/casos/bandeja/vistas": { access: "cases.savedViews" },
  "/casos/exportar": { access: "cases.exportList" },
  "/casos/nuevo": { access: "cases.file" },
  "/comunas": { access: "public" },
  "/comunas/[code]": { access: "public", entity: "comuna" },
  "/comunas/region/[code]": { access: "public", entity: "region" },
  "/contactos": { access: "public" },
  "/datos/municipalidades-adheridas.csv": { access: "public" },
  "/dispositivos": { access: "activities.read" },
  "/dispositivos/[id]": { access: "activities.read", entity: "activity" },
  "/dispositivos/nuevo": { access: "activities.manage" },
  "/ingresar": { access: "public", signedInRedirect: "/inicio" },
  "/ingresar/error": { access: "public" },
  "/inicio": { access: "signedIn" },
  "/mi-municipalidad": {
    access: "signedIn",
    redirects: { MUNICIPAL_OFFICER: "/municipalidades/13501", REGIONAL_COORDINATOR: "/municipalidades", NATIONAL_ADMIN: "/municipalidades" },
  },
  "/materiales": { access: "materials.read" },
  "/materiales/[id]": { access: "materials.manage", entity: "material" },
  "/minutas/[code]": { access: "statistics.minuta", entity: "minuta" },
  "/municipalidades": { access: "municipality.list" },
  "/municipalidades/[code]": { access: "municipality.read", entity: "municipality" },
  "/municipalidades/exportar": { access: "adhesion.export" },
  "/notificaciones": { access: "notifications.manage" },
  "/preferencias": { access: "notifications.manage" },
  "/privacidad": { access: "public" },
  "/sin-acceso": { access: "public" },
  "/tablero": { access: "coverage.read" },
  "/tablero/exportar/[tabla]": { access: "coverage.read", entity: "coverageTable" },
  "/tablero/mapa": { access: "coverage.read" },
  "/tablero/mapa/tabla": { access: "coverage.read" },
  "/tablero/prioritarias/nueva": { access: "coverage.prioritise" },
  "/visitas": { access: "visits.read" },
  "/visitas/[id]": { access: "visits.read", entity: "visit" },
  "/visitas/nueva": { access: "visits.manage" },
};

/** Whether the permission table lets this persona open the route (before any record scope applies). */
export function allowed(rule: RouteRule, persona: Persona): boolean {
  if (rule.access === "public") return true;
  if (!persona.role) return false;
  if (rule.access === "signedIn") return true;
  return ((PERMISSIONS as Record<string, readonly string[]>)[rule.access] ?? []).includes(persona.role);
}
