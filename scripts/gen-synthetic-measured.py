#!/usr/bin/env python3
"""Writes presets/measured/sot-mram-synthetic.csv: a stand-in for a measured-devices file.

It is NOT a measurement: 1000 P and 1000 AP devices drawn from the SOT-MRAM model of the
shipped preset (eCD 66 nm, σ_r 3 nm, RA 20 kΩ·µm², TMR 150 % at 0.1 V read with V_h 0.5 V),
in the format docs/model.md §7 and the README describe, so that the measured-devices path can be
tried without data of one's own. Deterministic (seed 2020); standard library only.
"""
import math
import random
import sys
from pathlib import Path

out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "presets/measured/sot-mram-synthetic.csv"
rng = random.Random(2020)
ecd_nm, sigma_r_nm, ra = 66.0, 3.0, 20000.0
tmr = 1.5 / (1 + (0.1 / 0.5) ** 2)
lines = ["# Synthetic stand-in for measured SOT-MRAM devices (NOT a measurement): drawn from the model",
         "# of presets/sot-mram-vlsi2020.json by scripts/gen-synthetic-measured.py (seed 2020).",
         "state,resistance_ohm,die,x,y"]
for i in range(2000):
    state = "P" if i % 2 == 0 else "AP"
    r_um = max(0.05 * ecd_nm / 2, rng.gauss(ecd_nm / 2, sigma_r_nm)) * 1e-3
    rp = ra / (math.pi * r_um * r_um)
    ohm = rp if state == "P" else rp * (1 + tmr)
    die = i // 500
    lines.append(f"{state},{ohm:.6g},{die},{(i // 2) % 25},{(i // 50) % 10}")
out.write_text("\n".join(lines) + "\n")
