import type { ActionState } from "@/lib/auth/action";

/** The outcome of a form, announced to screen readers. */
export function FormMessage({ state }: { state: ActionState<unknown> }) {
  if (!state) return null;
  if (state.ok) {
    return state.message ? (
      <p role="status" className="rounded-lg border border-green-700 bg-green-50 px-4 py-3 text-green-900">
        {state.message}
      </p>
    ) : null;
  }
  return (
    <p role="alert" className="rounded-lg border border-sermig-red-dark bg-red-50 px-4 py-3 text-red-900">
      {state.error}
    </p>
  );
}
