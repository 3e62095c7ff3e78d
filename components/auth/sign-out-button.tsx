"use client";

import { useActionState } from "react";
import { signOutOfPortal } from "@/lib/auth/actions";

export function SignOutButton() {
  const [state, action, pending] = useActionState(signOutOfPortal, null);
  return (
    <form action={action}>
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg border border-sermig-blue px-3 py-1.5 text-sm font-medium text-sermig-blue-dark hover:bg-sermig-blue-light disabled:opacity-60"
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
