import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";

export const keyboardShortcutsSchema = z.strictObject({
  atajos: z.enum(["si", "no"], { error: "Elija si quiere usar los atajos de teclado." }),
});

/** Whether the single-key shortcuts act for this person; on unless they turned them off. */
export async function keyboardShortcutsEnabled(viewer: Viewer): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: viewer.id }, select: { keyboardShortcuts: true } });
  return user?.keyboardShortcuts ?? true;
}

export async function setKeyboardShortcuts(viewer: Viewer, ip: string | null, enabled: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { keyboardShortcuts: true } });
    if (before.keyboardShortcuts === enabled) return;
    await tx.user.update({ where: { id: viewer.id }, data: { keyboardShortcuts: enabled } });
    await recordAudit(tx, viewer, ip, { action: "user.keyboardShortcuts", entity: "User", entityId: viewer.id, before: { keyboardShortcuts: before.keyboardShortcuts }, after: { keyboardShortcuts: enabled } });
  });
}
