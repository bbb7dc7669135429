// One sweep point → one CSV row: the point index, the varied keys, every metric's report keys
// (prefixed by the metric), constraints_met when the spec has constraints, then status and seconds.
#pragma once

#include "analog/network_inputs.h"
#include "sweep/sweep_spec.h"

#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace aimc::core::sweep {

class SweepContext {
public:
    explicit SweepContext(SweepSpec spec);
    // Loads what every point shares (the network and its data set for the accuracy metric).
    std::optional<std::string> prepare();

    const SweepSpec& spec() const { return m_spec; }
    const std::vector<std::string>& columns() const { return m_columns; }
    long long points() const { return static_cast<long long>(m_points.size()); }
    const std::vector<double>& values(long long point) const { return m_points[static_cast<std::size_t>(point)]; }

    // The CSV header line ("point,...,status,seconds\n").
    std::string headerLine() const;
    // The row of a point, '\n'-terminated; nullopt when stop was requested. A metric that fails
    // leaves its columns empty and names itself in status.
    std::optional<std::string> computeRow(long long point, std::stop_token stop = {}) const;

private:
    SweepSpec m_spec;
    std::vector<std::vector<double>> m_points;
    std::vector<std::string> m_columns;
    std::unique_ptr<analog::NetworkInputs> m_network;
};

// A CSV field: quoted when it holds a comma, a quote or a line break.
std::string csvField(const std::string& text);
// A report value as a CSV cell: numbers by formatNumber, lists joined by ';'.
std::string jsonCell(const nlohmann::ordered_json& v);

} // namespace aimc::core::sweep
