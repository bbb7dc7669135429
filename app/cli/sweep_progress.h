// The progress bar of `aimc sweep` on stderr: points done, rate and ETA; redrawn in place on a
// terminal, one line per tenth of the run otherwise (logs of batch jobs).
#pragma once

#include <chrono>

namespace aimc::cli {

class SweepProgress {
public:
    SweepProgress(long long todo, long long alreadyDone);
    void update(long long finished); // points finished in this run
    void finish();

private:
    void draw(long long finished);
    long long m_todo, m_done;
    bool m_tty;
    int m_lastTenth = -1;
    std::chrono::steady_clock::time_point m_start, m_lastDraw;
};

} // namespace aimc::cli
