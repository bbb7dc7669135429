#include "cli_args.h"

#include "device/measured_devices.h"
#include "io/preset.h"
#include "params/param_table.h"
#include "params/validate_params.h"

#include <charconv>
#include <filesystem>
#include <iostream>

namespace aimc::cli {

std::optional<std::string> CliArgs::value(const std::string& opt) const {
    auto it = values.find(opt);
    if (it == values.end() || it->second.empty())
        return std::nullopt;
    return it->second.back();
}

std::optional<std::string> parseArgs(int argc, char** argv, int first,
                                     const std::set<std::string>& valueOptions,
                                     const std::set<std::string>& flagOptions, CliArgs& out) {
    std::set<std::string> takesValue = valueOptions;
    takesValue.insert({"--set", "--preset", "--measured"});
    for (int i = first; i < argc; ++i) {
        std::string a = argv[i];
        if (a.rfind("--", 0) != 0) {
            out.positional.push_back(a);
            continue;
        }
        std::string inlineValue;
        bool hasInline = false;
        if (auto eq = a.find('='); eq != std::string::npos && a.rfind("--set", 0) != 0) {
            inlineValue = a.substr(eq + 1);
            a = a.substr(0, eq);
            hasInline = true;
        } else if (a.rfind("--set=", 0) == 0) {
            inlineValue = a.substr(6);
            a = "--set";
            hasInline = true;
        }
        if (takesValue.count(a)) {
            if (!hasInline) {
                if (i + 1 >= argc)
                    return a + " needs a value";
                inlineValue = argv[++i];
            }
            out.values[a].push_back(inlineValue);
        } else if (flagOptions.count(a) && !hasInline) {
            out.flags.insert(a);
        } else {
            return "unknown option " + a;
        }
    }
    return std::nullopt;
}

std::optional<std::string> paramsFromArgs(const CliArgs& args, core::Params& params) {
    params = core::defaultParams();
    if (auto preset = args.value("--preset")) {
        auto loaded = core::loadPresetFile(core::resolvePreset(*preset));
        if (!loaded.preset)
            return loaded.error;
        params = loaded.preset->params;
    }
    if (auto it = args.values.find("--set"); it != args.values.end())
        for (const auto& s : it->second)
            if (auto err = core::applyAssignment(params, s))
                return "--set " + *err;
    if (auto file = args.value("--measured")) {
        auto loaded = core::loadMeasuredCsv(*file);
        if (!loaded.data)
            return "--measured " + loaded.error;
        params.device.technology = core::Technology::Measured;
        params.device.measured_path = std::filesystem::absolute(*file).lexically_normal().string();
        params.device.measured = std::move(loaded.data);
    }
    if (auto issue = core::validateParams(params))
        return issue->message;
    return std::nullopt;
}

std::optional<std::string> intOption(const CliArgs& args, const std::string& opt, long long lo,
                                     long long hi, long long& value) {
    auto text = args.value(opt);
    if (!text)
        return std::nullopt;
    long long v = 0;
    auto [p, ec] = std::from_chars(text->data(), text->data() + text->size(), v);
    if (ec != std::errc() || p != text->data() + text->size())
        return opt + ": expected an integer, got '" + *text + "'";
    if (v < lo || v > hi)
        return opt + " = " + *text + " is outside [" + std::to_string(lo) + ", " +
               std::to_string(hi) + "]";
    value = v;
    return std::nullopt;
}

std::optional<std::string> realOption(const CliArgs& args, const std::string& opt, double lo,
                                      double hi, double& value) {
    auto text = args.value(opt);
    if (!text)
        return std::nullopt;
    double v = 0;
    auto [p, ec] = std::from_chars(text->data(), text->data() + text->size(), v);
    if (ec != std::errc() || p != text->data() + text->size())
        return opt + ": expected a number, got '" + *text + "'";
    if (!(v >= lo && v <= hi))
        return opt + " = " + *text + " is outside [" + std::to_string(lo) + ", " +
               std::to_string(hi) + "]";
    value = v;
    return std::nullopt;
}

int fail(const std::string& message) {
    std::cerr << "aimc: " << message << "\n";
    return 2;
}

} // namespace aimc::cli
