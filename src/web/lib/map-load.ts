/**
 * Runs a change on a MapLibre map once its style has loaded. `isStyleLoaded()` is false again while
 * a source is updating, and the 'load' event fires once only, so waiting for 'load' then can wait
 * forever: the first load is remembered instead.
 */
import type * as maplibregl from 'maplibre-gl';

const loaded = new WeakSet<maplibregl.Map>();

/** Call right after creating the map. */
export function rememberLoad(m: maplibregl.Map): void {
  m.once('load', () => loaded.add(m));
}

export function whenLoaded(m: maplibregl.Map, apply: () => void): void {
  if (loaded.has(m)) apply();
  else m.once('load', apply);
}
