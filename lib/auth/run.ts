import { z } from "zod";

/** Check digit of a RUN number by the mod-11 rule ("0"–"9" or "K"). */
export function runCheckDigit(body: number): string {
  let sum = 0;
  let factor = 2;
  for (let n = body; n > 0; n = Math.floor(n / 10)) {
    sum += (n % 10) * factor;
    factor = factor === 7 ? 2 : factor + 1;
  }
  const digit = 11 - (sum % 11);
  return digit === 11 ? "0" : digit === 10 ? "K" : String(digit);
}

/** "12.345.678-k", " 12345678K " → "12345678-K"; null when malformed or the check digit is wrong. */
export function normalizeRun(input: string): string | null {
  const compact = input.trim().replace(/[.\s]/g, "").replace(/-/g, "").toUpperCase();
  const match = /^(\d{1,9})([\dK])$/.exec(compact);
  if (!match) return null;
  const body = Number(match[1]);
  if (body < 1 || runCheckDigit(body) !== match[2]) return null;
  return `${body}-${match[2]}`;
}

/** "12345678-K" → "12.345.678-K", the way a RUN is written in Chile. */
export function formatRun(run: string): string {
  const [body, dv] = run.split("-");
  return `${Number(body).toLocaleString("es-CL")}-${dv}`;
}

export function runFromClaveUnica(numero: number, dv: string): string | null {
  return normalizeRun(`${numero}-${dv}`);
}

export const runSchema = z
  .string({ error: "Ingrese el RUN." })
  .max(20, "El RUN es demasiado largo.")
  .transform((value, ctx) => {
    const run = normalizeRun(value);
    if (!run) {
      ctx.addIssue({ code: "custom", message: "El RUN no es válido: revise los números y el dígito verificador." });
      return z.NEVER;
    }
    return run;
  });
