"use server";

import { defineAction, revalidating } from "@/lib/auth/action";
import {
  addEvidenceSchema,
  createActionSchema,
  designatedOfficialSchema,
  reviewActionSchema,
  submitLetterSchema,
  trainingSchema,
  transitionSchema,
  updateActionSchema,
} from "./schemas";
import { applyTransition, submitLetter } from "./service";
import { addEvidence, addTraining, createAction, reviewAction, saveDesignatedOfficial, updateAction } from "./work-plan";

/** Every change shows on the municipality page and on the regional and national tables. */
const refreshing = revalidating("/municipalidades");

export const submitLetterAction = defineAction({ name: "submitAdhesionLetter", permission: "adhesion.submitLetter", input: submitLetterSchema }, refreshing(submitLetter));

export const adhesionTransitionAction = defineAction({ name: "adhesionTransition", permission: "adhesion.transition", input: transitionSchema }, refreshing(applyTransition));

export const createCommitmentAction = defineAction({ name: "createCommitmentAction", permission: "workplan.edit", input: createActionSchema }, refreshing(createAction));

export const updateCommitmentAction = defineAction({ name: "updateCommitmentAction", permission: "workplan.edit", input: updateActionSchema }, refreshing(updateAction));

export const addEvidenceAction = defineAction({ name: "addEvidence", permission: "workplan.edit", input: addEvidenceSchema }, refreshing(addEvidence));

export const reviewCommitmentAction = defineAction({ name: "reviewCommitmentAction", permission: "workplan.review", input: reviewActionSchema }, refreshing(reviewAction));

export const saveDesignatedOfficialAction = defineAction({ name: "saveDesignatedOfficial", permission: "workplan.edit", input: designatedOfficialSchema }, refreshing(saveDesignatedOfficial));

export const addTrainingAction = defineAction({ name: "addTrainingRecord", permission: "workplan.edit", input: trainingSchema }, refreshing(addTraining));
