// Shared by the network subcommands (train, accuracy): the --threads option.
#pragma once

#include "analog/analog_chip.h"
#include "cli_args.h"

#include <memory>
#include <optional>
#include <string>

namespace aimc::cli {

// Limits oneTBB to --threads N for the lifetime of the object (all cores when absent).
class ThreadLimit {
public:
    ThreadLimit();
    ~ThreadLimit();
    std::optional<std::string> apply(const CliArgs& args);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// The options of a run on the arrays (--images, --chips, --ir; defaults from the parameters'
// sim group, --ir exact): the error names the option.
struct ArrayRunOptions {
    long long images = 0, chips = 0;
    core::analog::IrMode ir = core::analog::IrMode::Exact;
};
std::optional<std::string> parseArrayRunOptions(const CliArgs& args, const core::Params& params,
                                                ArrayRunOptions& out);

} // namespace aimc::cli
