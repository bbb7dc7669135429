// Doevenspeck Table I, live (docs/model.md §7): every shipped technology's device questions
// answered on the current array, beside the values the papers print.
#pragma once

#include "device_monte_carlo.h"
#include "energy/energy_model.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace aimc::core {

struct ShippedTechnology {
    Technology technology;
    std::string_view preset;     // shipped preset that defines its device
    std::string_view paperSigmaW; // the paper's row (Table I, or Cosemans §V where Table I has none)
    std::string_view paperRon;
    std::string_view paperVwr;
    std::string_view paperSource;
};
std::span<const ShippedTechnology> shippedTechnologies();
// Table I's rows for technologies the product does not model (Flash, RRAM), for the comparison.
std::span<const ShippedTechnology> paperOnlyTechnologies();

struct TechnologyRow {
    ShippedTechnology shipped;
    Params params;                // the current array, periphery and sim; this technology's device
    std::string error;            // the row could not be built (its preset failed to load)
    WeightSigmas sigmaW{};        // analytic, per LSB
    bool currentCell = false;     // I_cell rather than R_ON
    double ronOhm = 0, iCellA = 0; // mean on-device resistance or current (Monte Carlo)
    WritePath write;
    std::optional<double> retentionS;
    double topsPerW = 0;
    Feasibility feasibility = Feasibility::Ok;
};

// The parameters of a row: `current` with the device group of `technologyPreset` and the cell
// model the technology reads through (its native one).
Params technologyParams(const Params& current, const Params& technologyPreset);

// One row per shipped technology; everything but the network accuracy (the caller runs it on
// row.params, which can take seconds).
std::vector<TechnologyRow> technologyRows(const Params& current);

} // namespace aimc::core
