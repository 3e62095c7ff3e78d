"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/action";
import { createUserSchema, setUserActiveSchema, updateUserSchema } from "./schemas";
import { createUser, setUserActive, updateUser } from "./service";

export const createUserAction = defineAction(
  { name: "createUser", permission: "users.manage", input: createUserSchema },
  async (input, { viewer, ip }) => {
    const created = await createUser(viewer, ip, input);
    revalidatePath("/admin/usuarios");
    return created;
  },
);

export const updateUserAction = defineAction(
  { name: "updateUser", permission: "users.manage", input: updateUserSchema },
  async (input, { viewer, ip }) => {
    const updated = await updateUser(viewer, ip, input);
    revalidatePath("/admin/usuarios");
    return updated;
  },
);

export const setUserActiveAction = defineAction(
  { name: "setUserActive", permission: "users.manage", input: setUserActiveSchema },
  async (input, { viewer, ip }) => {
    const result = await setUserActive(viewer, ip, input);
    revalidatePath("/admin/usuarios");
    return result;
  },
);
