import type { ReactNode } from "react";

const PORTAL = "Sello Migrante";
const HEADING = "text-3xl font-bold text-sermig-blue-dark";

/**
 * The document title, rendered inside the page (React hoists it into <head>) instead of through Next's
 * `metadata`. Next streams metadata apart from the page: on a client-side navigation its <title> sits in
 * a Suspense boundary of its own, which commits empty with the new page and fills a few to a few hundred
 * milliseconds later, so a screen reader announced the previous title or none. A <title> in the page
 * commits with the page's heading. Without a name it is the portal's own title, for the home page.
 */
export function DocumentTitle({ children }: { children?: string }) {
  return <title>{children ? `${children} · ${PORTAL}` : `${PORTAL} — Servicio Nacional de Migraciones`}</title>;
}

type Props = {
  /** What the page is, naming its entity where it has one ("Municipalidad de Curacaví"); never sensitive data. */
  title: string;
  /** The heading's text, when it says more or less than the title. */
  children?: ReactNode;
  className?: string;
};

/** A page's h1 and its document title, so the two always change together. */
export function PageHeading({ title, children, className = HEADING }: Props) {
  return (
    <>
      <DocumentTitle>{title}</DocumentTitle>
      <h1 className={className}>{children ?? title}</h1>
    </>
  );
}
