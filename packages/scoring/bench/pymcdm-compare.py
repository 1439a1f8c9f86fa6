"""Times pymcdm 1.4.0 and numpy beside @itu-aicb/scoring on the same matrices.

Not part of `pnpm bench` (CI has no Python); run by hand where python3 with numpy and pymcdm is
present, from packages/scoring after a build:

    pip install pymcdm==1.4.0 numpy
    python3 bench/pymcdm-compare.py

It writes the benchmark matrices with `node bench/matrices.mjs DIR` (the cells as doubles), times
pymcdm on them with validation off and ranks included (`method.rank(preferences)`), times rank
acceptability in numpy's matrix form, then times the SDK on the same files with
`node bench/sdk-times.mjs DIR`; each figure is the minimum of several warmed runs. Without numpy
or pymcdm it says so and exits 0.
"""

import json
import os
import subprocess
import sys
import tempfile
import time

try:
    import numpy as np
    import pymcdm
    from pymcdm import methods, normalizations
except ImportError as missing:
    print(f"pymcdm-compare: skipped, {missing.name} is not installed (pip install pymcdm==1.4.0 numpy)")
    sys.exit(0)

HERE = os.path.dirname(os.path.abspath(__file__))


def best(run, runs):
    run()
    low = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        run()
        low = min(low, time.perf_counter() - start)
    return low * 1000


def ranked(method, matrix, weights, types):
    return method.rank(method(matrix, weights, types, validation=False))


def smaa_matrix_form(matrix, types, samples, seed, chunk=1000):
    """TOPSIS rank acceptability in numpy's matrix form: normalise once, whole chunks of samples
    per array operation, ranks by argsort, counts by bincount."""
    m, n = matrix.shape
    rng = np.random.default_rng(seed)
    r = matrix / np.sqrt((matrix**2).sum(axis=0))
    cost = types == -1
    counts = np.zeros(m * m)
    for start in range(0, samples, chunk):
        e = -np.log(rng.random((min(chunk, samples - start), n)))
        w = e / e.sum(axis=1, keepdims=True)
        v = r[None, :, :] * w[:, None, :]
        high, low = v.max(axis=1), v.min(axis=1)
        ideal = np.where(cost, low, high)[:, None, :]
        anti = np.where(cost, high, low)[:, None, :]
        plus = np.sqrt(((v - ideal) ** 2).sum(axis=2))
        minus = np.sqrt(((v - anti) ** 2).sum(axis=2))
        order = np.argsort(-(minus / (plus + minus)), axis=1, kind="stable")
        places = np.broadcast_to(np.arange(m), order.shape)
        counts += np.bincount((order * m + places).ravel(), minlength=m * m)
    return counts.reshape(m, m) / samples


def main():
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["node", os.path.join(HERE, "matrices.mjs"), folder], check=True)
        described = {x["name"]: x for x in json.load(open(os.path.join(folder, "matrices.json")))}

        def load(name):
            x = described[name]
            values = np.fromfile(os.path.join(folder, f"{name}.f64"), dtype="<f8")
            weights = np.array(x["weights"], dtype=float)
            return values.reshape(x["m"], x["n"]), weights / weights.sum(), np.array(x["types"]), np.array(x["bounds"], dtype=float)

        times = {}
        for name in ["m10000x20", "m100000x20"]:
            matrix, weights, types, bounds = load(name)
            topsis = methods.TOPSIS(normalizations.vector_normalization)
            times[f"topsis {name}"] = best(lambda: ranked(topsis, matrix, weights, types), 5)
            vikor = methods.VIKOR()
            times[f"vikor {name}"] = best(lambda: ranked(vikor, matrix, weights, types), 5)
            if name == "m100000x20":
                copras = methods.COPRAS()
                times[f"copras {name}"] = best(lambda: ranked(copras, matrix, weights, types), 5)
                spotis = methods.SPOTIS(bounds)
                times[f"spotis {name}"] = best(lambda: ranked(spotis, matrix, weights, types), 5)
        matrix, _, types, _ = load("m500x10")
        times["smaa m500x10"] = best(lambda: smaa_matrix_form(matrix, types, 10_000, 1), 3)

        sdk = json.loads(
            subprocess.run(
                ["node", os.path.join(HERE, "sdk-times.mjs"), folder], check=True, capture_output=True, text=True
            ).stdout
        )

    from importlib.metadata import PackageNotFoundError, version

    try:
        pymcdm_version = version("pymcdm")
    except PackageNotFoundError:
        pymcdm_version = "from source"
    print(f"pymcdm {pymcdm_version}, numpy {np.__version__}; minimum of warmed runs, ms")
    print(f"{'row':<22}{'pymcdm/numpy':>14}{'SDK':>10}{'SDK / it':>10}")
    for row, theirs in times.items():
        ours = sdk[row]
        print(f"{row:<22}{theirs:>14.1f}{ours:>10.1f}{ours / theirs:>10.2f}")
    print("smaa is numpy's matrix form of TOPSIS rank acceptability (10,000 samples), not pymcdm.")


main()
