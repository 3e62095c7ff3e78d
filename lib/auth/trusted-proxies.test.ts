import { describe, expect, it } from "vitest";
import { ProxyConfigurationError, trustedProxies } from "./trusted-proxies.mjs";

describe("TRUSTED_PROXIES", () => {
  it("must be declared in production, as a list or as none", () => {
    expect(() => trustedProxies({ APP_ENV: "production" })).toThrow(ProxyConfigurationError);
    expect(() => trustedProxies({ APP_ENV: "production" })).toThrow(/TRUSTED_PROXIES=none si los clientes se conectan directamente/);
    expect(trustedProxies({ APP_ENV: "production", TRUSTED_PROXIES: "none" }).declared).toBe(true);
    expect(trustedProxies({ APP_ENV: "production", TRUSTED_PROXIES: "10.0.0.0/8" }).declared).toBe(true);
  });

  it("trusts nothing unless declared", () => {
    for (const env of [{}, { TRUSTED_PROXIES: "none" }]) {
      expect(trustedProxies(env).trusts("127.0.0.1")).toBe(false);
    }
  });

  it("matches addresses and networks of both families", () => {
    const proxies = trustedProxies({ TRUSTED_PROXIES: "127.0.0.1, 10.0.0.0/8, fd00::/8" });
    expect(["127.0.0.1", "::ffff:127.0.0.1", "10.200.3.4", "fd12::1"].map((a) => proxies.trusts(a))).toEqual([true, true, true, true]);
    expect(["127.0.0.2", "11.0.0.1", "fe80::1", "localhost", ""].map((a) => proxies.trusts(a))).toEqual([false, false, false, false, false]);
  });

  it("refuses entries that are not addresses or networks, and the old setting", () => {
    for (const value of ["proxy.interno", "10.0.0.0/33", "::1/129", "10.0.0.0/8/1", "none, 10.0.0.1"]) {
      expect(() => trustedProxies({ TRUSTED_PROXIES: value }), value).toThrow(ProxyConfigurationError);
    }
    expect(() => trustedProxies({ TRUSTED_PROXY_HOPS: "1" })).toThrow(/TRUSTED_PROXY_HOPS ya no se usa/);
  });
});
