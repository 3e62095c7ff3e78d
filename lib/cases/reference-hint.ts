/** Apart from the schema, so the case form (a client component) can show the hint without loading zod. */
export const REFERENCE_MAX = 40;

/** Shown under the field wherever the reference is typed. */
export const REFERENCE_HINT = `Una etiqueta breve para reconocer el caso en su lista, por ejemplo «Oficina 2 – seguimiento escolar». Máximo ${REFERENCE_MAX} caracteres. No escriba nombres, RUN, pasaportes, teléfonos ni correos.`;
