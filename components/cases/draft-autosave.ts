"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { autosaveCaseDraftAction } from "@/lib/cases/actions";
import { formatDateTime } from "@/lib/format";

/** Seconds of quiet after the last change before the draft saves itself. */
export const AUTOSAVE_DELAY_MS = 5000;

export type DraftRef = { id: string; version: number };

export type AutosaveStatus =
  | { kind: "idle" }
  | { kind: "waiting" }
  | { kind: "needsType" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "failed"; reason: string };

/** The text of the status line under the form's buttons. */
export function autosaveText(status: AutosaveStatus): string {
  switch (status.kind) {
    case "idle":
      return "";
    case "waiting":
      return "Hay cambios sin guardar: el borrador se guardará en unos segundos.";
    case "needsType":
      return "El borrador se guardará solo en cuanto elija el tipo de caso.";
    case "saving":
      return "Guardando el borrador…";
    case "saved":
      return `Borrador guardado a las ${formatDateTime(status.at).slice(11, 16)}.`;
    case "failed":
      return `No se pudo guardar el borrador automáticamente: ${status.reason} Lo que escribió sigue en el formulario; puede guardarlo con «Guardar borrador».`;
  }
}

/**
 * The case form saving itself on the server a few seconds after the officer stops typing, through the
 * autosave action (never the browser's storage: the data is sensitive). Saves run one after another;
 * a submit first waits for the one under way (`flush`), so the submit carries the latest version and
 * no autosave runs behind it. The first save of a new form creates the draft from the form's
 * idempotency key; from then on the form is that draft's, and the address says so.
 */
export function useDraftAutosave(options: { enabled: boolean; draft: DraftRef | null; idempotencyKey?: string }) {
  const { enabled, idempotencyKey } = options;
  const draft = useRef<DraftRef | null>(options.draft);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const paused = useRef(false);
  const [status, setStatus] = useState<AutosaveStatus>({ kind: "idle" });

  const save = useCallback(
    async (form: HTMLFormElement) => {
      if (paused.current) return;
      const data = new FormData(form);
      if (!data.get("type")) {
        setStatus({ kind: "needsType" });
        return;
      }
      // A file is sent only when she presses a button: it is checked and stored with the case.
      data.delete("archivo");
      data.set("intent", "draft");
      for (const key of ["id", "version", "idempotencyKey"]) data.delete(key);
      if (draft.current) {
        data.set("id", draft.current.id);
        data.set("version", String(draft.current.version));
      } else if (idempotencyKey) {
        data.set("idempotencyKey", idempotencyKey);
      }
      setStatus({ kind: "saving" });
      try {
        const result = await autosaveCaseDraftAction(data);
        if (result?.ok) {
          draft.current = { id: result.data.id, version: result.data.version };
          setStatus({ kind: "saved", at: new Date(result.data.savedAt) });
          const address = `/casos/${result.data.id}/editar`;
          if (window.location.pathname !== address) window.history.replaceState(null, "", address);
          return;
        }
        const first = result?.fieldErrors ? Object.values(result.fieldErrors)[0] : undefined;
        setStatus({ kind: "failed", reason: first ?? result?.error ?? "intente de nuevo." });
      } catch {
        setStatus({ kind: "failed", reason: "no hubo conexión con el portal." });
      }
    },
    [idempotencyKey],
  );

  /** After every change: (re)start the quiet period. */
  const schedule = useCallback(
    (form: HTMLFormElement) => {
      if (!enabled || paused.current) return;
      clearTimeout(timer.current);
      setStatus({ kind: "waiting" });
      timer.current = setTimeout(() => {
        queue.current = queue.current.then(() => save(form));
      }, AUTOSAVE_DELAY_MS);
    },
    [enabled, save],
  );

  /** Before a submit: no more autosaves, wait for the one under way, and hand back the draft it left. */
  const flush = useCallback(async () => {
    paused.current = true;
    clearTimeout(timer.current);
    await queue.current;
    return draft.current;
  }, []);

  /** After a refused submit, the form goes on saving itself. */
  const resume = useCallback(() => {
    paused.current = false;
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { status, schedule, flush, resume };
}
