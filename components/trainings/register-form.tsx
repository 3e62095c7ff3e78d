import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/form-fields";
import { registerStaffAction } from "@/lib/trainings/actions";

export function RegisterForm({ sessionId }: { sessionId: string }) {
  return (
    <ActionForm action={registerStaffAction} className="mt-3 grid gap-3 md:grid-cols-3 md:items-start" successMessage="Persona inscrita.">
      <input type="hidden" name="sessionId" value={sessionId} />
      <TextField name="name" label="Nombre completo" />
      <TextField name="position" label="Cargo o unidad" />
      <TextField name="email" label="Correo institucional" type="email" />
      <div>
        <SubmitButton>Inscribir</SubmitButton>
      </div>
    </ActionForm>
  );
}
