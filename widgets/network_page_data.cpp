#include "network_page_data.h"

#include "device/device_monte_carlo.h"
#include "nn/ternary_net.h"

#include <cmath>
#include <stdexcept>

namespace aimc::widgets {
namespace {
constexpr int kCoarseImages = 300;
constexpr int kCurveImages = 1000, kCurveChips = 3;
constexpr double kSigmas[] = {0.0, 0.1, 0.15, 0.2, 0.3, 0.4};
constexpr int kSweepImages = 1000, kSweepChips = 3;
constexpr double kRonMegaohm[] = {0.5, 1, 2, 5, 10, 20};
// The full pass's chips and one Fig. 16 sweep (3 chips x 19 points + 3 IR-off) fit, with room.
constexpr std::size_t kMaxChips = 96;
// Fig. 16's curves: the current summation-line wire and two references (the shipped sweep's 1, 2, 5 Ω).
std::vector<double> sweepWires(double current) {
    if (current > 0)
        return {current, 2 * current, 5 * current};
    return {0.0, 1.0, 5.0};
}

std::shared_ptr<const std::vector<SigmaCurve>> computeCurves(
    const std::string& dataset, const std::shared_ptr<NetworkCache>& cache, std::stop_token stop,
    const std::function<void(const NetworkProgress&)>& progress) {
    auto curves = std::make_shared<std::vector<SigmaCurve>>();
    auto models = core::analog::listModels(core::analog::shippedModelDir());
    std::erase_if(models, [&](const auto& m) { return m.dataset != dataset || m.spiking; });
    for (const auto& m : models) {
        if (progress)
            progress({NetworkProgress::Stage::SigmaCurves, static_cast<int>(curves->size()),
                      static_cast<int>(models.size()), 0});
        std::string error;
        const auto in = cache->inputs(m.path, dataset, error);
        if (!in)
            continue;
        SigmaCurve c{m.name, m.sigmaTrain, {}, {}, {}};
        for (double s : kSigmas) {
            if (stop.stop_requested())
                return nullptr;
            // σ = 0 has no noise: one chip is every chip.
            const auto r = core::nn::evaluateChips(in->net, in->data.test, kCurveImages, s, s > 0 ? kCurveChips : 1, 1);
            double mean = 0, ss = 0;
            for (double a : r.accuracies)
                mean += a / r.accuracies.size();
            for (double a : r.accuracies)
                ss += (a - mean) * (a - mean);
            c.sigma.push_back(s);
            c.accuracy.push_back(mean);
            c.spread.push_back(r.accuracies.size() > 1 ? std::sqrt(ss / (r.accuracies.size() - 1)) : 0);
        }
        curves->push_back(std::move(c));
    }
    return curves;
}

} // namespace

std::shared_ptr<const core::analog::NetworkInputs> NetworkCache::inputs(const std::string& model,
                                                                        const std::string& dataset,
                                                                        std::string& error) {
    {
        const std::lock_guard lock(m_mutex);
        if (auto it = m_inputs.find({model, dataset}); it != m_inputs.end())
            return it->second;
    }
    auto in = std::make_shared<core::analog::NetworkInputs>();
    if (auto err = core::analog::loadNetworkInputs(model, dataset, *in)) {
        error = *err;
        return nullptr;
    }
    const std::lock_guard lock(m_mutex);
    m_inputs[{model, dataset}] = in;
    return in;
}

std::shared_ptr<const core::analog::IdealReference> NetworkCache::ideal(
    const core::analog::NetworkInputs& in, const std::string& model, const core::Params& p,
    const core::analog::AccuracyOptions& o, std::stop_token stop) {
    const std::string key = model + '|' + in.data.name + '|' + std::to_string(p.periphery.dac_bits) + '|' +
                            std::to_string(p.periphery.adc_bits) + '|' + std::to_string(p.array.rows) + '|' +
                            std::to_string(p.array.cols) + '|' + std::to_string(o.images) + '|' +
                            std::to_string(o.calibrationImages);
    {
        const std::lock_guard lock(m_mutex);
        if (auto it = m_ideal.find(key); it != m_ideal.end())
            return it->second;
    }
    auto ref = core::analog::idealReference(in.net, in.data, p, o, stop);
    if (!ref)
        return nullptr;
    auto shared = std::make_shared<const core::analog::IdealReference>(std::move(*ref));
    const std::lock_guard lock(m_mutex);
    m_ideal[key] = shared;
    return shared;
}

core::analog::ChipSource NetworkCache::chipSource(const std::string& model) {
    return [this, model](const core::nn::TernaryNet& net, const core::Params& p, core::analog::IrMode mode,
                         std::uint64_t seed, std::stop_token stop) -> std::optional<core::analog::AnalogChip> {
        if (p.array.scheme != core::ReadScheme::Clamp) // the precharge readout depends on the periphery
            return core::analog::buildChip(net, p, mode, seed, stop);
        core::Params key = p;
        key.periphery.adc_bits = key.periphery.dac_bits = 0;
        key.sim = {};
        {
            const std::lock_guard lock(m_mutex);
            for (const auto& e : m_chips)
                if (e.seed == seed && e.mode == mode && e.model == model && e.key == key)
                    return *e.chip;
        }
        auto chip = core::analog::buildChip(net, p, mode, seed, stop);
        if (!chip || !chip->converged)
            return chip;
        const std::lock_guard lock(m_mutex);
        ++m_chipsBuilt;
        m_chips.push_back({model, key, mode, seed, std::make_shared<const core::analog::AnalogChip>(*chip)});
        if (m_chips.size() > kMaxChips)
            m_chips.pop_front();
        return chip;
    };
}

std::size_t NetworkCache::chipsBuilt() const {
    const std::lock_guard lock(m_mutex);
    return m_chipsBuilt;
}

std::shared_ptr<const std::vector<SigmaCurve>> NetworkCache::curves(const std::string& dataset) const {
    const std::lock_guard lock(m_mutex);
    auto it = m_curves.find(dataset);
    return it == m_curves.end() ? nullptr : it->second;
}

void NetworkCache::setCurves(const std::string& dataset, std::shared_ptr<const std::vector<SigmaCurve>> c) {
    const std::lock_guard lock(m_mutex);
    m_curves[dataset] = std::move(c);
}

std::shared_ptr<const NetworkPageData> computeNetworkPageData(
    const core::Params& params, const NetworkSelection& sel, bool coarse,
    const std::shared_ptr<NetworkCache>& cache, std::stop_token stop,
    const std::function<void(const NetworkProgress&)>& progress,
    const std::function<void(std::shared_ptr<const NetworkPageData>)>& partial) {
    auto d = std::make_shared<NetworkPageData>();
    d->selection = sel;
    d->coarse = coarse;
    const auto moments = core::onOffMoments(params.device);
    d->deviceSigmaW = core::analyticWeightSigmas(moments).plus1;
    d->ronOhm = 1.0 / moments.gpMean;
    d->wireOhm = params.array.r_sl_ohm;
    d->arrayRows = params.array.rows;
    d->arrayCols = params.array.cols;
    if (sel.model.empty()) {
        d->error = "No model selected. Shipped models are in resources/models (see README).";
        return d;
    }
    d->inputs = cache->inputs(sel.model, sel.dataset, d->error);
    if (!d->inputs)
        return d;
    core::analog::AccuracyOptions o;
    // The preview uses the attenuation map (one solve per array) instead of the transfer matrices
    // (one solve per used row), so it arrives quickly; the full pass uses the chosen mode.
    o.ir = coarse && sel.ir == core::analog::IrMode::Exact ? core::analog::IrMode::Map : sel.ir;
    o.images = coarse ? std::min(kCoarseImages, params.sim.images) : params.sim.images;
    o.chips = coarse ? 1 : params.sim.chips;
    o.seed = params.sim.seed;
    o.chipSource = cache->chipSource(sel.model);
    try {
        const auto ideal = cache->ideal(*d->inputs, sel.model, params, o, stop);
        if (!ideal)
            return nullptr; // cancelled
        d->accuracy = core::analog::chipAccuracy(
            *ideal, d->inputs->data, params, o, stop, [&](const core::analog::ChipProgress& p) {
                if (!progress)
                    return;
                double mean = 0;
                for (double a : p.accuracies)
                    mean += a / p.accuracies.size();
                progress({NetworkProgress::Stage::Chips, p.chip, p.chips, mean});
            });
    } catch (const std::invalid_argument& e) {
        d->error = e.what();
        return d;
    }
    if (!d->accuracy)
        return nullptr; // cancelled
    if (!d->accuracy->converged) {
        d->error = "The IR-drop solve did not converge: " + d->accuracy->message;
        return d;
    }
    const auto& test = d->inputs->data.test;
    const int classes = std::max(test.classes, d->inputs->net.classes);
    d->confusion.assign(classes, std::vector<int>(classes, 0));
    const auto& pred = d->accuracy->predictions;
    for (std::size_t i = 0; i < pred.size(); ++i) {
        const int truth = test.labels[i];
        if (pred[i] >= 0 && pred[i] < classes && truth < classes)
            ++d->confusion[truth][pred[i]];
        if (pred[i] != truth && d->misclassified.size() < 40)
            d->misclassified.push_back(static_cast<int>(i));
    }
    const std::string dataset = d->inputs->model.info.dataset;
    d->curves = cache->curves(dataset);
    if (coarse)
        return d;
    const auto deliver = [&] {
        if (!partial)
            return;
        auto early = std::make_shared<NetworkPageData>(*d);
        early->partial = true;
        partial(early);
    };
    deliver();
    // The sweep follows every slider; the σ_w curves depend on the data set only (computed once).
    if (sel.ronSweep) {
        core::analog::IrSweepOptions s;
        for (double ron : kRonMegaohm)
            s.ronOhm.push_back(ron * 1e6);
        s.wireOhm = sweepWires(params.array.r_sl_ohm);
        s.images = std::min(kSweepImages, params.sim.images);
        s.chips = kSweepChips;
        s.idealDevices = sel.ronIdealDevices;
        // The attenuation map (one solve per array): 57 exact chip builds would take most of a minute
        // on 1024-row arrays. It is pessimistic (all inputs on), and the plot says so.
        s.mode = core::analog::IrMode::Map;
        s.seed = params.sim.seed;
        s.chipSource = o.chipSource;
        core::analog::AccuracyOptions so = o;
        so.images = s.images;
        const auto ideal = cache->ideal(*d->inputs, sel.model, params, so, stop);
        if (!ideal)
            return nullptr;
        try {
            d->ronSweep = core::analog::irErrorSweep(*ideal, d->inputs->data, params, s, stop, [&](int done, int total) {
                if (progress)
                    progress({NetworkProgress::Stage::RonSweep, done, total, 0});
            });
        } catch (const std::invalid_argument& e) {
            d->error = e.what();
            return d;
        }
        if (!d->ronSweep)
            return nullptr;
        if (!d->curves)
            deliver();
    }
    if (!d->curves) {
        d->curves = computeCurves(dataset, cache, stop, progress);
        if (!d->curves)
            return nullptr;
        cache->setCurves(dataset, d->curves);
    }
    return d;
}

} // namespace aimc::widgets
