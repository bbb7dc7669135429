// What the Array page's worker computes (docs/model.md §3): the full IR-drop solve of one chip, both
// cell models' summation-line profile, the maps block-averaged to at most kMapRows x kMapCols
// for the screen (the solve itself is always the full array), and the discharge-time curves.
#pragma once

#include "array/ir_drop_analysis.h"

#include <memory>
#include <stop_token>
#include <string>
#include <vector>

namespace aimc::widgets {

struct ArrayPageData {
    static constexpr int kMapRows = 256, kMapCols = 512;
    core::Params params;                        // as simulated (array keys clamped)
    std::vector<std::string> notes;             // clamped keys, shown on the page
    std::shared_ptr<const core::array::IrDropResult> result;
    core::array::RowMatrix alMap, slMap, ratioMap; // downsampled [V], [V], [1]
    int blockRows = 1, blockCols = 1;           // array cells per map pixel
    // Cosemans Fig. 6: discharge time [s] versus R_cell [Ω] and versus I_cell [A].
    std::vector<double> rCell, tResistive, iCell, tCurrentSource;
    double rOn = 0, tOn = 0;                    // this device (1/E[G_P]) and its time
    double iOn = 0, tIOn = 0;                   // this I_cell and its time
};

// Block average ignoring NaN (a block of only NaN stays NaN).
core::array::RowMatrix downsampleMap(const core::array::RowMatrix& m, int maxRows, int maxCols,
                                     int& blockRows, int& blockCols);

// nullptr when stop was requested.
std::shared_ptr<const ArrayPageData> computeArrayPageData(const core::Params& params,
                                                          std::stop_token stop);

} // namespace aimc::widgets
