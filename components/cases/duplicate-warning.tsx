import { AppLink } from "@/components/ui/app-link";
import type { Duplicate } from "@/lib/cases/filing";

/**
 * Possible duplicates: a warning, never a block. A case of another municipality is named by its folio
 * only; the officer may open one of their own municipality's.
 */
export function DuplicateWarning({ duplicates }: { duplicates: Duplicate[] }) {
  if (duplicates.length === 0) return null;
  return (
    <div role="note" aria-labelledby="aviso-duplicado" className="rounded-2xl border-l-4 border-amber-500 bg-amber-50 p-4 sm:p-6">
      <h2 id="aviso-duplicado" className="text-lg font-bold">
        Posible caso duplicado
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {duplicates.map((duplicate) => (
          <li key={duplicate.folio}>
            Ya existe un caso abierto en la región con el mismo documento (folio{" "}
            {duplicate.caseId ? <AppLink href={`/casos/${duplicate.caseId}`}>{duplicate.folio}</AppLink> : <span className="font-medium">{duplicate.folio}</span>}).
          </li>
        ))}
      </ul>
      <p className="mt-2">Revise si es la misma situación. Si no lo es, o si aun así corresponde, puede ingresar este caso de todos modos.</p>
    </div>
  );
}
