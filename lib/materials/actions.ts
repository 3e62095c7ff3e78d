"use server";

import { defineAction, revalidating } from "@/lib/auth/action";
import { createMaterialSchema, materialRefSchema, updateMaterialSchema } from "./schemas";
import { createMaterial, deleteMaterial, updateMaterial } from "./service";

const refreshing = revalidating("/materiales");

export const createMaterialAction = defineAction({ name: "createMaterial", permission: "materials.manage", input: createMaterialSchema }, refreshing(createMaterial));

export const updateMaterialAction = defineAction({ name: "updateMaterial", permission: "materials.manage", input: updateMaterialSchema }, refreshing(updateMaterial));

export const deleteMaterialAction = defineAction({ name: "deleteMaterial", permission: "materials.manage", input: materialRefSchema }, refreshing(deleteMaterial));
