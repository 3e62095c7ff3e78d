"use client";

/**
 * Checks or clears every case of the page at once; the row boxes belong to the bulk form by its id.
 * It joins that form too (without a name, so it is never sent): the bulk bar recounts on its change.
 */
export function BulkSelectAll({ formId }: { formId: string }) {
  return (
    <input
      type="checkbox"
      form={formId}
      data-select-all
      aria-label="Seleccionar todos los casos de esta página"
      className="h-5 w-5 accent-sermig-blue"
      onChange={(event) => {
        const on = event.currentTarget.checked;
        const boxes = document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="casos"][form="${formId}"]`);
        boxes.forEach((box) => {
          if (box.checked !== on) box.checked = on;
        });
      }}
    />
  );
}
