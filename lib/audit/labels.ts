/** How the audit page names each recorded action and entity; the CSV keeps the codes. */
export const ACTION_LABELS: Record<string, string> = {
  "auth.signIn": "Ingreso al portal",
  "auth.signOut": "Salida del portal",
  "user.create": "Habilitación de persona",
  "user.update": "Cambio de datos o rol",
  "user.activate": "Reactivación de cuenta",
  "user.deactivate": "Desactivación de cuenta",
  "audit.export": "Descarga de la auditoría",
};

export const ENTITY_LABELS: Record<string, string> = {
  User: "Persona",
  AuditEvent: "Auditoría",
};
