// Which peers may tell the portal who the client is. Plain JavaScript because scripts/serve.mjs, which
// runs before any TypeScript is loaded, needs the same answer as the app code reading the address.
import net from "node:net";

/** Set by scripts/serve.mjs on every request, over whatever the client sent: the TCP peer's address. */
export const PEER_HEADER = "x-sello-peer";

/** Headers by which a proxy describes the client; from any other peer they are the client's own claims. */
export const FORWARDING_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-port", "x-forwarded-proto", "x-real-ip"];

export class ProxyConfigurationError extends Error {}

/** The address in canonical form, IPv4-mapped IPv6 as plain IPv4; null for anything that is not one. */
export function normaliseAddress(value) {
  if (typeof value !== "string") return null;
  const address = value.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped && net.isIPv4(mapped[1])) return mapped[1];
  return net.isIP(address) ? address : null;
}

function parseEntry(entry, list) {
  const [base, prefix, extra] = entry.split("/");
  const address = normaliseAddress(base);
  const family = address && (net.isIPv4(address) ? "ipv4" : "ipv6");
  const bits = prefix === undefined ? null : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
  if (!address || extra !== undefined || Number.isNaN(bits) || (bits !== null && bits > (family === "ipv4" ? 32 : 128))) {
    throw new ProxyConfigurationError(`TRUSTED_PROXIES tiene una entrada que no es una dirección IP ni una red (p. ej. 10.0.0.0/8): «${entry}».`);
  }
  if (bits === null) list.addAddress(address, family);
  else list.addSubnet(address, bits, family);
}

const cache = new Map();

/**
 * TRUSTED_PROXIES: the reverse proxies' addresses or networks, comma-separated, or `none` when clients
 * connect to the portal directly. Unset means the same as `none`, except that production refuses to
 * start without saying which: a portal behind a proxy it does not know about would count every client
 * as the proxy's one address.
 */
export function trustedProxies(env = process.env) {
  if (env.TRUSTED_PROXY_HOPS !== undefined && env.TRUSTED_PROXY_HOPS !== "") {
    throw new ProxyConfigurationError("TRUSTED_PROXY_HOPS ya no se usa: declare en TRUSTED_PROXIES las direcciones de los proxies inversos de confianza.");
  }
  const raw = (env.TRUSTED_PROXIES ?? "").trim();
  if (!raw && env.APP_ENV === "production") {
    throw new ProxyConfigurationError(
      "Falta TRUSTED_PROXIES: indique las direcciones o redes de los proxies inversos delante del portal (p. ej. 10.0.0.5 o 10.0.0.0/8), o TRUSTED_PROXIES=none si los clientes se conectan directamente.",
    );
  }
  const cached = cache.get(raw);
  if (cached) return cached;
  const entries = raw.split(",").map((entry) => entry.trim()).filter(Boolean);
  const list = new net.BlockList();
  if (entries.some((entry) => entry.toLowerCase() === "none")) {
    if (entries.length > 1) throw new ProxyConfigurationError("TRUSTED_PROXIES=none no puede ir junto a direcciones de proxies.");
  } else {
    for (const entry of entries) parseEntry(entry, list);
  }
  const proxies = {
    declared: raw !== "",
    trusts(address) {
      const normal = normaliseAddress(address);
      return normal !== null && list.check(normal, net.isIPv4(normal) ? "ipv4" : "ipv6");
    },
  };
  cache.set(raw, proxies);
  return proxies;
}

/**
 * The client's address: the TCP peer, unless the peer is a trusted proxy, in which case the X-Forwarded-For
 * entry it appended is the next hop, walked from the right while each hop is itself a trusted proxy.
 * Entries further left were written by whoever the first untrusted hop was, so they are never read.
 */
export function clientAddress(peer, forwardedFor, proxies) {
  let address = normaliseAddress(peer);
  if (address === null) return null;
  const chain = (forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  while (proxies.trusts(address) && chain.length > 0) {
    const hop = normaliseAddress(chain.pop());
    // A trusted proxy passed on something that is not an address: the proxy is the last hop we know.
    if (hop === null) break;
    address = hop;
  }
  return address;
}
