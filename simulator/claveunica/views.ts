/** HTML of the simulator's own pages. Every interpolated value goes through `escapeHtml`. */
import { createHash } from "node:crypto";
import type { DemoIdentity, DemoRole } from "../../lib/auth/demo-identities";
import { formatRunParts } from "./config";

const BANNER = "Simulador de ClaveÚnica — solo para desarrollo y pruebas";

const ROLE_LABELS: Record<DemoRole, string> = {
  MUNICIPAL_OFFICER: "Encargada/o municipal",
  REGIONAL_COORDINATOR: "Coordinador/a regional SERMIG",
  NATIONAL_ADMIN: "Administrador/a nacional",
};

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1b;background:#f4f6f9}
.banner{margin:0;padding:.75rem 1rem;background:#ffe08a;border-bottom:3px solid #b37f00;font-weight:700;text-align:center}
main{max-width:60rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{margin:0 0 .25rem;font-size:1.6rem;color:#0a3d7a}
h2{margin:2rem 0 .5rem;font-size:1.2rem;color:#0a3d7a}
.card{background:#fff;border:1px solid #d5dbe3;border-radius:6px;padding:1rem 1.25rem}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid #d5dbe3}
th,td{padding:.5rem .75rem;border-bottom:1px solid #e3e7ee;text-align:left;vertical-align:middle}
th{background:#eef2f7;font-size:.9rem}
td.run{white-space:nowrap;font-variant-numeric:tabular-nums}
form{margin:0}
button{font:inherit;font-weight:600;padding:.45rem .9rem;border:0;border-radius:4px;background:#0f69c4;color:#fff;cursor:pointer}
button:hover{background:#0a4f94}
button:focus-visible,input:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
label{display:block;font-weight:600}
input{font:inherit;width:14rem;max-width:100%;padding:.4rem .6rem;border:1px solid #8a94a3;border-radius:4px;margin:.25rem .5rem .25rem 0}
input[aria-invalid=true]{border:2px solid #b3261e}
.error{margin:.25rem 0 0;color:#b3261e;font-weight:600}
.muted{color:#5b6573;font-size:.9rem}
.inactive{color:#5b6573;font-style:italic}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{font-weight:600}
dd{margin:0;word-break:break-word}
`;

/** The only style the pages may load; a hash keeps the policy strict without a separate stylesheet route. */
const STYLE_HASH = createHash("sha256").update(STYLE).digest("base64");

export const HTML_HEADERS: Record<string, string> = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
  "Content-Security-Policy": `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; base-uri 'none'; frame-ancestors 'none'`,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

function layout(title: string, content: string): string {
  return `<!DOCTYPE html>
<html lang="es-CL">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Simulador de ClaveÚnica</title>
<style>${STYLE}</style>
</head>
<body>
<p class="banner" role="note">${escapeHtml(BANNER)}</p>
<main>
${content}
</main>
</body>
</html>`;
}

export function fullName(identity: Pick<DemoIdentity, "nombres" | "apellidos">): string {
  return [...identity.nombres, ...identity.apellidos].join(" ");
}

export type SignInView = {
  action: string;
  identities: DemoIdentity[];
  typed?: { value: string; error: string };
};

export function signInPage({ action, identities, typed }: SignInView): string {
  const formAction = escapeHtml(action);
  const rows = identities.map((identity) => {
    const name = fullName(identity);
    const run = formatRunParts(identity.run, identity.dv);
    const inactive = identity.active ? "" : ` <span class="inactive">(desactivada)</span>`;
    return `<tr>
<td class="run">${escapeHtml(run)}</td>
<td>${escapeHtml(name)}${inactive}</td>
<td>${escapeHtml(identity.role ? ROLE_LABELS[identity.role] : "Sin acceso al portal")}</td>
<td>${escapeHtml(identity.territoryLabel)}</td>
<td><form method="post" action="${formAction}"><input type="hidden" name="run" value="${escapeHtml(run)}"><button type="submit">Ingresar como ${escapeHtml(name)}</button></form></td>
</tr>`;
  });
  const described = typed ? ` aria-invalid="true" aria-describedby="run-ayuda run-error"` : ` aria-describedby="run-ayuda"`;
  const error = typed ? `<p id="run-error" class="error" role="alert">${escapeHtml(typed.error)}</p>` : "";
  return layout(
    "Ingresa con tu ClaveÚnica",
    `<h1>Ingresa con tu ClaveÚnica</h1>
<p class="muted">Elige una persona de prueba. La aplicación recibirá su RUN y su nombre, como con la ClaveÚnica real.</p>
<h2>Personas de prueba</h2>
<table>
<thead><tr><th scope="col">RUN</th><th scope="col">Nombre</th><th scope="col">Rol en el portal</th><th scope="col">Territorio</th><th scope="col"><span class="muted">Acción</span></th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
<h2>Otro RUN</h2>
<form method="post" action="${formAction}" class="card" novalidate>
<label for="run">RUN</label>
<p id="run-ayuda" class="muted">Para probar con una persona que no está en la lista. Si el RUN no es de una persona de prueba, se ingresa con el nombre «Persona De Prueba».</p>
${error}
<input id="run" name="run" type="text" autocomplete="off" spellcheck="false" placeholder="12.345.678-5" value="${escapeHtml(typed?.value ?? "")}"${described}>
<button type="submit">Ingresar con este RUN</button>
</form>`,
  );
}

export function signedOutPage(unregisteredRedirect: string | null): string {
  const note = unregisteredRedirect
    ? `<p>No te llevamos de vuelta a <code>${escapeHtml(unregisteredRedirect)}</code> porque esa dirección no está registrada como URI de cierre de sesión (variable <code>CLAVEUNICA_SIM_LOGOUT_URIS</code>).</p>`
    : `<p>Ya puedes cerrar esta ventana.</p>`;
  return layout(
    "Sesión cerrada",
    `<h1>Sesión cerrada</h1>
<div class="card"><p>Cerraste tu sesión en el simulador de ClaveÚnica.</p>${note}</div>`,
  );
}

export function errorPage(title: string, message: string, details: Record<string, string> = {}): string {
  const entries = Object.entries(details)
    .map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd><code>${escapeHtml(value)}</code></dd>`)
    .join("");
  return layout(
    title,
    `<h1>${escapeHtml(title)}</h1>
<div class="card"><p>${escapeHtml(message)}</p>${entries ? `<dl>${entries}</dl>` : ""}</div>`,
  );
}
