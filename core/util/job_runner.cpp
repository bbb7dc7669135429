#include "job_runner.h"

#include <tbb/task_arena.h>
#include <tbb/task_group.h>

namespace aimc::core {

struct JobRunner::Impl {
    tbb::task_arena arena;
    tbb::task_group group;
};

JobRunner::JobRunner() : m_impl(std::make_unique<Impl>()) {}

JobRunner::~JobRunner() { waitAll(); }

void JobRunner::run(std::function<void()> job) {
    m_impl->arena.execute([&] { m_impl->group.run(std::move(job)); });
}

void JobRunner::waitAll() {
    m_impl->arena.execute([&] { m_impl->group.wait(); });
}

void runWithThreads(int threads, const std::function<void()>& fn) {
    tbb::task_arena arena(threads);
    arena.execute(fn);
}

} // namespace aimc::core
