// A sweep's results read back for plotting (the Explore page): columns by name, cells as numbers
// (true/false as 1/0, anything else NaN), the columns that are parameter keys, and the Pareto front.
#pragma once

#include "io/csv_table.h"
#include "params/params.h"

#include <filesystem>
#include <string>
#include <vector>

namespace aimc::core::sweep {

struct ResultsTable {
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> cells; // [row][column]
    std::vector<std::vector<double>> numbers;    // [row][column], NaN where not a number
    std::string error;

    int column(const std::string& name) const; // -1 when absent
    // Columns holding numbers in every ok row (what can be plotted).
    std::vector<std::string> numericColumns() const;
    // The varied parameters: columns (after "point") that are parameter keys, in file order.
    std::vector<std::string> parameterColumns() const;
    // `base` with every parameter column of `row` applied.
    Params pointParams(int row, const Params& base) const;
};

ResultsTable parseResultsTable(const std::string& text, const std::string& fileLabel);
ResultsTable loadResultsTable(const std::filesystem::path& path);

// Rows on the Pareto front of (x, y): no other row is at least as good in both and better in one.
// maximizeX/maximizeY pick the direction; NaN rows are ignored. Sorted by x.
std::vector<int> paretoFront(const std::vector<double>& x, const std::vector<double>& y, bool maximizeX,
                             bool maximizeY);

} // namespace aimc::core::sweep
