"use server";

import { defineAction, revalidating } from "@/lib/auth/action";
import { prioritiseComuna, unprioritiseComuna } from "./priority";
import { prioritiseSchema, unprioritiseSchema } from "./schemas";

const refreshing = revalidating("/tablero");

export const prioritiseComunaAction = defineAction({ name: "prioritiseComuna", permission: "coverage.prioritise", input: prioritiseSchema }, refreshing(prioritiseComuna));

export const unprioritiseComunaAction = defineAction({ name: "unprioritiseComuna", permission: "coverage.prioritise", input: unprioritiseSchema }, refreshing(unprioritiseComuna));
