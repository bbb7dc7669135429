#!/usr/bin/env bash
# Quick start 1: install what is missing, build Release, launch the GUI.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
"$root/scripts/fetch-data.sh"
"$root/scripts/build.sh"
exec "$root/build/release/bin/aimc-explorer" "$@"
