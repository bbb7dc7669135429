// Doevenspeck Fig. 16 as the paper draws it: the error increase caused by the IR drop alone, against
// R_ON, for several summation-line wire resistances (docs/model.md §5). Every point runs the same
// chips (same seeds, so the same devices) with the IR drop and compares them with the same
// chips without it, so the chip-to-chip variation cancels from the difference; with ideal devices
// the reference is the ideal network. R_ON is set through the MgO thickness with everything else
// fixed, which scales every conductance alike: the IR-off weights G/LSB do not depend on R_ON, so
// each chip's IR-off accuracy is computed once.
#pragma once

#include "analog/analog_inference.h"

namespace aimc::core::analog {

struct IrSweepOptions {
    std::vector<double> ronOhm;  // R_ON = 1/E[G_P] of each point
    std::vector<double> wireOhm; // array.r_sl_ohm of each curve
    int chips = 3;
    int images = 1000;
    bool idealDevices = false;   // σ_r = σ_RA = 0: the IR drop against the ideal network
    IrMode mode = IrMode::Exact; // how the IR drop is computed (Map: one solve per array, pessimistic)
    std::uint64_t seed = 1;      // chip k is chipSeed(seed, k), as in chipAccuracy
    bool markCurrent = true;     // also the point of p's own R_ON on the first curve
    ChipSource chipSource;       // optional (a cache)
};

struct IrSweepPoint {
    double ronOhm = 0;
    std::vector<double> accuracy; // [chip], with the IR drop
    double increase = 0, spread = 0; // error increase over IR off: mean and std over chips
};

struct IrSweepCurve {
    double wireOhm = 0;
    std::vector<IrSweepPoint> points; // one per R_ON
};

struct IrSweepResult {
    std::vector<double> ronOhm;
    std::vector<double> accuracyOff; // [chip]: the same chips without IR drop (variation only)
    std::vector<IrSweepCurve> curves;
    std::optional<IrSweepPoint> current; // p's own R_ON on the first curve (markCurrent)
    int images = 0;
    bool converged = true;
    std::string message;
};

// The Params with mean-conductance resistance `ron` [Ω], set through device.mgo_thickness_nm.
Params withRon(Params p, double ron);

// `ideal` from idealReference with the same p (its ADC full scales are used). progress(done, total)
// after each point. nullopt when stop was requested; throws std::invalid_argument like chipAccuracy.
std::optional<IrSweepResult> irErrorSweep(const IdealReference& ideal, const nn::DataSplit& data, const Params& p,
                                          const IrSweepOptions& o, std::stop_token stop = {},
                                          const std::function<void(int done, int total)>& progress = {});

} // namespace aimc::core::analog
