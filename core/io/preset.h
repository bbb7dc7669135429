// Versioned JSON presets (docs/architecture.md): {"schema": 1, "name", "description", "params": {key: value},
// "pinned": [key, ...]}, and "measured_file" (path relative to the preset) for
// device.technology = measured. Only keys that differ from the defaults are written; missing keys
// take the defaults. "pinned" (optional, the lecture panel's sliders) and "measured_file" were
// added without a schema change: every older preset still loads.
#pragma once

#include "params/params.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace aimc::core {

inline constexpr int kPresetSchema = 1;

struct Preset {
    std::string name;
    std::string description;
    Params params;
    std::vector<std::string> pinned; // parameter keys shown on the lecture panel, in this order
};

// Either a preset or a message that names the file, the key, the value and the allowed range.
struct PresetResult {
    std::optional<Preset> preset;
    std::string error;
};

PresetResult parsePreset(const std::string& jsonText, const std::string& fileLabel);
// Also loads the measured-devices file the preset names (an error names both files).
PresetResult loadPresetFile(const std::filesystem::path& path);
std::string presetToJson(const Preset& preset);
// Atomic: the old file stays intact on any failure. Returns an error message or nothing.
std::optional<std::string> savePresetFile(const std::filesystem::path& path, const Preset& preset);

// The shipped presets folder: $AIMC_PRESET_DIR, then beside the executable, then the source tree.
std::filesystem::path shippedPresetDir();
std::vector<std::filesystem::path> listPresets(const std::filesystem::path& dir);
// A path, or the name of a shipped preset with or without ".json".
std::filesystem::path resolvePreset(const std::string& nameOrPath);
// A path, or the name (with or without ".json") of a file in `dir` (presets, decks).
std::filesystem::path resolveJsonFile(const std::string& nameOrPath, const std::filesystem::path& dir);

} // namespace aimc::core
