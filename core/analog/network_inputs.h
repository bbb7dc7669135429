// A trained model and the data set it is evaluated on, loaded and checked against each other
// (shared by `aimc accuracy` and the Network page).
#pragma once

#include "nn/dataset.h"
#include "nn/model_file.h"
#include "nn/spiking_net.h"
#include "nn/ternary_net.h"

#include <filesystem>
#include <optional>
#include <vector>
#include <string>

namespace aimc::core::analog {

struct NetworkInputs {
    nn::LoadedModel model;
    nn::TernaryNet net; // folded for inference (ternary models)
    nn::SpikingNet spiking; // folded for inference (spiking models, docs/model.md §10)
    nn::DataSplit data;
    bool isSpiking() const { return !spiking.layers.empty(); }
};

// The shipped models: $AIMC_MODEL_DIR, then beside the executable, then resources/models.
std::filesystem::path shippedModelDir();
struct ShippedModel {
    std::string path, name, dataset; // dataset: the name it was trained on (mnist, fashion-mnist)
    double sigmaTrain = 0;
    bool spiking = false; // a binary spiking network (the ternary pages leave it out)
};
// Every readable .aimcnn file of the folder, sorted by name; unreadable files are skipped.
std::vector<ShippedModel> listModels(const std::filesystem::path& dir);

// Loads `modelPath` and the data set `dataset` (name or path, resized to the model's input).
// Returns an error naming the file and the mismatch, or nothing. Spiking models are refused unless
// allowSpiking (the ternary array paths cannot run them).
std::optional<std::string> loadNetworkInputs(const std::string& modelPath, const std::string& dataset,
                                             NetworkInputs& out, bool allowSpiking = false);

} // namespace aimc::core::analog
