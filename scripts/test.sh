#!/usr/bin/env bash
# Quick start 2: install what is missing, build Release, run every test with CTest.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
"$root/scripts/fetch-data.sh"
"$root/scripts/build.sh"
cd "$root"
QT_QPA_PLATFORM=offscreen ctest --preset release -j "$(nproc)"
