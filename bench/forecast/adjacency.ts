/**
 * Which countries share a land border, from Natural Earth's admin-0 polygons: every edge of every
 * ring is walked in steps of `tolerance` degrees and each step marks a grid cell of that size; two
 * countries whose outlines mark at least `minCells` of the same cells are neighbours (a border of
 * a few kilometres or more; a corner touching is not). Countries are named by ISO 3166-1 alpha-3
 * (`ISO_A3_EH`, else `ADM0_A3` where Natural Earth has no ISO code, as for Kosovo). Pure.
 */

type Ring = [number, number][];
interface CountryFeature {
  properties: Record<string, unknown>;
  geometry:
    { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

export function codeOf(properties: Record<string, unknown>): string {
  const iso = String(properties.ISO_A3_EH ?? '-99');
  return iso !== '-99' ? iso : String(properties.ADM0_A3);
}

export function landNeighbours(
  features: CountryFeature[],
  options: { tolerance?: number; minCells?: number } = {},
): Map<string, string[]> {
  const tolerance = options.tolerance ?? 0.02;
  const minCells = options.minCells ?? 3;
  const cells = new Map<string, Set<string>>();
  for (const f of features) {
    const code = codeOf(f.properties);
    const polygons =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const ring of polygons.flat())
      for (let i = 0; i + 1 < ring.length; i++) {
        const [x1, y1] = ring[i]!;
        const [x2, y2] = ring[i + 1]!;
        const steps = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / tolerance));
        for (let k = 0; k <= steps; k++) {
          const x = x1 + ((x2 - x1) * k) / steps;
          const y = y1 + ((y2 - y1) * k) / steps;
          const key = `${Math.round(x / tolerance)}:${Math.round(y / tolerance)}`;
          let owners = cells.get(key);
          if (!owners) cells.set(key, (owners = new Set()));
          owners.add(code);
        }
      }
  }
  const shared = new Map<string, number>();
  for (const owners of cells.values()) {
    if (owners.size < 2) continue;
    const list = [...owners].sort();
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const key = `${list[a]}|${list[b]}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
  }
  const neighbours = new Map<string, string[]>();
  for (const [key, count] of shared) {
    if (count < minCells) continue;
    const [a, b] = key.split('|') as [string, string];
    neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
  }
  return neighbours;
}
