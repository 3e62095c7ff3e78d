/**
 * The ClaveÚnica simulator: an oidc-provider instance shaped like ClaveÚnica on the wire (paths, scopes,
 * claims, logout), serving the demo identities. Entry point for the dev server, Playwright and Vitest.
 */
import { createHash, generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Account, Configuration } from "oidc-provider";
import { DEMO_IDENTITIES, type DemoIdentity } from "../../lib/auth/demo-identities";
import { assertNotProduction, BASE_PATH, HOST, INTERACTION_PATH, readSettings, type SimulatorSettings } from "./config";
import { createRequestHandler } from "./server";
import { errorPage, HTML_HEADERS } from "./views";

/**
 * oidc-provider prints production advice when it is imported and constructed (use a persistent adapter, use
 * Node 22+). None of it applies to a throwaway local stand-in, and it would bury the simulator's own output.
 */
function muteProviderNotices(): () => void {
  const { warn, info } = console;
  const keep =
    (log: (...args: unknown[]) => void) =>
    (...args: unknown[]) => {
      if (typeof args[0] === "string" && /oidc-provider (NOTICE|WARNING):/.test(args[0])) return;
      log(...args);
    };
  console.warn = keep(warn);
  console.info = keep(info);
  return () => {
    console.warn = warn;
    console.info = info;
  };
}

const restoreNotices = muteProviderNotices();
const { Provider } = await import("oidc-provider").finally(restoreNotices);
export type SimulatorProvider = InstanceType<typeof Provider>;

export type SimulatedPerson = Pick<DemoIdentity, "sub" | "run" | "dv" | "nombres" | "apellidos">;

/** Who can sign in: the demo identities, plus anyone typed in by RUN during this process's life. */
export type AccountBook = {
  find(sub: string): Account | undefined;
  signIn(run: number, dv: string): SimulatedPerson;
};

export function createAccountBook(identities: DemoIdentity[]): AccountBook {
  const people = new Map<string, SimulatedPerson>(identities.map((identity) => [identity.sub, identity]));
  return {
    find(sub) {
      const person = people.get(sub);
      return person && toAccount(person);
    },
    signIn(run, dv) {
      const known = [...people.values()].find((person) => person.run === run);
      if (known) return known;
      let sub = typedSub(run);
      while (people.has(sub)) sub = String(Number(sub) + 1);
      const person = { sub, run, dv, nombres: ["Persona"], apellidos: ["De Prueba"] };
      people.set(sub, person);
      return person;
    },
  };
}

/**
 * Stable across restarts, like ClaveÚnica's own `sub`, yet not the RUN; it starts above the demo identities'
 * range so a typed RUN never takes a demo person's id.
 */
function typedSub(run: number): string {
  const hash = createHash("sha256").update(`claveunica-sim:${run}`).digest().readUInt32BE(0);
  return String(30_000_000 + (hash % 60_000_000));
}

function toAccount(person: SimulatedPerson): Account {
  return {
    accountId: person.sub,
    claims: () => ({
      sub: person.sub,
      RolUnico: { numero: person.run, DV: person.dv, tipo: "RUN" },
      name: { nombres: person.nombres, apellidos: person.apellidos },
    }),
  };
}

function configuration(settings: SimulatorSettings, accounts: AccountBook): Configuration {
  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });
  return {
    clients: [
      {
        client_id: settings.clientId,
        client_secret: settings.clientSecret,
        redirect_uris: settings.redirectUris,
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    clientAuthMethods: ["client_secret_basic", "client_secret_post"],
    responseTypes: ["code"],
    scopes: ["openid", "run", "name"],
    claims: { openid: ["sub"], run: ["RolUnico"], name: ["name"] },
    findAccount: (_ctx, sub) => accounts.find(sub),
    jwks: { keys: [{ ...signingKey, kty: "RSA", use: "sig", alg: "RS256", kid: randomBytes(8).toString("hex") }] },
    cookies: {
      keys: [randomBytes(32).toString("base64url")],
      // The simulator and the portal share the host 127.0.0.1 (cookies ignore ports), so the names must not clash.
      names: { session: "claveunica_sim_session", interaction: "claveunica_sim_interaction", resume: "claveunica_sim_resume" },
    },
    routes: { authorization: "/authorize/", token: "/token/", userinfo: "/userinfo/", jwks: "/jwks/" },
    interactions: { url: (_ctx, interaction) => `${INTERACTION_PATH}/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      dPoP: { enabled: false },
      resourceIndicators: { enabled: false },
    },
    // ClaveÚnica requires token/ and userinfo/ to be called from the backend, never from a browser.
    clientBasedCORS: () => false,
    // ClaveÚnica's numbers: codes live 5 min, access tokens 1 h, and the SSO session only 60 s.
    ttl: { AuthorizationCode: 300, AccessToken: 3600, IdToken: 3600, Interaction: 600, Grant: 3600, Session: 60 },
    // ClaveÚnica's tokens outlive its short session; oidc-provider would otherwise end them with it.
    expiresWithSession: () => false,
    renderError: (ctx, out) => {
      ctx.set(HTML_HEADERS);
      ctx.body = errorPage(
        "No se pudo completar el ingreso",
        "La aplicación envió una solicitud que el simulador de ClaveÚnica no acepta.",
        { error: out.error, ...(out.error_description && { error_description: out.error_description }) },
      );
    },
  };
}

export type RunningSimulator = {
  /** `http://127.0.0.1:<port>/openid`, the value for AUTH_CLAVEUNICA_ISSUER. */
  issuer: string;
  port: number;
  close(): Promise<void>;
};

/**
 * Starts the simulator on 127.0.0.1. `port` overrides CLAVEUNICA_SIM_PORT; 0 picks a free port.
 * Throws when APP_ENV says production.
 */
export async function startSimulator(options: { port?: number } = {}): Promise<RunningSimulator> {
  assertNotProduction(process.env);
  const settings = readSettings(process.env, options.port);
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.port, HOST, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://${HOST}:${port}${BASE_PATH}`;
  try {
    const accounts = createAccountBook(DEMO_IDENTITIES);
    const restore = muteProviderNotices();
    let provider: SimulatorProvider;
    try {
      provider = new Provider(issuer, configuration(settings, accounts));
    } finally {
      restore();
    }
    server.on("request", createRequestHandler({ provider, settings, accounts }));
  } catch (error) {
    await closeServer(server);
    throw error;
  }
  return { issuer, port, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeIdleConnections();
  });
}
