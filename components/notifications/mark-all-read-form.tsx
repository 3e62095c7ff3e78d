"use client";

import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { markAllNotificationsReadAction } from "@/lib/notifications/actions";

/** Stays on the page once everything is read, so the confirmation is still announced. */
export function MarkAllReadForm({ unread }: { unread: number }) {
  return (
    <ActionForm action={markAllNotificationsReadAction} successMessage="Todas sus notificaciones quedaron como leídas." className="space-y-3">
      {unread > 0 && <SubmitButton pendingLabel="Marcando…">Marcar todas como leídas</SubmitButton>}
    </ActionForm>
  );
}
