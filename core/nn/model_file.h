// The versioned model file (.aimcnn): an 8-byte magic, the format version, a JSON header
// (architecture, training recipe and history, data set, tensor table, ternary scales), then a
// CRC-32-checked binary body with the float shadow weights, batch-norm state and the ternary
// weights packed 2 bits each. Unknown versions and broken bodies are refused with a message.
#pragma once

#include "nn/network.h"
#include "nn/trainer.h"

#include <filesystem>
#include <memory>
#include <optional>

namespace aimc::core::nn {

inline constexpr int kModelFormatVersion = 1;
inline constexpr char kModelMagic[9] = "AIMC-NN\n";
inline constexpr std::size_t kMaxModelLayers = 256;

struct ModelInfo {
    ArchSpec arch;
    TrainRecipe recipe;
    std::string dataset;             // name or path given to `aimc train`
    std::vector<EpochStats> history;
    std::string command;             // the command line that produced it
    std::string init;                // model it was fine-tuned from, if any
};

struct LoadedModel {
    ModelInfo info;
    std::shared_ptr<Network> net;
};

struct ModelResult {
    std::optional<LoadedModel> model;
    std::string error; // names the file and the problem
};

std::string serializeModel(const Network& net, const ModelInfo& info);
// Written atomically; returns an error naming the file, or nothing.
std::optional<std::string> saveModel(const std::filesystem::path& path, const Network& net, const ModelInfo& info);
ModelResult parseModel(const std::string& bytes, const std::string& fileLabel);
ModelResult loadModel(const std::filesystem::path& path);

// 2-bit packing of ternary values (0 → 00, +1 → 01, −1 → 10), four per byte.
std::string packTernary(const Mat& t);
// Returns false if a code 11 occurs or the size does not match.
bool unpackTernary(std::string_view bytes, Mat& t);

} // namespace aimc::core::nn
