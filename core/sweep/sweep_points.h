// The points of a sweep: index → the varied values (grid: first key slowest; random and
// latin-hypercube: drawn from the spec's seed with a portable generator) → the point's Params.
#pragma once

#include "sweep/sweep_spec.h"

#include <vector>

namespace aimc::core::sweep {

// values[i][k]: point i, varied key k (spec.vary order).
std::vector<std::vector<double>> enumeratePoints(const SweepSpec& spec);

// The base with every set, then every varied value, applied (what `--preset base --set ...` gives).
Params pointParams(const SweepSpec& spec, const std::vector<double>& values);

// The single command's arguments for a point: --preset base (when given), then --set key=value
// for every set and varied key.
std::vector<std::string> pointSetArgs(const SweepSpec& spec, const std::vector<double>& values);

} // namespace aimc::core::sweep
