#include "csv_table.h"

#include "file_read.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace aimc::core {

namespace {
// Splits one CSV line; false on an unterminated quote.
bool splitCsv(const std::string& line, std::vector<std::string>& fields) {
    fields.assign(1, {});
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
            fields.back() += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
    return !quoted;
}

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos)
        return {};
    return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}
} // namespace

std::optional<std::size_t> CsvTable::column(std::string_view name) const {
    const auto it = std::find(header.begin(), header.end(), name);
    return it == header.end() ? std::nullopt : std::optional<std::size_t>(it - header.begin());
}

const std::string& CsvTable::field(const CsvRecord& record, std::string_view name) const {
    static const std::string empty;
    const auto c = column(name);
    return c ? record.fields[*c] : empty;
}

std::string csvWhere(const std::string& fileLabel, int line) {
    return fileLabel + ":" + std::to_string(line) + ": ";
}

CsvTable parseCsvTable(const std::string& text, const std::string& fileLabel,
                       std::span<const std::string_view> known,
                       std::span<const std::string_view> required) {
    CsvTable t;
    std::istringstream in(text);
    std::string line;
    std::vector<std::string> fields;
    for (int lineNo = 1; std::getline(in, line); ++lineNo) {
        const std::string where = csvWhere(fileLabel, lineNo);
        const std::string s = trim(line);
        if (s.empty() || s[0] == '#')
            continue;
        if (!splitCsv(s, fields)) {
            t.error = where + "unterminated quoted field";
            return t;
        }
        for (auto& f : fields)
            f = trim(f);
        if (t.header.empty()) {
            for (const auto& name : fields)
                if (!known.empty() && std::find(known.begin(), known.end(), name) == known.end()) {
                    t.error = where + "unknown column '" + name + "' in the header";
                    return t;
                }
            t.header = fields;
            for (auto name : required)
                if (!t.column(name)) {
                    t.error = where + "the header lacks the column '" + std::string(name) + "'";
                    return t;
                }
            continue;
        }
        if (fields.size() != t.header.size()) {
            t.error = where + "expected " + std::to_string(t.header.size()) + " fields, got " +
                      std::to_string(fields.size());
            return t;
        }
        t.records.push_back({lineNo, fields});
    }
    if (t.header.empty())
        t.error = fileLabel + ": no header line";
    else if (t.records.empty())
        t.error = fileLabel + ": no data rows";
    return t;
}

std::optional<double> CsvFieldReader::positive(std::string_view column, const std::string& text,
                                              bool required) {
    if (text.empty()) {
        if (required && error.empty())
            error = where + std::string(column) + " is empty (a positive number is required)";
        return std::nullopt;
    }
    double v = 0;
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || p != text.data() + text.size() || !(v > 0) || !std::isfinite(v)) {
        if (error.empty())
            error = where + std::string(column) + ": expected a positive number, got '" + text + "'";
        return std::nullopt;
    }
    return v;
}

std::optional<int> CsvFieldReader::bits(std::string_view column, const std::string& text) {
    const auto v = positive(column, text, false);
    if (v && (*v != std::floor(*v) || *v > 64)) {
        if (error.empty())
            error = where + std::string(column) + ": expected a whole number of bits (1-64), got '" + text + "'";
        return std::nullopt;
    }
    return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
}

std::optional<std::string> readTextFile(const std::filesystem::path& path, std::string& text) {
    auto read = readRegularFile(path);
    if (!read.text)
        return read.error;
    text = std::move(*read.text);
    return std::nullopt;
}

std::filesystem::path shippedResourceFile(const std::string& name) {
    namespace fs = std::filesystem;
    if (const char* env = std::getenv("AIMC_RESOURCE_DIR"); env && *env)
        return fs::path(env) / name;
    std::error_code ec;
    const auto exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec)
        for (auto dir : {exe.parent_path() / "resources", exe.parent_path() / "../share/aimc/resources"})
            if (fs::exists(dir / name, ec))
                return dir / name;
    return fs::path(AIMC_SOURCE_RESOURCE_DIR) / name;
}

} // namespace aimc::core
