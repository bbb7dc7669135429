#include "nn_cli_common.h"

#include <tbb/global_control.h>

namespace aimc::cli {

struct ThreadLimit::Impl {
    std::unique_ptr<tbb::global_control> control;
};

ThreadLimit::ThreadLimit() : m_impl(std::make_unique<Impl>()) {}
ThreadLimit::~ThreadLimit() = default;

std::optional<std::string> ThreadLimit::apply(const CliArgs& args) {
    long long threads = 0;
    if (auto err = intOption(args, "--threads", 1, 256, threads))
        return err;
    if (threads > 0)
        m_impl->control = std::make_unique<tbb::global_control>(tbb::global_control::max_allowed_parallelism,
                                                               static_cast<std::size_t>(threads));
    return std::nullopt;
}

std::optional<std::string> parseArrayRunOptions(const CliArgs& args, const core::Params& params,
                                                ArrayRunOptions& out) {
    out.images = params.sim.images;
    out.chips = params.sim.chips;
    for (auto err : {intOption(args, "--images", 1, 100000000, out.images), intOption(args, "--chips", 1, 1000, out.chips)})
        if (err)
            return err;
    const auto ir = core::analog::parseIrMode(args.value("--ir").value_or("exact"));
    if (!ir)
        return "--ir: expected exact, map or off, got '" + *args.value("--ir") + "'";
    out.ir = *ir;
    return std::nullopt;
}

} // namespace aimc::cli
