import { notFound } from "next/navigation";
import { SectionHub } from "@/components/layout/section-hub";
import { ADMIN_SECTIONS, sectionsFor } from "@/components/layout/sections";
import { pageViewer } from "@/lib/auth/viewer";

export default async function AdminPage() {
  const viewer = await pageViewer("/admin");
  const sections = sectionsFor(viewer, ADMIN_SECTIONS);
  // Officers administer nothing: the same 404 as a page that does not exist.
  if (sections.length === 0) notFound();
  return <SectionHub title="Administración" intro="Configuración del portal y supervisión de su uso." sections={sections} />;
}
