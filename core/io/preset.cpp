#include "preset.h"

#include "atomic_file.h"
#include "file_read.h"
#include "json_guard.h"
#include "device/measured_devices.h"
#include "json_params.h"
#include "params/param_table.h"
#include "params/validate_params.h"

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>

namespace aimc::core {
namespace {
using nlohmann::json;

PresetResult fail(const std::string& file, const std::string& message) {
    return {std::nullopt, file + ": " + message};
}

json valueToJson(const ParamDescriptor& d, double v) {
    switch (d.type) {
    case ParamType::Boolean:
        return v != 0;
    case ParamType::Choice:
        return formatValue(d, v);
    case ParamType::Integer:
        return static_cast<long long>(v);
    case ParamType::Real:
        return v;
    }
    return v;
}
} // namespace

PresetResult parsePreset(const std::string& jsonText, const std::string& fileLabel) {
    json doc;
    if (auto err = parseJsonText(jsonText, doc))
        return fail(fileLabel, "not valid JSON: " + err->message);
    if (!doc.is_object())
        return fail(fileLabel, "expected a JSON object at the top level");
    if (!doc.contains("schema") || !doc["schema"].is_number_integer())
        return fail(fileLabel, "missing or non-integer \"schema\" (this version reads schema " +
                                   std::to_string(kPresetSchema) + ")");
    const auto schema = doc["schema"].get<long long>();
    if (schema > kPresetSchema)
        return fail(fileLabel, "schema " + std::to_string(schema) +
                                   " is newer than this version of AiMC Explorer reads (" +
                                   std::to_string(kPresetSchema) + "); please update");
    if (schema < 1)
        return fail(fileLabel, "schema " + std::to_string(schema) + " is not valid");
    Preset preset;
    preset.params = defaultParams();
    for (const auto& [field, value] : doc.items()) {
        if (field == "schema")
            continue;
        if (field == "name" || field == "description" || field == "measured_file") {
            if (!value.is_string())
                return fail(fileLabel, "\"" + field + "\" must be a string");
            (field == "name" ? preset.name : field == "description" ? preset.description
                                                                    : preset.params.device.measured_path) =
                value.get<std::string>();
        } else if (field == "pinned") { // optional (issue 15): older presets simply have none
            if (auto err = jsonToKeyList(value, preset.pinned))
                return fail(fileLabel, "\"pinned\": " + *err);
        } else if (field != "params") {
            return fail(fileLabel, "unknown top-level field \"" + field +
                                       "\" (allowed: schema, name, description, measured_file, params, pinned)");
        }
    }
    if (!doc.contains("params"))
        return {preset, {}};
    if (!doc["params"].is_object())
        return fail(fileLabel, "\"params\" must be an object of key: value");
    if (auto err = applyJsonParams(doc["params"], preset.params))
        return fail(fileLabel, *err);
    // With a measured_file the data is loaded (and the whole checked) by loadPresetFile.
    if (preset.params.device.measured_path.empty())
        if (auto issue = validateParams(preset.params))
            return fail(fileLabel, "\"params\": " + issue->message);
    return {preset, {}};
}

PresetResult loadPresetFile(const std::filesystem::path& path) {
    const auto read = readRegularFile(path);
    if (!read.text)
        return {std::nullopt, read.error};
    PresetResult r = parsePreset(*read.text, path.string());
    if (r.preset && !r.preset->params.device.measured_path.empty()) {
        // The file is stored relative to the preset; in memory it is absolute.
        DeviceParams& d = r.preset->params.device;
        const auto file = std::filesystem::absolute(path.parent_path() / d.measured_path).lexically_normal();
        auto loaded = loadMeasuredCsv(file);
        if (!loaded.data)
            return fail(path.string(), "measured_file: " + loaded.error);
        d.measured_path = file.string();
        d.measured = std::move(loaded.data);
        if (auto issue = validateParams(r.preset->params))
            return fail(path.string(), "\"params\": " + issue->message);
    }
    return r;
}

std::string presetToJson(const Preset& preset) {
    json params = json::object();
    const Params defaults = defaultParams();
    for (const auto& d : paramTable()) {
        const double v = d.get(preset.params);
        if (v != d.get(defaults))
            params[std::string(d.key)] = valueToJson(d, v);
    }
    // ordered_json keeps schema first, which makes files pleasant to read and diff.
    nlohmann::ordered_json doc;
    doc["schema"] = kPresetSchema;
    doc["name"] = preset.name;
    doc["description"] = preset.description;
    if (!preset.params.device.measured_path.empty())
        doc["measured_file"] = preset.params.device.measured_path;
    nlohmann::ordered_json ordered;
    for (const auto& d : paramTable())
        if (params.contains(std::string(d.key)))
            ordered[std::string(d.key)] = params[std::string(d.key)];
    doc["params"] = ordered.is_null() ? nlohmann::ordered_json::object() : ordered;
    if (!preset.pinned.empty())
        doc["pinned"] = preset.pinned;
    return doc.dump(2) + "\n";
}

std::optional<std::string> savePresetFile(const std::filesystem::path& path, const Preset& preset) {
    Preset stored = preset;
    std::string& measured = stored.params.device.measured_path;
    if (!measured.empty()) {
        std::error_code ec;
        const auto dir = std::filesystem::absolute(path).parent_path();
        const auto rel = std::filesystem::relative(std::filesystem::absolute(measured), dir, ec);
        if (!ec && !rel.empty())
            measured = rel.generic_string();
    }
    return writeFileAtomic(path, presetToJson(stored));
}

std::filesystem::path shippedPresetDir() {
    namespace fs = std::filesystem;
    if (const char* env = std::getenv("AIMC_PRESET_DIR"); env && *env)
        return env;
    std::error_code ec;
    const auto exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        for (auto dir : {exe.parent_path() / "presets", exe.parent_path() / "../share/aimc/presets"})
            if (fs::is_directory(dir, ec))
                return dir;
    }
    return fs::path(AIMC_SOURCE_PRESET_DIR);
}

std::vector<std::filesystem::path> listPresets(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> out;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec))
        if (e.path().extension() == ".json")
            out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

std::filesystem::path resolvePreset(const std::string& nameOrPath) {
    return resolveJsonFile(nameOrPath, shippedPresetDir());
}

std::filesystem::path resolveJsonFile(const std::string& nameOrPath, const std::filesystem::path& dir) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::exists(nameOrPath, ec))
        return nameOrPath;
    fs::path shipped = dir / nameOrPath;
    if (shipped.extension() != ".json")
        shipped += ".json";
    return fs::exists(shipped, ec) ? shipped : fs::path(nameOrPath);
}

} // namespace aimc::core
