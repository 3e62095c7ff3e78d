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

/** The message next to a field; `id` is what the input's aria-describedby points at. */
export function FieldError({ state, name, id }: { state: ActionState<unknown>; name: string; id: string }) {
  const message = state && !state.ok ? state.fieldErrors?.[name] : undefined;
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-800">
      {message}
    </p>
  );
}
