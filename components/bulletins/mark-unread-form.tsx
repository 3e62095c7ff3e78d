"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { markBulletinUnreadAction } from "@/lib/bulletins/actions";

/** Puts the bulletin back on the person's pending list and returns to the inbox. */
export function MarkUnreadForm({ id }: { id: string }) {
  const router = useRouter();
  const [state, action, pending] = useActionState(markBulletinUnreadAction, null);
  useEffect(() => {
    if (state?.ok) router.push("/boletines");
  }, [state, router]);
  return (
    <form action={action}>
      <FormMessage state={state && !state.ok ? state : null} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="rounded-lg border border-sermig-blue px-4 py-2 font-medium text-sermig-blue-dark hover:bg-sermig-blue-light disabled:opacity-60">
        Marcar como no leído
      </button>
    </form>
  );
}
