import { clientAddress, PEER_HEADER, trustedProxies } from "./trusted-proxies.mjs";

/**
 * The client's address, for rate limits and the audit trail. Next gives app code no access to the
 * socket, so scripts/serve.mjs writes the TCP peer's address into a header of its own on every request;
 * X-Forwarded-For counts only when that peer is a proxy declared in TRUSTED_PROXIES (README,
 * "Despliegue"). A request that did not pass through serve.mjs (`next dev`, a unit test) has no known
 * address: null, never whatever the client claimed.
 */
export function clientIpFrom(headers: Headers, env: Record<string, string | undefined> = process.env): string | null {
  return clientAddress(headers.get(PEER_HEADER), headers.get("x-forwarded-for"), trustedProxies(env));
}
