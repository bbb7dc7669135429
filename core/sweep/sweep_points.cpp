#include "sweep_points.h"

#include <cmath>
#include <cstdint>
#include <numeric>

namespace aimc::core::sweep {

namespace {
// splitmix64: the same stream on every platform and standard library (std:: distributions are not).
struct Portable {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; } // [0, 1)
    std::uint64_t below(std::uint64_t n) { return n ? next() % n : 0; }
};

// u in [0, 1) onto the axis: its range (linear or log), or an element of its list.
double onAxis(const VaryAxis& a, double u) {
    double x = 0;
    if (a.isRange) {
        x = a.log ? std::exp(std::log(a.from) + (std::log(a.to) - std::log(a.from)) * u)
                  : a.from + (a.to - a.from) * u;
        if (a.param->type == ParamType::Integer)
            x = std::round(x);
        x = std::min(std::max(x, std::min(a.from, a.to)), std::max(a.from, a.to));
    } else {
        const auto n = a.values.size();
        x = a.values[std::min(n - 1, static_cast<std::size_t>(u * static_cast<double>(n)))];
    }
    return x;
}
} // namespace

std::vector<std::vector<double>> enumeratePoints(const SweepSpec& spec) {
    const auto n = static_cast<std::size_t>(spec.pointCount());
    const auto dims = spec.vary.size();
    std::vector<std::vector<double>> pts(n, std::vector<double>(dims));
    if (spec.sample == SampleMode::Grid) {
        for (std::size_t i = 0; i < n; ++i) {
            std::size_t rest = i;
            for (std::size_t k = dims; k-- > 0;) {
                const auto& v = spec.vary[k].values;
                pts[i][k] = v[rest % v.size()];
                rest /= v.size();
            }
        }
        return pts;
    }
    Portable rng{spec.seed * 0x2545F4914F6CDD1DULL + 0x1234567ULL};
    for (std::size_t k = 0; k < dims; ++k) {
        std::vector<std::size_t> strata(n);
        std::iota(strata.begin(), strata.end(), std::size_t{0});
        if (spec.sample == SampleMode::LatinHypercube)
            for (std::size_t i = n; i > 1; --i) // Fisher-Yates: one point per stratum and axis
                std::swap(strata[i - 1], strata[rng.below(i)]);
        for (std::size_t i = 0; i < n; ++i) {
            const double u = spec.sample == SampleMode::LatinHypercube
                                 ? (static_cast<double>(strata[i]) + rng.unit()) / static_cast<double>(n)
                                 : rng.unit();
            pts[i][k] = onAxis(spec.vary[k], u);
        }
    }
    return pts;
}

Params pointParams(const SweepSpec& spec, const std::vector<double>& values) {
    Params p = spec.baseParams;
    for (std::size_t k = 0; k < spec.vary.size(); ++k)
        spec.vary[k].param->set(p, values[k]);
    return p;
}

std::vector<std::string> pointSetArgs(const SweepSpec& spec, const std::vector<double>& values) {
    std::vector<std::string> args;
    if (!spec.base.empty())
        args.insert(args.end(), {"--preset", spec.base});
    for (const auto& s : spec.setAssignments)
        args.insert(args.end(), {"--set", s});
    for (std::size_t k = 0; k < spec.vary.size(); ++k)
        args.insert(args.end(), {"--set", spec.vary[k].key + "=" + formatParam(*spec.vary[k].param, values[k])});
    return args;
}

} // namespace aimc::core::sweep
