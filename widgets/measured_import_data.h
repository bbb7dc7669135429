// What the import dialog previews (issue 9): the file parsed by core, its resistance histograms
// per state, and the MTJ model fitted to it (fraction per bin and the P-state CDF) — Qt-free, so
// the dialog only plots.
#pragma once

#include "device/measured_devices.h"
#include "util/stats.h"

#include <filesystem>
#include <vector>

namespace aimc::widgets {

struct MeasuredPreview {
    core::MeasuredLoad load;                    // data, or the parser's message (file:line: field: what)
    core::MtjFit fit;                           // P/AP files only (fit.ok)
    std::vector<core::Histogram> resistance;    // per level, weakest first, common bins [Ω]
    std::vector<std::vector<double>> fitFraction; // per level: the fitted model's fraction per bin
    std::vector<double> cdfG, cdfData, cdfFit;  // P state: sorted conductances [S], empirical and fitted CDF
};

// raOhmUm2: the RA the fit assumes (the current device parameters'; docs/model.md §7).
MeasuredPreview previewMeasured(const std::filesystem::path& path, double raOhmUm2);
MeasuredPreview previewMeasured(core::MeasuredLoad load, double raOhmUm2);

} // namespace aimc::widgets
