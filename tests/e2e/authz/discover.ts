import fs from "node:fs";
import path from "node:path";

/** Every page and route handler under app/, as its URL pattern ("/casos/[id]"), so new routes join the security specs by existing. */
export function discoverRoutes(dir = "app", prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      // Route groups "(x)" and private folders "_x" add nothing to the URL.
      const segment = entry.name.startsWith("(") || entry.name.startsWith("_") ? "" : `/${entry.name}`;
      return discoverRoutes(path.join(dir, entry.name), prefix + segment);
    }
    return /^(page|route)\.(tsx?|jsx?)$/.test(entry.name) ? [prefix || "/"] : [];
  });
}
