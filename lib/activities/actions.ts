"use server";

import { redirect } from "next/navigation";
import { defineAction, revalidating } from "@/lib/auth/action";
import { createActivitySchema, decideRequestSchema, recordPeopleSchema, requestSchema } from "./schemas";
import { createActivity, decideRequest, recordPeople, requestActivity } from "./service";

const refreshing = revalidating("/dispositivos");

export const createActivityAction = defineAction({ name: "createTerritorialActivity", permission: "activities.manage", input: createActivitySchema }, async (input, context) => {
  const { id } = await refreshing(createActivity)(input, context);
  redirect(`/dispositivos/${id}`);
});

export const recordPeopleAction = defineAction({ name: "recordActivityPeople", permission: "activities.manage", input: recordPeopleSchema }, refreshing(recordPeople));

export const requestActivityAction = defineAction({ name: "requestTerritorialActivity", permission: "activities.request", input: requestSchema }, refreshing(requestActivity));

export const decideActivityRequestAction = defineAction({ name: "decideActivityRequest", permission: "activities.decide", input: decideRequestSchema }, refreshing(decideRequest));
