#pragma once

#include <span>
#include <vector>

namespace aimc::core {

struct Moments {
    double mean = 0;
    double sigma = 0; // sample standard deviation (n - 1)
    double relSigma() const { return mean != 0 ? sigma / mean : 0; }
};

// Two-pass, compensated; deterministic for a given input order.
Moments moments(std::span<const double> x);

struct Histogram {
    std::vector<double> edges;  // bins + 1 edges
    std::vector<double> counts; // per bin
    std::vector<double> centers() const;
    // Counts divided by (total * bin width): a probability density.
    std::vector<double> density() const;
};

// Bins over [lo, hi]; logarithmic bins when logBins (lo > 0). Values outside are dropped.
Histogram histogram(std::span<const double> x, int bins, double lo, double hi, bool logBins);
// Bins over the data's own range, widened by a small margin.
Histogram autoHistogram(std::span<const double> x, int bins, bool logBins);

} // namespace aimc::core
