/**
 * Features tried beside the published model's (forecast.features.ts) for issue 23's margin, each
 * from the month and earlier only: violence in the neighbouring countries, trends, all kinds
 * together this month, and the whole panel's level. Pure.
 */
import {
  kinds,
  type Kind,
  type Panel,
} from '../../src/modules/early-warning/country-month.data.js';
import {
  featureCount,
  meanLog,
  shareAtLeast,
} from '../../src/modules/early-warning/forecast.features.js';
import type { FeatureTable } from '../../src/modules/early-warning/forecast.model.js';

export const extraNames = [
  'neighbours_mean3',
  'neighbours_mean12',
  'neighbours_max12',
  'neighbours_share_t0',
  'neighbours_share12_max',
  'neighbours_all_kinds_mean12',
  'trend_3_12',
  'trend_12_36',
  'all_kinds_t0',
  'panel_share_t0',
  'panel_mean12',
] as const;
export const extendedCount = featureCount + extraNames.length;

const mean = (values: number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;

/** The panel's share of countries with ≥ 1 and mean log fatalities over 12 months, per month. */
function panelLevels(panel: Panel, kind: Kind, length: number) {
  const share = new Float64Array(length);
  const level = new Float64Array(length);
  for (let t = 0; t < length; t++) {
    let n = 0;
    let hit = 0;
    let sum = 0;
    for (const s of panel.series.values()) {
      if (Number.isNaN(s[kind][t]!)) continue;
      n++;
      if (s[kind][t]! >= 1) hit++;
      sum += meanLog(s[kind], t, 12);
    }
    share[t] = n ? hit / n : 0;
    level[t] = n ? sum / n : 0;
  }
  return { share, level };
}

/**
 * Per kind, every country-month's published features followed by the extra ones, in the feature
 * table's layout with `extendedCount` per row. `neighbours` maps a ViEWS country id to the ids of
 * the countries bordering it.
 */
export function extendedFeatures(
  table: FeatureTable,
  neighbours: Map<number, number[]>,
): Record<Kind, Float64Array> {
  const { panel, countries, length } = table;
  const ofKind = (kind: Kind) => {
    const out = new Float64Array(countries.length * length * extendedCount);
    const levels = panelLevels(panel, kind, length);
    countries.forEach((c, i) => {
      const s = panel.series.get(c)!;
      const near = (neighbours.get(c) ?? []).map((n) => panel.series.get(n)!);
      for (let t = 0; t < length; t++) {
        if (Number.isNaN(s.sb[t]!)) continue;
        const offset = (i * length + t) * extendedCount;
        const own = (i * length + t) * featureCount;
        out.set(table.features[kind].subarray(own, own + featureCount), offset);
        const near12 = near.map((n) => meanLog(n[kind], t, 12));
        const y = s[kind];
        const extra = [
          mean(near.map((n) => meanLog(n[kind], t, 3))),
          mean(near12),
          Math.max(0, ...near12),
          mean(near.map((n) => (n[kind][t]! >= 1 ? 1 : 0))),
          Math.max(0, ...near.map((n) => shareAtLeast(n[kind], { t, window: 12, threshold: 1 }))),
          mean(near.map((n) => kinds.reduce((a, k) => a + meanLog(n[k], t, 12), 0))),
          meanLog(y, t, 3) - meanLog(y, t, 12),
          meanLog(y, t, 12) - meanLog(y, t, 36),
          Math.log1p(kinds.reduce((a, k) => a + s[k][t]!, 0)),
          levels.share[t]!,
          levels.level[t]!,
        ];
        out.set(extra, offset + featureCount);
      }
    });
    return out;
  };
  return { sb: ofKind('sb'), ns: ofKind('ns'), os: ofKind('os') };
}
