// The device-technology extension point (docs/model.md §7, docs/architecture.md "Extension
// points"): every technology answers the same questions, so the array, energy and network code
// never ask which device it is. A technology stores `levels()` states, 0 the weakest; a cell's
// "strength" is its conductance [S] for resistive technologies or its saturated current [A] for
// current-source ones (CellModel). Adding a technology: one class in core/device, one line in
// makeTechnology(), its keys in the device parameter table.
#pragma once

#include "params/params.h"
#include "util/rng.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace aimc::core {

struct LevelMoments {
    double mean = 0, sigma = 0; // of the strength, at the read time device.t_read_s
};

struct WritePath {
    std::optional<double> vWriteV; // the voltage a write needs [V]; unknown for measured data
    bool writable = true;
    std::string reason;  // why (not) writable, for the UI and the CLI
};

class DeviceTechnology {
public:
    virtual ~DeviceTechnology() = default;
    virtual Technology id() const = 0;
    // The cell law the strength feeds: resistive (G) or current source (I_sat).
    virtual CellModel nativeCellModel() const = 0;
    virtual int levels() const = 0;
    int onLevel() const { return levels() - 1; }
    static constexpr int offLevel() { return 0; }
    // One device of `level` for one chip; draws from `rng` (a fixed number of draws per call
    // where the technology allows, so the chip's other devices do not shift).
    virtual double sample(int level, Rng& rng) const = 0;
    // Exact moments where the model has them, the data's where it is measured.
    virtual LevelMoments moments(int level) const = 0;
    virtual WritePath writePath() const = 0;
    // Time until the stored state has drifted by half an LSB (MTJ: thermal retention) [s].
    // Empty where the model cannot tell (measured resistances say nothing about retention).
    virtual std::optional<double> retentionSeconds() const = 0;
    // Mean strength of `level` at time t after programming over its value at device.t_read_s;
    // 1 for technologies that do not drift (the Device page's drift plot).
    virtual double driftFactor(int level, double tSeconds) const {
        (void)level;
        (void)tSeconds;
        return 1.0;
    }
    virtual bool drifts() const { return false; }
};

// The technology of these parameters. Throws std::invalid_argument when it cannot be built
// (device.technology = measured without a file); checkTechnology() says so beforehand.
std::unique_ptr<const DeviceTechnology> makeTechnology(const DeviceParams& p);

// Empty when the device parameters make a technology that the array settings can use,
// otherwise a message naming the key (cross-key rules: eCD > 0, measured data present, IGZO
// cells are current sources).
std::optional<std::string> checkTechnology(const DeviceParams& d, const ArrayParams& a);

// The key text of a technology ("sot-mram", ...), as in the parameter table.
std::string_view technologyKey(Technology t);

} // namespace aimc::core
