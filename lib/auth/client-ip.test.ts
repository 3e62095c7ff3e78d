import { afterEach, describe, expect, it, vi } from "vitest";
import { clientIpFrom } from "./client-ip";

// scripts/serve.mjs writes the TCP peer's address into this header on every request.
const from = (peer: string | null, forwardedFor?: string) =>
  new Headers({ ...(peer ? { "x-sello-peer": peer } : {}), ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the client address with no proxy declared", () => {
  it("is the peer's, whatever X-Forwarded-For claims", () => {
    vi.stubEnv("TRUSTED_PROXIES", "");
    const seen = new Set(Array.from({ length: 12 }, (_, i) => clientIpFrom(from("192.0.2.10", `203.0.113.${i + 1}`))));
    expect([...seen]).toEqual(["192.0.2.10"]);
  });

  it("is the peer's with TRUSTED_PROXIES=none", () => {
    vi.stubEnv("TRUSTED_PROXIES", "none");
    expect(clientIpFrom(from("192.0.2.10", "203.0.113.5"))).toBe("192.0.2.10");
  });

  it("is unknown when the request did not come through the portal's server, even with X-Forwarded-For", () => {
    vi.stubEnv("TRUSTED_PROXIES", "");
    expect(clientIpFrom(from(null, "203.0.113.5"))).toBeNull();
  });
});

describe("the client address behind declared proxies", () => {
  it("is the entry the trusted proxy appended, not what the client put before it", () => {
    vi.stubEnv("TRUSTED_PROXIES", "10.0.0.0/8");
    expect(clientIpFrom(from("10.0.0.5", "6.6.6.6, 203.0.113.5"))).toBe("203.0.113.5");
  });

  it("walks back through every trusted hop", () => {
    vi.stubEnv("TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8");
    expect(clientIpFrom(from("::ffff:127.0.0.1", "6.6.6.6, 203.0.113.5, 10.0.0.7"))).toBe("203.0.113.5");
  });

  it("ignores X-Forwarded-For from a peer that is not one of them", () => {
    vi.stubEnv("TRUSTED_PROXIES", "10.0.0.0/8");
    expect(clientIpFrom(from("192.0.2.10", "203.0.113.5"))).toBe("192.0.2.10");
  });

  it("stops at the proxy when what it forwarded is not an address", () => {
    vi.stubEnv("TRUSTED_PROXIES", "10.0.0.5");
    expect(clientIpFrom(from("10.0.0.5", "<script>"))).toBe("10.0.0.5");
  });
});
