// The cell-law extension point (docs/model.md §3, docs/architecture.md "Extension points"): how
// one cell conducts. The solvers, the SPICE export, the IR-drop analysis, the discharge time and
// the network path ask the law of the circuit's CellModel; none of them branch on the model.
// Adding a law: a class in cell_law.cpp, a CellModel value, a choice in array.cell_model.
#pragma once

#include "params/params.h"

#include <string>
#include <string_view>

namespace aimc::core {
struct DischargeTime;
}

namespace aimc::core::array {

struct CrossbarCircuit;

class CellLaw {
public:
    virtual ~CellLaw() = default;
    virtual CellModel model() const = 0;
    virtual std::string_view name() const = 0; // "resistive", "current source"
    // Superposition holds: one factorisation serves every drive (batched unit solves, the
    // transfer matrix, the network's exact IR drop).
    virtual bool linear() const = 0;
    // Drive voltage of a row for an activation in [0, 1] (voltage or gate encoding).
    virtual double rowVoltage(double activation, double vRead) const = 0;
    // Current of cell (i, j) with voltage d = a - s across it; rowOn: its row is driven.
    virtual double current(const CrossbarCircuit& c, int i, int j, double d, bool rowOn) const = 0;
    // The same without IR drop: the row's drive vRow (from the clamp) across the cell.
    virtual double idealCurrent(const CrossbarCircuit& c, int i, int j, double vRow, bool rowOn) const = 0;
    // The strength the driven row sees at voltage d across the cell: G d / V_read (resistive),
    // strength x min(1, d / V_sat) (current source); the IR-drop map of the network path.
    virtual double seenStrength(const CrossbarCircuit& c, int i, int j, double d) const = 0;
    // One LSB of column current contributed by one driven row (full-scale normalisation).
    virtual double lsbCurrent(const CrossbarCircuit& c, double vRow, bool rowOn) const = 0;
    // The SPICE element card of cell (i, j) between nodes a and s, or "" when it draws nothing.
    virtual std::string spiceElement(const CrossbarCircuit& c, int i, int j, const std::string& tag,
                                     const std::string& a, const std::string& s, bool rowOn) const = 0;
    // The same cell gated by a 0/1 voltage on node `gate` (the precharge transient's pulse).
    virtual std::string spiceGatedElement(const CrossbarCircuit& c, int i, int j, const std::string& tag,
                                          const std::string& a, const std::string& s, const std::string& gate) const = 0;
    // Summation-line discharge time (docs/model.md §3, Cosemans Fig. 6) for these parameters.
    virtual void dischargeTime(const Params& p, DischargeTime& out) const = 0;
};

const CellLaw& cellLaw(CellModel model);

} // namespace aimc::core::array
