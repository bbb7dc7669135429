#include "reference_networks.h"

#include "io/csv_table.h"

#include <array>

namespace aimc::core {

namespace {
constexpr std::array<std::string_view, 4> kColumns{"name", "weights", "citation", "note"};
constexpr std::array<std::string_view, 3> kRequired{"name", "weights", "citation"};
} // namespace

ReferenceNetworksResult parseReferenceNetworks(const std::string& text, const std::string& fileLabel) {
    ReferenceNetworksResult result;
    const auto table = parseCsvTable(text, fileLabel, kColumns, kRequired);
    if (!table.ok()) {
        result.error = table.error;
        return result;
    }
    for (const auto& rec : table.records) {
        CsvFieldReader reader{csvWhere(fileLabel, rec.line), {}};
        ReferenceNetwork n{table.field(rec, "name"), 0, table.field(rec, "citation"), table.field(rec, "note")};
        if (n.name.empty() || n.citation.empty()) {
            result.error = reader.where + (n.name.empty() ? "name" : "citation") + " is empty";
            return result;
        }
        if (auto w = reader.positive("weights", table.field(rec, "weights"), true))
            n.weights = *w;
        if (!reader.error.empty()) {
            result.error = reader.error;
            return result;
        }
        result.networks.push_back(std::move(n));
    }
    return result;
}

ReferenceNetworksResult loadReferenceNetworks(const std::filesystem::path& path) {
    return loadTextWith<ReferenceNetworksResult>(path, parseReferenceNetworks);
}

std::filesystem::path shippedReferenceNetworksFile() {
    return shippedResourceFile("reference_networks.csv");
}

} // namespace aimc::core
