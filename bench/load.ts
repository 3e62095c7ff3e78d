/** Bounded load on loopback with autocannon: fixed duration, fixed connections, every latency kept. */
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { summarise, type LatencySummary } from "./stats";

export type LoadRequest = { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: () => { body: string; headers: Record<string, string> } };

export type LoadResult = {
  latency: LatencySummary;
  reqPerSec: number;
  completed: number;
  ok: number;
  errors: number;
  non2xx: number;
  mismatches: number;
  bytes: number;
  statusCodes: Record<string, number>;
};

type AutocannonResult = {
  requests: { average: number; total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  duration: number;
  statusCodeStats: Record<string, { count: number }>;
  "2xx": number;
};

export async function runLoad(origin: string, request: LoadRequest, options: { connections: number; seconds: number; verifyBody?: (body: string) => boolean }): Promise<LoadResult> {
  const latencies: number[] = [];
  const sizes: number[] = [];
  const instance = autocannon({
    url: origin,
    connections: options.connections,
    duration: options.seconds,
    // A request still waiting after 10 s counts as an error, not as a slow success.
    timeout: 10,
    ...(options.verifyBody && { verifyBody: options.verifyBody }),
    requests: [
      {
        method: request.method,
        path: request.path,
        headers: request.headers,
        ...(request.body && {
          setupRequest: (req: Record<string, unknown>) => {
            const { body, headers } = request.body!();
            return { ...req, body, headers: { ...request.headers, ...headers } };
          },
        }),
      },
    ],
  });
  instance.on("response", (_client: unknown, _status: number, resBytes: number, responseTime: number) => {
    latencies.push(responseTime);
    sizes.push(resBytes);
  });
  const result: AutocannonResult = await new Promise((resolve, reject) => {
    instance.on("done", resolve);
    instance.on("error", reject);
  });
  sizes.sort((a, b) => a - b);
  return {
    latency: summarise(latencies),
    reqPerSec: Math.round((result.requests.total / Math.max(1, result.duration)) * 10) / 10,
    completed: result.requests.total,
    ok: result["2xx"],
    errors: result.errors,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    bytes: sizes[Math.floor(sizes.length / 2)] ?? 0,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
  };
}

/**
 * The case form as the browser's ActionForm posts it: a fetch action (Next-Action header) whose
 * multipart body is React's encodeReply of `(previousState, formData)`: field "0" holds the argument
 * list, where "$K1" points at the form fields sent under the prefix "_1_". Every request files a new
 * consultation with its own idempotency key and document, so none is taken for a duplicate.
 */
export function filingBody(): { body: string; headers: Record<string, string> } {
  const boundary = `----bench${randomUUID().replaceAll("-", "")}`;
  const n = Math.floor(Math.random() * 1e9);
  const fields: [string, string][] = [
    ["_1_idempotencyKey", randomUUID()],
    ["_1_intent", "submit"],
    ["_1_type", "CONSULTA"],
    ["_1_summary", "Consulta por requisitos de residencia temporal"],
    ["_1_description", "Persona de carga del benchmark consulta por los requisitos para solicitar residencia temporal por vínculo familiar."],
    ["_1_participants.0.fullName", "Persona de carga Benchmark"],
    ["_1_participants.0.documentType", "PASAPORTE"],
    ["_1_participants.0.documentNumber", `BENCH${n}`],
    ["_1_participants.0.nationality", "VE"],
    ["_1_participants.0.birthDate", "1990-05-17"],
    ["_1_participants.0.sexGender", "MUJER"],
    ["_1_participants.0.contact", "persona.carga@example.org"],
    ["_1_participants.0.relation", "AFECTADA"],
    ["_1_consentBasis", "CONSENTIMIENTO"],
    ["_1_consentDetail", ""],
    ["_1_acknowledgedFolios", ""],
    ["0", '[null,"$K1"]'],
  ];
  const body = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
  return { body, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}
