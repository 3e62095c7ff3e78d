/**
 * The classification of every page and route handler under app/: who may open it (a permission of
 * lib/auth/permissions.ts, any signed-in person, or everyone) and, for URLs naming a record, what
 * kind of record, so the matrix can choose ids in and out of each persona's scope. A route missing
 * here fails the matrix: a new endpoint must be classified before it ships.
 */
import type { EntityKind } from "./targets";
import type { Role } from "./personas";

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
  "/admin/auditoria": { access: "audit.read" },
  "/admin/auditoria/exportar": { access: "audit.read" },
  "/admin/sla": { access: "sla.configure" },
  "/admin/usuarios": { access: "users.read" },
  "/admin/usuarios/[id]": { access: "users.read", entity: "user" },
  "/admin/usuarios/nuevo": { access: "users.manage" },
  "/api/auth/[...nextauth]": { access: "public", skip: "Auth.js's own endpoints: tests/e2e/auth.spec.ts and tests/integration/auth-oidc.test.ts" },
  "/api/health": { access: "public" },
  "/archivos/[id]": { access: "signedIn", entity: "file" },
  "/casos": { access: "cases.read" },
  "/casos/[id]": { access: "cases.read", entity: "case" },
  "/casos/[id]/editar": { access: "cases.file", entity: "draftCase" },
  "/casos/bandeja": { access: "cases.triage" },
  "/casos/bandeja/exportar": { access: "cases.export" },
  "/casos/nuevo": { access: "cases.file" },
  "/comunas": { access: "public" },
  "/comunas/[code]": { access: "public", entity: "comuna" },
  "/comunas/region/[code]": { access: "public", entity: "region" },
  "/ingresar": { access: "public", signedInRedirect: "/inicio" },
  "/ingresar/error": { access: "public" },
  "/inicio": { access: "signedIn" },
  "/mi-municipalidad": {
    access: "signedIn",
    redirects: { MUNICIPAL_OFFICER: "/municipalidades/13501", REGIONAL_COORDINATOR: "/municipalidades", NATIONAL_ADMIN: "/municipalidades" },
  },
  "/municipalidades": { access: "municipality.list" },
  "/municipalidades/[code]": { access: "municipality.read", entity: "municipality" },
  "/municipalidades/exportar": { access: "adhesion.export" },
  "/notificaciones": { access: "notifications.manage" },
  "/preferencias": { access: "notifications.manage" },
  "/sin-acceso": { access: "public" },
};
