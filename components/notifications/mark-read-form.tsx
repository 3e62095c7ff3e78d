"use client";

import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { markNotificationReadAction } from "@/lib/notifications/actions";

export function MarkReadForm({ id, title }: { id: string; title: string }) {
  return (
    <ActionForm action={markNotificationReadAction} className="shrink-0 space-y-2">
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="secondary" pendingLabel="Marcando…">
        Marcar como leída<span className="sr-only"> la notificación «{title}»</span>
      </SubmitButton>
    </ActionForm>
  );
}
