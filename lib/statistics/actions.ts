"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/auth/action";
import { confirmImport, previewImport } from "./import";
import { confirmImportSchema, previewImportSchema } from "./schemas";

const importPage = (id: string) => `/admin/estadisticas/importar?carga=${id}`;

/** The preview lives at its own address (the stored upload's id), so a reload shows it again. */
export const previewStatImportAction = defineAction(
  { name: "previewStatImport", permission: "statistics.import", input: previewImportSchema },
  async (input, { viewer, ip }) => {
    const { id } = await previewImport(viewer, ip, input);
    redirect(importPage(id));
  },
);

export const confirmStatImportAction = defineAction(
  { name: "confirmStatImport", permission: "statistics.import", input: confirmImportSchema },
  async (input, { viewer, ip }) => {
    await confirmImport(viewer, ip, input);
    // Minutas and comuna pages read the statistics; the whole app shows the new figures.
    revalidatePath("/", "layout");
    redirect(importPage(input.importId));
  },
);
