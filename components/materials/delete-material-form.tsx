"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import { useConfirmedSubmit } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { deleteMaterialAction } from "@/lib/materials/actions";

export function DeleteMaterialForm({ id, version, title }: { id: string; version: number; title: string }) {
  const router = useRouter();
  const [state, action, pending] = useActionState(deleteMaterialAction, null);
  const { onSubmit, dialog } = useConfirmedSubmit({
    title: `¿Eliminar «${title}»?`,
    body: "El material sale de la biblioteca y su archivo se borra; no se puede recuperar. La auditoría conserva el registro.",
    confirmLabel: "Eliminar material",
  });
  useEffect(() => {
    if (state?.ok) router.push("/materiales?eliminado=1");
  }, [state, router]);
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-3">
      <FormMessage state={state && !state.ok ? state : null} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className={buttonClass("danger")}>
        {pending ? "Eliminando…" : "Eliminar material"}
      </button>
      {dialog}
    </form>
  );
}
