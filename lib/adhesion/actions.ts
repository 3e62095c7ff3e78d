"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/action";
import type { Viewer } from "@/lib/auth/viewer";
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

type Service<I, R> = (viewer: Viewer, ip: string | null, input: I) => Promise<R>;

/** Runs the service, then refreshes the municipality's page and the regional and national tables. */
function refreshing<I, R>(service: Service<I, R>) {
  return async (input: I, { viewer, ip }: { viewer: Viewer; ip: string | null }) => {
    const result = await service(viewer, ip, input);
    revalidatePath("/municipalidades", "layout");
    return result;
  };
}

export const submitLetterAction = defineAction({ name: "submitAdhesionLetter", permission: "adhesion.submitLetter", input: submitLetterSchema }, refreshing(submitLetter));

export const adhesionTransitionAction = defineAction({ name: "adhesionTransition", permission: "adhesion.transition", input: transitionSchema }, refreshing(applyTransition));

export const createCommitmentAction = defineAction({ name: "createCommitmentAction", permission: "workplan.edit", input: createActionSchema }, refreshing(createAction));

export const updateCommitmentAction = defineAction({ name: "updateCommitmentAction", permission: "workplan.edit", input: updateActionSchema }, refreshing(updateAction));

export const addEvidenceAction = defineAction({ name: "addEvidence", permission: "workplan.edit", input: addEvidenceSchema }, refreshing(addEvidence));

export const reviewCommitmentAction = defineAction({ name: "reviewCommitmentAction", permission: "workplan.review", input: reviewActionSchema }, refreshing(reviewAction));

export const saveDesignatedOfficialAction = defineAction({ name: "saveDesignatedOfficial", permission: "workplan.edit", input: designatedOfficialSchema }, refreshing(saveDesignatedOfficial));

export const addTrainingAction = defineAction({ name: "addTrainingRecord", permission: "workplan.edit", input: trainingSchema }, refreshing(addTraining));
