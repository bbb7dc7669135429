// Weight counts of well-known networks, drawn on the stored-weights-versus-chip-area chart the way
// Cosemans IEDM 2019 Fig. 8 indicates networks: resources/reference_networks.csv, each row citing
// where its count comes from.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace aimc::core {

struct ReferenceNetwork {
    std::string name;
    double weights = 0;
    std::string citation;
    std::string note;
};

struct ReferenceNetworksResult {
    std::vector<ReferenceNetwork> networks;
    std::string error; // empty on success; otherwise "<file>:<line>: <what>"
    bool ok() const { return error.empty(); }
};

// CSV with the header columns name, weights, citation and optionally note (io/csv_table.h).
ReferenceNetworksResult parseReferenceNetworks(const std::string& text, const std::string& fileLabel);
ReferenceNetworksResult loadReferenceNetworks(const std::filesystem::path& path);
std::filesystem::path shippedReferenceNetworksFile();

} // namespace aimc::core
