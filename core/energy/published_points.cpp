#include "published_points.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

namespace aimc::core {

namespace {
constexpr std::array<std::pair<PublishedKind, const char*>, 6> kKinds{{
    {PublishedKind::AnalogImc, "analog-imc"},
    {PublishedKind::DigitalImc, "digital-imc"},
    {PublishedKind::Digital, "digital"},
    {PublishedKind::Simulation, "simulation"},
    {PublishedKind::Projection, "projection"},
    {PublishedKind::Baseline, "baseline"},
}};

constexpr std::array<const char*, 9> kColumns{"name",   "kind",    "tops_per_w",
                                              "tops_per_mm2", "act_bits", "weight_bits",
                                              "node_nm", "citation", "note"};
constexpr std::array<const char*, 4> kRequired{"name", "kind", "tops_per_w", "citation"};

// Splits one CSV line; false on an unterminated quote.
bool splitCsv(const std::string& line, std::vector<std::string>& fields) {
    fields.assign(1, {});
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
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

std::optional<double> parseNumber(const std::string& s) {
    double v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || !(v > 0) || !std::isfinite(v))
        return std::nullopt;
    return v;
}

struct RowContext {
    const std::string& where; // "<file>:<line>: "
    std::string error;
    std::optional<double> number(const std::string& column, const std::string& text, bool required) {
        if (text.empty()) {
            if (required)
                error = where + column + " is empty (a positive number is required)";
            return std::nullopt;
        }
        auto v = parseNumber(text);
        if (!v)
            error = where + column + ": expected a positive number, got '" + text + "'";
        return v;
    }
    std::optional<int> bits(const std::string& column, const std::string& text) {
        auto v = number(column, text, false);
        if (v && (*v != static_cast<int>(*v) || *v > 64)) {
            error = where + column + ": expected a whole number of bits (1-64), got '" + text + "'";
            return std::nullopt;
        }
        return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
    }
};
} // namespace

const char* publishedKindName(PublishedKind k) {
    for (const auto& [kind, name] : kKinds)
        if (kind == k)
            return name;
    return "?";
}

PublishedPointsResult parsePublishedPoints(const std::string& text, const std::string& fileLabel) {
    PublishedPointsResult result;
    std::istringstream in(text);
    std::string line;
    std::map<std::string, std::size_t> column; // header name -> index
    std::vector<std::string> fields;
    for (int lineNo = 1; std::getline(in, line); ++lineNo) {
        const std::string where = fileLabel + ":" + std::to_string(lineNo) + ": ";
        const std::string t = trim(line);
        if (t.empty() || t[0] == '#')
            continue;
        if (!splitCsv(t, fields)) {
            result.error = where + "unterminated quoted field";
            return result;
        }
        for (auto& f : fields)
            f = trim(f);
        if (column.empty()) { // the header
            for (std::size_t i = 0; i < fields.size(); ++i) {
                bool known = false;
                for (const char* c : kColumns)
                    known = known || fields[i] == c;
                if (!known) {
                    result.error = where + "unknown column '" + fields[i] + "' in the header";
                    return result;
                }
                column[fields[i]] = i;
            }
            for (const char* c : kRequired)
                if (!column.count(c)) {
                    result.error = where + "the header lacks the column '" + c + "'";
                    return result;
                }
            continue;
        }
        if (fields.size() != column.size()) {
            result.error = where + "expected " + std::to_string(column.size()) + " fields, got " +
                           std::to_string(fields.size());
            return result;
        }
        auto field = [&](const char* name) {
            auto it = column.find(name);
            return it == column.end() ? std::string() : fields[it->second];
        };
        RowContext ctx{where, {}};
        PublishedPoint p;
        p.name = field("name");
        p.citation = field("citation");
        p.note = field("note");
        if (p.name.empty() || p.citation.empty()) {
            result.error = where + (p.name.empty() ? "name" : "citation") + " is empty";
            return result;
        }
        const std::string kind = field("kind");
        bool kindKnown = false;
        for (const auto& [k, name] : kKinds)
            if (kind == name) {
                p.kind = k;
                kindKnown = true;
            }
        if (!kindKnown) {
            std::string allowed;
            for (const auto& [k, name] : kKinds)
                allowed += std::string(allowed.empty() ? "" : ", ") + name;
            result.error = where + "kind: unknown '" + kind + "' (one of " + allowed + ")";
            return result;
        }
        if (auto v = ctx.number("tops_per_w", field("tops_per_w"), true))
            p.topsPerW = *v;
        p.topsPerMm2 = ctx.number("tops_per_mm2", field("tops_per_mm2"), false);
        p.actBits = ctx.bits("act_bits", field("act_bits"));
        p.weightBits = ctx.bits("weight_bits", field("weight_bits"));
        p.nodeNm = ctx.number("node_nm", field("node_nm"), false);
        if (!ctx.error.empty()) {
            result.error = ctx.error;
            return result;
        }
        result.points.push_back(std::move(p));
    }
    if (column.empty())
        result.error = fileLabel + ": no header line";
    else if (result.points.empty())
        result.error = fileLabel + ": no data rows";
    return result;
}

PublishedPointsResult loadPublishedPoints(const std::filesystem::path& path) {
    std::ifstream f(path, std::ios::binary);
    if (!f) {
        PublishedPointsResult r;
        r.error = path.string() + ": cannot open the file";
        return r;
    }
    std::ostringstream ss;
    ss << f.rdbuf();
    return parsePublishedPoints(ss.str(), path.string());
}

std::filesystem::path shippedPublishedPointsFile() {
    namespace fs = std::filesystem;
    constexpr const char* kFile = "published_accelerators.csv";
    if (const char* env = std::getenv("AIMC_RESOURCE_DIR"); env && *env)
        return fs::path(env) / kFile;
    std::error_code ec;
    const auto exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec)
        for (auto dir : {exe.parent_path() / "resources", exe.parent_path() / "../share/aimc/resources"})
            if (fs::exists(dir / kFile, ec))
                return dir / kFile;
    return fs::path(AIMC_SOURCE_RESOURCE_DIR) / kFile;
}

} // namespace aimc::core
