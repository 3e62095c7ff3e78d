"use server";

import { defineAction, revalidating } from "@/lib/auth/action";
import {
  createSavedView,
  createSavedViewSchema,
  defaultSavedViewSchema,
  deleteSavedView,
  moveSavedView,
  moveSavedViewSchema,
  savedViewIdSchema,
  setDefaultSavedView,
  updateSavedView,
  updateSavedViewSchema,
} from "./saved-views";

/** The inbox and the management page below it show every view and its order. */
const refreshing = revalidating("/casos/bandeja");

export const createSavedViewAction = defineAction({ name: "createSavedView", permission: "cases.savedViews", input: createSavedViewSchema }, refreshing(createSavedView));

export const updateSavedViewAction = defineAction({ name: "updateSavedView", permission: "cases.savedViews", input: updateSavedViewSchema }, refreshing(updateSavedView));

export const moveSavedViewAction = defineAction({ name: "moveSavedView", permission: "cases.savedViews", input: moveSavedViewSchema }, refreshing(moveSavedView));

export const deleteSavedViewAction = defineAction({ name: "deleteSavedView", permission: "cases.savedViews", input: savedViewIdSchema }, refreshing(deleteSavedView));

export const setDefaultSavedViewAction = defineAction({ name: "setDefaultSavedView", permission: "cases.savedViews", input: defaultSavedViewSchema }, refreshing(setDefaultSavedView));
