#!/usr/bin/env bash
# Points per second of `aimc sweep` (README "Sweeps" performance rows): a device + energy sweep
# (160 points, 100 000 devices each) and an accuracy sweep (6 points, 2 chips x 1 000 MNIST images,
# attenuation-map IR drop), each on 1 and 2 MPI ranks (one oneTBB thread per rank), best of RUNS.
# Usage: tests/bench/bench_sweep.sh [build/release/bin/aimc] [RUNS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
aimc="${1:-$here/../../build/release/bin/aimc}"
runs="${2:-3}"
command -v mpirun >/dev/null || { echo "bench_sweep: mpirun not found (apt-get install openmpi-bin)"; exit 1; }
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
printf '| sweep | points | ranks | best wall s | points/s |\n|---|---|---|---|---|\n'
for spec in sweep-device-energy sweep-accuracy; do
  for ranks in 1 2; do
    best=""
    for ((r = 0; r < runs; ++r)); do
      out="$tmp/$spec-$ranks-$r.csv"
      t0=$(date +%s.%N)
      mpirun -n "$ranks" --oversubscribe "$aimc" sweep "$here/$spec.json" --out "$out" 2>/dev/null
      t=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
      best=$(awk -v t="$t" -v b="$best" 'BEGIN { print (b == "" || t < b) ? t : b }')
    done
    points=$(($(wc -l <"$out") - 2))
    awk -v s="$spec" -v p="$points" -v n="$ranks" -v t="$best" 'BEGIN { printf "| %s | %d | %d | %.2f | %.2f |\n", s, p, n, t, p / t }'
  done
done
