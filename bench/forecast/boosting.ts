/**
 * Gradient-boosted decision trees for a binary outcome (log loss), on features cut into quantile
 * bins (the histogram method of LightGBM and XGBoost's `hist`). Small, exact and deterministic: no
 * sampling, ties broken by feature then bin order, so the same data gives the same trees. Pure.
 */

export interface BoostingOptions {
  /** Trees added one after the other (default 100). */
  rounds?: number;
  /** Splits from the root to a leaf (default 3). */
  depth?: number;
  /** Each tree's shrinkage (default 0.1). */
  rate?: number;
  /** L2 penalty on a leaf's value (default 1). */
  lambda?: number;
  /** A leaf's least sum of p(1 − p): smaller leaves are not made (default 1). */
  minHessian?: number;
  /** At most this many bins per feature (default 32, at most 256). */
  bins?: number;
}

/** One tree, its nodes in arrays; a node with feature −1 is a leaf with `value`. */
interface Tree {
  feature: Int32Array;
  /** Go left when the feature's value is at or below this. */
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
}

export interface BoostedModel {
  /** The log-odds every forecast starts from. */
  base: number;
  trees: Tree[];
}

/** The distinct cut points of a column: up to bins − 1 quantiles of its values. */
function cutPoints(column: Float64Array, bins: number): Float64Array {
  const sorted = Float64Array.from(column).sort();
  const cuts: number[] = [];
  for (let b = 1; b < bins; b++) {
    const v = sorted[Math.floor((b * sorted.length) / bins)]!;
    // A cut below the column's largest value, and each only once.
    if (v < sorted[sorted.length - 1]! && (cuts.length === 0 || v > cuts[cuts.length - 1]!))
      cuts.push(v);
  }
  return Float64Array.from(cuts);
}

/** The bin of a value: the number of cut points below it. */
function binOf(cuts: Float64Array, v: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v > cuts[mid]!) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Split {
  gain: number;
  feature: number;
  bin: number;
}

interface Grower {
  binned: Uint8Array;
  features: number;
  width: number;
  g: Float64Array;
  h: Float64Array;
  lambda: number;
  minHessian: number;
}

/** The best split of a node's rows, or null when none gains. */
function bestSplit(grower: Grower, rows: Int32Array): Split | null {
  const { binned, features, width, g, h, lambda, minHessian } = grower;
  const hg = new Float64Array(features * width);
  const hh = new Float64Array(features * width);
  let gSum = 0;
  let hSum = 0;
  for (const r of rows) {
    const gr = g[r]!;
    const hr = h[r]!;
    gSum += gr;
    hSum += hr;
    const base = r * features;
    for (let f = 0; f < features; f++) {
      const k = f * width + binned[base + f]!;
      hg[k] = hg[k]! + gr;
      hh[k] = hh[k]! + hr;
    }
  }
  const parent = (gSum * gSum) / (hSum + lambda);
  let best: Split | null = null;
  for (let f = 0; f < features; f++) {
    let gl = 0;
    let hl = 0;
    for (let b = 0; b < width - 1; b++) {
      gl += hg[f * width + b]!;
      hl += hh[f * width + b]!;
      const hr = hSum - hl;
      if (hl < minHessian || hr < minHessian) continue;
      const gr = gSum - gl;
      const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - parent;
      if (gain > 1e-9 && (best === null || gain > best.gain)) best = { gain, feature: f, bin: b };
    }
  }
  return best;
}

interface Growing {
  tree: {
    feature: number[];
    threshold: number[];
    left: number[];
    right: number[];
    value: number[];
  };
  cuts: Float64Array[];
  depth: number;
  rate: number;
}

/** Grows the node holding `rows` at `level`; returns its index. Leaves add to `margin`. */
function grow(
  grower: Grower,
  at: Growing & { rows: Int32Array; level: number },
  margin: Float64Array,
): number {
  const { tree, rows, level } = at;
  const node = tree.feature.length;
  tree.feature.push(-1);
  tree.threshold.push(0);
  tree.left.push(-1);
  tree.right.push(-1);
  tree.value.push(0);
  const split = level < at.depth ? bestSplit(grower, rows) : null;
  if (split === null) {
    let gs = 0;
    let hs = 0;
    for (const r of rows) {
      gs += grower.g[r]!;
      hs += grower.h[r]!;
    }
    const value = (-gs / (hs + grower.lambda)) * at.rate;
    tree.value[node] = value;
    for (const r of rows) margin[r] = margin[r]! + value;
    return node;
  }
  const { features, binned } = grower;
  const goesLeft = (r: number) => binned[r * features + split.feature]! <= split.bin;
  const leftRows = rows.filter(goesLeft);
  const rightRows = rows.filter((r) => !goesLeft(r));
  tree.feature[node] = split.feature;
  tree.threshold[node] = at.cuts[split.feature]![split.bin]!;
  tree.left[node] = grow(grower, { ...at, rows: leftRows, level: level + 1 }, margin);
  tree.right[node] = grow(grower, { ...at, rows: rightRows, level: level + 1 }, margin);
  return node;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Fits trees to rows of `x` (row-major, `features` per row) and 0/1 outcomes `y`. */
export function fitBoosted(
  data: { x: Float64Array; y: Uint8Array; features: number; start?: Float64Array },
  options: BoostingOptions = {},
): BoostedModel {
  const { x, y, features } = data;
  const rows = y.length;
  const bins = Math.min(options.bins ?? 32, 256);
  const cuts = Array.from({ length: features }, (_, f) => {
    const column = new Float64Array(rows);
    for (let r = 0; r < rows; r++) column[r] = x[r * features + f]!;
    return cutPoints(column, bins);
  });
  const binned = new Uint8Array(rows * features);
  for (let r = 0; r < rows; r++)
    for (let f = 0; f < features; f++)
      binned[r * features + f] = binOf(cuts[f]!, x[r * features + f]!);
  const positives = y.reduce((a, b) => a + b, 0);
  const share = Math.min(1 - 1e-6, Math.max(1e-6, positives / Math.max(rows, 1)));
  const base = Math.log(share / (1 - share));
  const margin = data.start ? Float64Array.from(data.start) : new Float64Array(rows).fill(base);
  const g = new Float64Array(rows);
  const h = new Float64Array(rows);
  const grower: Grower = {
    binned,
    features,
    width: bins,
    g,
    h,
    lambda: options.lambda ?? 1,
    minHessian: options.minHessian ?? 1,
  };
  const all = Int32Array.from({ length: rows }, (_, i) => i);
  const trees: Tree[] = [];
  for (let round = 0; round < (options.rounds ?? 100); round++) {
    for (let r = 0; r < rows; r++) {
      const p = sigmoid(margin[r]!);
      g[r] = p - y[r]!;
      h[r] = Math.max(p * (1 - p), 1e-12);
    }
    const tree = { feature: [], threshold: [], left: [], right: [], value: [] };
    grow(
      grower,
      { tree, cuts, depth: options.depth ?? 3, rate: options.rate ?? 0.1, rows: all, level: 0 },
      margin,
    );
    trees.push({
      feature: Int32Array.from(tree.feature),
      threshold: Float64Array.from(tree.threshold),
      left: Int32Array.from(tree.left),
      right: Int32Array.from(tree.right),
      value: Float64Array.from(tree.value),
    });
  }
  return { base, trees };
}

/** The model's probability for one row of features. */
export function predictBoosted(
  model: BoostedModel,
  features: ArrayLike<number>,
  start?: number,
): number {
  let z = start ?? model.base;
  for (const tree of model.trees) {
    let node = 0;
    while (tree.feature[node]! >= 0)
      node =
        features[tree.feature[node]!]! <= tree.threshold[node]!
          ? tree.left[node]!
          : tree.right[node]!;
    z += tree.value[node]!;
  }
  return sigmoid(z);
}
