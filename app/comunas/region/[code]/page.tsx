import { AppLink } from "@/components/ui/app-link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { getRegionDetail } from "@/lib/territory/service";

type Props = { params: Promise<{ code: string }> };

export default async function RegionPage({ params }: Props) {
  const region = await getRegionDetail((await params).code);
  if (!region) notFound();
  const comunaCount = region.provinces.reduce((sum, p) => sum + p.comunas.length, 0);

  return (
    <div>
      <Breadcrumbs items={[{ href: "/", label: "Inicio" }, { href: "/comunas", label: "Comunas" }, { label: region.name }]} />
      <PageHeading title={region.name} />
      <p className="mt-2 text-muted">
        Región {region.romanNumeral} · código {region.code} · {region.provinces.length} {region.provinces.length === 1 ? "provincia" : "provincias"} ·{" "}
        {comunaCount} comunas
      </p>
      <div className="mt-6 grid gap-4 md:grid-cols-2">
        {region.provinces.map((province) => (
          <section key={province.code} aria-labelledby={`provincia-${province.code}`} className="rounded-xl bg-white p-5 shadow-sm">
            <h2 id={`provincia-${province.code}`} className="text-lg font-bold">
              Provincia de {province.name} <span className="text-sm font-normal text-muted">({province.code})</span>
            </h2>
            <ul className="mt-3 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-2">
              {province.comunas.map((comuna) => (
                <li key={comuna.code}>
                  <AppLink href={`/comunas/${comuna.code}`}>{comuna.name}</AppLink>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
