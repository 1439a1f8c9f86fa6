// Plain JavaScript reference implementations, the baselines of the benchmarks: each method as
// its textbook defines it, straightforward loops over the packed matrix (the same Float64Array
// the SDK is given), ranks included, no validation. A ratio of 1.5 means the SDK takes 1.5 times
// as long as this loop for the same result.

/** Ranks, 1 the best, tied scores sharing the average rank: an index sort with a comparator. */
export function rankAverage(scores, descending) {
  const m = scores.length;
  const order = Array.from({ length: m }, (_, i) => i);
  order.sort((a, b) => (descending ? scores[b] - scores[a] : scores[a] - scores[b]));
  const ranks = new Array(m);
  for (let start = 0; start < m;) {
    let end = start + 1;
    while (end < m && scores[order[end]] === scores[order[start]]) end++;
    for (let k = start; k < end; k++) ranks[order[k]] = (start + 1 + end) / 2;
    start = end;
  }
  return ranks;
}

const costs = (directions) => directions.map((d) => d === 'cost');
const unit = (weights) => {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
};

/** Normalises columns by their Euclidean norm into a new packed matrix. */
export function vectorNormalize(values, m, n) {
  const norms = new Float64Array(n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) norms[j] += values[i * n + j] ** 2;
  for (let j = 0; j < n; j++) norms[j] = Math.sqrt(norms[j]);
  const r = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) r[i * n + j] = values[i * n + j] / norms[j];
  return r;
}

/** TOPSIS closeness of a normalised matrix under weights, with the ideal points. */
export function closeness(r, m, n, w, cost) {
  const v = new Float64Array(m * n);
  const ideal = new Float64Array(n);
  const anti = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    ideal[j] = cost[j] ? Infinity : -Infinity;
    anti[j] = cost[j] ? -Infinity : Infinity;
  }
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const x = w[j] * r[i * n + j];
      v[i * n + j] = x;
      if (cost[j] ? x < ideal[j] : x > ideal[j]) ideal[j] = x;
      if (cost[j] ? x > anti[j] : x < anti[j]) anti[j] = x;
    }
  }
  const scores = new Array(m);
  for (let i = 0; i < m; i++) {
    let plus = 0;
    let minus = 0;
    for (let j = 0; j < n; j++) {
      plus += (v[i * n + j] - ideal[j]) ** 2;
      minus += (v[i * n + j] - anti[j]) ** 2;
    }
    scores[i] = Math.sqrt(minus) / (Math.sqrt(plus) + Math.sqrt(minus));
  }
  return scores;
}

export function topsisReference({ alternatives: m, criteria: n, values }, weights, directions) {
  const scores = closeness(vectorNormalize(values, m, n), m, n, unit(weights), costs(directions));
  return { scores, ranks: rankAverage(scores, true) };
}

export function vikorReference({ alternatives: m, criteria: n, values }, weights, directions) {
  const w = unit(weights);
  const cost = costs(directions);
  const best = new Float64Array(n);
  const worst = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let max = -Infinity;
    let min = Infinity;
    for (let i = 0; i < m; i++) {
      max = Math.max(max, values[i * n + j]);
      min = Math.min(min, values[i * n + j]);
    }
    best[j] = cost[j] ? min : max;
    worst[j] = cost[j] ? max : min;
  }
  const s = new Array(m);
  const r = new Array(m);
  for (let i = 0; i < m; i++) {
    let sum = 0;
    let regret = 0;
    for (let j = 0; j < n; j++) {
      const term = (w[j] * (best[j] - values[i * n + j])) / (best[j] - worst[j]);
      sum += term;
      regret = Math.max(regret, term);
    }
    s[i] = sum;
    r[i] = regret;
  }
  const [sBest, sWorst, rBest, rWorst] = [
    Math.min(...s),
    Math.max(...s),
    Math.min(...r),
    Math.max(...r),
  ];
  const q = s.map(
    (x, i) => (0.5 * (x - sBest)) / (sWorst - sBest) + (0.5 * (r[i] - rBest)) / (rWorst - rBest),
  );
  // The three rankings of the method, and its compromise conditions from the Q order.
  const ranks = rankAverage(q, false);
  const ranksByS = rankAverage(s, false);
  const ranksByR = rankAverage(r, false);
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => q[a] - q[b]);
  const advantage = q[order[1]] - q[order[0]] >= 1 / (m - 1);
  const stability = ranksByS[order[0]] === 1 || ranksByR[order[0]] === 1;
  return { scores: q, ranks, ranksByS, ranksByR, advantage, stability };
}

export function coprasReference({ alternatives: m, criteria: n, values }, weights, directions) {
  const w = unit(weights);
  const cost = costs(directions);
  const sums = new Float64Array(n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) sums[j] += values[i * n + j];
  const plus = new Float64Array(m);
  const minus = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const d = (w[j] * values[i * n + j]) / sums[j];
      if (cost[j]) minus[i] += d;
      else plus[i] += d;
    }
  }
  let minusTotal = 0;
  let inverseTotal = 0;
  for (let i = 0; i < m; i++) {
    minusTotal += minus[i];
    inverseTotal += 1 / minus[i];
  }
  const scores = Array.from(plus, (p, i) => p + minusTotal / (minus[i] * inverseTotal));
  return { scores, ranks: rankAverage(scores, true) };
}

export function spotisReference(
  { alternatives: m, criteria: n, values },
  weights,
  directions,
  bounds,
) {
  const w = unit(weights);
  const cost = costs(directions);
  const scores = new Array(m);
  for (let i = 0; i < m; i++) {
    let score = 0;
    for (let j = 0; j < n; j++) {
      const [low, high] = bounds[j];
      score += (w[j] * Math.abs(values[i * n + j] - (cost[j] ? low : high))) / (high - low);
    }
    scores[i] = score;
  }
  return { scores, ranks: rankAverage(scores, false) };
}

/**
 * Rank acceptability of TOPSIS in matrix form, as a numerical library would write it: the matrix
 * normalised once, then per sample a flat-Dirichlet weight vector, the closeness of every
 * alternative, an index sort and the count of each alternative's place.
 */
export function smaaReference({ alternatives: m, criteria: n, values }, directions, samples, seed) {
  let state = seed;
  const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
  const r = vectorNormalize(values, m, n);
  const cost = costs(directions);
  const counts = new Float64Array(m * m);
  const w = new Float64Array(n);
  for (let s = 0; s < samples; s++) {
    let total = 0;
    for (let j = 0; j < n; j++) total += w[j] = -Math.log(random());
    for (let j = 0; j < n; j++) w[j] /= total;
    const scores = closeness(r, m, n, w, cost);
    const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => scores[b] - scores[a]);
    for (let place = 0; place < m; place++) counts[order[place] * m + place]++;
  }
  return counts;
}
