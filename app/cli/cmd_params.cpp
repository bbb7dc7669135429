#include "cli_args.h"
#include "commands.h"
#include "io/preset.h"
#include "params/param_table.h"

#include <iomanip>
#include <iostream>

namespace aimc::cli {

int runParams(int argc, char** argv) {
    CliArgs args;
    if (auto err = parseArgs(argc, argv, 2, {}, {"--markdown"}, args))
        return fail(*err);
    if (args.has("--markdown")) {
        std::cout << core::paramReferenceMarkdown();
        return 0;
    }
    std::cout << std::left << std::setw(36) << "key" << std::setw(12) << "unit" << std::setw(12)
              << "default" << "range\n";
    for (const auto& d : core::paramTable()) {
        std::string range;
        if (d.type == core::ParamType::Choice) {
            for (std::size_t i = 0; i < d.choices.size(); ++i) {
                range.append(i ? "|" : "");
                range.append(d.choices[i]);
            }
        } else {
            range = core::formatValue(d, d.min) + " .. " + core::formatValue(d, d.max);
        }
        std::cout << std::setw(36) << d.key << std::setw(12) << d.unit << std::setw(12)
                  << core::formatValue(d, d.defaultValue) << range << "\n";
    }
    return 0;
}

int runPresets(int argc, char** argv) {
    CliArgs args;
    if (auto err = parseArgs(argc, argv, 2, {}, {}, args))
        return fail(*err);
    const auto dir = core::shippedPresetDir();
    int bad = 0;
    for (const auto& path : core::listPresets(dir)) {
        auto r = core::loadPresetFile(path);
        if (r.preset)
            std::cout << path.stem().string() << "\t" << r.preset->name << "\t" << path.string()
                      << "\n";
        else {
            std::cerr << "aimc: " << r.error << "\n";
            ++bad;
        }
    }
    return bad ? 1 : 0;
}

} // namespace aimc::cli
