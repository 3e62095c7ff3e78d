import { AppLink } from "@/components/ui/app-link";
import type { CaseView } from "@/lib/cases/queries";

/**
 * For SERMIG: other open cases of the region, from any municipality, with someone holding the same
 * document as a participant of this one. The municipality that filed this case is not told about other
 * municipalities' cases, so SERMIG is the one who can tell whether it is the same situation.
 */
export function RegionalDuplicates({ duplicates }: { duplicates: NonNullable<CaseView["possibleDuplicates"]> }) {
  if (duplicates.length === 0) return null;
  const one = duplicates.length === 1;
  return (
    <div role="note" aria-labelledby="posibles-duplicados" className="mt-6 rounded-lg border-l-4 border-amber-500 bg-amber-50 p-4">
      <h3 id="posibles-duplicados" className="text-lg font-bold">
        Posible caso duplicado en la región
      </h3>
      <p className="mt-1">
        {one
          ? "Otro caso abierto de la región tiene una persona con el mismo documento que una de este caso:"
          : "Otros casos abiertos de la región tienen una persona con el mismo documento que una de este caso:"}
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {duplicates.map((duplicate) => (
          <li key={duplicate.caseId}>
            <AppLink href={`/casos/${duplicate.caseId}`}>Caso {duplicate.folio}</AppLink> ({duplicate.municipalityName})
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-muted">La municipalidad solo ve los casos propios: si el otro caso es de otra municipalidad, no sabe que existe.</p>
    </div>
  );
}
