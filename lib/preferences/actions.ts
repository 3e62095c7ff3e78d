"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/action";
import { keyboardShortcutsSchema, setKeyboardShortcuts } from "./keyboard";

export const setKeyboardShortcutsAction = defineAction(
  { name: "setKeyboardShortcuts", permission: "preferences.manage", input: keyboardShortcutsSchema },
  async ({ atajos }, { viewer, ip }) => {
    await setKeyboardShortcuts(viewer, ip, atajos === "si");
    revalidatePath("/preferencias");
  },
);
