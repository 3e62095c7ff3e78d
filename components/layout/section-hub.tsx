import { AppLink } from "@/components/ui/app-link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import type { Section } from "./sections";

/** A hub page: one card per section the viewer may open. */
export function SectionHub({ title, intro, sections }: { title: string; intro: string; sections: Section[] }) {
  return (
    <div>
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { label: title }]} />
      <PageHeading title={title} />
      <p className="mt-2 max-w-3xl text-muted">{intro}</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {sections.map((section) => (
          <li key={section.href}>
            {/* Named by its title alone; the description is read after it. */}
            <AppLink
              href={section.href}
              aria-label={section.title}
              aria-describedby={`seccion-${section.href.replace(/\W+/g, "-")}`}
              className="block h-full rounded-xl border border-slate-200 bg-white p-5 no-underline shadow-sm hover:border-sermig-blue hover:bg-sermig-blue-light"
            >
              <span className="block text-lg font-bold text-sermig-blue-dark underline">{section.title}</span>
              <span id={`seccion-${section.href.replace(/\W+/g, "-")}`} className="mt-1 block text-muted">
                {section.description}
              </span>
            </AppLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
