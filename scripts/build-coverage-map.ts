/**
 * Precomputes the coverage map's SVG paths from the BCN GeoJSON in prisma/data/territory, so pages
 * never load 3 MB of coordinates: `npx tsx scripts/build-coverage-map.ts` writes
 * lib/coverage/map-shapes.json. Deterministic: the same GeoJSON always gives the same file.
 *
 * - Mainland and nearby islands share one transverse Mercator projection centred on 71° W (Chile
 *   is long and thin; a central meridian through the country keeps shapes true), fitted to a box
 *   of 1000 × 3000 units. Region zooms reuse these paths with a narrower viewBox.
 * - Isla de Pascua (05201) and Juan Fernández (05104) lie 700–3,700 km offshore: each gets its own
 *   projection, fitted to its main island and those within 2.5°, and is drawn as an inset (Sala y
 *   Gómez, 400 km from Rapa Nui, is left out of the inset).
 * - Rings are simplified (Douglas–Peucker, tolerance below) and rounded to 0.1 unit (about 140 m);
 *   rings smaller than a few units of area are dropped unless they are a comuna's only shape.
 */
import fs from "node:fs";
import path from "node:path";
import { geoMercator, geoTransverseMercator, type GeoProjection } from "d3-geo";

type Position = [number, number];
type Feature = { properties: Record<string, string>; geometry: { type: "Polygon" | "MultiPolygon"; coordinates: Position[][] | Position[][][] } };
type Collection = { type: "FeatureCollection"; features: Feature[] };

const ROOT = path.resolve(import.meta.dirname, "..");
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(ROOT, "prisma/data/territory", name), "utf8")) as Collection;

const INSETS = ["05201", "05104"];
const TOLERANCE = 0.4;
const MIN_AREA = 1;
const INSET_SIZE = 100;

function polygonsOf(feature: Feature): Position[][][] {
  return feature.geometry.type === "Polygon" ? [feature.geometry.coordinates as Position[][]] : (feature.geometry.coordinates as Position[][][]);
}

function perpendicular(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length;
}

function simplify(points: Position[], tolerance: number): Position[] {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let index = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = perpendicular(points[i], points[first], points[last]);
      if (d > distance) {
        distance = d;
        index = i;
      }
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const area = (ring: Position[]) => Math.abs(ring.reduce((sum, p, i) => { const q = ring[(i + 1) % ring.length]; return sum + p[0] * q[1] - q[0] * p[1]; }, 0)) / 2;
const round = (n: number) => Math.round(n * 10) / 10;

type Ring = { points: Position[]; area: number };

function projectRings(feature: Feature, projection: GeoProjection, tolerance: number): Ring[] {
  return polygonsOf(feature).flatMap((polygon) =>
    polygon.map((ring) => {
      const projected = ring.map((p) => projection(p)!).map(([x, y]) => [round(x), round(y)] as Position);
      const distinct = projected.filter((p, i) => i === 0 || p[0] !== projected[i - 1][0] || p[1] !== projected[i - 1][1]);
      const points = simplify(distinct, tolerance);
      return { points, area: area(points) };
    }),
  );
}

/** Relative path commands: shorter than absolute ones at this precision. */
function toPath(rings: Ring[]): string {
  return rings
    .map(({ points }) => {
      let [px, py] = points[0];
      let d = `M${round(px)} ${round(py)}`;
      for (const [x, y] of points.slice(1, -1)) {
        d += `l${round(x - px)} ${round(y - py)}`;
        [px, py] = [x, y];
      }
      return `${d}z`;
    })
    .join("")
    .replace(/ -/g, "-");
}

function bounds(rings: Ring[]): [number, number, number, number] {
  const xs = rings.flatMap((r) => r.points.map((p) => p[0]));
  const ys = rings.flatMap((r) => r.points.map((p) => p[1]));
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].map(round) as [number, number, number, number];
}

function keptRings(feature: Feature, projection: GeoProjection, tolerance: number): Ring[] {
  const rings = projectRings(feature, projection, tolerance).filter((r) => r.points.length >= 4);
  const largest = Math.max(...rings.map((r) => r.area));
  return rings.filter((r) => r.area >= MIN_AREA || r.area === largest);
}

const comunas = read("comunas.geojson");
const mainland: Collection = { type: "FeatureCollection", features: comunas.features.filter((f) => !INSETS.includes(f.properties.comuna_code)) };
// Fitted to the vertices, not the polygons: d3 reads ring winding on the sphere, and some BCN rings
// wind the "other way", which would make a polygon cover the rest of the globe.
const pointsOf = (features: Feature[]) => ({ type: "MultiPoint", coordinates: features.flatMap((f) => polygonsOf(f).flat(2)) });
const projection = geoTransverseMercator().rotate([71, 0]).fitSize([1000, 3000], pointsOf(mainland.features) as never);

const shapes = mainland.features
  .map((feature) => {
    const rings = keptRings(feature, projection, TOLERANCE);
    return { code: feature.properties.comuna_code, region: feature.properties.region_code, d: toPath(rings), box: bounds(rings) };
  })
  .sort((a, b) => a.code.localeCompare(b.code));

const insets = comunas.features
  .filter((f) => INSETS.includes(f.properties.comuna_code))
  .map((whole) => {
    // Fitted to the main island and its neighbours: Isla de Pascua's comuna also holds Sala y Gómez,
    // 400 km away, which would shrink Rapa Nui to a dot.
    const polygons = polygonsOf(whole);
    const ringArea = (ring: Position[]) => area(ring);
    const main = polygons.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
    const near = polygons.filter((polygon) => Math.abs(polygon[0][0][0] - main[0][0][0]) < 2.5 && Math.abs(polygon[0][0][1] - main[0][0][1]) < 2.5);
    const feature: Feature = { ...whole, geometry: { type: "MultiPolygon", coordinates: near } };
    const own = geoMercator().fitExtent([[6, 6], [INSET_SIZE - 6, INSET_SIZE - 6]], pointsOf([feature]) as never);
    const rings = keptRings(feature, own, 0.3);
    return { code: feature.properties.comuna_code, region: feature.properties.region_code, d: toPath(rings), box: [0, 0, INSET_SIZE, INSET_SIZE] };
  })
  .sort((a, b) => a.code.localeCompare(b.code));

const output = { generatedFrom: "prisma/data/territory/comunas.geojson", shapes, insets };
const target = path.join(ROOT, "lib/coverage/map-shapes.json");
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, JSON.stringify(output) + "\n");
console.log(`[map] ${shapes.length} comunas + ${insets.length} insets → ${path.relative(ROOT, target)} (${fs.statSync(target).size} bytes)`);
