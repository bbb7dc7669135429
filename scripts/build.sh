#!/usr/bin/env bash
# Configures (once) and builds the Release tree in build/release.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[ -f build/release/build.ninja ] || cmake --preset release >/dev/null
cmake --build --preset release
