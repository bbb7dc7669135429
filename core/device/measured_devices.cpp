#include "measured_devices.h"

#include "io/csv_table.h"
#include "util/stats.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <numbers>

namespace aimc::core {
namespace {
constexpr std::array<std::string_view, 6> kColumns{"state", "resistance_ohm", "die", "x", "y", "cd_nm"};
constexpr std::array<std::string_view, 2> kRequired{"state", "resistance_ohm"};
constexpr int kMaxLevels = 64;

// -1 = AP/HRS, -2 = P/LRS, 0.. = a level index, nullopt = not a state.
std::optional<int> parseState(const std::string& s) {
    if (s == "AP" || s == "HRS")
        return -1;
    if (s == "P" || s == "LRS")
        return -2;
    int level = -1;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), level);
    if (ec != std::errc() || end != s.data() + s.size() || level < 0 || level >= kMaxLevels)
        return std::nullopt;
    return level;
}

MeasuredLoad failure(std::string message) { return {nullptr, std::move(message)}; }
} // namespace

MeasuredLoad parseMeasuredCsv(const std::string& text, const std::string& fileLabel) {
    const CsvTable t = parseCsvTable(text, fileLabel, kColumns, kRequired);
    if (!t.ok())
        return failure(t.error);
    if (t.records.empty())
        return failure(fileLabel + ": no devices (a header line, then one device per line)");
    auto data = std::make_shared<MeasuredDevices>();
    data->file = fileLabel;
    std::vector<std::vector<double>> byLevel;
    std::vector<int> firstLine;
    bool mtj = false, indexed = false;
    for (const CsvRecord& r : t.records) {
        const std::string where = csvWhere(fileLabel, r.line);
        const std::string& stateText = t.field(r, "state");
        const auto state = parseState(stateText);
        if (!state)
            return failure(where + "state: '" + stateText + "' is not a state (P, AP, LRS, HRS or a level index 0-" +
                           std::to_string(kMaxLevels - 1) + ")");
        (*state < 0 ? mtj : indexed) = true;
        if (mtj && indexed)
            return failure(where + "state: '" + stateText + "' mixes MTJ states (P/AP) with level indices");
        CsvFieldReader read{where, {}};
        const auto ohm = read.positive("resistance_ohm", t.field(r, "resistance_ohm"), true);
        if (!ohm)
            return failure(read.error);
        // die, x and y are accepted for the user's bookkeeping; the model does not use them.
        if (!t.field(r, "cd_nm").empty() && !read.positive("cd_nm", t.field(r, "cd_nm"), false))
            return failure(read.error);
        const int level = *state == -1 ? 0 : *state == -2 ? 1 : *state;
        if (static_cast<int>(byLevel.size()) <= level) {
            byLevel.resize(static_cast<std::size_t>(level) + 1);
            firstLine.resize(static_cast<std::size_t>(level) + 1, 0);
        }
        if (byLevel[static_cast<std::size_t>(level)].empty())
            firstLine[static_cast<std::size_t>(level)] = r.line;
        byLevel[static_cast<std::size_t>(level)].push_back(1.0 / *ohm);
    }
    if (mtj && byLevel.size() < 2)
        byLevel.resize(2);
    for (std::size_t l = 0; l < byLevel.size(); ++l) {
        const std::string name = mtj ? (l == 0 ? "AP" : "P") : std::to_string(l);
        if (byLevel[l].empty())
            return failure(fileLabel + ": state: no devices for state " + name +
                           (mtj ? " (an MTJ file needs both P and AP devices)" : " (levels must run 0, 1, 2, ... without gaps)"));
        data->levelNames.push_back(name);
        const Moments m = core::moments(byLevel[l]);
        data->moments.push_back({m.mean, m.sigma});
    }
    if (byLevel.size() < 2)
        return failure(fileLabel + ": state: only one state; a weight needs at least two (P and AP, or levels 0 and 1)");
    for (std::size_t l = 1; l < byLevel.size(); ++l)
        if (!(data->moments[l].mean > data->moments[l - 1].mean))
            return failure(csvWhere(fileLabel, firstLine[l]) + "state: " + data->levelNames[l] +
                           " has a mean conductance not above " + data->levelNames[l - 1] +
                           "'s (P must be below AP in resistance; levels count up from the highest resistance)");
    data->mtjStates = mtj;
    data->devices = static_cast<int>(t.records.size());
    data->conductance = std::move(byLevel);
    return {std::move(data), {}};
}

MeasuredLoad loadMeasuredCsv(const std::filesystem::path& path) {
    return loadTextWith<MeasuredLoad>(path, [](const std::string& text, const std::string& label) {
        return parseMeasuredCsv(text, label);
    });
}

MeasuredTechnology::MeasuredTechnology(std::shared_ptr<const MeasuredDevices> data) : m_data(std::move(data)) {}

double MeasuredTechnology::sample(int level, Rng& rng) const {
    const auto& g = m_data->conductance[static_cast<std::size_t>(level)];
    const auto n = g.size();
    return g[std::min(n - 1, static_cast<std::size_t>(rng.uniform() * static_cast<double>(n)))];
}

WritePath MeasuredTechnology::writePath() const {
    return {std::nullopt, true, "not known from resistance data (the file has no write measurements)"};
}

MtjFit fitMtj(const MeasuredDevices& data, double raOhmUm2) {
    MtjFit fit;
    if (!data.mtjStates) {
        fit.message = "the MTJ model fits P/AP data only; this file has level indices";
        return fit;
    }
    // G = π r² / RA with r ~ N(μ, s): a = E[G] RA/π = μ² + s², b = Var[G] RA²/π² = 4μ²s² + 2s⁴,
    // hence s² = a - sqrt(a² - b/2) and μ² = a - s².
    const LevelMoments p = data.moments[1], ap = data.moments[0];
    const double a = p.mean * raOhmUm2 / std::numbers::pi;
    const double b = p.sigma * p.sigma * raOhmUm2 * raOhmUm2 / (std::numbers::pi * std::numbers::pi);
    const double disc = a * a - 0.5 * b;
    if (!(disc >= 0)) {
        fit.message = "the P conductances spread too widely for a Gaussian radius";
        return fit;
    }
    const double s2 = std::max(0.0, a - std::sqrt(disc));
    fit.ok = true;
    fit.raOhmUm2 = raOhmUm2;
    fit.sigmaRadiusNm = std::sqrt(s2) * 1e3;
    fit.ecdNm = 2.0 * std::sqrt(a - s2) * 1e3;
    fit.tmrAtRead = p.mean / ap.mean - 1.0;
    // KS distance against the fitted P(G <= g).
    std::vector<double> g = data.conductance[1];
    std::sort(g.begin(), g.end());
    const double n = static_cast<double>(g.size());
    for (std::size_t i = 0; i < g.size(); ++i) {
        const double cdf = fittedConductanceCdf(fit, true, g[i]);
        fit.ksDistanceP = std::max({fit.ksDistanceP, std::abs(cdf - i / n), std::abs(cdf - (i + 1) / n)});
    }
    return fit;
}

double fittedConductanceCdf(const MtjFit& fit, bool parallel, double g) {
    // P(G_P <= g) = P(|r| <= sqrt(g RA / π)), r Gaussian; an AP device is its P device / (1 + TMR).
    const double gp = parallel ? g : g * (1.0 + fit.tmrAtRead);
    if (!(gp > 0))
        return 0.0;
    const double mu = 0.5 * fit.ecdNm * 1e-3, s = fit.sigmaRadiusNm * 1e-3;
    const auto phi = [](double z) { return 0.5 * std::erfc(-z / std::numbers::sqrt2); };
    const double r = std::sqrt(gp * fit.raOhmUm2 / std::numbers::pi);
    return s > 0 ? phi((r - mu) / s) - phi((-r - mu) / s) : (r >= mu ? 1.0 : 0.0);
}

} // namespace aimc::core
