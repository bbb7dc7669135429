#include "results_table.h"

#include "params/param_table.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <numeric>

namespace aimc::core::sweep {

int ResultsTable::column(const std::string& name) const {
    const auto it = std::find(columns.begin(), columns.end(), name);
    return it == columns.end() ? -1 : static_cast<int>(it - columns.begin());
}

std::vector<std::string> ResultsTable::numericColumns() const {
    std::vector<std::string> out;
    const int status = column("status");
    for (std::size_t c = 0; c < columns.size(); ++c) {
        bool any = false, all = true;
        for (std::size_t r = 0; r < numbers.size(); ++r) {
            if (status >= 0 && cells[r][static_cast<std::size_t>(status)] != "ok")
                continue;
            any = true;
            all = all && !std::isnan(numbers[r][c]);
        }
        if (any && all)
            out.push_back(columns[c]);
    }
    return out;
}

std::vector<std::string> ResultsTable::parameterColumns() const {
    std::vector<std::string> out;
    for (const auto& c : columns)
        if (findParam(c))
            out.push_back(c);
    return out;
}

Params ResultsTable::pointParams(int row, const Params& base) const {
    Params p = base;
    for (const auto& c : parameterColumns()) {
        const auto* d = findParam(c);
        double v = 0;
        if (!parseValue(*d, cells[static_cast<std::size_t>(row)][static_cast<std::size_t>(column(c))], v))
            d->set(p, v);
    }
    return p;
}

namespace {
double cellNumber(const std::string& s) {
    if (s == "true" || s == "false")
        return s == "true" ? 1 : 0;
    double v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    return s.empty() || r.ec != std::errc() || r.ptr != s.data() + s.size() ? std::numeric_limits<double>::quiet_NaN() : v;
}
} // namespace

ResultsTable parseResultsTable(const std::string& text, const std::string& fileLabel) {
    ResultsTable t;
    const auto csv = parseCsvTable(text, fileLabel, {}, {});
    if (!csv.ok()) {
        t.error = csv.error;
        return t;
    }
    if (csv.header.empty() || csv.header.front() != "point") {
        t.error = fileLabel + ": not the results of a sweep (the first column is not 'point')";
        return t;
    }
    t.columns = csv.header;
    for (const auto& rec : csv.records) {
        if (rec.fields.size() != t.columns.size()) {
            t.error = csvWhere(fileLabel, rec.line) + "expected " + std::to_string(t.columns.size()) + " fields";
            return t;
        }
        t.cells.push_back(rec.fields);
        std::vector<double> n;
        for (const auto& f : rec.fields)
            n.push_back(cellNumber(f));
        t.numbers.push_back(std::move(n));
    }
    return t;
}

ResultsTable loadResultsTable(const std::filesystem::path& path) {
    return loadTextWith<ResultsTable>(path, parseResultsTable);
}

std::vector<int> paretoFront(const std::vector<double>& x, const std::vector<double>& y, bool maximizeX,
                             bool maximizeY) {
    std::vector<int> order;
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i)
        if (!std::isnan(x[i]) && !std::isnan(y[i]))
            order.push_back(static_cast<int>(i));
    const double sx = maximizeX ? 1 : -1, sy = maximizeY ? 1 : -1;
    // Best x first (ties: best y first); a row is on the front when its y beats every y before it.
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (sx * x[a] != sx * x[b])
            return sx * x[a] > sx * x[b];
        return sy * y[a] > sy * y[b];
    });
    std::vector<int> front;
    double best = -std::numeric_limits<double>::infinity();
    for (int i : order)
        if (sy * y[i] > best) {
            best = sy * y[i];
            front.push_back(i);
        }
    std::sort(front.begin(), front.end(), [&](int a, int b) { return x[a] < x[b]; });
    return front;
}

} // namespace aimc::core::sweep
