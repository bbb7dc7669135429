// IR-drop solver benchmark (issue 3, docs/model.md §3): N x N logical arrays (N x 2N cells,
// differential), all inputs on, 1 Ω per cell on both lines, R_ON = 6 MΩ and 100 kΩ, against
// the Eigen sparse direct solve of the same nodal system where it fits in memory.
// Prints a markdown table for the README. Usage: bench_irdrop [max_direct_n] [repeats] [only_n]
#include "array/crossbar_solver.h"
#include "array/direct_solver.h"
#include "device/mtj_model.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>
#include <tbb/task_arena.h>

using namespace aimc::core;
using namespace aimc::core::array;

namespace {
double msSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// CPU time of the process, all threads [ms]: on a shared machine the wall time depends on the
// other users' load, the work done does not.
double cpuMs() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e-3;
}

// MgO thickness that puts the nominal R_P at rOn (RA(t) = RA_ref exp((t - t_ref)/λ), docs/model.md §1).
Params paramsFor(int n, double rOn) {
    Params p;
    p.array.rows = n;
    p.array.cols = n;
    p.array.r_al_ohm = 1.0;
    p.array.r_sl_ohm = 1.0;
    p.device.mgo_thickness_nm += p.device.ra_decay_nm * std::log(rOn / nominalRp(p.device));
    return p;
}
} // namespace

int main(int argc, char** argv) {
    const int maxDirect = argc > 1 ? std::atoi(argv[1]) : 512;
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 3;
    const int only = argc > 3 ? std::atoi(argv[3]) : 0;
    std::printf("threads: %d\n\n", tbb::this_task_arena::max_concurrency());
    double load[3] = {0, 0, 0};
    getloadavg(load, 3);
    std::printf("load average at start: %.1f\n\n", load[0]);
    std::printf("| logical N x M | cells | R_ON | sweeps + CG | residual | solve wall ms (best of %d) | solve CPU ms "
                "| direct wall ms | direct CPU ms | speed-up (wall / CPU) | max abs(V - V_direct) / V_read |\n"
                "|---|---|---|---|---|---|---|---|---|---|---|\n",
                repeats);
    for (int n : {256, 512, 1024}) {
        if (only && n != only)
            continue;
        for (double rOn : {6e6, 1e5}) {
            const Params p = paramsFor(n, rOn);
            const auto c = buildCircuit(p, 1);
            const Eigen::VectorXd x = Eigen::VectorXd::Ones(n);
            double best = 1e300, bestCpu = 1e300;
            NodeSolution sol;
            for (int r = 0; r < repeats; ++r) {
                const double c0 = cpuMs();
                const auto t0 = std::chrono::steady_clock::now();
                sol = solveCrossbar(c, x);
                best = std::min(best, msSince(t0));
                bestCpu = std::min(bestCpu, cpuMs() - c0);
            }
            char direct[64] = "—", directCpu[32] = "—", speed[64] = "—", diff[64] = "—";
            if (n <= maxDirect) {
                const double c0 = cpuMs();
                const auto t0 = std::chrono::steady_clock::now();
                const auto ref = solveDirect(c, x);
                const double ms = msSince(t0), cpu = cpuMs() - c0;
                const double d = std::max((sol.a - ref.a).cwiseAbs().maxCoeff(),
                                          (sol.s - ref.s).cwiseAbs().maxCoeff()) / c.vRead;
                std::snprintf(direct, sizeof direct, "%.0f (L: %.0f M nnz)", ms, ref.factorNonZeros * 1e-6);
                std::snprintf(directCpu, sizeof directCpu, "%.0f", cpu);
                std::snprintf(speed, sizeof speed, "%.0fx / %.0fx", ms / best, cpu / bestCpu);
                std::snprintf(diff, sizeof diff, "%.1e", d);
            }
            std::printf("| %d x %d | %d x %d | %.0f kΩ | %d + %d | %.1e | %.1f | %.1f | %s | %s | %s | %s |%s\n", n, n,
                        n, 2 * n, rOn * 1e-3, sol.sweeps, sol.cgIterations, sol.residual, best, bestCpu, direct,
                        directCpu, speed, diff, sol.ok() ? "" : " NOT CONVERGED");
            std::fflush(stdout);
        }
    }
    return 0;
}
