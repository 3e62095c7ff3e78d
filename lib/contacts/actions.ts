"use server";

import { defineAction, revalidating } from "@/lib/auth/action";
import { contactRefSchema, createContactSchema, setContactActiveSchema, updateContactSchema } from "./schemas";
import { createContact, deleteContact, setContactActive, setPrimaryContact, updateContact } from "./service";

/** The directory shows on the admin list, the public page and every municipality's home. */
const refreshing = revalidating("/");

export const createContactAction = defineAction({ name: "createRegionalContact", permission: "contacts.manage", input: createContactSchema }, refreshing(createContact));

export const updateContactAction = defineAction({ name: "updateRegionalContact", permission: "contacts.manage", input: updateContactSchema }, refreshing(updateContact));

export const setPrimaryContactAction = defineAction({ name: "setPrimaryRegionalContact", permission: "contacts.manage", input: contactRefSchema }, refreshing(setPrimaryContact));

export const setContactActiveAction = defineAction({ name: "setRegionalContactActive", permission: "contacts.manage", input: setContactActiveSchema }, refreshing(setContactActive));

export const deleteContactAction = defineAction({ name: "deleteRegionalContact", permission: "contacts.manage", input: contactRefSchema }, refreshing(deleteContact));
