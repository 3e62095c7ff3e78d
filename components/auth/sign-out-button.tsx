"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import { signOutOfPortal } from "@/lib/auth/actions";

export function SignOutButton() {
  const [state, action, pending] = useActionState(signOutOfPortal, null);
  return (
    <form action={action}>
      <button
        type="submit"
        disabled={pending}
        className={buttonClass("secondary", "text-sm", "compact")}
      >
        Salir
      </button>
      {state && !state.ok && (
        <span role="alert" className="ml-2 text-sm text-red-800">
          {state.error}
        </span>
      )}
    </form>
  );
}
