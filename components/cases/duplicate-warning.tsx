import { AppLink } from "@/components/ui/app-link";
import type { Duplicate } from "@/lib/cases/duplicates";

/**
 * Possible duplicates of the officer's own municipality: a warning, never a block, linking to each one.
 * Other municipalities' cases are SERMIG's to notice (see `RegionalDuplicates`), so nothing here
 * speaks of the region.
 */
export function DuplicateWarning({ duplicates }: { duplicates: Duplicate[] }) {
  if (duplicates.length === 0) return null;
  const one = duplicates.length === 1;
  return (
    <div role="note" aria-labelledby="aviso-duplicado" className="rounded-2xl border-l-4 border-amber-500 bg-amber-50 p-4 sm:p-6">
      <h2 id="aviso-duplicado" className="text-lg font-bold">
        Posible caso duplicado
      </h2>
      <p className="mt-2">
        {one
          ? "Su municipalidad ya tiene un caso abierto en que participa una persona con el mismo documento:"
          : "Su municipalidad ya tiene casos abiertos en que participa una persona con el mismo documento:"}
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {duplicates.map((duplicate) => (
          <li key={duplicate.folio}>
            <AppLink href={`/casos/${duplicate.caseId}`}>Caso {duplicate.folio}</AppLink>
          </li>
        ))}
      </ul>
      <p className="mt-2">Revise si es la misma situación. Si no lo es, o si aun así corresponde, puede ingresar este caso de todos modos.</p>
    </div>
  );
}
