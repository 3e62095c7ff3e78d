/**
 * HTTP routing of the simulator: the sign-in page (oidc-provider's interaction), ClaveÚnica's logout URL,
 * and everything under /openid handed to oidc-provider.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { DEMO_IDENTITIES } from "../../lib/auth/demo-identities";
import { BASE_PATH, INTERACTION_PATH, LOGOUT_PATH, parseRun, type SimulatorSettings } from "./config";
import type { AccountBook, SimulatorProvider } from "./provider";
import { errorPage, HTML_HEADERS, signedOutPage, signInPage } from "./views";

type Deps = { provider: SimulatorProvider; settings: SimulatorSettings; accounts: AccountBook };
type Interaction = Awaited<ReturnType<SimulatorProvider["interactionDetails"]>>;

const MAX_FORM_BYTES = 8 * 1024;

export function createRequestHandler(deps: Deps): (req: IncomingMessage, res: ServerResponse) => void {
  const oidc = deps.provider.callback();
  return (req, res) => {
    route(deps, oidc, req, res).catch((error: unknown) => {
      console.error("Error en el simulador de ClaveÚnica:", error);
      if (!res.headersSent) sendHtml(res, 500, errorPage("Error del simulador", "Ocurrió un error inesperado en el simulador de ClaveÚnica."));
      else res.end();
    });
  };
}

async function route(
  deps: Deps,
  oidc: ReturnType<SimulatorProvider["callback"]>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://simulador.invalid");
  const { pathname } = url;

  if (pathname === LOGOUT_PATH && req.method === "GET") return logout(deps, req, res, url.searchParams.get("redirect"));

  if (pathname.startsWith(`${INTERACTION_PATH}/`)) {
    const uid = pathname.slice(INTERACTION_PATH.length + 1);
    if (req.method === "GET") return showInteraction(deps, req, res, uid);
    if (req.method === "POST") return submitInteraction(deps, req, res, uid);
    return sendHtml(res, 405, errorPage("Método no permitido", "Esta página solo acepta GET y POST."));
  }

  if (pathname === BASE_PATH || pathname.startsWith(`${BASE_PATH}/`)) {
    // Mounted like Express would: oidc-provider routes on the path below the issuer and reads `originalUrl`
    // to put /openid back into the URLs it publishes.
    const original = req.url ?? "/";
    Object.assign(req, { originalUrl: original, url: original.slice(BASE_PATH.length) || "/" });
    return oidc(req, res);
  }

  sendHtml(res, 404, errorPage("Página no encontrada", "El simulador de ClaveÚnica no tiene esta dirección."));
}

/** `undefined` when the browser holds no live sign-in request for `uid` (expired, finished or foreign). */
async function findInteraction(deps: Deps, req: IncomingMessage, res: ServerResponse, uid: string): Promise<Interaction | undefined> {
  try {
    const interaction = await deps.provider.interactionDetails(req, res);
    return interaction.uid === uid ? interaction : undefined;
  } catch (error) {
    if (error instanceof Error && error.name === "SessionNotFound") return undefined;
    throw error;
  }
}

function sendExpired(res: ServerResponse): void {
  sendHtml(
    res,
    400,
    errorPage(
      "La solicitud de ingreso ya no es válida",
      "Expiró o ya se usó. Vuelve a la aplicación y presiona «Ingresar» otra vez.",
    ),
  );
}

async function showInteraction(deps: Deps, req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
  const interaction = await findInteraction(deps, req, res, uid);
  if (!interaction) return sendExpired(res);
  // ClaveÚnica never asks for consent: a signed-in person who only lacks a grant goes straight back.
  if (interaction.prompt.name !== "login" && interaction.session) {
    return finish(deps, req, res, interaction, interaction.session.accountId);
  }
  sendHtml(res, 200, signInPage({ action: `${INTERACTION_PATH}/${uid}`, identities: DEMO_IDENTITIES }));
}

async function submitInteraction(deps: Deps, req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
  const form = await readForm(req);
  const interaction = await findInteraction(deps, req, res, uid);
  if (!interaction) return sendExpired(res);
  const typed = form?.get("run") ?? "";
  const parsed = parseRun(typed);
  if (!parsed.ok) {
    const page = signInPage({ action: `${INTERACTION_PATH}/${uid}`, identities: DEMO_IDENTITIES, typed: { value: typed, error: parsed.error } });
    return sendHtml(res, 400, page);
  }
  const person = deps.accounts.signIn(parsed.run, parsed.dv);
  await finish(deps, req, res, interaction, person.sub);
}

/** Signs the person in and grants exactly what the client asked for, so no consent screen follows. */
async function finish(
  { provider }: Deps,
  req: IncomingMessage,
  res: ServerResponse,
  interaction: Interaction,
  accountId: string,
): Promise<void> {
  const grant = new provider.Grant({ accountId, clientId: String(interaction.params.client_id) });
  grant.addOIDCScope(String(interaction.params.scope ?? "openid"));
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
}

/** `null` when the body is too large to be the sign-in form. */
async function readForm(req: IncomingMessage): Promise<URLSearchParams | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) return null;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

/**
 * ClaveÚnica's logout: ends the simulator's session, then returns to `redirect` only when it is a registered
 * logout URI, so the endpoint cannot be used to bounce people to arbitrary sites.
 */
async function logout({ provider, settings }: Deps, req: IncomingMessage, res: ServerResponse, redirect: string | null): Promise<void> {
  const ctx = provider.createContext(req, res);
  const session = await provider.Session.get(ctx);
  await session.destroy();
  ctx.cookies.set(provider.cookieName("session"), null, { signed: true });

  if (redirect && settings.logoutUris.includes(redirect)) {
    res.writeHead(302, { Location: redirect, "Cache-Control": "no-store" });
    res.end();
    return;
  }
  sendHtml(res, 200, signedOutPage(redirect));
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, HTML_HEADERS);
  res.end(html);
}
