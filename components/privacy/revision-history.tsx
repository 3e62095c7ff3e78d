import { TableFrame } from "@/components/ui/table-frame";
import { countryName } from "@/lib/cases/countries";
import { DOCUMENT_TYPE_LABELS, RELATION_LABELS, SEX_GENDER_LABELS } from "@/lib/cases/schemas";
import { formatDate, formatDateTime } from "@/lib/format";
import type { ParticipantRecord } from "@/lib/privacy/rectification";

const FIELD_LABELS: Record<string, string> = {
  fullName: "Nombre",
  documentType: "Tipo de documento",
  documentNumber: "Número de documento",
  nationality: "Nacionalidad",
  birthDate: "Fecha de nacimiento",
  sexGender: "Sexo o género",
  contact: "Contacto",
  relation: "Relación con el caso",
};

function readable(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  const text = String(value);
  if (field === "documentType") return DOCUMENT_TYPE_LABELS[text as keyof typeof DOCUMENT_TYPE_LABELS] ?? text;
  if (field === "sexGender") return SEX_GENDER_LABELS[text as keyof typeof SEX_GENDER_LABELS] ?? text;
  if (field === "nationality") return countryName(text);
  if (field === "relation") return RELATION_LABELS[text as keyof typeof RELATION_LABELS] ?? text;
  if (field === "birthDate") return formatDate(new Date(`${text}T12:00:00Z`));
  return text;
}

export function RevisionHistory({ revisions }: { revisions: ParticipantRecord["revisions"] }) {
  if (revisions.length === 0) return <p className="text-muted">Sin rectificaciones: los datos son los que ingresó la municipalidad.</p>;
  return (
    <TableFrame label="Historial de rectificaciones">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Rectificaciones, de la más reciente a la más antigua</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">Fecha</th>
            <th scope="col" className="px-3 py-2">Quién</th>
            <th scope="col" className="px-3 py-2">Cambio</th>
            <th scope="col" className="px-3 py-2">Motivo</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((revision) => {
            const before = revision.before as Record<string, unknown>;
            const after = revision.after as Record<string, unknown>;
            return (
              <tr key={revision.id} className="border-t border-slate-200 align-top">
                <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(revision.at)}</td>
                <td className="px-3 py-2">{revision.actorName}</td>
                <td className="px-3 py-2">
                  <ul className="space-y-1">
                    {Object.keys(after).map((field) => (
                      <li key={field}>
                        <span className="font-medium">{FIELD_LABELS[field] ?? field}:</span> {readable(field, before[field])} → {readable(field, after[field])}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="px-3 py-2">{revision.reason}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableFrame>
  );
}
