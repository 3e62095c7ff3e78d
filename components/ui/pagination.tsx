import { AppLink } from "@/components/ui/app-link";
import { formatNumber } from "@/lib/format";

type Props = {
  page: number;
  pageCount: number;
  /** There are pages after `pageCount`, which were not counted. */
  more?: boolean;
  /** Builds the URL of another page, keeping the current filters. */
  hrefFor: (page: number) => string;
};

export function Pagination({ page, pageCount, more = false, hrefFor }: Props) {
  if (pageCount <= 1 && !more) return null;
  const link = "rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium no-underline hover:bg-sermig-blue-light";
  return (
    <nav aria-label="Paginación" className="mt-6 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <AppLink href={hrefFor(page - 1)} className={link} rel="prev">
          ← Anterior
        </AppLink>
      ) : (
        <span />
      )}
      <span className="order-first w-full text-center text-sm text-muted sm:order-none sm:w-auto">
        Página {formatNumber(page)} de {more ? "más de " : ""}
        {formatNumber(pageCount)}
      </span>
      {page < pageCount || more ? (
        <AppLink href={hrefFor(page + 1)} className={link} rel="next">
          Siguiente →
        </AppLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
