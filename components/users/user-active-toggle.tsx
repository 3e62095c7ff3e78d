"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import { useConfirmedSubmit } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { setUserActiveAction } from "@/lib/users/actions";

export function UserActiveToggle({ id, version, active, name }: { id: string; version: number; active: boolean; name: string }) {
  const router = useRouter();
  const [state, action, pending] = useActionState(setUserActiveAction, null);
  // Deactivating ends the person's sessions at once: ask first. Reactivating can be undone, so it does not.
  const { onSubmit, dialog } = useConfirmedSubmit(
    active ? { title: `¿Desactivar a ${name}?`, body: "Sus sesiones se cierran y pierde el acceso al portal de inmediato. Puede reactivar la cuenta más tarde.", confirmLabel: "Desactivar cuenta" } : undefined,
  );
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <FormMessage state={state} />
      <button
        type="submit"
        disabled={pending}
        className={buttonClass(active ? "danger" : "secondary")}
      >
        {active ? "Desactivar cuenta" : "Reactivar cuenta"}
      </button>
      {dialog}
    </form>
  );
}
