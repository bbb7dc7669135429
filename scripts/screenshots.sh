#!/usr/bin/env bash
# The README's presentation-mode gallery: every page at 1280×720 and 1920×1080, English and
# Chinese, from the real window under Xvfb (aimc-explorer --screenshot grabs the window).
# Usage: scripts/screenshots.sh [OUTDIR]   (default resources/screenshots)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/resources/screenshots}"
exe="$root/build/release/bin/aimc-explorer"
[ -x "$exe" ] || { echo "build first: scripts/build.sh" >&2; exit 1; }
mkdir -p "$out"
config="$(mktemp -d)" # fresh settings: no saved geometry or language
trap 'rm -rf "$config"' EXIT
for lang in en zh_CN; do
  for size in 1280x720 1920x1080; do
    for page in device array energy network; do
      delay=4000
      [ "$page" = network ] && delay=45000 # the preview on 300 images, then the full pass
      file="$out/presentation-$page-$lang-$size.png"
      XDG_CONFIG_HOME="$config" LC_ALL="$lang.UTF-8" LANGUAGE="$lang" AIMC_PRESET_DIR="$root/presets" \
        xvfb-run -a -s "-screen 0 1920x1080x24" "$exe" --presentation \
          --preset "$root/presets/sot-mram-vlsi2020.json" --page "$page" --size "$size" \
          --screenshot "$file" --screenshot-delay "$delay" 2>/dev/null
      echo "$file"
    done
  done
done
