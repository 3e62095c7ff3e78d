import { customFetch } from "next-auth";
import type { OIDCConfig } from "next-auth/providers";
import { runFromClaveUnica } from "./run";
import type { ClaveUnicaSettings } from "./claveunica-settings";

/** ClaveÚnica's userinfo answer: RUN and names, never an e-mail. */
export type ClaveUnicaProfile = {
  sub: string;
  RolUnico?: { numero?: number; DV?: string; tipo?: string };
  name?: { nombres?: string[]; apellidos?: string[] };
};

/** ClaveÚnica documents userinfo by POST; Auth.js's OIDC client always asks with GET. */
const userinfoByPost: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : input.toString());
  const isUserinfo = /\/userinfo\/?$/.test(url.pathname);
  return fetch(input, isUserinfo && (init?.method ?? "GET") === "GET" ? { ...init, method: "POST" } : init);
};

export function claveUnicaProvider(settings: ClaveUnicaSettings): OIDCConfig<ClaveUnicaProfile> {
  return {
    id: "claveunica",
    name: "ClaveÚnica",
    type: "oidc",
    issuer: settings.issuer,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: "openid run name" } },
    checks: ["pkce", "state", "nonce"],
    client: { token_endpoint_auth_method: "client_secret_post" },
    // The ID token is still verified (signature, iss, aud, exp, nonce); the person comes from userinfo,
    // whose `sub` must match it.
    idToken: false,
    profile(profile) {
      const run = runFromClaveUnica(Number(profile.RolUnico?.numero), String(profile.RolUnico?.DV ?? ""));
      if (!run) throw new Error("ClaveÚnica no entregó un RUN válido.");
      const name = [...(profile.name?.nombres ?? []), ...(profile.name?.apellidos ?? [])].join(" ").trim();
      // The person key is the RUN, never `sub` (ClaveÚnica's own integration rule).
      return { id: run, name: name || run, email: null };
    },
    [customFetch]: userinfoByPost,
  };
}
