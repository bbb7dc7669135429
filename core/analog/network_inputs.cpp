#include "network_inputs.h"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

namespace aimc::core::analog {

std::filesystem::path shippedModelDir() {
    namespace fs = std::filesystem;
    if (const char* env = std::getenv("AIMC_MODEL_DIR"); env && *env)
        return env;
    std::error_code ec;
    const auto exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec)
        for (auto dir : {exe.parent_path() / "models", exe.parent_path() / "../share/aimc/models"})
            if (fs::is_directory(dir, ec))
                return dir;
    return fs::path(AIMC_SOURCE_RESOURCE_DIR) / "models";
}

std::vector<ShippedModel> listModels(const std::filesystem::path& dir) {
    std::vector<ShippedModel> out;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
        if (e.path().extension() != ".aimcnn")
            continue;
        const auto m = nn::loadModel(e.path());
        if (!m.model)
            continue;
        out.push_back({e.path().string(), e.path().stem().string(), m.model->info.dataset,
                       m.model->info.recipe.sigmaTrain, m.model->net->spiking()});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return out;
}

std::optional<std::string> loadNetworkInputs(const std::string& modelPath, const std::string& dataset,
                                             NetworkInputs& out, bool allowSpiking) {
    auto m = nn::loadModel(modelPath);
    if (!m.model)
        return m.error;
    out.model = std::move(*m.model);
    const auto shape = out.model.info.arch.input;
    auto d = nn::loadDataset(dataset, {shape.c, shape.h, shape.w});
    if (!d.data)
        return d.error;
    out.data = std::move(*d.data);
    const auto& test = out.data.test;
    const auto dims = [](int c, int h, int w) {
        return std::to_string(c) + "x" + std::to_string(h) + "x" + std::to_string(w);
    };
    if (test.channels != shape.c || test.height != shape.h || test.width != shape.w)
        return dataset + ": images are " + dims(test.channels, test.height, test.width) + ", the model " +
               modelPath + " expects " + dims(shape.c, shape.h, shape.w);
    if (test.classes > out.model.info.arch.classes)
        return dataset + ": " + std::to_string(test.classes) + " classes, the model " + modelPath + " has " +
               std::to_string(out.model.info.arch.classes);
    try {
        if (out.model.net->spiking()) {
            if (!allowSpiking)
                return modelPath + ": a binary spiking network; this evaluation runs ternary networks only "
                                   "(aimc accuracy without --preset evaluates it)";
            out.spiking = nn::foldSpiking(*out.model.net);
        } else {
            out.net = nn::foldNetwork(*out.model.net);
        }
    } catch (const std::invalid_argument& e) {
        return modelPath + ": " + e.what();
    }
    return std::nullopt;
}

} // namespace aimc::core::analog
