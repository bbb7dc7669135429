#include "energy_page_data.h"

#include "io/preset.h"

#include <algorithm>
#include <cmath>

namespace aimc::widgets {
namespace {
// Fig. 8 reference cell areas [µm²] drawn beside the configured one.
constexpr double kReferenceCellAreas[] = {0.01, 0.1, 1.0};
} // namespace

std::shared_ptr<const EnergyPageData> computeEnergyPageData(const core::Params& params) {
    auto d = std::make_shared<EnergyPageData>();
    d->params = params;
    d->current = core::evaluateEnergy(params);

    d->paperSizes = {4096, 1024, 128};
    const auto preset = core::loadPresetFile(core::resolvePreset(kFig7PresetName));
    if (preset.preset) {
        for (int n : d->paperSizes) {
            core::Params p = preset.preset->params;
            p.array.rows = p.array.cols = n;
            d->paper.push_back(core::evaluateEnergy(p));
        }
    } else {
        d->paperError = preset.error;
    }

    d->sizeSweep = core::sweepArraySize(params, core::defaultArraySizes());
    d->bitsWalden = core::sweepAdcBits(params, 1, 12, core::ConverterScaling::Walden);
    d->bitsThermal = core::sweepAdcBits(params, 1, 12, core::ConverterScaling::Thermal);

    d->chipAreasMm2 = core::logSpace(0.01, 1000, 61);
    std::vector<double> cellAreas(std::begin(kReferenceCellAreas), std::end(kReferenceCellAreas));
    const double mine = params.periphery.cell_area_um2;
    const bool mineIsReference = std::any_of(cellAreas.begin(), cellAreas.end(), [mine](double a) {
        return std::abs(a / mine - 1) < 1e-9;
    });
    if (!mineIsReference)
        cellAreas.push_back(mine);
    for (double a : cellAreas)
        d->weightsCurves.push_back({a, std::abs(a / mine - 1) < 1e-9,
                                    core::weightsForChipAreas(params, a, d->chipAreasMm2)});

    auto nets = core::loadReferenceNetworks(core::shippedReferenceNetworksFile());
    d->networks = std::move(nets.networks);
    d->networksError = std::move(nets.error);

    auto pts = core::loadPublishedPoints(core::shippedPublishedPointsFile());
    d->published = std::move(pts.points);
    d->publishedError = std::move(pts.error);
    return d;
}

} // namespace aimc::widgets
