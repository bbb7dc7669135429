#include "array_page_data.h"

#include "energy/discharge_time.h"

#include <cmath>
#include <limits>

namespace aimc::widgets {

core::array::RowMatrix downsampleMap(const core::array::RowMatrix& m, int maxRows, int maxCols,
                                     int& blockRows, int& blockCols) {
    const auto rows = static_cast<int>(m.rows()), cols = static_cast<int>(m.cols());
    blockRows = std::max(1, (rows + maxRows - 1) / maxRows);
    blockCols = std::max(1, (cols + maxCols - 1) / maxCols);
    const int outRows = (rows + blockRows - 1) / blockRows, outCols = (cols + blockCols - 1) / blockCols;
    core::array::RowMatrix out(outRows, outCols);
    for (int r = 0; r < outRows; ++r)
        for (int c = 0; c < outCols; ++c) {
            double sum = 0;
            int n = 0;
            for (int i = r * blockRows; i < std::min(rows, (r + 1) * blockRows); ++i)
                for (int j = c * blockCols; j < std::min(cols, (c + 1) * blockCols); ++j)
                    if (!std::isnan(m(i, j))) {
                        sum += m(i, j);
                        ++n;
                    }
            out(r, c) = n ? sum / n : std::numeric_limits<double>::quiet_NaN();
        }
    return out;
}

std::shared_ptr<const ArrayPageData> computeArrayPageData(const core::Params& params,
                                                          std::stop_token stop) {
    auto d = std::make_shared<ArrayPageData>();
    d->params = params;
    d->params.array = core::array::clampArrayParams(params.array, d->notes);
    d->result = core::array::simulateIrDrop(d->params, stop, true);
    if (!d->result)
        return nullptr;
    const auto& r = *d->result;
    if (r.solution.ok()) {
        d->alMap = downsampleMap(r.solution.a, ArrayPageData::kMapRows, ArrayPageData::kMapCols,
                                 d->blockRows, d->blockCols);
        d->slMap = downsampleMap(r.solution.s, ArrayPageData::kMapRows, ArrayPageData::kMapCols,
                                 d->blockRows, d->blockCols);
        d->ratioMap = downsampleMap(r.ratio, ArrayPageData::kMapRows, ArrayPageData::kMapCols,
                                    d->blockRows, d->blockCols);
    }
    // Fig. 6 curves with this array's N, c_cell, active fraction and swing (core/energy).
    const int n = d->params.array.rows;
    const double cCell = d->params.periphery.c_cell_ff * 1e-15, p = d->params.periphery.active_fraction;
    for (int k = 0; k <= 60; ++k) {
        const double rCell = 1e4 * std::pow(10.0, k / 15.0); // 10 kΩ .. 100 MΩ
        const double iCell = 1e-9 * std::pow(10.0, k / 15.0); // 1 nA .. 10 µA
        d->rCell.push_back(rCell);
        d->tResistive.push_back(core::dischargeTimeResistiveS(n, cCell, p, rCell));
        d->iCell.push_back(iCell);
        d->tCurrentSource.push_back(
            core::dischargeTimeCurrentSourceS(n, cCell, p, iCell, d->params.periphery.dv_sl_v));
    }
    d->rOn = core::dischargeRonOhm(d->params.device);
    d->tOn = core::dischargeTimeResistiveS(n, cCell, p, d->rOn);
    d->iOn = d->params.array.i_cell_ua * 1e-6;
    d->tIOn = core::dischargeTimeCurrentSourceS(n, cCell, p, d->iOn, d->params.periphery.dv_sl_v);
    return d;
}

} // namespace aimc::widgets
