export const PEER_HEADER: string;
export const FORWARDING_HEADERS: readonly string[];
export class ProxyConfigurationError extends Error {}
export type TrustedProxies = { declared: boolean; trusts(address: string | null | undefined): boolean };
export function normaliseAddress(value: unknown): string | null;
export function trustedProxies(env?: Record<string, string | undefined>): TrustedProxies;
export function clientAddress(peer: string | null | undefined, forwardedFor: string | null | undefined, proxies: TrustedProxies): string | null;
