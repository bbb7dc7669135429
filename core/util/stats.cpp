#include "stats.h"

#include <algorithm>
#include <cmath>

namespace aimc::core {

Moments moments(std::span<const double> x) {
    Moments m;
    if (x.empty())
        return m;
    double sum = 0, c = 0;
    for (double v : x) { // Kahan summation keeps 10^7 samples exact enough.
        const double y = v - c;
        const double t = sum + y;
        c = (t - sum) - y;
        sum = t;
    }
    m.mean = sum / static_cast<double>(x.size());
    double ss = 0;
    for (double v : x)
        ss += (v - m.mean) * (v - m.mean);
    m.sigma = x.size() > 1 ? std::sqrt(ss / static_cast<double>(x.size() - 1)) : 0;
    return m;
}

std::vector<double> Histogram::centers() const {
    std::vector<double> c(counts.size());
    for (std::size_t i = 0; i < c.size(); ++i)
        c[i] = 0.5 * (edges[i] + edges[i + 1]);
    return c;
}

std::vector<double> Histogram::density() const {
    double total = 0;
    for (double v : counts)
        total += v;
    std::vector<double> d(counts.size(), 0.0);
    if (total <= 0)
        return d;
    for (std::size_t i = 0; i < d.size(); ++i)
        d[i] = counts[i] / (total * (edges[i + 1] - edges[i]));
    return d;
}

Histogram histogram(std::span<const double> x, int bins, double lo, double hi, bool logBins) {
    Histogram h;
    bins = std::max(bins, 1);
    logBins = logBins && lo > 0 && hi > 0;
    if (!(hi > lo))
        hi = lo + 1;
    h.edges.resize(static_cast<std::size_t>(bins) + 1);
    const double a = logBins ? std::log(lo) : lo;
    const double b = logBins ? std::log(hi) : hi;
    for (int i = 0; i <= bins; ++i) {
        const double t = a + (b - a) * i / bins;
        h.edges[static_cast<std::size_t>(i)] = logBins ? std::exp(t) : t;
    }
    h.counts.assign(static_cast<std::size_t>(bins), 0.0);
    for (double v : x) {
        if (!(v >= lo && v <= hi))
            continue;
        const double t = logBins ? std::log(v) : v;
        auto i = static_cast<int>((t - a) / (b - a) * bins);
        h.counts[static_cast<std::size_t>(std::clamp(i, 0, bins - 1))] += 1;
    }
    return h;
}

Histogram autoHistogram(std::span<const double> x, int bins, bool logBins) {
    if (x.empty())
        return histogram(x, bins, 0, 1, false);
    auto [mn, mx] = std::minmax_element(x.begin(), x.end());
    double lo = *mn, hi = *mx;
    if (logBins && lo > 0) {
        const double f = std::pow(hi / lo, 0.02);
        return histogram(x, bins, lo / f, hi * f, true);
    }
    const double pad = (hi - lo) * 0.02 + (hi == lo ? 1e-12 + std::abs(hi) * 1e-6 : 0);
    return histogram(x, bins, lo - pad, hi + pad, false);
}

} // namespace aimc::core
