"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { setUserActiveAction } from "@/lib/users/actions";

export function UserActiveToggle({ id, version, active, name }: { id: string; version: number; active: boolean; name: string }) {
  const router = useRouter();
  const [state, action, pending] = useActionState(setUserActiveAction, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        // Deactivating ends the person's sessions at once: ask first.
        if (active && !window.confirm(`¿Desactivar a ${name}? Perderá el acceso al portal de inmediato.`)) event.preventDefault();
      }}
      className="space-y-3"
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <FormMessage state={state} />
      <button
        type="submit"
        disabled={pending}
        className={
          active
            ? "rounded-lg border border-sermig-red-dark px-5 py-2 font-medium text-sermig-red-dark hover:bg-red-50 disabled:opacity-60"
            : "rounded-lg border border-sermig-blue px-5 py-2 font-medium text-sermig-blue-dark hover:bg-sermig-blue-light disabled:opacity-60"
        }
      >
        {active ? "Desactivar cuenta" : "Reactivar cuenta"}
      </button>
    </form>
  );
}
