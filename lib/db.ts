import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/db-client";

// One client per process; in development it survives hot reloads on globalThis.
const holder = globalThis as unknown as { prismaClient?: PrismaClient };

function client(): PrismaClient {
  if (!holder.prismaClient) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL no está definida: inicie el portal con `npm run dev` o defina la variable.");
    holder.prismaClient = createPrismaClient(url, Number(process.env.DATABASE_POOL_SIZE ?? 10));
  }
  return holder.prismaClient;
}

/** The portal's single Prisma client. Created on first use, so building the app needs no database. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
