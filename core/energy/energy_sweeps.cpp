#include "energy_sweeps.h"

#include <cmath>

namespace aimc::core {

namespace {
void append(EnergySweep& s, double x, const Params& p) {
    const auto r = evaluateEnergy(p);
    s.x.push_back(x);
    s.topsPerW.push_back(r.topsPerW);
    s.fjPerMac.push_back(r.fjPerMac);
}
} // namespace

EnergySweep sweepArraySize(const Params& params, std::span<const int> sizes) {
    EnergySweep s;
    Params p = params;
    for (int n : sizes) {
        p.array.rows = p.array.cols = n;
        append(s, n, p);
    }
    return s;
}

std::vector<int> defaultArraySizes() {
    std::vector<int> sizes;
    for (int k = 8; k <= 26; ++k) // 2^(k/2): 16 ... 8192
        sizes.push_back(static_cast<int>(std::lround(std::pow(2.0, k / 2.0))));
    return sizes;
}

EnergySweep sweepAdcBits(const Params& params, int minBits, int maxBits, ConverterScaling scaling) {
    EnergySweep s;
    Params p = params;
    p.periphery.converter_scaling = scaling;
    for (int b = minBits; b <= maxBits; ++b) {
        p.periphery.adc_bits = b;
        append(s, b, p);
    }
    return s;
}

std::vector<double> logSpace(double lo, double hi, int n) {
    std::vector<double> v;
    const double a = std::log10(lo), b = std::log10(hi);
    for (int i = 0; i < n; ++i)
        v.push_back(std::pow(10.0, n > 1 ? a + (b - a) * i / (n - 1) : a));
    return v;
}

std::vector<double> weightsForChipAreas(const Params& params, double cellAreaUm2,
                                        std::span<const double> areasMm2) {
    Params p = params;
    p.periphery.cell_area_um2 = cellAreaUm2;
    std::vector<double> w;
    w.reserve(areasMm2.size());
    for (double a : areasMm2)
        w.push_back(weightsForChipArea(a, p));
    return w;
}

} // namespace aimc::core
