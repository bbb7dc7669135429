#include "sweep_progress.h"

#include <cstdio>
#include <string>
#include <unistd.h>

namespace aimc::cli {

SweepProgress::SweepProgress(long long todo, long long alreadyDone)
    : m_todo(todo), m_done(alreadyDone), m_tty(::isatty(2) != 0), m_start(std::chrono::steady_clock::now()),
      m_lastDraw(m_start) {
    if (alreadyDone > 0)
        std::fprintf(stderr, "aimc sweep: resuming, %lld points already in the file\n", alreadyDone);
}

void SweepProgress::update(long long finished) {
    const auto now = std::chrono::steady_clock::now();
    const int tenth = m_todo ? static_cast<int>(10 * finished / m_todo) : 10;
    if (m_tty ? now - m_lastDraw > std::chrono::milliseconds(200) || finished == m_todo : tenth != m_lastTenth) {
        m_lastDraw = now;
        m_lastTenth = tenth;
        draw(finished);
    }
}

void SweepProgress::draw(long long finished) {
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    const double rate = elapsed > 0 ? static_cast<double>(finished) / elapsed : 0;
    const long long eta = rate > 0 ? static_cast<long long>(static_cast<double>(m_todo - finished) / rate + 0.5) : 0;
    constexpr int kWidth = 30;
    const int filled = m_todo ? static_cast<int>(kWidth * finished / m_todo) : kWidth;
    const std::string bar = std::string(static_cast<std::size_t>(filled), '#') + std::string(static_cast<std::size_t>(kWidth - filled), '.');
    std::fprintf(stderr, "%ssweep [%s] %lld/%lld %3d%%  %.3g points/s  ETA %lld:%02lld%s", m_tty ? "\r" : "",
                 bar.c_str(), finished, m_todo, m_todo ? static_cast<int>(100 * finished / m_todo) : 100, rate,
                 eta / 60, eta % 60, m_tty ? "   " : "\n");
    std::fflush(stderr);
}

void SweepProgress::finish() {
    if (m_tty)
        std::fputc('\n', stderr);
}

} // namespace aimc::cli
