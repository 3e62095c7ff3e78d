import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { consumeSignInStart, RATE_LIMIT_MESSAGE } from "@/lib/auth/rate-limit";

export const { GET } = handlers;

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
