import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { headers } from "next/headers";
import NextAuth from "next-auth";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { logError } from "@/lib/log";
import { clientIpFrom } from "./client-ip";
import { claveUnicaProvider } from "./claveunica-provider";
import { claveUnicaSettings } from "./claveunica-settings";
import { AUDITED_AUTH_FAILURES, auditVerdictForAuthFailure } from "./rate-limit";
import { SESSION_COOKIE, SESSION_IDLE_SECONDS, SESSION_REFRESH_SECONDS } from "./session-policy";

export const settings = claveUnicaSettings();

async function requestIp(): Promise<string | null> {
  try {
    return clientIpFrom(await headers());
  } catch {
    return null;
  }
}

/**
 * Auth.js's Prisma adapter, with the ClaveÚnica identity matched to a provisioned user by RUN and
 * no way to create a user by signing in: only provisioning creates people.
 */
const adapter: Adapter = {
  ...PrismaAdapter(db),
  async getUserByAccount({ provider, providerAccountId }) {
    if (provider !== "claveunica") return null;
    return (await db.user.findUnique({ where: { run: providerAccountId } })) as AdapterUser | null;
  },
  async createUser() {
    throw new Error("Solo el aprovisionamiento crea usuarios.");
  },
  async linkAccount() {
    // The RUN is the link; ClaveÚnica tokens are not kept.
  },
};

const isProvisioned = (user: unknown): user is User => typeof user === "object" && user !== null && "role" in user && "active" in user;

export const { handlers, signIn, signOut } = NextAuth({
  adapter,
  secret: process.env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "database", maxAge: SESSION_IDLE_SECONDS, updateAge: SESSION_REFRESH_SECONDS },
  cookies: {
    sessionToken: { name: SESSION_COOKIE, options: { httpOnly: true, sameSite: "lax", path: "/", secure: true } },
  },
  providers: [claveUnicaProvider(settings)],
  pages: { signIn: "/ingresar", error: "/ingresar/error" },
  callbacks: {
    // Runs before Auth.js would create anything: unknown and deactivated people leave with no session.
    async signIn({ user, account }) {
      if (isProvisioned(user) && user.active) return true;
      await recordAudit(db, null, await requestIp(), {
        action: "auth.signIn",
        entity: "User",
        entityId: isProvisioned(user) ? user.id : null,
        outcome: "DENIED",
        after: { run: account?.providerAccountId ?? null, motivo: isProvisioned(user) ? "cuenta desactivada" : "RUN no habilitado" },
      });
      return isProvisioned(user) ? "/sin-acceso?motivo=desactivada" : "/sin-acceso";
    },
  },
  events: {
    async signIn({ user }) {
      if (!isProvisioned(user)) return;
      await recordAudit(db, { id: user.id, name: user.name, role: user.role }, await requestIp(), {
        action: "auth.signIn",
        entity: "User",
        entityId: user.id,
        regionCode: user.regionCode,
        municipalityCode: user.municipalityCode,
      });
    },
  },
  logger: {
    error(error) {
      logError("auth", error);
      // Failed callbacks (bad token, replayed code, wrong state…) are security events, audited a few at a
      // time per address. Auth.js names its errors in `type`: `name` is minified in the production build.
      const type = "type" in error && typeof error.type === "string" ? error.type : "Error";
      void requestIp()
        .then(async (ip) => {
          const verdict = await auditVerdictForAuthFailure(ip);
          if (verdict === "skip") return;
          const after =
            verdict === "record"
              ? { error: type }
              : { error: type, motivo: `Más de ${AUDITED_AUTH_FAILURES} ingresos fallidos en 10 minutos desde esta dirección: los siguientes de ese plazo no se registran uno por uno.` };
          await recordAudit(db, null, ip, { action: "auth.signIn", entity: "User", outcome: "FAILURE", after });
        })
        .catch(() => {});
    },
    warn() {},
    debug() {},
  },
});
