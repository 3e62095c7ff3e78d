"use client";

import { useId, useState } from "react";
import { ActionForm, SubmitButton, useFieldError } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";
import { FieldFrame, TextField } from "@/components/ui/form-fields";
import { MAX_ATTACHMENTS } from "@/lib/bulletins/limits";
import { publishBulletinAction } from "@/lib/bulletins/actions";

type Props = {
  idempotencyKey: string;
  /** Admins choose the audience; a coordinator's bulletins always go to their own region. */
  regions: { code: string; name: string }[] | null;
  ownRegion: { code: string; name: string } | null;
};

function BodyField() {
  const id = useId();
  const { error, inputProps } = useFieldError("body", id, true);
  return (
    <FieldFrame id={id} label="Contenido" hint="Use el formato de la derecha. El contenido se limpia antes de publicarse: no se admiten scripts, imágenes incrustadas ni estilos." error={error}>
      <textarea id={id} name="body" rows={14} className={`${inputClass} font-mono text-sm`} {...inputProps} />
    </FieldFrame>
  );
}

function AttachmentsField() {
  const id = useId();
  const { error, inputProps } = useFieldError("archivos", id, true);
  return (
    <FieldFrame id={id} label={`Archivos adjuntos (opcional, hasta ${MAX_ATTACHMENTS})`} hint="PDF, imágenes JPG o PNG, Word o Excel, de hasta 10 MB cada uno." error={error}>
      <input
        id={id}
        name="archivos"
        type="file"
        multiple
        accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx"
        className="mt-1 block w-full text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-sermig-blue-light file:px-4 file:py-2 file:font-medium file:text-sermig-blue-dark"
        {...inputProps}
      />
    </FieldFrame>
  );
}

function AudienceFields({ regions }: { regions: { code: string; name: string }[] }) {
  const [audience, setAudience] = useState("NATIONAL");
  const audienceId = useId();
  const regionId = useId();
  const audienceError = useFieldError("audience", audienceId, true);
  const regionError = useFieldError("regionCode", regionId);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FieldFrame id={audienceId} label="Dirigido a" hint="Solo a municipalidades adheridas al programa." error={audienceError.error}>
        <select id={audienceId} name="audience" value={audience} onChange={(event) => setAudience(event.target.value)} className={inputClass} {...audienceError.inputProps}>
          <option value="NATIONAL">Todo el país</option>
          <option value="REGION">Una región</option>
        </select>
      </FieldFrame>
      {audience === "REGION" && (
        <FieldFrame id={regionId} label="Región" error={regionError.error}>
          <select id={regionId} name="regionCode" defaultValue="" className={inputClass} {...regionError.inputProps}>
            <option value="">Elija una región</option>
            {regions.map((region) => (
              <option key={region.code} value={region.code}>
                {region.name}
              </option>
            ))}
          </select>
        </FieldFrame>
      )}
    </div>
  );
}

export function BulletinForm({ idempotencyKey, regions, ownRegion }: Props) {
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <ActionForm
        action={publishBulletinAction}
        className="space-y-4 rounded-2xl bg-white p-6 shadow-sm"
        confirm={{
          title: "¿Publicar el boletín?",
          body: "Llegará de inmediato a las municipalidades elegidas y se les avisará por correo. Un boletín publicado no se puede editar ni retirar.",
          confirmLabel: "Publicar boletín",
          tone: "primary",
        }}
      >
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <TextField name="title" label="Título" hint="Va en el aviso por correo: no incluya datos de personas." />
        {regions ? (
          <AudienceFields regions={regions} />
        ) : (
          ownRegion && (
            <p className="rounded-lg bg-sermig-blue-light px-4 py-3">
              Dirigido a las municipalidades adheridas de <strong>{ownRegion.name}</strong>.
              <input type="hidden" name="audience" value="REGION" />
              <input type="hidden" name="regionCode" value={ownRegion.code} />
            </p>
          )
        )}
        <BodyField />
        <AttachmentsField />
        <SubmitButton pendingLabel="Publicando…">Publicar boletín</SubmitButton>
      </ActionForm>
      <aside aria-labelledby="formato" className="h-fit rounded-2xl bg-white p-5 text-sm shadow-sm">
        <h2 id="formato" className="text-base font-bold">
          Formato
        </h2>
        <dl className="mt-3 space-y-2">
          <div>
            <dt className="font-mono">## Título</dt>
            <dd className="text-muted">Título de sección (### para un subtítulo)</dd>
          </div>
          <div>
            <dt className="font-mono">**negrita** · *cursiva*</dt>
            <dd className="text-muted">Resaltar palabras</dd>
          </div>
          <div>
            <dt className="font-mono">- punto</dt>
            <dd className="text-muted">Lista con viñetas (1. para numerada)</dd>
          </div>
          <div>
            <dt className="font-mono">[texto](https://…)</dt>
            <dd className="text-muted">Enlace (https, http o mailto)</dd>
          </div>
          <div>
            <dt>Línea en blanco</dt>
            <dd className="text-muted">Nuevo párrafo</dd>
          </div>
        </dl>
      </aside>
    </div>
  );
}
