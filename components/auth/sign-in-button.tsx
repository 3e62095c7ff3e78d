"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { signInWithClaveUnica } from "@/lib/auth/actions";

export function SignInButton({ returnTo }: { returnTo?: string }) {
  const [state, action, pending] = useActionState(signInWithClaveUnica, null);
  return (
    <form action={action} className="space-y-4">
      {returnTo && <input type="hidden" name="volver" value={returnTo} />}
      <FormMessage state={state} />
      <button
        type="submit"
        disabled={pending}
        className="inline-flex items-center gap-3 rounded-lg bg-sermig-blue px-6 py-3 text-lg font-medium text-white hover:bg-sermig-blue-dark disabled:opacity-60"
      >
        <span aria-hidden="true" className="rounded bg-white px-1.5 text-sm font-bold text-sermig-blue">
          CU
        </span>
        {pending ? "Redirigiendo a ClaveÚnica…" : "Ingresar con ClaveÚnica"}
      </button>
    </form>
  );
}
