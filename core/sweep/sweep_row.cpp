#include "sweep_row.h"

#include "device/technology.h"
#include "params/validate_params.h"
#include "sweep/sweep_points.h"

#include <charconv>
#include <chrono>
#include <stdexcept>

namespace aimc::core::sweep {

SweepContext::SweepContext(SweepSpec spec) : m_spec(std::move(spec)), m_points(enumeratePoints(m_spec)) {
    m_columns.push_back("point");
    for (const auto& a : m_spec.vary)
        m_columns.push_back(a.key);
    for (auto m : m_spec.metrics)
        for (auto key : metricKeys(m))
            m_columns.push_back(std::string(metricName(m)) + "." + std::string(key));
    if (!m_spec.constraints.empty())
        m_columns.push_back("constraints_met");
    m_columns.push_back("status");
    m_columns.push_back("seconds");
}

std::optional<std::string> SweepContext::prepare() {
    if (!m_spec.has(Metric::Accuracy) || m_network)
        return std::nullopt;
    auto in = std::make_unique<analog::NetworkInputs>();
    if (auto err = analog::loadNetworkInputs(m_spec.accuracy.model, m_spec.accuracy.dataset, *in))
        return m_spec.fileName + ": accuracy: " + *err;
    m_network = std::move(in);
    return std::nullopt;
}

std::string SweepContext::headerLine() const {
    std::string s;
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        s.append(i ? "," : "").append(csvField(m_columns[i]));
    return s + "\n";
}

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string q = "\"";
    for (char c : text)
        if (c == '"')
            q += "\"\"";
        else
            q += c == '\n' || c == '\r' ? ' ' : c;
    return q + "\"";
}

std::string jsonCell(const nlohmann::ordered_json& v) {
    switch (v.type()) {
    case nlohmann::ordered_json::value_t::number_float: return formatNumber(v.get<double>());
    case nlohmann::ordered_json::value_t::number_integer: return std::to_string(v.get<long long>());
    case nlohmann::ordered_json::value_t::number_unsigned: return std::to_string(v.get<unsigned long long>());
    case nlohmann::ordered_json::value_t::boolean: return v.get<bool>() ? "true" : "false";
    case nlohmann::ordered_json::value_t::string: return v.get<std::string>();
    case nlohmann::ordered_json::value_t::array: {
        std::string s;
        for (std::size_t i = 0; i < v.size(); ++i)
            s.append(i ? ";" : "").append(jsonCell(v[i]));
        return s;
    }
    default: return {};
    }
}

namespace {
bool meets(const Constraint& c, const std::string& cell) {
    double x = 0;
    if (cell == "true" || cell == "false") {
        x = cell == "true" ? 1 : 0;
    } else {
        const auto r = std::from_chars(cell.data(), cell.data() + cell.size(), x);
        if (cell.empty() || r.ec != std::errc())
            return false;
    }
    switch (c.op) {
    case Constraint::Op::AtLeast: return x >= c.value;
    case Constraint::Op::AtMost: return x <= c.value;
    case Constraint::Op::Equals: return x == c.value;
    }
    return false;
}
} // namespace

std::optional<std::string> SweepContext::computeRow(long long point, std::stop_token stop) const {
    const auto t0 = std::chrono::steady_clock::now();
    const auto& vals = values(point);
    const Params p = pointParams(m_spec, vals);
    std::vector<std::string> cells(m_columns.size());
    cells[0] = std::to_string(point);
    for (std::size_t k = 0; k < vals.size(); ++k)
        cells[k + 1] = formatParam(*m_spec.vary[k].param, vals[k]);
    const auto column = [&](const std::string& name) {
        for (std::size_t i = 0; i < m_columns.size(); ++i)
            if (m_columns[i] == name)
                return i;
        throw std::logic_error("sweep: report key " + name + " is missing from metricKeys()");
    };
    // The ranges and cross-key rules, as `--set` on the single command checks them.
    const auto issue = validateParams(p);
    const std::optional<std::string> invalid = issue ? std::optional<std::string>(issue->message) : std::nullopt;
    std::string status = invalid ? "error: " + *invalid : "ok";
    for (auto m : m_spec.metrics) {
        if (invalid)
            break;
        MetricReport r;
        switch (m) {
        case Metric::Device: r = deviceReport(p, stop); break;
        case Metric::Energy: r = energyReport(p); break;
        case Metric::Irdrop: r = irdropReport(p, stop); break;
        case Metric::Accuracy: r = accuracyReport(*m_network, p, m_spec.accuracy, stop); break;
        }
        if (r.cancelled || stop.stop_requested())
            return std::nullopt;
        const std::string prefix = std::string(metricName(m)) + ".";
        for (const auto& [key, v] : r.json.items())
            if (!isTimingKey(m, key))
                cells[column(prefix + key)] = jsonCell(v);
        if (r.error && status == "ok")
            status = "error: " + prefix.substr(0, prefix.size() - 1) + ": " + *r.error;
    }
    if (!m_spec.constraints.empty()) {
        bool ok = status == "ok";
        for (const auto& c : m_spec.constraints)
            ok = ok && meets(c, cells[column(c.column)]);
        cells[column("constraints_met")] = ok ? "true" : "false";
    }
    cells[cells.size() - 2] = status;
    cells.back() = formatNumber(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i)
        line.append(i ? "," : "").append(csvField(cells[i]));
    return line + "\n";
}

} // namespace aimc::core::sweep
