"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import { useConfirmedSubmit } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/auth/action";
import { deleteContactAction, setContactActiveAction, setPrimaryContactAction } from "@/lib/contacts/actions";

type Props = { id: string; version: number; name: string; active: boolean; primary: boolean; regionName: string };

const secondary = buttonClass("secondary");
const danger = buttonClass("danger");

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
  const primaryAsk = useConfirmedSubmit({
    title: `¿Marcar a ${name} como contacto principal?`,
    body: `Pasa a ser el contacto principal de ${regionName} y reemplaza al actual en el inicio de las municipalidades.`,
    confirmLabel: "Marcar como principal",
    tone: "primary",
  });
  const activeAsk = useConfirmedSubmit(
    active ? { title: `¿Desactivar a ${name}?`, body: "Dejará de aparecer en el directorio y en el inicio de las municipalidades. Puede reactivarlo más tarde.", confirmLabel: "Desactivar" } : undefined,
  );
  const deleteAsk = useConfirmedSubmit({
    title: `¿Eliminar a ${name} del directorio?`,
    body: "Esta acción no se puede deshacer; la auditoría conserva el registro.",
    confirmLabel: "Eliminar",
  });
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
            onSubmit={primaryAsk.onSubmit}
          >
            {refs}
            <button type="submit" disabled={primaryForm.pending} className={secondary}>
              Marcar como principal
            </button>
          </form>
        )}
        <form
          action={activeForm.dispatch}
          onSubmit={activeAsk.onSubmit}
        >
          {refs}
          <input type="hidden" name="active" value={active ? "false" : "true"} />
          <button type="submit" disabled={activeForm.pending} className={active ? danger : secondary}>
            {active ? "Desactivar" : "Reactivar"}
          </button>
        </form>
        <form
          action={deleteForm.dispatch}
          onSubmit={deleteAsk.onSubmit}
        >
          {refs}
          <button type="submit" disabled={deleteForm.pending} className={danger}>
            Eliminar
          </button>
        </form>
      </div>
      {primaryAsk.dialog}
      {activeAsk.dialog}
      {deleteAsk.dialog}
    </div>
  );
}
