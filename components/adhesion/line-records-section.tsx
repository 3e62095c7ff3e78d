import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { TextArea, TextField } from "@/components/ui/form-fields";
import { TableFrame } from "@/components/ui/table-frame";
import { addTrainingAction, saveDesignatedOfficialAction } from "@/lib/adhesion/actions";
import type { MunicipalityProfile } from "@/lib/adhesion/profile";
import type { Viewer } from "@/lib/auth/viewer";
import { planIsOpen } from "@/lib/adhesion/lifecycle";
import { formatDate, formatNumber } from "@/lib/format";
import { ANCHOR_CLASS, ANCHOR_HEADING, ANCHORS } from "./anchors";

/** Line 1 (who leads migration work) and line 2 (trainings given), kept as registers of their own. */
export function LineRecordsSection({ profile, viewer }: { profile: MunicipalityProfile; viewer: Viewer }) {
  const { official, trainings, municipality, adhesion } = profile;
  const canEdit = viewer.role === "MUNICIPAL_OFFICER" && planIsOpen(adhesion?.status);
  return (
    <div className="grid gap-6">
      <section aria-labelledby={ANCHORS.official} className="min-w-0 rounded-2xl bg-white p-4 shadow-sm sm:p-6">
        <h2 id={ANCHORS.official} {...ANCHOR_HEADING} className={`text-xl font-bold ${ANCHOR_CLASS}`}>
          Persona o unidad designada
        </h2>
        <p className="text-sm text-muted">Línea 1, Institucionalidad: quién lidera el trabajo con la población migrante.</p>
        {official ? (
          <dl className="mt-3 space-y-1">
            <dt className="sr-only">Nombre</dt>
            <dd className="font-medium">{official.name}</dd>
            <dt className="sr-only">Cargo y unidad</dt>
            <dd>
              {official.position}, {official.unit}
            </dd>
            <dt className="sr-only">Contacto</dt>
            <dd>
              <a href={`mailto:${official.email}`}>{official.email}</a>
              {official.phone ? ` · ${official.phone}` : ""}
            </dd>
          </dl>
        ) : (
          <p className="mt-3 text-muted">Aún no se ha designado.</p>
        )}
        {canEdit && (
          <details className="mt-4 rounded-lg bg-slate-50 p-3">
            <summary className="cursor-pointer font-medium text-sermig-blue-dark">{official ? "Actualizar" : "Designar"}</summary>
            <ActionForm action={saveDesignatedOfficialAction} className="mt-3 space-y-3" successMessage="Datos guardados.">
              <input type="hidden" name="municipalityCode" value={municipality.code} />
              <input type="hidden" name="version" value={official?.version ?? 0} />
              <TextField name="name" label="Nombre" defaultValue={official?.name} />
              <TextField name="position" label="Cargo" defaultValue={official?.position} />
              <TextField name="unit" label="Unidad municipal" defaultValue={official?.unit} />
              <TextField name="email" label="Correo" type="email" defaultValue={official?.email} />
              <TextField name="phone" label="Teléfono (opcional)" type="tel" defaultValue={official?.phone ?? undefined} />
              <SubmitButton>Guardar</SubmitButton>
            </ActionForm>
          </details>
        )}
      </section>

      <section aria-labelledby={ANCHORS.trainings} className="min-w-0 rounded-2xl bg-white p-4 shadow-sm sm:p-6">
        <h2 id={ANCHORS.trainings} {...ANCHOR_HEADING} className={`text-xl font-bold ${ANCHOR_CLASS}`}>
          Capacitaciones al personal municipal
        </h2>
        <p className="text-sm text-muted">Línea 2, Capacitaciones: registro de talleres y personas capacitadas.</p>
        {trainings.length === 0 ? (
          <p className="mt-3 text-muted">Aún no hay capacitaciones registradas.</p>
        ) : (
          <TableFrame label="Capacitaciones registradas">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 bg-slate-50">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">Fecha</th>
                  <th scope="col" className="px-3 py-2 font-medium">Tema</th>
                  <th scope="col" className="px-3 py-2 font-medium">Personas</th>
                </tr>
              </thead>
              <tbody>
                {trainings.map((t) => (
                  <tr key={t.id} className="border-b border-slate-100 align-top last:border-0">
                    <td className="whitespace-nowrap px-3 py-2">{formatDate(t.heldOn)}</td>
                    <td className="px-3 py-2">
                      {t.topic}
                      <span className="block text-xs text-muted">
                        {t.trainer} · {t.unitsAttending}
                      </span>
                      {t.evaluation && <span className="block text-xs">Evaluación: {t.evaluation}</span>}
                    </td>
                    <td className="px-3 py-2 tabular-nums">{formatNumber(t.trainedCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        )}
        {canEdit && (
          <details className="mt-4 rounded-lg bg-slate-50 p-3">
            <summary className="cursor-pointer font-medium text-sermig-blue-dark">Registrar una capacitación</summary>
            <ActionForm action={addTrainingAction} className="mt-3 space-y-3" successMessage="Capacitación registrada.">
              <input type="hidden" name="municipalityCode" value={municipality.code} />
              <TextField name="heldOn" label="Fecha" type="date" />
              <TextField name="topic" label="Tema" />
              <TextField name="trainer" label="Quién la impartió" />
              <TextField name="unitsAttending" label="Unidades asistentes" />
              <TextField name="trainedCount" label="Personas capacitadas" type="number" />
              <TextArea name="evaluation" label="Evaluación del taller (opcional)" />
              <SubmitButton>Registrar</SubmitButton>
            </ActionForm>
          </details>
        )}
      </section>
    </div>
  );
}
