#!/usr/bin/env bash
# Quick start 2 and CI (.ci/run): install what is missing, then run the whole suite three times —
# Release, ASan+UBSan, TSan (CMakePresets.json) — and every fuzz target for a bounded number of
# executions. Each stage prints its wall time. Any failure, sanitizer report or crash stops it.
#   AIMC_TEST_STAGES="release asan tsan fuzz"   the stages to run (default: release)
#   AIMC_FUZZ_RUNS=N                             executions per fuzz target (default 20000)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
"$root/scripts/setup.sh"
"$root/scripts/fetch-data.sh"
stages="${AIMC_TEST_STAGES:-release}"
jobs="$(nproc)"
export QT_QPA_PLATFORM=offscreen
unset AIMC_ALLOW_SKIP # a skipped test is a failed test here (tests/skip_policy.h)

stage() {
  local name="$1"
  shift
  local t0=$SECONDS
  echo "== test.sh: stage $name"
  "$@"
  echo "== test.sh: stage $name passed in $((SECONDS - t0)) s"
}
sanitized() {
  local preset="$1"
  # TSan needs a oneTBB it can see into (scripts/tsan-tbb.sh says why).
  [ "$preset" != tsan ] || "$root/scripts/tsan-tbb.sh"
  [ -f "build/$preset/build.ninja" ] || cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  ctest --preset "$preset" -j "$jobs"
}

for s in $stages; do
  case "$s" in
  release) stage release bash -c "'$root/scripts/build.sh' && ctest --preset release -j $jobs" ;;
  asan | tsan) stage "$s" sanitized "$s" ;;
  fuzz) stage fuzz "$root/scripts/fuzz.sh" --runs "${AIMC_FUZZ_RUNS:-20000}" ;;
  *) echo "test.sh: unknown stage '$s' (release, asan, tsan, fuzz)" >&2; exit 2 ;;
  esac
done
