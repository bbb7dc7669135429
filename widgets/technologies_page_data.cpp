#include "technologies_page_data.h"

#include "array/cell_law.h"
#include "network_page_data.h"

#include <chrono>

namespace aimc::widgets {

std::shared_ptr<const TechnologiesPageData> computeTechnologiesPageData(
    const core::Params& params, const std::string& model, const std::string& dataset, bool withAccuracy,
    const std::shared_ptr<NetworkCache>& cache, std::stop_token stop) {
    auto data = std::make_shared<TechnologiesPageData>();
    data->current = params.device.technology;
    data->rows = core::technologyRows(params);
    data->model = model;
    data->dataset = dataset;
    if (stop.stop_requested())
        return nullptr;
    if (!withAccuracy || model.empty())
        return data;
    const auto t0 = std::chrono::steady_clock::now();
    const auto in = cache->inputs(model, dataset, data->networkError);
    if (!in)
        return data;
    data->images = std::min(kTechnologyImages, static_cast<int>(in->data.test.size()));
    data->chips = kTechnologyChips;
    for (const auto& row : data->rows) {
        if (!row.error.empty()) {
            data->accuracy.emplace_back();
            continue;
        }
        core::analog::AccuracyOptions o;
        // As `aimc technologies`: current-source cells are nonlinear and their IR drop needs a
        // solve per MVM (not in the network path), so their accuracy is device variation only.
        const bool linear = core::array::cellLaw(row.params.array.cell_model).linear();
        o.ir = linear ? core::analog::IrMode::Map : core::analog::IrMode::Off;
        o.images = data->images;
        o.chips = data->chips;
        o.seed = row.params.sim.seed;
        const auto r = core::analog::chipAccuracy(in->net, in->data, row.params, o, stop);
        if (!r || stop.stop_requested())
            return nullptr;
        data->accuracy.push_back(TechnologyAccuracy{linear, r->mean, r->std, r->ideal});
    }
    data->accuracySeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return data;
}

} // namespace aimc::widgets
