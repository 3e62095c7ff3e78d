import { describe, expect, it } from "vitest";
import { CLAVEUNICA_ISSUER, ConfigurationError, claveUnicaSettings, SIMULATOR_ISSUER } from "./claveunica-settings";

const production = {
  APP_ENV: "production",
  AUTH_CLAVEUNICA_ISSUER: CLAVEUNICA_ISSUER,
  AUTH_CLAVEUNICA_ID: "id-real",
  AUTH_CLAVEUNICA_SECRET: "secreto-real",
  AUTH_SECRET: "x".repeat(32),
  AUTH_URL: "https://sellomigrante.sermig.gob.cl",
} as unknown as NodeJS.ProcessEnv;

describe("ClaveÚnica settings", () => {
  it("uses the local simulator outside production", () => {
    expect(claveUnicaSettings({} as NodeJS.ProcessEnv).issuer).toBe(SIMULATOR_ISSUER);
  });

  it("accepts a complete production configuration and logs out through ClaveÚnica", () => {
    const settings = claveUnicaSettings(production);
    expect(settings.logoutUrl).toBe(
      "https://accounts.claveunica.gob.cl/api/v1/accounts/app/logout?redirect=https%3A%2F%2Fsellomigrante.sermig.gob.cl%2F",
    );
  });

  it.each([
    ["another issuer", { AUTH_CLAVEUNICA_ISSUER: SIMULATOR_ISSUER }],
    ["the simulator switched on", { CLAVEUNICA_SIMULATOR: "1" }],
    ["no client secret", { AUTH_CLAVEUNICA_SECRET: undefined }],
    ["no AUTH_SECRET", { AUTH_SECRET: undefined }],
    ["a plain-HTTP address", { AUTH_URL: "http://sellomigrante.sermig.gob.cl" }],
  ])("refuses production with %s", (_what, change) => {
    expect(() => claveUnicaSettings({ ...production, ...change } as NodeJS.ProcessEnv)).toThrow(ConfigurationError);
  });

  it("is not fooled by NODE_ENV alone: production is declared with APP_ENV", () => {
    expect(() => claveUnicaSettings({ NODE_ENV: "production" } as unknown as NodeJS.ProcessEnv)).not.toThrow();
  });
});
