import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The permission table: every server action names one permission, and only the roles listed here
 * hold it. Territorial limits (which municipality or region) are applied on top by the services.
 */
export const PERMISSIONS = {
  "session.signOut": ["MUNICIPAL_OFFICER", "REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  "users.read": ["REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  "users.manage": ["REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  "audit.read": ["NATIONAL_ADMIN"],
  "municipality.read": ["MUNICIPAL_OFFICER", "REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  "municipality.list": ["REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  "adhesion.submitLetter": ["MUNICIPAL_OFFICER"],
  /** Which step each role may take is decided by the lifecycle table (lib/adhesion/lifecycle.ts). */
  "adhesion.transition": ["MUNICIPAL_OFFICER", "REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  "adhesion.export": ["NATIONAL_ADMIN"],
  "workplan.edit": ["MUNICIPAL_OFFICER"],
  "workplan.review": ["REGIONAL_COORDINATOR"],
  "cases.read": ["MUNICIPAL_OFFICER", "REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  /** Draft, submit and answer: the municipality's side of a case. */
  "cases.file": ["MUNICIPAL_OFFICER"],
  /** Shared notes and attachments; internal notes are refused to officers by the service. */
  "cases.converse": ["MUNICIPAL_OFFICER", "REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  "cases.triage": ["REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  "cases.export": ["REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  /** Saved views of the inbox; only the owner edits hers, the service enforces it. */
  "cases.savedViews": ["REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  /** The catalogue of institutions cases are derived to. */
  "institutions.manage": ["NATIONAL_ADMIN"],
  /** The municipality's own case list as a file (SERMIG exports from its inbox). */
  "cases.exportList": ["MUNICIPAL_OFFICER"],
  "sla.configure": ["NATIONAL_ADMIN"],
  /** Data-subject rights (Ley 21.719): lookup and export by document, rectification, legal hold, retention runs. */
  "privacy.manage": ["NATIONAL_ADMIN"],
  "notifications.manage": ["MUNICIPAL_OFFICER", "REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  /** A person's own settings, such as the keyboard shortcuts. */
  "preferences.manage": ["MUNICIPAL_OFFICER", "REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  /** A comuna's statistical minuta; which comunas is decided by the territorial scope. */
  "statistics.minuta": ["MUNICIPAL_OFFICER", "REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  "statistics.import": ["NATIONAL_ADMIN"],
  "trainings.read": ["MUNICIPAL_OFFICER", "REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  /** National sessions are the admins'; the service limits coordinators to their region. */
  "trainings.publish": ["REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  "trainings.register": ["MUNICIPAL_OFFICER"],
  "trainings.attendance": ["REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  "trainings.evaluate": ["MUNICIPAL_OFFICER"],
  "visits.read": ["MUNICIPAL_OFFICER", "REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  "visits.manage": ["REGIONAL_COORDINATOR"],
  "visits.completeAgreement": ["MUNICIPAL_OFFICER", "REGIONAL_COORDINATOR"],
  "practices.read": ["MUNICIPAL_OFFICER", "REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  "practices.submit": ["MUNICIPAL_OFFICER"],
  "practices.review": ["REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  "activities.read": ["MUNICIPAL_OFFICER", "REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  "activities.manage": ["REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  "activities.request": ["MUNICIPAL_OFFICER"],
  "activities.decide": ["REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  /** The coverage dashboard, map and their CSV exports (coordinators see their region). */
  "coverage.read": ["REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  "coverage.prioritise": ["NATIONAL_ADMIN"],
  "contacts.manage": ["NATIONAL_ADMIN"],
  /** Which bulletins each person sees is decided by the audience rules (lib/bulletins/audience.ts). */
  "bulletins.read": ["MUNICIPAL_OFFICER", "REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  /** Coordinators publish only to their own region; the service enforces it. */
  "bulletins.publish": ["REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  "materials.read": ["MUNICIPAL_OFFICER", "REGIONAL_COORDINATOR", "NATIONAL_ADMIN"],
  "materials.manage": ["NATIONAL_ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Actions anyone may call, signed in or not. Kept as short as possible. */
export const PUBLIC_PERMISSIONS = ["session.signIn"] as const;
export type PublicPermission = (typeof PUBLIC_PERMISSIONS)[number];

export function isPublicPermission(permission: string): permission is PublicPermission {
  return (PUBLIC_PERMISSIONS as readonly string[]).includes(permission);
}

/** Unknown roles and unknown permissions get nothing. */
export function hasPermission(role: string, permission: string): boolean {
  const holders: readonly string[] | undefined = (PERMISSIONS as Record<string, readonly string[]>)[permission];
  return Array.isArray(holders) && holders.includes(role);
}
