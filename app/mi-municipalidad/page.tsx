import { notFound, redirect } from "next/navigation";
import { pageViewer } from "@/lib/auth/viewer";

/** An officer's own municipality page; SERMIG staff have the table of all theirs instead. */
export default async function MyMunicipalityPage() {
  const viewer = await pageViewer("/mi-municipalidad");
  if (viewer.role === "MUNICIPAL_OFFICER") redirect(`/municipalidades/${viewer.municipalityCode}`);
  if (viewer.role === "REGIONAL_COORDINATOR" || viewer.role === "NATIONAL_ADMIN") redirect("/municipalidades");
  notFound();
}
