// Command-line parsing shared by the `aimc` subcommands.
#pragma once

#include "params/params.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace aimc::cli {

struct CliArgs {
    std::map<std::string, std::vector<std::string>> values; // --opt value (repeatable)
    std::set<std::string> flags;                              // --flag
    std::vector<std::string> positional;

    bool has(const std::string& flag) const { return flags.count(flag) > 0; }
    std::optional<std::string> value(const std::string& opt) const;
};

// Parses argv[first..]; valueOptions take an argument, flagOptions do not. "--set", "--preset" and
// "--measured" are always accepted. Unknown options are an error (returned as text).
std::optional<std::string> parseArgs(int argc, char** argv, int first,
                                     const std::set<std::string>& valueOptions,
                                     const std::set<std::string>& flagOptions, CliArgs& out);

// Defaults, then --preset (name or path), then every --set in order, then --measured FILE
// (device.technology = measured on that file); the technology's cross-key rules are checked.
std::optional<std::string> paramsFromArgs(const CliArgs& args, core::Params& params);

// Reads an integer/real option with a range check; the error names the option.
std::optional<std::string> intOption(const CliArgs& args, const std::string& opt, long long lo,
                                     long long hi, long long& value);
std::optional<std::string> realOption(const CliArgs& args, const std::string& opt, double lo,
                                      double hi, double& value);

// Prints "aimc: <message>" to stderr and returns the error exit code.
int fail(const std::string& message);

} // namespace aimc::cli
