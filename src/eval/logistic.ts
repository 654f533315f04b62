// Logistic regression by Newton's method with an L2 penalty: the fitting behind the speaker models.
//
// Development tooling (not exported by src/index.ts). Deterministic: the same rows give the same
// weights, bit for bit, so a refit that changes nothing leaves the committed files unchanged.

/** Fitting options: `l2` penalizes every weight but the first (the bias); `iterations` bounds Newton's steps. */
export interface LogisticOptions {
  l2: number;
  iterations: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Solve A x = b (A symmetric positive definite, as a penalized Hessian is) by Gaussian elimination with pivoting. */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    const d = m[c][c];
    if (Math.abs(d) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / d;
      if (f !== 0) for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => (Math.abs(row[i]) < 1e-12 ? 0 : row[n] / row[i]));
}

/** Weights maximizing the penalized log-likelihood of labels `y` (0/1) given feature rows `x`. */
export function fitLogistic(x: number[][], y: number[], opts: LogisticOptions): number[] {
  const d = x[0]?.length ?? 0;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < opts.iterations; it++) {
    const grad = w.map((wi, j) => (j === 0 ? 0 : opts.l2 * wi));
    const hess = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j && i > 0 ? opts.l2 : 0)));
    for (let r = 0; r < x.length; r++) {
      const row = x[r];
      let z = 0;
      for (let j = 0; j < d; j++) z += row[j] * w[j];
      const p = sigmoid(z);
      const s = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < d; i++) {
        if (row[i] === 0) continue;
        grad[i] += (p - y[r]) * row[i];
        for (let j = 0; j < d; j++) if (row[j] !== 0) hess[i][j] += s * row[i] * row[j];
      }
    }
    const step = solve(hess, grad);
    w = w.map((wi, j) => wi - step[j]);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return w;
}

/** Mean log-loss of probabilities `p` against labels `y`. */
export function logLoss(p: number[], y: number[]): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) s -= Math.log(Math.min(1 - 1e-12, Math.max(1e-12, y[i] ? p[i] : 1 - p[i])));
  return p.length ? s / p.length : 0;
}

/** Expected calibration error over ten equal-width bins, as `npm run eval:real` reports it. */
export function expectedCalibrationError(p: number[], y: number[]): number {
  const n = new Array<number>(10).fill(0);
  const conf = new Array<number>(10).fill(0);
  const right = new Array<number>(10).fill(0);
  p.forEach((pi, i) => {
    const b = Math.min(9, Math.floor(pi * 10));
    n[b]++;
    conf[b] += pi;
    right[b] += y[i];
  });
  let ece = 0;
  for (let b = 0; b < 10; b++) if (n[b]) ece += (n[b] / p.length) * Math.abs(right[b] / n[b] - conf[b] / n[b]);
  return ece;
}
