import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { consumeSignInStart, RATE_LIMIT_MESSAGE } from "@/lib/auth/rate-limit";

/**
 * Auth.js's own session endpoint is closed: the portal reads sessions only through lib/auth/viewer.ts,
 * which applies the idle and absolute limits, while this endpoint answered for (and extended) a
 * session past its 12 hours. No page of the portal asks it anything.
 */
export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname.replace(/\/+$/, "") === "/api/auth/session") {
    return new Response("No encontrado", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  return handlers.GET(request);
}

/** Sign-in starts are rate-limited here too: this endpoint is reachable without the portal's form. */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/api/auth/signin")) {
    const retryAfter = await consumeSignInStart(clientIpFrom(request.headers));
    if (retryAfter !== null) {
      return new Response(RATE_LIMIT_MESSAGE, {
        status: 429,
        headers: { "Retry-After": String(retryAfter), "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    }
  }
  return handlers.POST(request);
}
