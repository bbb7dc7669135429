// Published accelerator data points for the comparison chart (Cosemans IEDM 2019 Fig. 9 idea):
// resources/published_accelerators.csv, one row per point, every row citing its paper.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace aimc::core {

enum class PublishedKind { AnalogImc, DigitalImc, Digital, Simulation, Projection, Baseline };
const char* publishedKindName(PublishedKind k); // as written in the file

struct PublishedPoint {
    std::string name;
    PublishedKind kind = PublishedKind::AnalogImc;
    double topsPerW = 0;
    std::optional<double> topsPerMm2;
    std::optional<int> actBits, weightBits;
    std::optional<double> nodeNm;
    std::string citation;
    std::string note;
};

struct PublishedPointsResult {
    std::vector<PublishedPoint> points;
    std::string error; // empty on success; otherwise "<file>:<line>: <what>"
    bool ok() const { return error.empty(); }
};

// CSV with a header naming the columns name, kind, tops_per_w, tops_per_mm2, act_bits,
// weight_bits, node_nm, citation, note (any order; the optional ones may be empty). Fields may be
// double-quoted ("" inside quotes is a quote); lines starting with # and blank lines are skipped.
PublishedPointsResult parsePublishedPoints(const std::string& text, const std::string& fileLabel);
PublishedPointsResult loadPublishedPoints(const std::filesystem::path& path);

// The shipped file: $AIMC_RESOURCE_DIR, then resources/ beside the executable or in
// ../share/aimc/, then the source tree.
std::filesystem::path shippedPublishedPointsFile();

} // namespace aimc::core
