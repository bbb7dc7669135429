#include "device_page_data.h"

#include "params/param_table.h"

#include <algorithm>
#include <cmath>

namespace aimc::widgets {
namespace {
constexpr int kBins = 90;
constexpr double kTenYearsS = 10 * 365.25 * 24 * 3600;

// Two distributions on one set of bins, so "fraction per bin" is comparable between them.
void commonHistograms(const std::vector<double>& a, const std::vector<double>& b, bool logBins,
                      core::Histogram& ha, core::Histogram& hb) {
    std::vector<double> both(a);
    both.insert(both.end(), b.begin(), b.end());
    const auto h = core::autoHistogram(both, kBins, logBins);
    const double lo = h.edges.front(), hi = h.edges.back();
    ha = core::histogram(a, kBins, lo, hi, logBins);
    hb = core::histogram(b, kBins, lo, hi, logBins);
}
} // namespace

std::shared_ptr<const DevicePageData> computeDevicePageData(const core::DeviceParams& p, int samples,
                                                            std::uint64_t seed, bool logBins,
                                                            std::stop_token stop) {
    auto data = std::make_shared<DevicePageData>();
    data->params = p;
    data->logBins = logBins;
    data->device = core::simulateDevice(p, samples, seed, stop);
    if (!data->device)
        return nullptr;
    const auto& d = *data->device;
    if (d.strengthIsCurrent)
        commonHistograms(d.gp, d.gap, logBins, data->gp, data->gap); // currents: plotted on the first panel
    else {
        commonHistograms(d.rp, d.rap, logBins, data->rp, data->rap);
        commonHistograms(d.gp, d.gap, false, data->gp, data->gap);
    }
    std::vector<double> all(d.wMinus1);
    all.insert(all.end(), d.wZero.begin(), d.wZero.end());
    all.insert(all.end(), d.wPlus1.begin(), d.wPlus1.end());
    const auto hw = core::autoHistogram(all, 3 * kBins, false);
    for (auto [src, dst] : {std::pair{&d.wMinus1, &data->wMinus1}, std::pair{&d.wZero, &data->wZero},
                            std::pair{&d.wPlus1, &data->wPlus1}})
        *dst = core::histogram(*src, 3 * kBins, hw.edges.front(), hw.edges.back(), false);
    data->mtj = p.technology == core::Technology::SotMram || p.technology == core::Technology::SttMram;
    if (data->mtj) {
        const auto* t = core::findParam("device.mgo_thickness_nm");
        for (int i = 0; i <= 200; ++i) {
            const double x = t->min + (t->max - t->min) * i / 200.0;
            data->thicknessNm.push_back(x);
            data->raOhmUm2.push_back(core::raOhmUm2(p, x));
        }
    }
    data->mtjStates = data->mtj || (p.measured && p.technology == core::Technology::Measured && p.measured->mtjStates);
    if (!data->mtj && data->mtjStates) {
        auto fit = std::make_shared<MeasuredPreview>(previewMeasured(core::MeasuredLoad{p.measured, {}}, core::raOhmUm2(p)));
        if (fit->fit.ok)
            data->measuredFit = std::move(fit);
    }
    const auto tech = core::makeTechnology(p);
    data->drifts = tech->drifts();
    if (data->drifts)
        for (int i = 0; i <= 200; ++i) { // log time from 1 s to 10 years
            const double t = std::pow(kTenYearsS, i / 200.0);
            data->driftTimeS.push_back(t);
            data->driftOn.push_back(tech->driftFactor(tech->onLevel(), t));
            data->driftOff.push_back(tech->driftFactor(core::DeviceTechnology::offLevel(), t));
        }
    return data;
}

} // namespace aimc::widgets
