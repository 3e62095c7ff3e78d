import path from "node:path";
import { defineConfig } from "prisma/config";

// `prisma generate` never runs the native schema engine, but the CLI downloads it first, which fails
// where Prisma's binary host is unreachable. Any executable satisfies the check; only `db:generate`
// sets this switch, so other Prisma commands behave as usual on machines that can download.
if (process.env.PRISMA_GENERATE_OFFLINE === "1") {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
}

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/sello" },
});
