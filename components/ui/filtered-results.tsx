import { AppLink } from "@/components/ui/app-link";
import type { ReactNode } from "react";
import { formatNumber } from "@/lib/format";
import { TableFrame } from "./table-frame";

type Props = {
  total: number;
  /** There are more than `total`, which were not all counted. */
  more?: boolean;
  /** [singular, plural]: ["persona", "personas"]. */
  noun: [string, string];
  emptyMessage: string;
  clearHref: string;
  tableLabel: string;
  children: ReactNode;
};

/** The count of a filtered list, announced to screen readers, then its table or an empty state. */
export function FilteredResults({ total, more = false, noun: [singular, plural], emptyMessage, clearHref, tableLabel, children }: Props) {
  return (
    <>
      <p role="status" className="mt-6 text-muted">
        {more ? `Más de ${formatNumber(total)} ${plural}` : total === 1 ? `1 ${singular}` : `${formatNumber(total)} ${plural}`}
      </p>
      {total === 0 ? (
        <div className="mt-3 rounded-xl bg-white p-6 text-center shadow-sm">
          <p className="font-medium">{emptyMessage}</p>
          <AppLink href={clearHref}>Quitar los filtros</AppLink>
        </div>
      ) : (
        <TableFrame label={tableLabel}>{children}</TableFrame>
      )}
    </>
  );
}
