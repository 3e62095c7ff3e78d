import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { TextArea, TextField } from "@/components/ui/form-fields";
import { TableFrame } from "@/components/ui/table-frame";
import { formatDateTime } from "@/lib/format";
import { blockSubjectAction, unblockSubjectAction } from "@/lib/privacy/actions";
import type { ActiveBlock } from "@/lib/privacy/blocking";

/** Block a person's data by document, and the blocks in force with the way to lift each. */
export function SubjectBlocks({ blocks }: { blocks: ActiveBlock[] }) {
  return (
    <div className="space-y-6">
      <ActionForm action={blockSubjectAction} successMessage="Los datos de la persona quedaron bloqueados." confirm="¿Bloquear los datos de esta persona? Sus casos dejarán de verse en todo el portal, salvo en esta página, hasta que se levante el bloqueo." className="grid gap-4 md:grid-cols-2">
        <TextField name="documentNumber" label="Documento de la persona cuyos datos se bloquean" hint="RUN, pasaporte u otro documento; da igual si lleva puntos, guiones o espacios." />
        <TextArea name="reason" label="Motivo del bloqueo" hint="Por ejemplo, la solicitud que se está examinando." />
        <div className="md:col-span-2">
          <SubmitButton variant="danger" pendingLabel="Bloqueando…">
            Bloquear los datos
          </SubmitButton>
        </div>
      </ActionForm>
      {blocks.length === 0 ? (
        <p className="text-muted">No hay datos bloqueados.</p>
      ) : (
        <TableFrame label="Bloqueos vigentes">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Bloqueos vigentes</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">Documento</th>
                <th scope="col" className="px-3 py-2">Desde</th>
                <th scope="col" className="px-3 py-2">Motivo</th>
                <th scope="col" className="px-3 py-2">Levantar el bloqueo</th>
              </tr>
            </thead>
            <tbody>
              {blocks.map((block) => (
                <tr key={block.id} className="border-t border-slate-200 align-top">
                  <td className="px-3 py-2 font-medium whitespace-nowrap">
                    {block.document}
                    <span className="block font-normal text-muted">
                      {block.cases} {block.cases === 1 ? "caso oculto" : "casos ocultos"}
                    </span>
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {formatDateTime(block.blockedAt)}
                    <span className="block text-muted">{block.blockedByName}</span>
                  </td>
                  <td className="min-w-48 px-3 py-2">{block.reason}</td>
                  <td className="min-w-64 px-3 py-2">
                    <ActionForm action={unblockSubjectAction} successMessage="Se levantó el bloqueo: los casos vuelven a verse." className="space-y-2">
                      <input type="hidden" name="blockId" value={block.id} />
                      <TextArea name="reason" label={`Motivo para levantar el bloqueo de ${block.document}`} />
                      <SubmitButton variant="secondary" pendingLabel="Levantando…">
                        Levantar el bloqueo
                      </SubmitButton>
                    </ActionForm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </div>
  );
}
