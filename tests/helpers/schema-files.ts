/** Whether a zod schema can take a File anywhere in it: the actions that receive uploads. */
import type { z } from "zod";

type Def = { type: string; [key: string]: unknown };

export function acceptsFile(schema: z.ZodType, seen = new Set<unknown>()): boolean {
  if (seen.has(schema)) return false;
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const walk = (value: unknown) => acceptsFile(value as z.ZodType, seen);
  switch (def.type) {
    // z.instanceof(File): a refinement drops the class from the schema's bag, so its check is asked.
    case "custom":
      return typeof def.fn === "function" && def.fn(new File(["%PDF"], "carta.pdf")) === true;
    case "file":
      return true;
    case "object":
      return Object.values(def.shape as Record<string, unknown>).some(walk) || (def.catchall ? walk(def.catchall) : false);
    case "array":
      return walk(def.element);
    case "record":
    case "map":
      return walk(def.valueType);
    case "union":
      return (def.options as unknown[]).some(walk);
    case "intersection":
      return walk(def.left) || walk(def.right);
    case "pipe":
      return walk(def.in) || walk(def.out);
    case "tuple":
      return (def.items as unknown[]).some(walk);
    case "lazy":
      return walk((def.getter as () => unknown)());
    default:
      return "innerType" in def ? walk(def.innerType) : false;
  }
}
