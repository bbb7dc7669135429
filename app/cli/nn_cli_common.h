// Shared by the network subcommands (train, accuracy): the --threads option.
#pragma once

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

} // namespace aimc::cli
