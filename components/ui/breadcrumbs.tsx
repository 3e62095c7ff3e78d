import { AppLink } from "@/components/ui/app-link";

/** `shortcut`: the keyboard shortcut that follows this link (components/keyboard), e.g. "inbox". */
export type Crumb = { href?: string; label: string; shortcut?: string };

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Ruta de navegación" className="mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-muted">
        {items.map((item, i) => (
          <li key={item.label} className="flex items-center gap-2">
            {i > 0 && <span aria-hidden="true">›</span>}
            {item.href ? (
              <AppLink href={item.href} data-shortcut={item.shortcut} className="hover:underline">
                {item.label}
              </AppLink>
            ) : (
              <span aria-current="page" className="text-ink">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
