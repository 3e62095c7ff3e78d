import { describe, expect, it } from "vitest";
import { MAINLAND, MAP_CATEGORIES, type MapCategory } from "./map";
import { shapesMarkup } from "./map-markup";
import { patternDefs } from "./map-patterns";
import type { ComunaStatus } from "./service";

const comuna = (code: string, name: string, status: ComunaStatus["status"] = null, prioritised = false): ComunaStatus =>
  ({ code, name, regionCode: "13", municipalityCode: code, status, prioritised }) as ComunaStatus;

describe("map markup", () => {
  it("draws one named, coloured link per shape", () => {
    const shapes = MAINLAND.slice(0, 3);
    const byCode = new Map(shapes.map((s, i) => [s.code, comuna(s.code, `Comuna ${i}`, i === 0 ? "CERTIFICADA" : null, i === 1)]));
    const markup = shapesMarkup(shapes, byCode, (code) => `/tablero/mapa?comuna=${code}#detalle`, "mapa");
    expect(markup.match(/<a /g)).toHaveLength(3);
    expect(markup).toContain(`<title>Comuna 0: Certificada</title>`);
    expect(markup).toContain(`data-status="Sin adhesión · prioritaria"`);
    expect(markup).toContain(`href="/tablero/mapa?comuna=${shapes[2].code}#detalle"`);
    expect(markup).toContain(`d="${shapes[0].d}" fill="url(#mapa-sello)"`);
  });

  it("keeps names and links inert, whatever they contain", () => {
    const [shape] = MAINLAND;
    const hostile = `"><script>alert(1)</script><a onclick='x'`;
    const markup = shapesMarkup([shape], new Map([[shape.code, comuna(shape.code, hostile)]]), () => `/x?"onmouseover="alert(1)`, "mapa");
    // Only the three elements and the attributes the map writes: the name and the link stay text inside quotes.
    expect(markup.match(/<[a-z]+/g)).toEqual(["<a", "<title", "<path"]);
    expect(new Set([...markup.matchAll(/\s([a-z-]+)="/g)].map((m) => m[1]))).toEqual(new Set(["href", "data-code", "data-name", "data-status", "data-municipality", "d", "fill"]));
    expect(markup).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(markup).toContain(`href="/x?&quot;onmouseover=&quot;alert(1)"`);
  });
});

describe("map patterns", () => {
  it("give every class that is close in lightness to another its own texture, not only its own colour", () => {
    const shapeOf = (category: MapCategory) =>
      patternDefs("p", 10, category)
        .replace(/(fill|stroke)="#[0-9a-f]{6}"/g, "")
        .replace(/id="[^"]*"/, "");
    const textures = MAP_CATEGORIES.map((category) => shapeOf(category.key));
    // "Con Sello" and "Sin adhesión" are the darkest and the palest: plain is enough for both.
    const plainOnes = MAP_CATEGORIES.filter((category) => shapeOf(category.key) === shapeOf("SIN_ADHESION")).map((c) => c.key);
    expect(plainOnes).toEqual(["SELLO", "SIN_ADHESION"]);
    expect(new Set(textures).size).toBe(MAP_CATEGORIES.length - 1);
  });

  it("keeps the ids of several maps on one page apart", () => {
    expect(patternDefs("mapa-0", 10)).toContain('id="mapa-0-retirada"');
    expect(patternDefs("mapa-1", 10)).not.toContain('id="mapa-0-');
  });
});
