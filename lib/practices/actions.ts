"use server";

import { defineAction, revalidating } from "@/lib/auth/action";
import { reviewPracticeSchema, submitPracticeSchema, updatePracticeSchema } from "./schemas";
import { reviewPractice, submitPractice, updatePractice } from "./service";

const refreshing = revalidating("/buenas-practicas");

export const submitPracticeAction = defineAction({ name: "submitGoodPractice", permission: "practices.submit", input: submitPracticeSchema }, refreshing(submitPractice));

export const updatePracticeAction = defineAction({ name: "updateGoodPractice", permission: "practices.submit", input: updatePracticeSchema }, refreshing(updatePractice));

export const reviewPracticeAction = defineAction({ name: "reviewGoodPractice", permission: "practices.review", input: reviewPracticeSchema }, refreshing(reviewPractice));
