"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/auth/action";
import { deleteContactAction, setContactActiveAction, setPrimaryContactAction } from "@/lib/contacts/actions";

type Props = { id: string; version: number; name: string; active: boolean; primary: boolean; regionName: string };

const secondary = "rounded-lg border border-sermig-blue px-4 py-2 font-medium text-sermig-blue-dark hover:bg-sermig-blue-light disabled:opacity-60";
const danger = "rounded-lg border border-sermig-red-dark px-4 py-2 font-medium text-sermig-red-dark hover:bg-red-50 disabled:opacity-60";

function useRefreshing(action: (state: ActionState<unknown>, data: FormData) => Promise<ActionState<unknown>>, then?: () => void) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(action, null);
  useEffect(() => {
    if (state?.ok) (then ?? router.refresh)();
  }, [state, router, then]);
  return { state, dispatch, pending };
}

/** Mark as primary, deactivate or reactivate, and delete: each step that changes what municipalities see asks first. */
export function ContactControls({ id, version, name, active, primary, regionName }: Props) {
  const router = useRouter();
  const primaryForm = useRefreshing(setPrimaryContactAction);
  const activeForm = useRefreshing(setContactActiveAction);
  const deleteForm = useRefreshing(deleteContactAction, () => router.push("/admin/contactos?eliminado=1"));
  const refs = (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  const failed = [primaryForm.state, activeForm.state, deleteForm.state].find((state) => state && !state.ok) ?? null;
  return (
    <div className="space-y-3">
      <FormMessage state={failed} />
      <div className="flex flex-wrap gap-3">
        {active && !primary && (
          <form
            action={primaryForm.dispatch}
            onSubmit={(event) => {
              if (!window.confirm(`¿Marcar a ${name} como contacto principal de ${regionName}? Reemplaza al contacto principal actual.`)) event.preventDefault();
            }}
          >
            {refs}
            <button type="submit" disabled={primaryForm.pending} className={secondary}>
              Marcar como principal
            </button>
          </form>
        )}
        <form
          action={activeForm.dispatch}
          onSubmit={(event) => {
            if (active && !window.confirm(`¿Desactivar a ${name}? Dejará de aparecer en el directorio y en el inicio de las municipalidades.`)) event.preventDefault();
          }}
        >
          {refs}
          <input type="hidden" name="active" value={active ? "false" : "true"} />
          <button type="submit" disabled={activeForm.pending} className={active ? danger : secondary}>
            {active ? "Desactivar" : "Reactivar"}
          </button>
        </form>
        <form
          action={deleteForm.dispatch}
          onSubmit={(event) => {
            if (!window.confirm(`¿Eliminar a ${name} del directorio? Esta acción no se puede deshacer; la auditoría conserva el registro.`)) event.preventDefault();
          }}
        >
          {refs}
          <button type="submit" disabled={deleteForm.pending} className={danger}>
            Eliminar
          </button>
        </form>
      </div>
    </div>
  );
}
