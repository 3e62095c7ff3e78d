"use server";

import { redirect } from "next/navigation";
import { defineAction, revalidating } from "@/lib/auth/action";
import { reviewPracticeSchema, submitPracticeSchema, updatePracticeSchema } from "./schemas";
import { reviewPractice, submitPractice, updatePractice } from "./service";

const refreshing = revalidating("/buenas-practicas");

export const submitPracticeAction = defineAction({ name: "submitGoodPractice", permission: "practices.submit", input: submitPracticeSchema }, async (input, context) => {
  const { id } = await refreshing(submitPractice)(input, context);
  redirect(`/buenas-practicas/${id}`);
});

export const updatePracticeAction = defineAction({ name: "updateGoodPractice", permission: "practices.submit", input: updatePracticeSchema }, refreshing(updatePractice));

export const reviewPracticeAction = defineAction({ name: "reviewGoodPractice", permission: "practices.review", input: reviewPracticeSchema }, refreshing(reviewPractice));
