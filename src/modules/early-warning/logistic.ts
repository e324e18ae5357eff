/**
 * L2-penalised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares) on standardised features. Small, exact and deterministic: the same data gives the same
 * weights. Pure.
 */

export interface LogisticModel {
  /** Per feature: mean and standard deviation used to standardise. */
  means: Float64Array;
  scales: Float64Array;
  /** Intercept first, then one weight per standardised feature. */
  weights: Float64Array;
}

/** The Cholesky factor L of a symmetric positive-definite A (n × n, row-major): A = L Lᵀ. */
function cholesky(a: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j]!;
      for (let k = 0; k < j; k++) s -= l[i * n + k]! * l[j * n + k]!;
      l[i * n + j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j * n + j]!;
    }
  return l;
}

/** Solves L Lᵀ x = b. */
function solve(l: Float64Array, b: Float64Array, n: number): Float64Array {
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i * n + k]! * z[k]!;
    z[i] = s / l[i * n + i]!;
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i]!;
    for (let k = i + 1; k < n; k++) s -= l[k * n + i]! * x[k]!;
    x[i] = s / l[i * n + i]!;
  }
  return x;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/**
 * Fits weights to rows of `x` (row-major, `features` per row) and 0/1 outcomes `y`.
 * `l2` penalises every weight but the intercept.
 */
export function fitLogistic(
  data: { x: Float64Array; y: Uint8Array; features: number },
  options: { l2?: number; iterations?: number; start?: Float64Array } = {},
): LogisticModel {
  const { x, y, features } = data;
  const rows = y.length;
  const l2 = options.l2 ?? 1;
  const means = new Float64Array(features);
  const scales = new Float64Array(features);
  for (let j = 0; j < features; j++) {
    let s = 0;
    for (let i = 0; i < rows; i++) s += x[i * features + j]!;
    means[j] = s / rows;
    let v = 0;
    for (let i = 0; i < rows; i++) v += (x[i * features + j]! - means[j]!) ** 2;
    scales[j] = Math.sqrt(v / rows) || 1;
  }
  const n = features + 1;
  // Standardised once, with the intercept's 1 in front: rows of n.
  const z = new Float64Array(rows * n);
  for (let i = 0; i < rows; i++) {
    z[i * n] = 1;
    for (let j = 0; j < features; j++)
      z[i * n + j + 1] = (x[i * features + j]! - means[j]!) / scales[j]!;
  }
  // A start near the answer (e.g. last month's weights) saves iterations, never changes the result.
  let w = options.start?.length === n ? Float64Array.from(options.start) : new Float64Array(n);
  // Newton's steps; while they keep shrinking fast, the last Hessian is reused (the chord method):
  // a step then costs the gradient alone (2n per row instead of n²/2), and the answer is the same
  // zero of the gradient to the same tolerance.
  let factor: Float64Array | null = null;
  let lastChange = Infinity;
  const limit = options.iterations ?? 60;
  for (let iteration = 0; iteration < limit; iteration++) {
    const hessian = factor === null ? new Float64Array(n * n) : null;
    const gradient = new Float64Array(n);
    for (let i = 0; i < rows; i++) {
      const base = i * n;
      let eta = 0;
      for (let j = 0; j < n; j++) eta += w[j]! * z[base + j]!;
      const p = sigmoid(eta);
      const residual = y[i]! - p;
      for (let a = 0; a < n; a++) gradient[a] = gradient[a]! + residual * z[base + a]!;
      if (hessian === null) continue;
      const weight = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a < n; a++) {
        const ra = weight * z[base + a]!;
        const rowA = a * n;
        for (let b = 0; b <= a; b++) hessian[rowA + b] = hessian[rowA + b]! + ra * z[base + b]!;
      }
    }
    if (hessian !== null) {
      for (let a = 0; a < n; a++)
        for (let b = 0; b < a; b++) hessian[b * n + a] = hessian[a * n + b]!;
      for (let j = 1; j < n; j++) hessian[j * n + j] = hessian[j * n + j]! + l2;
      factor = cholesky(hessian, n);
    }
    for (let j = 1; j < n; j++) gradient[j] = gradient[j]! - l2 * w[j]!;
    const step = solve(factor!, gradient, n);
    const next = new Float64Array(n);
    let change = 0;
    for (let j = 0; j < n; j++) {
      next[j] = w[j]! + step[j]!;
      change = Math.max(change, Math.abs(step[j]!));
    }
    w = next;
    if (change < 1e-6) break;
    // A step that did not shrink to a quarter of the one before: the next one gets a fresh Hessian.
    if (change > lastChange / 4) factor = null;
    lastChange = change;
  }
  return { means, scales, weights: w };
}

/** A probability kept off 0 and 1: a certain forecast that misses scores the worst Brier. */
export const clipProbability = (p: number): number => Math.min(1 - 1e-4, Math.max(1e-4, p));

/** The model's probability for one row of features. */
export function predictLogistic(model: LogisticModel, features: ArrayLike<number>): number {
  let z = model.weights[0]!;
  for (let j = 0; j < model.means.length; j++)
    z += model.weights[j + 1]! * ((features[j]! - model.means[j]!) / model.scales[j]!);
  return sigmoid(z);
}
