"use client";

import { useId, useLayoutEffect, useState, type RefObject } from "react";

type Item = { name: string; text: string; target: HTMLElement | null };

const legendOf = (element: Element | null | undefined) => element?.querySelector(":scope > legend")?.textContent?.trim() ?? "";

/** The field a form error belongs to, when the form has one a person can focus. */
function fieldOf(form: HTMLFormElement, name: string): HTMLElement | null {
  const found = form.elements.namedItem(name);
  const element = found instanceof RadioNodeList ? found[0] : found;
  if (!(element instanceof HTMLElement) || (element instanceof HTMLInputElement && element.type === "hidden")) return null;
  return element;
}

/** How the summary names a field: its label (a radio group's legend), after the group it belongs to ("Persona 1"). */
function labelOf(field: HTMLElement): string {
  const radio = field instanceof HTMLInputElement && field.type === "radio";
  const own = radio ? legendOf(field.closest("fieldset")) : ((field as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? "");
  const group = legendOf((radio ? field.closest("fieldset")?.parentElement : field)?.closest("fieldset"));
  return [group, own].filter(Boolean).join(", ");
}

function itemsOf(form: HTMLFormElement, errors: Record<string, string>): Item[] {
  const items = Object.entries(errors).map(([name, message]) => {
    const target = fieldOf(form, name);
    const label = target ? labelOf(target) : "";
    // The label alone: the message itself stands next to the field, where the link leads.
    return { name, target: label ? target : null, text: label || message };
  });
  // In the order of the form, so the list reads like the page.
  return items.sort((a, b) => (a.target && b.target ? (a.target.compareDocumentPosition(b.target) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1) : a.target ? 1 : -1));
}

/**
 * "Hay N errores en el formulario": shown at the top of a refused form and focused, one link per error,
 * named by its field, that takes focus to the field and its message, so nobody has to hunt for red text
 * at the other end of a long page.
 */
export function ErrorSummary({ errors, form, ref, intro }: { errors: Record<string, string>; form: RefObject<HTMLFormElement | null>; ref: RefObject<HTMLDivElement | null>; intro: string }) {
  const [items, setItems] = useState<Item[]>([]);
  const titleId = useId();
  // The labels are read from the form itself, so every form gets its summary without listing its fields.
  useLayoutEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the labels live in the form's DOM, read once per change of the errors, before paint
    if (form.current) setItems(itemsOf(form.current, errors));
  }, [errors, form]);
  const count = Object.keys(errors).length;
  return (
    <div ref={ref} tabIndex={-1} aria-labelledby={titleId} className="rounded-lg border-2 border-sermig-red-dark bg-red-50 px-4 py-3 text-red-900 focus:outline-3 focus:outline-offset-2 focus:outline-sermig-blue">
      <h2 id={titleId} className="text-lg font-bold">
        {count === 1 ? "Hay 1 error en el formulario" : `Hay ${count.toLocaleString("es-CL")} errores en el formulario`}
      </h2>
      <p className="mt-1">{intro}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={item.name}>
            {item.target ? (
              <a
                href={`#${item.target.id}`}
                className="font-medium text-red-900 underline underline-offset-2"
                onClick={(event) => {
                  event.preventDefault();
                  item.target?.scrollIntoView({ block: "center" });
                  item.target?.focus();
                }}
              >
                {item.text}
              </a>
            ) : (
              item.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
