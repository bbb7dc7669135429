#include "spiking_energy.h"

#include "device/device_monte_carlo.h"
#include "energy/energy_model.h"

namespace aimc::core {

SpikingSubarrayEnergy spikingSubarrayEnergy(const Params& params) {
    const double n = params.array.rows, m = params.array.cols;
    const auto g = onOffMoments(params.device);
    const double vRead = params.device.v_read_v;
    const auto lines = energyBreakdown(params); // the activation (word) and summation (bit) line terms
    constexpr double kJtoFj = 1e15, kPjToFj = 1e3;
    SpikingSubarrayEnergy e;
    e.cellFj = params.array.activation_density * n * m * vRead * vRead * (g.gpMean + g.gapMean) *
               params.periphery.t_sense_ns * 1e-9 * kJtoFj;
    e.wordLineFj = lines.alPj * kPjToFj;
    e.bitLineFj = lines.slPj * kPjToFj;
    e.senseAmpFj = m * params.periphery.e_sa_fj;
    e.ctrlFj = params.periphery.e_ctrl_pj * kPjToFj;
    e.ops = 2.0 * n * m;
    e.topsPerW = e.ops / (e.totalFj() * 1e-3);
    return e;
}

} // namespace aimc::core
