/**
 * The client's address, for rate limits and the audit trail. Next only fills X-Forwarded-For with the
 * peer address when the request has none, so in production the portal must sit behind a reverse proxy
 * that overwrites X-Forwarded-For with the address it sees (README, "Despliegue"). With more than one
 * proxy appending to it, TRUSTED_PROXY_HOPS says how many entries at the end to skip.
 */
export function clientIpFrom(headers: Headers, trustedHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0)): string | null {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return chain[chain.length - 1 - trustedHops] ?? null;
}
