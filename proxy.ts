import { NextResponse, type NextRequest } from "next/server";
import { claveUnicaSettings } from "@/lib/auth/claveunica-settings";
import { SESSION_COOKIE } from "@/lib/auth/session-policy";

/** Sections that need a signed-in person. The proxy only redirects; the data layer is the guard. */
const PROTECTED = [
  "/inicio",
  "/admin",
  "/archivos",
  "/casos",
  "/mi-municipalidad",
  "/municipalidades",
  "/tablero",
  "/minutas",
  "/notificaciones",
  "/preferencias",
  "/capacitaciones",
  "/visitas",
  "/buenas-practicas",
  "/dispositivos",
  "/boletines",
  "/materiales",
  "/canal",
];

const identityOrigin = new URL(claveUnicaSettings().issuer).origin;

function contentSecurityPolicy(nonce: string): string {
  const development = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Next's development overlay styles itself inline; production pages need no inline style at all.
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    // Signing in and out continues at ClaveÚnica, through a form post and its redirects.
    `form-action 'self' ${identityOrigin}`,
    ...(process.env.APP_ENV === "production" ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * Percent-escapes in the path that are not UTF-8 (/casos/%ED%A0%80) make Next fail decoding a dynamic
 * segment before any page code runs, with a bare 500. No address of the portal looks like that: such a
 * request gets the Spanish 404 instead. This is request hygiene, not a guard; pages still check ids.
 * (Under `npm start`, scripts/serve.mjs already sent such a path to the 404 before it got here.)
 */
function undecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

const RETURN_PATH_MAX = 2000;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const needsSession = PROTECTED.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  if (needsSession && !request.cookies.has(SESSION_COOKIE)) {
    const signIn = new URL("/ingresar", request.url);
    // The return path is only worth its header if the sign-in page will accept it (lib/auth/sign-in-query.ts):
    // an overlong query string would otherwise come back doubled in Location, past what clients parse.
    const back = pathname + search;
    signIn.searchParams.set("volver", back.length <= RETURN_PATH_MAX ? back : pathname.slice(0, RETURN_PATH_MAX));
    return NextResponse.redirect(signIn);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = undecodable(pathname)
    ? NextResponse.rewrite(new URL("/no-encontrado", request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

// Prefetches go through here too: a document or flight payload prefetched without the policy is later
// shown from the prefetch cache with no CSP at all. So do route handlers (Auth.js answers some of its
// routes with HTML). Only the build's static files and images, which are never HTML, skip it.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
