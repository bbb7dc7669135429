// A trained ternary network placed on MRAM crossbar arrays (docs/model.md §5, Doevenspeck Figs. 13-16):
// each layer's im2col weight matrix (inputs x outputs) is tiled on arrays of array.rows x array.cols
// logical outputs, every weight a differential pair of devices sampled for the chip seed. Because
// resistive cells make each array a linear network, every tile reduces to an effective weight
// matrix in LSB units (docs/model.md §3 superposition): an MVM with the exact IR drop is then one matrix
// product, exactly as fast as the variation-only one.
#pragma once

#include "nn/ternary_net.h"
#include "params/params.h"

#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace aimc::core::analog {

enum class IrMode {
    Off,   // device variation only: w' = (G+ - G-)/LSB
    Map,   // per-cell attenuation from one all-inputs-on solve, applied to every MVM
    Exact, // the transfer matrix of each array: exact for any input (resistive cells)
};
const char* toString(IrMode mode);
std::optional<IrMode> parseIrMode(std::string_view text);

struct Tile {
    int row0 = 0, rows = 0; // block of the layer matrix: inputs row0 .. row0+rows-1
    int col0 = 0, cols = 0; // outputs col0 .. col0+cols-1
    nn::Mat weights;        // rows x cols effective weights [LSB]
    nn::Mat positive, negative; // precharge scheme: each physical column's strengths [LSB]
    float adcFullScale = 0; // |partial sum| mapped to the ADC's largest code (0: no ADC yet)
};

struct AnalogLayer {
    int inputs = 0, outputs = 0;
    std::vector<Tile> tiles;
};

// How the precharge scheme turns a column's linear sum s = codes . strengths [LSB x code] into
// the swing the ADC reads (docs/model.md §8), back in LSB x code units:
//   resistive:      V_pre (1 - exp(-kappa s)) / (V_pre kappa),  kappa = G_LSB t_LSB / C_SL
//   current source: linear, dv = s I_LSB t_LSB / C_SL, until the line reaches V_sat; then event-driven.
struct PrechargeReadout {
    bool enabled = false;
    bool resistive = true;
    double kappa = 0;      // resistive: per LSB x code
    double voltsPerUnit = 0; // current source: V per LSB x code in saturation
    double vPre = 0, vSat = 0;
};

struct AnalogChip {
    std::vector<AnalogLayer> layers;
    PrechargeReadout precharge;
    int arrays = 0;            // tiles over all layers
    long long solves = 0;      // crossbar solves spent on the IR drop
    int maxIterations = 0;     // worst solver iterations of any solve
    bool converged = true;
    std::string message;       // why a solve failed
};

// The tiles of an inputs x outputs matrix on arrays of arrayRows x arrayCols (row-major order).
std::vector<Tile> tileMatrix(int inputs, int outputs, int arrayRows, int arrayCols);

// Samples one chip and computes every tile's effective weights. Current-source cells are not
// linear: IrMode::Exact (a transfer matrix) is refused for them with std::invalid_argument;
// Map uses one all-inputs-on Newton solve. array.scheme = precharge also keeps each physical
// column's strengths for the nonlinear readout.
// Returns nullopt when stop was requested.
std::optional<AnalogChip> buildChip(const nn::TernaryNet& net, const Params& p, IrMode mode,
                                    std::uint64_t chipSeed, std::stop_token stop = {});

// The weight matrices of a network, one per layer (inputs x outputs, entries in {-1, 0, +1}): the
// ternary layers' and the binary spiking layers' (a ±1 weight is a ternary weight without zero).
using LayerWeights = std::vector<const nn::Mat*>;
LayerWeights layerWeights(const nn::TernaryNet& net);
std::optional<AnalogChip> buildChip(const LayerWeights& weights, const Params& p, IrMode mode,
                                    std::uint64_t chipSeed, std::stop_token stop = {});

// The ideal chip: effective weights = ternary weights (no devices, no IR drop), same tiling.
AnalogChip idealChip(const nn::TernaryNet& net, const Params& p);
AnalogChip idealChip(const LayerWeights& weights, const Params& p);

} // namespace aimc::core::analog
