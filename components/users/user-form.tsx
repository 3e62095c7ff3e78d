"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { fieldAria } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";
import { FieldFrame as Field } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { createUserAction, updateUserAction } from "@/lib/users/actions";

type Region = { code: string; name: string; municipalities: { code: string; name: string }[] };
export type UserFormValues = {
  run: string;
  name: string;
  email: string;
  phone: string;
  role: Role;
  municipalityCode: string;
  regionCode: string;
};

type Props = {
  regions: Region[];
  roles: Role[];
  initial: UserFormValues;
  /** Set when editing; creating otherwise. */
  existing?: { id: string; version: number };
};

export function UserForm({ regions, roles, initial, existing }: Props) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [state, action, pending] = useActionState(existing ? updateUserAction : createUserAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const set = (field: keyof UserFormValues) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  useEffect(() => {
    if (state?.ok) {
      const id = (state.data as { id: string }).id;
      router.push(`/admin/usuarios/${id}?${existing ? "guardado" : "creado"}=1`);
      router.refresh();
    }
  }, [state, router, existing]);

  return (
    <form action={action} className="space-y-5" noValidate>
      {existing && (
        <>
          <input type="hidden" name="id" value={existing.id} />
          <input type="hidden" name="version" value={existing.version} />
        </>
      )}
      <FormMessage state={state} />
      {!existing && (
        <Field id="run" label="RUN" hint="Con dígito verificador, por ejemplo 12.345.678-5." error={errors.run}>
          <input id="run" name="run" value={values.run} onChange={set("run")} autoComplete="off" className={inputClass} {...fieldAria("run", errors.run, true)} />
        </Field>
      )}
      <Field id="name" label="Nombre completo" error={errors.name}>
        <input id="name" name="name" value={values.name} onChange={set("name")} autoComplete="off" className={inputClass} {...fieldAria("name", errors.name)} />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="email" label="Correo institucional" error={errors.email}>
          <input id="email" name="email" type="email" value={values.email} onChange={set("email")} className={inputClass} {...fieldAria("email", errors.email)} />
        </Field>
        <Field id="phone" label="Teléfono (opcional)" error={errors.phone}>
          <input id="phone" name="phone" type="tel" value={values.phone} onChange={set("phone")} className={inputClass} {...fieldAria("phone", errors.phone)} />
        </Field>
      </div>
      <Field id="role" label="Rol" error={errors.role}>
        <select id="role" name="role" value={values.role} onChange={set("role")} className={inputClass} {...fieldAria("role", errors.role)}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </Field>
      {values.role === "MUNICIPAL_OFFICER" && (
        <Field id="municipalityCode" label="Municipalidad" error={errors.municipalityCode}>
          <select
            id="municipalityCode"
            name="municipalityCode"
            value={values.municipalityCode}
            onChange={set("municipalityCode")}
            className={inputClass}
            {...fieldAria("municipalityCode", errors.municipalityCode)}
          >
            <option value="">Elija una municipalidad</option>
            {regions.map((region) => (
              <optgroup key={region.code} label={region.name}>
                {region.municipalities.map((m) => (
                  <option key={m.code} value={m.code}>
                    {m.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
      )}
      {values.role === "REGIONAL_COORDINATOR" && (
        <Field id="regionCode" label="Región que coordina" error={errors.regionCode}>
          <select id="regionCode" name="regionCode" value={values.regionCode} onChange={set("regionCode")} className={inputClass} {...fieldAria("regionCode", errors.regionCode)}>
            <option value="">Elija una región</option>
            {regions.map((region) => (
              <option key={region.code} value={region.code}>
                {region.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <button type="submit" disabled={pending} className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white hover:bg-sermig-blue-dark disabled:opacity-60">
        {pending ? "Guardando…" : existing ? "Guardar cambios" : "Habilitar persona"}
      </button>
    </form>
  );
}
