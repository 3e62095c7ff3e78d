"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { defineAction } from "./action";
import { settings, signIn } from "./auth";
import { SESSION_COOKIE } from "./session-policy";
import { consumeSignInStart, RATE_LIMIT_MESSAGE } from "./rate-limit";

/** Only paths of this portal, so a crafted link cannot send someone elsewhere after signing in. */
const returnPath = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])[^\s]*$/)
  .optional()
  .catch(undefined);

export const signInWithClaveUnica = defineAction(
  {
    name: "signInWithClaveUnica",
    permission: "session.signIn",
    input: z.strictObject({ volver: returnPath }),
    throttle: async (ip) => ((await consumeSignInStart(ip)) === null ? null : RATE_LIMIT_MESSAGE),
  },
  async ({ volver }) => {
    await signIn("claveunica", { redirectTo: volver ?? "/inicio" });
  },
);

export const signOutOfPortal = defineAction(
  { name: "signOutOfPortal", permission: "session.signOut", input: z.strictObject({}) },
  async (_input, { viewer, ip }) => {
    const jar = await cookies();
    const token = jar.get(SESSION_COOKIE)?.value ?? "";
    await db.$transaction(async (tx) => {
      await tx.session.deleteMany({ where: { sessionToken: token } });
      await recordAudit(tx, viewer, ip, { action: "auth.signOut", entity: "User", entityId: viewer.id });
    });
    // A __Host- cookie is only replaced when the new one is Secure with Path=/ as well.
    jar.set(SESSION_COOKIE, "", { maxAge: 0, path: "/", secure: true, httpOnly: true, sameSite: "lax" });
    // Ending the portal session is not enough: ClaveÚnica keeps its own, so leave through its logout.
    redirect(settings.logoutUrl);
  },
);
