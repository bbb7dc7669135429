// Runs jobs on oneTBB without exposing TBB headers (Qt's `emit` macro breaks them), so that
// Qt code in app/ can start background work through this Qt-free interface.
#pragma once

#include <functional>
#include <memory>

namespace aimc::core {

class JobRunner {
public:
    JobRunner();
    ~JobRunner(); // waits for every job: callers request stop first
    JobRunner(const JobRunner&) = delete;
    JobRunner& operator=(const JobRunner&) = delete;

    void run(std::function<void()> job);
    void waitAll();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// Runs fn with oneTBB limited to `threads` worker threads (tests of thread-count independence).
void runWithThreads(int threads, const std::function<void()>& fn);

} // namespace aimc::core
