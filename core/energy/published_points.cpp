#include "published_points.h"

#include "io/csv_table.h"

#include <array>

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

constexpr std::array<std::string_view, 9> kColumns{"name",     "kind",        "tops_per_w",
                                                   "tops_per_mm2", "act_bits", "weight_bits",
                                                   "node_nm",  "citation",    "note"};
constexpr std::array<std::string_view, 4> kRequired{"name", "kind", "tops_per_w", "citation"};

} // namespace

const char* publishedKindName(PublishedKind k) {
    for (const auto& [kind, name] : kKinds)
        if (kind == k)
            return name;
    return "?";
}

PublishedPointsResult parsePublishedPoints(const std::string& text, const std::string& fileLabel) {
    PublishedPointsResult result;
    const auto table = parseCsvTable(text, fileLabel, kColumns, kRequired);
    if (!table.ok()) {
        result.error = table.error;
        return result;
    }
    for (const auto& rec : table.records) {
        const std::string where = csvWhere(fileLabel, rec.line);
        auto field = [&](std::string_view name) -> const std::string& { return table.field(rec, name); };
        CsvFieldReader ctx{where, {}};
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
        if (auto v = ctx.positive("tops_per_w", field("tops_per_w"), true))
            p.topsPerW = *v;
        p.topsPerMm2 = ctx.positive("tops_per_mm2", field("tops_per_mm2"), false);
        p.actBits = ctx.bits("act_bits", field("act_bits"));
        p.weightBits = ctx.bits("weight_bits", field("weight_bits"));
        p.nodeNm = ctx.positive("node_nm", field("node_nm"), false);
        if (!ctx.error.empty()) {
            result.error = ctx.error;
            return result;
        }
        result.points.push_back(std::move(p));
    }
    return result;
}

PublishedPointsResult loadPublishedPoints(const std::filesystem::path& path) {
    return loadTextWith<PublishedPointsResult>(path, parsePublishedPoints);
}

std::filesystem::path shippedPublishedPointsFile() {
    return shippedResourceFile("published_accelerators.csv");
}

} // namespace aimc::core
