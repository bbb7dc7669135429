// A sweep specification (issue 12): a base preset, fixed "set"s, the varied keys ("vary"), how points
// are drawn ("sample"), the metrics and their options, optional constraints. Parsed and validated
// against the parameter descriptor table by a pure function, so it also serves the fuzz harness.
#pragma once

#include "params/param_table.h"
#include "sweep/metric_reports.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace aimc::core::sweep {

inline constexpr int kSweepSchema = 1;
// More points than this are refused unless the caller forces them (aimc sweep --force).
inline constexpr long long kMaxPointsWithoutForce = 10000;

enum class SampleMode { Grid, Random, LatinHypercube };

struct VaryAxis {
    std::string key;
    const ParamDescriptor* param = nullptr;
    std::vector<double> values; // a list, or the grid of from/to/steps
    bool isRange = false;       // from/to given: random/LHS draw in [from, to]
    double from = 0, to = 0;
    bool log = false;
    int line = 0;               // of the key in the spec file, 0 when unknown
};

struct Constraint {
    enum class Op { AtLeast, AtMost, Equals };
    std::string column; // a result column, e.g. accuracy.accuracy_mean
    Op op = Op::AtLeast;
    double value = 0;   // booleans as 0/1
};

struct SweepSpec {
    std::string fileName;
    std::string base; // preset name or path as written
    Params baseParams;                   // the preset with every "set" applied
    std::vector<std::string> setAssignments; // "key=value" in file order (the single command's --set)
    std::vector<VaryAxis> vary;
    SampleMode sample = SampleMode::Grid;
    long long count = 0; // random / latin-hypercube
    std::uint64_t seed = 0;
    std::vector<Metric> metrics;
    AccuracyRequest accuracy; // model resolved to a path
    std::vector<Constraint> constraints;
    std::string hash; // 16 hex digits of the normalised spec: a results file records it
    int varyLine = 0;

    long long pointCount() const;
    bool has(Metric m) const;
};

struct SweepSpecResult {
    std::optional<SweepSpec> spec;
    std::string error; // "<file>:<line>: <what>" naming the key
};

// Pure: no files are read except the base preset named by the spec (resolved like --preset).
SweepSpecResult parseSweepSpec(const std::string& text, const std::string& fileName);
SweepSpecResult loadSweepSpec(const std::string& path);

// An error when the spec has more than kMaxPointsWithoutForce points and force is false.
std::optional<std::string> checkPointLimit(const SweepSpec& spec, bool force);

// The number as the CSV, the file hash and the single command's --set write it: shortest text that
// reads back to the same double.
std::string formatNumber(double v);
// A parameter value in its --set form (choice name, true/false or formatNumber).
std::string formatParam(const ParamDescriptor& d, double v);

} // namespace aimc::core::sweep
