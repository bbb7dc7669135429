#include "measured_import_data.h"

#include <algorithm>

namespace aimc::widgets {
namespace {
constexpr int kBins = 60;
}

MeasuredPreview previewMeasured(const std::filesystem::path& path, double raOhmUm2) {
    return previewMeasured(core::loadMeasuredCsv(path), raOhmUm2);
}

MeasuredPreview previewMeasured(core::MeasuredLoad load, double raOhmUm2) {
    MeasuredPreview p;
    p.load = std::move(load);
    if (!p.load.data)
        return p;
    const auto& d = *p.load.data;
    std::vector<std::vector<double>> r(d.conductance.size());
    std::vector<double> all;
    for (std::size_t l = 0; l < d.conductance.size(); ++l)
        for (double g : d.conductance[l]) {
            r[l].push_back(1.0 / g);
            all.push_back(1.0 / g);
        }
    const auto bins = core::autoHistogram(all, kBins, false);
    for (const auto& level : r)
        p.resistance.push_back(core::histogram(level, kBins, bins.edges.front(), bins.edges.back(), false));
    if (!d.mtjStates)
        return p;
    p.fit = core::fitMtj(d, raOhmUm2);
    if (!p.fit.ok)
        return p;
    // Level 0 is AP, level 1 is P (weakest first). A bin [lo, hi] in R is [1/hi, 1/lo] in G.
    for (std::size_t l = 0; l < r.size(); ++l) {
        const bool parallel = l == 1;
        std::vector<double> f;
        for (std::size_t b = 0; b + 1 < bins.edges.size(); ++b)
            f.push_back(core::fittedConductanceCdf(p.fit, parallel, 1.0 / bins.edges[b]) -
                        core::fittedConductanceCdf(p.fit, parallel, 1.0 / bins.edges[b + 1]));
        p.fitFraction.push_back(std::move(f));
    }
    p.cdfG = d.conductance[1];
    std::sort(p.cdfG.begin(), p.cdfG.end());
    const double n = static_cast<double>(p.cdfG.size());
    for (std::size_t i = 0; i < p.cdfG.size(); ++i) {
        p.cdfData.push_back((i + 1) / n);
        p.cdfFit.push_back(core::fittedConductanceCdf(p.fit, true, p.cdfG[i]));
    }
    return p;
}

} // namespace aimc::widgets
