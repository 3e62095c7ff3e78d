// Bodies of server-action requests are bounded here, before Next reads them. Next decodes the whole
// body (multipart parsing, React's decodeReply) before any action code runs, and its one limit has to
// fit a 10 MB upload: an anonymous request of hundreds of thousands of form fields held a worker for
// seconds. Only the actions named in lib/auth/action-bodies.json take more than a small form; a test
// checks that list against the actions whose schemas accept a File.
import fs from "node:fs";
import path from "node:path";

/** An ordinary form: the longest text fields (8.000 characters) fit several times over. */
export const SMALL_BODY = 64 * 1024;
/** Attendance of a full session: 5.000 checked ids. */
export const LIST_BODY = 1024 * 1024;
/** A 10 MB file and the rest of its form; next.config.ts allows the same. */
export const UPLOAD_BODY = 11 * 1024 * 1024;

const TOO_LARGE = "La solicitud es demasiado grande.";
const NO_LENGTH = "La solicitud debe indicar su tamaño.";

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/**
 * The body limit of each action id of the build in `buildDir`, for the actions that take more than a
 * small form. An action on the list that the build lacks stops the server: the list is out of date,
 * and its uploads would be refused.
 */
export function actionBodyLimits(buildDir = path.join(process.cwd(), ".next"), listFile = path.join(process.cwd(), "lib/auth/action-bodies.json")) {
  const list = readJson(listFile);
  const wanted = new Map([...list.uploads.map((name) => [name, UPLOAD_BODY]), ...list.lists.map((name) => [name, LIST_BODY])]);
  const manifest = readJson(path.join(buildDir, "server", "server-reference-manifest.json"));
  const limits = new Map();
  const found = new Set();
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    const name = `${entry.filename}#${entry.exportedName}`;
    if (!wanted.has(name)) continue;
    limits.set(id, wanted.get(name));
    found.add(name);
  }
  const missing = [...wanted.keys()].filter((name) => !found.has(name));
  if (missing.length > 0) throw new Error(`La compilación no tiene estas acciones de ${listFile}: ${missing.join(", ")}.`);
  return limits;
}

/**
 * Why a request must be refused before Next sees it, or null. Next treats as a possible action every
 * POST with a Next-Action header and every multipart or urlencoded POST (a form sent before the page
 * hydrated names its action inside the body, so it gets the small limit). A body without a declared
 * length would have to be read to be measured; browsers always declare it.
 */
export function bodyRefusal(request, limits) {
  if (request.method !== "POST") return null;
  const action = request.headers["next-action"];
  const type = String(request.headers["content-type"] ?? "").toLowerCase();
  if (action === undefined && !type.startsWith("multipart/form-data") && !type.startsWith("application/x-www-form-urlencoded")) return null;
  const length = request.headers["content-length"];
  if (length === undefined) return { status: 411, message: NO_LENGTH };
  const limit = (typeof action === "string" && limits.get(action)) || SMALL_BODY;
  if (!/^\d+$/.test(length) || Number(length) > limit) return { status: 413, message: TOO_LARGE };
  return null;
}

/**
 * Answers at once. The rest of the body is read and dropped unparsed, so the sender gets to read the
 * answer instead of a reset connection; past the largest body any action takes, the connection is cut.
 */
export function refuse(request, response, { status, message }) {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" });
  response.end(message);
  let dropped = 0;
  request.on("data", (chunk) => {
    dropped += chunk.length;
    if (dropped > UPLOAD_BODY) request.socket.destroy();
  });
}
