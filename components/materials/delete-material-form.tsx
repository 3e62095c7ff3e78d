"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { deleteMaterialAction } from "@/lib/materials/actions";

export function DeleteMaterialForm({ id, version, title }: { id: string; version: number; title: string }) {
  const router = useRouter();
  const [state, action, pending] = useActionState(deleteMaterialAction, null);
  useEffect(() => {
    if (state?.ok) router.push("/materiales?eliminado=1");
  }, [state, router]);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(`¿Eliminar "${title}" de la biblioteca? El archivo se borra y no se puede recuperar.`)) event.preventDefault();
      }}
      className="space-y-3"
    >
      <FormMessage state={state && !state.ok ? state : null} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className="rounded-lg border border-sermig-red-dark px-5 py-2 font-medium text-sermig-red-dark hover:bg-red-50 disabled:opacity-60">
        Eliminar material
      </button>
    </form>
  );
}
