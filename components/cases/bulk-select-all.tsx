"use client";

/** Checks or clears every case of the page at once; the row boxes belong to the bulk form by its id. */
export function BulkSelectAll({ formId }: { formId: string }) {
  return (
    <input
      type="checkbox"
      aria-label="Seleccionar todos los casos de esta página"
      className="h-5 w-5 accent-sermig-blue"
      onChange={(event) => {
        const boxes = document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="casos"][form="${formId}"]`);
        boxes.forEach((box) => (box.checked = event.currentTarget.checked));
      }}
    />
  );
}
