// Device Monte Carlo as the Device page runs it: the coarse preview and the full pass.
#include "device/device_monte_carlo.h"
#include "device_page_data.h"
#include "params/param_table.h"

#include <benchmark/benchmark.h>

static void BM_DeviceMonteCarlo(benchmark::State& state) {
    const auto params = aimc::core::defaultParams();
    for (auto _ : state) {
        auto r = aimc::core::simulateDevice(params.device, static_cast<int>(state.range(0)), 1);
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_DeviceMonteCarlo)->Arg(4000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

// The whole Device page job: Monte Carlo, common-bin histograms and the RA curve.
static void BM_DevicePageJob(benchmark::State& state) {
    const auto params = aimc::core::defaultParams();
    for (auto _ : state) {
        auto r = aimc::widgets::computeDevicePageData(params.device, static_cast<int>(state.range(0)),
                                                      1, false, {});
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_DevicePageJob)->Arg(4000)->Arg(100000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
