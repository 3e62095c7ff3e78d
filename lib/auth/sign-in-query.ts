import { z } from "zod";
import { choice, code } from "@/lib/query/fields";

/**
 * Where to go back after signing in: a path of this portal only. "//host" and "/\\host" are refused,
 * since browsers read them as another site.
 */
export const signInQuerySchema = z.object({ volver: code(/^\/(?![/\\])/, "Dirección no válida.", 2000).optional() });

/** Why /sin-acceso was reached: only a deactivated account has its own explanation. */
export const noAccessQuerySchema = z.object({ motivo: choice(["desactivada"]).optional() });
