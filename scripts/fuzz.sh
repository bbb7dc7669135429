#!/usr/bin/env bash
# libFuzzer on every parser (tests/fuzz): builds the `fuzz` tree (clang-14, ASan+UBSan) and runs
# each target from its seed corpus (tests/fuzz/corpus/<target>; new inputs go to build/fuzz/corpus).
#   scripts/fuzz.sh [SECONDS]     each target for SECONDS (default 60)
#   scripts/fuzz.sh --runs N      each target for N executions (CI: scripts/test.sh)
#   FUZZ_TARGETS="fuzz_idx fuzz_model" scripts/fuzz.sh ...   a subset
# A crash, leak, sanitizer report, timeout (10 s) or memory blow-up (2 GB) fails the run; the
# reproducer is left in build/fuzz/artifacts/. Prints executions and time per target.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
limit=(-max_total_time="${1:-60}")
if [ "${1:-}" = "--runs" ]; then
  limit=(-runs="${2:?--runs needs a count}")
fi
[ -f build/fuzz/build.ninja ] || cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
targets="${FUZZ_TARGETS:-fuzz_preset fuzz_idx fuzz_cifar fuzz_image_folder fuzz_model fuzz_csv fuzz_sweep_spec fuzz_deck}"
mkdir -p build/fuzz/artifacts
# The file-reading targets write their input to $TMPDIR: keep that in memory.
export TMPDIR=/dev/shm
for t in $targets; do
  mkdir -p "build/fuzz/corpus/$t"
  log="build/fuzz/$t.log"
  start=$(date +%s.%N)
  if ! "build/fuzz/bin/$t" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="build/fuzz/artifacts/$t-" \
      "build/fuzz/corpus/$t" "tests/fuzz/corpus/$t" >"$log" 2>&1; then
    tail -n 40 "$log"
    echo "fuzz: $t FAILED (reproducer in build/fuzz/artifacts/, log $log)" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  printf 'fuzz: %-18s %10s executions  %7.1f s  0 crashes\n' "$t" "${runs:-?}" "$(awk "BEGIN { print $end - $start }")"
done
