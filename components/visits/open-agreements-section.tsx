import { AppLink } from "@/components/ui/app-link";
import { hasPermission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { formatDate } from "@/lib/format";
import { openAgreements } from "@/lib/visits/service";
import { CompleteAgreementButton } from "./complete-agreement-button";

/** On the municipality's home: what was agreed in technical visits and is not done yet. */
export async function OpenAgreementsSection({ viewer, municipalityCode }: { viewer: Viewer; municipalityCode: string }) {
  const agreements = await openAgreements(viewer, municipalityCode);
  if (agreements.length === 0) return null;
  const today = new Date();
  const canComplete = hasPermission(viewer.role, "visits.completeAgreement");
  return (
    <section aria-labelledby="acuerdos-visita" className="rounded-2xl bg-white p-4 shadow-sm sm:p-6">
      <h2 id="acuerdos-visita" className="text-xl font-bold">
        Acuerdos de visitas técnicas pendientes
      </h2>
      <ul className="mt-3 divide-y divide-slate-100">
        {agreements.map((a) => {
          const late = a.dueOn < today;
          return (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div>
                <p className="whitespace-pre-line break-words">{a.description}</p>
                <p className={`text-sm ${late ? "font-medium text-red-800" : "text-muted"}`}>
                  Plazo {formatDate(a.dueOn)}
                  {late && " (vencido)"} · <AppLink href={`/visitas/${a.visit.id}`}>visita del {formatDate(a.visit.visitOn)}</AppLink>
                </p>
              </div>
              {canComplete && <CompleteAgreementButton agreementId={a.id} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
