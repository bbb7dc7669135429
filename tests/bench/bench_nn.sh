#!/usr/bin/env bash
# Side-by-side benchmark of the network engine against PyTorch (Debian python3-torch) on the same
# machine: one MNIST training epoch (batch 128, Adam, σ_w,train = 0.1 weight noise, ternary weights,
# 4-bit activations) and the 10 000-image test-set evaluation (with σ_w = 0.1), both on 2 threads,
# for the classic LeNet-5 widths and the shipped (widened) ones. Prints wall and CPU seconds.
# usage: tests/bench/bench_nn.sh [BUILD_DIR]   (default build/release)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$root/build/release}"
aimc="$build/bin/aimc"
[ -x "$aimc" ] || aimc="$build/app/aimc"
[ -x "$aimc" ] || { echo "bench_nn: build the aimc target first ($aimc)" >&2; exit 1; }
"$root/scripts/fetch-data.sh"
if ! /usr/bin/python3 -c "import torch" 2>/dev/null; then
  echo "bench_nn: installing python3-torch (large; benchmark only)"
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends python3-torch >/dev/null
fi
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
echo "| network | engine | epoch wall s | epoch CPU s | 10k eval wall s | 10k eval CPU s | test acc after 1 epoch |"
echo "|---|---|---|---|---|---|---|"
for arch in lenet5-classic:6,16,120,84 lenet5:16,32,128,84; do
  name="${arch%%:*}"; widths="${arch#*:}"
  # ours: the epoch line prints "... test T %  W s (cpu C s)"
  line=$("$aimc" train --dataset mnist --arch "$name" --epochs 1 --sigma-train 0.1 --shift 0 --batch 128 \
         --threads 2 --quiet --out "$tmp/m.aimcnn" | grep '^epoch')
  ew=$(sed -E 's/.*%  ([0-9.]+) s \(cpu ([0-9.]+) s\).*/\1/' <<<"$line")
  ec=$(sed -E 's/.*%  ([0-9.]+) s \(cpu ([0-9.]+) s\).*/\2/' <<<"$line")
  acc=$(sed -E 's/.*test ([0-9.]+) %.*/\1/' <<<"$line")
  j=$("$aimc" accuracy --model "$tmp/m.aimcnn" --dataset mnist --sigma-w 0.1 --threads 2 --json)
  vw=$(/usr/bin/python3 -c "import json,sys; d=json.loads(sys.argv[1]); print(f\"{d['seconds']:.3f}\")" "$j")
  vc=$(/usr/bin/python3 -c "import json,sys; d=json.loads(sys.argv[1]); print(f\"{d['cpu_seconds']:.3f}\")" "$j")
  echo "| $name ($widths) | aimc | $ew | $ec | $vw | $vc | $acc % |"
  t=$(/usr/bin/python3 "$root/tests/bench/lenet5_torch.py" "$root/data/mnist" --epochs 1 --threads 2 \
      --widths "$widths" --sigma 0.1 | grep '^epoch')
  read -r _ _ _ _ _ _ _ tacc _ tw _ tc _ tvw _ tvc <<<"$t"
  echo "| $name ($widths) | PyTorch $(/usr/bin/python3 -c 'import torch; print(torch.__version__)') | $tw | $tc | $tvw | $tvc | $(/usr/bin/python3 -c "print(f'{100*$tacc:.2f}')") % |"
done
