import { z } from "zod";
import { runSchema } from "@/lib/auth/run";
import { ROLES } from "@/lib/auth/roles";
import { choice, flag, page, regionCode, text } from "@/lib/query/fields";

const name = z.string().trim().min(3, "Ingrese el nombre completo.").max(120, "El nombre no puede superar 120 caracteres.");
const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "El correo es demasiado largo.")
  .pipe(z.email("Ingrese un correo electrónico válido."));
const phone = z
  .string()
  .trim()
  .max(30, "El teléfono es demasiado largo.")
  .regex(/^$|^\+?[\d\s()-]{8,}$/, "Ingrese un teléfono válido, por ejemplo +56 2 2345 6789.")
  .transform((value) => value || null);
const role = z.enum(ROLES, { error: "Elija un rol." });
const optionalCode = (pattern: RegExp, message: string) =>
  z
    .string()
    .trim()
    .regex(new RegExp(`^$|${pattern.source}`), message)
    .transform((value) => value || null)
    .optional()
    .transform((value) => value ?? null);

const profile = {
  name,
  email,
  phone: phone.optional().transform((value) => value ?? null),
  role,
  municipalityCode: optionalCode(/^\d{5}$/, "Elija una municipalidad."),
  regionCode: optionalCode(/^\d{2}$/, "Elija una región."),
};

export const createUserSchema = z.strictObject({ run: runSchema, ...profile });
export const updateUserSchema = z.strictObject({
  id: z.string().min(1).max(64),
  version: z.coerce.number().int().min(1),
  ...profile,
});
export const setUserActiveSchema = z.strictObject({
  id: z.string().min(1).max(64),
  version: z.coerce.number().int().min(1),
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export type CreateUserInput = z.output<typeof createUserSchema>;
export type UpdateUserInput = z.output<typeof updateUserSchema>;

export const USERS_PAGE_SIZE = 25;

/** The query string of /admin/usuarios, read with parseQuery(). */
export const userListSchema = z.object({
  q: text(80).optional(),
  rol: choice(ROLES).optional(),
  region: regionCode.optional(),
  estado: choice(["activos", "desactivados", "todos"]).default("activos"),
  page: page(100_000),
});
export type UserListFilters = z.output<typeof userListSchema>;

/** The notices on a person's page after creating or saving the account. */
export const userNoticeSchema = z.object({ creado: flag(), guardado: flag() });
