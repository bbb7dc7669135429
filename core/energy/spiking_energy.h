// Energy of one sensing phase (one time step) of a binary spiking subarray (docs/model.md §10.5):
// array.rows inputs × array.cols differential column pairs, every pair read by one sense amplifier.
//   E_cell = α·N·M·V_read²·(G_P + G_AP)·t_sense   (each active row drives one P and one AP cell per pair)
//   E_WL   = N·P·c_AL·V_dd²·α_AL,  E_BL = N·P·c_SL·V_dd·ΔV_SL   (the energy model's line terms, P = 2M)
//   E_SA   = M·e_SA,  E_ctrl = periphery.e_ctrl_pj
// α = array.activation_density (the spike rate), G the technology's mean conductances. No DAC or ADC:
// spikes are 1-bit and the sense amplifier is the converter. ops = 2·N·M (multiply + add) per phase.
#pragma once

#include "params/params.h"

namespace aimc::core {

// The record's figure for the 1×288 subarray at 65 nm (Nguyen et al., IEEE Access 2021).
inline constexpr double kSttBsnnRecordTopsPerW = 176.6;

struct SpikingSubarrayEnergy {
    double cellFj = 0, wordLineFj = 0, bitLineFj = 0, senseAmpFj = 0, ctrlFj = 0;
    double ops = 0;      // per sensing phase
    double topsPerW = 0; // ops / E (ops per pJ = TOPS/W)
    double totalFj() const { return cellFj + wordLineFj + bitLineFj + senseAmpFj + ctrlFj; }
};
SpikingSubarrayEnergy spikingSubarrayEnergy(const Params& params);

} // namespace aimc::core
