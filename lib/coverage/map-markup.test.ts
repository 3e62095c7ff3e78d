import { describe, expect, it } from "vitest";
import { MAINLAND } from "./map";
import { shapesMarkup } from "./map-markup";
import type { ComunaStatus } from "./service";

const comuna = (code: string, name: string, status: ComunaStatus["status"] = null, prioritised = false): ComunaStatus =>
  ({ code, name, regionCode: "13", municipalityCode: code, status, prioritised }) as ComunaStatus;

describe("map markup", () => {
  it("draws one named, coloured link per shape", () => {
    const shapes = MAINLAND.slice(0, 3);
    const byCode = new Map(shapes.map((s, i) => [s.code, comuna(s.code, `Comuna ${i}`, i === 0 ? "CERTIFICADA" : null, i === 1)]));
    const markup = shapesMarkup(shapes, byCode, (code) => `/tablero/mapa?comuna=${code}#detalle`);
    expect(markup.match(/<a /g)).toHaveLength(3);
    expect(markup).toContain(`<title>Comuna 0: Certificada</title>`);
    expect(markup).toContain(`data-status="Sin adhesión · prioritaria"`);
    expect(markup).toContain(`href="/tablero/mapa?comuna=${shapes[2].code}#detalle"`);
    expect(markup).toContain(`d="${shapes[0].d}" fill="#1d6b38"`);
  });

  it("keeps names and links inert, whatever they contain", () => {
    const [shape] = MAINLAND;
    const hostile = `"><script>alert(1)</script><a onclick='x'`;
    const markup = shapesMarkup([shape], new Map([[shape.code, comuna(shape.code, hostile)]]), () => `/x?"onmouseover="alert(1)`);
    // Only the three elements and the attributes the map writes: the name and the link stay text inside quotes.
    expect(markup.match(/<[a-z]+/g)).toEqual(["<a", "<title", "<path"]);
    expect(new Set([...markup.matchAll(/\s([a-z-]+)="/g)].map((m) => m[1]))).toEqual(new Set(["href", "data-code", "data-name", "data-status", "data-municipality", "d", "fill"]));
    expect(markup).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(markup).toContain(`href="/x?&quot;onmouseover=&quot;alert(1)"`);
  });
});
