// What the Device page's worker computes: the Monte Carlo plus everything the plots need, so the
// GUI thread only copies numbers into the plots.
#pragma once

#include "device/device_monte_carlo.h"
#include "measured_import_data.h"
#include "params/params.h"
#include "util/stats.h"

#include <memory>
#include <vector>

namespace aimc::widgets {

struct DevicePageData {
    core::DeviceParams params;
    std::shared_ptr<const core::DeviceResult> device;
    bool logBins = false;
    core::Histogram rp, rap, gp, gap, wMinus1, wZero, wPlus1; // common bins per plot (rp/rap: resistive only)
    bool mtj = false;                                         // RA(t) and Fig. 11 mean something
    bool mtjStates = false;                                   // P/AP naming (MTJ, or measured P/AP data)
    std::shared_ptr<const MeasuredPreview> measuredFit;       // measured P/AP data: the MTJ fit (fit.ok)
    std::vector<double> thicknessNm, raOhmUm2;                // RA(t) curve (MTJ only)
    bool drifts = false;                                      // the drift-versus-time plot
    std::vector<double> driftTimeS, driftOn, driftOff;        // driftFactor(level, t), 1 s … 10 years
};

std::shared_ptr<const DevicePageData> computeDevicePageData(const core::DeviceParams& p, int samples,
                                                            std::uint64_t seed, bool logBins,
                                                            std::stop_token stop);

} // namespace aimc::widgets
