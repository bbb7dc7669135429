#!/usr/bin/env bash
# The Fig. 13b / Fig. 14b tables of the README: test accuracy of the shipped models for a range of
# σ_w,test (Gaussian weight variation in LSB), mean ± std over K chip instances, full test sets.
# usage: tests/bench/nn_noise_table.sh [BUILD_DIR] [CHIPS]   (defaults build/release, 5)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$root/build/release}"
chips="${2:-5}"
aimc="$build/bin/aimc"
[ -x "$aimc" ] || aimc="$build/app/aimc"
models="$root/resources/models"
cell() { # model dataset sigma -> "acc ± std" in %
  "$aimc" accuracy --model "$models/$1.aimcnn" --dataset "$2" --sigma-w "$3" --chips "$chips" --json --threads 2 |
    /usr/bin/python3 -c "import json,sys; d=json.load(sys.stdin); print(f\"{100*d['accuracy_mean']:.2f} ± {100*d['accuracy_std']:.2f}\")"
}
table() { # dataset "sigmas" models...
  local data="$1" sigmas="$2"; shift 2
  printf '| model (σ_w,train) |'; for s in $sigmas; do printf ' σ_w,test = %s |' "$s"; done; echo
  printf '|---|'; for _ in $sigmas; do printf -- '---|'; done; echo
  for m in "$@"; do
    printf '| %s |' "$m"
    for s in $sigmas; do printf ' %s |' "$(cell "$m" "$data" "$s")"; done
    echo
  done
}
echo "MNIST (10 000 test images, accuracy % over $chips chips):"
table mnist "0 0.1 0.2 0.3" lenet5-mnist-s00 lenet5-mnist-s10 lenet5-mnist-s20 lenet5-mnist-s30
echo
echo "Fashion-MNIST (10 000 test images, accuracy % over $chips chips):"
table fashion-mnist "0 0.05 0.1 0.15 0.2 0.3" lenet5-fashion-s00 lenet5-fashion-s30
