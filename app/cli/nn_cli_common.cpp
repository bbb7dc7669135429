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

} // namespace aimc::cli
