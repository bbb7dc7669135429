#include "ir_sweep.h"

#include "device/device_monte_carlo.h"

#include <cmath>
#include <tuple>

namespace aimc::core::analog {

Params withRon(Params p, double ron) {
    const double now = 1.0 / onOffMoments(p.device).gpMean;
    p.device.mgo_thickness_nm += p.device.ra_decay_nm * std::log(ron / now); // RA ∝ exp(t/λ)
    return p;
}

namespace {
// One chip's accuracy on the first `images` test images; nullopt when the solve failed.
std::optional<double> chipRun(const IdealReference& ideal, const nn::DataSplit& data, const Params& p, IrMode mode,
                              std::uint64_t seed, const IrSweepOptions& o, std::stop_token stop, IrSweepResult& r) {
    const int images = o.images;
    auto chip = obtainChip(o.chipSource, ideal.net, p, mode, seed, stop);
    if (!chip)
        throw Cancelled{};
    if (!chip->converged) {
        r.converged = false;
        r.message = chip->message;
        return std::nullopt;
    }
    copyAdcFullScale(ideal.chip, *chip);
    const auto e = nn::evaluate(ideal.net, data.test, images, analogMvm(*chip, p.periphery.adc_bits, stop));
    r.images = e.images;
    return e.accuracy;
}

// The point (ron, wire) over every chip, paired with r.accuracyOff; nullopt when a solve failed.
std::optional<IrSweepPoint> sweepPoint(const IdealReference& ideal, const nn::DataSplit& data, const Params& base,
                                       double ron, double wire, const IrSweepOptions& o, std::stop_token stop,
                                       IrSweepResult& r) {
    Params q = withRon(base, ron);
    q.array.r_sl_ohm = wire;
    IrSweepPoint pt;
    pt.ronOhm = ron;
    std::vector<double> inc;
    for (int k = 0; k < o.chips; ++k) {
        const auto a = chipRun(ideal, data, q, o.mode, chipSeed(o.seed, k), o, stop, r);
        if (!a)
            return std::nullopt;
        pt.accuracy.push_back(*a);
        inc.push_back(r.accuracyOff[static_cast<std::size_t>(k)] - *a);
    }
    std::tie(pt.increase, pt.spread) = meanStd(inc);
    return pt;
}
} // namespace

std::optional<IrSweepResult> irErrorSweep(const IdealReference& ideal, const nn::DataSplit& data, const Params& p,
                                          const IrSweepOptions& o, std::stop_token stop,
                                          const std::function<void(int, int)>& progress) {
    Params base = p;
    if (o.idealDevices) {
        base.device.sigma_radius_nm = 0;
        base.device.sigma_ra_rel = 0;
    }
    IrSweepResult r;
    r.ronOhm = o.ronOhm;
    const int total = static_cast<int>(o.ronOhm.size() * o.wireOhm.size()) + 1 + (o.markCurrent ? 1 : 0);
    try {
        for (int k = 0; k < o.chips; ++k) {
            const auto a = chipRun(ideal, data, base, IrMode::Off, chipSeed(o.seed, k), o, stop, r);
            if (!a)
                return r;
            r.accuracyOff.push_back(*a);
        }
        int done = 1;
        if (progress)
            progress(done, total);
        for (double wire : o.wireOhm) {
            IrSweepCurve c;
            c.wireOhm = wire;
            for (double ron : o.ronOhm) {
                auto pt = sweepPoint(ideal, data, base, ron, wire, o, stop, r);
                if (!pt)
                    return r;
                c.points.push_back(std::move(*pt));
                if (progress)
                    progress(++done, total);
            }
            r.curves.push_back(std::move(c));
        }
        if (o.markCurrent && !o.wireOhm.empty()) {
            r.current = sweepPoint(ideal, data, base, 1.0 / onOffMoments(base.device).gpMean, o.wireOhm[0], o, stop, r);
            if (!r.current)
                return r;
            if (progress)
                progress(total, total);
        }
    } catch (const Cancelled&) {
        return std::nullopt;
    }
    return r;
}

} // namespace aimc::core::analog
