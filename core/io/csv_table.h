// A small CSV reader for the shipped data tables in resources/ (published accelerators, reference
// networks): a header row naming the columns, then one record per line. Fields may be
// double-quoted ("" inside quotes is a quote); lines starting with # and blank lines are skipped.
#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace aimc::core {

struct CsvRecord {
    int line = 0;                    // 1-based line in the file
    std::vector<std::string> fields; // trimmed, in header order
};

struct CsvTable {
    std::vector<std::string> header;
    std::vector<CsvRecord> records;
    std::string error; // empty on success; otherwise "<file>:<line>: <what>"
    bool ok() const { return error.empty(); }
    // Index of a header column, or nothing.
    std::optional<std::size_t> column(std::string_view name) const;
    // The field of `record` in column `name` ("" when the table has no such column).
    const std::string& field(const CsvRecord& record, std::string_view name) const;
};

// Every header name must be one of `known` (any name when `known` is empty), every name in `required` must be present, and every
// record must have as many fields as the header.
CsvTable parseCsvTable(const std::string& text, const std::string& fileLabel,
                       std::span<const std::string_view> known,
                       std::span<const std::string_view> required);
// Reads the file; a missing file is an error naming it.
std::optional<std::string> readTextFile(const std::filesystem::path& path, std::string& text);

// parse(text, fileLabel) on the file's text, or a Result whose error says why it could not be read.
template <class Result, class Parse>
Result loadTextWith(const std::filesystem::path& path, Parse parse) {
    std::string text;
    if (auto err = readTextFile(path, text)) {
        Result r;
        r.error = *err;
        return r;
    }
    return parse(text, path.string());
}

// A file shipped in resources/: $AIMC_RESOURCE_DIR, then resources/ beside the executable or in
// ../share/aimc/, then the source tree.
std::filesystem::path shippedResourceFile(const std::string& name);

// "<file>:<line>: " for messages about one record.
std::string csvWhere(const std::string& fileLabel, int line);

// Field conversions of one record; the first failure is kept in `error` ("<where><column>: ...").
struct CsvFieldReader {
    std::string where; // csvWhere(file, line)
    std::string error;
    // A positive finite number; empty text is allowed unless `required`.
    std::optional<double> positive(std::string_view column, const std::string& text, bool required);
    // A whole number of bits, 1 to 64; empty text is allowed.
    std::optional<int> bits(std::string_view column, const std::string& text);
};

} // namespace aimc::core
