import { AppLink } from "@/components/ui/app-link";
import type { ReactNode } from "react";

/** One headline figure, linked to the list it counts. */
export function Figure({ label, value, detail, href }: { label: string; value: ReactNode; detail?: ReactNode; href?: string }) {
  return (
    <div className="rounded-xl bg-white p-4 shadow-sm">
      <p className="text-sm font-medium text-muted">{label}</p>
      <p className="mt-1 text-3xl font-bold text-sermig-blue-dark tabular-nums">{href ? <AppLink href={href} className="no-underline hover:underline">{value}</AppLink> : value}</p>
      {detail && <p className="mt-1 text-sm text-muted">{detail}</p>}
    </div>
  );
}
