"use server";

import { defineAction, revalidating } from "@/lib/auth/action";
import { createInstitution, createInstitutionSchema, institutionActiveSchema, setInstitutionActive, updateInstitution, updateInstitutionSchema } from "./service";

/** The admin page lists them; case pages read the active ones on each request. */
const refreshing = revalidating("/admin/instituciones");

export const createInstitutionAction = defineAction({ name: "createInstitution", permission: "institutions.manage", input: createInstitutionSchema }, refreshing(createInstitution));

export const updateInstitutionAction = defineAction({ name: "updateInstitution", permission: "institutions.manage", input: updateInstitutionSchema }, refreshing(updateInstitution));

export const setInstitutionActiveAction = defineAction({ name: "setInstitutionActive", permission: "institutions.manage", input: institutionActiveSchema }, refreshing(setInstitutionActive));
