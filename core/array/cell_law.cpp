#include "cell_law.h"

#include "crossbar_circuit.h"
#include "device/device_monte_carlo.h"
#include "energy/discharge_time.h"
#include "spice_export.h"

#include <algorithm>

namespace aimc::core::array {
namespace {
std::string num(double v) { return spiceNumber(v); }

// I = G (a - s): the network is linear.
class ResistiveLaw final : public CellLaw {
public:
    CellModel model() const override { return CellModel::Resistive; }
    std::string_view name() const override { return "resistive"; }
    bool linear() const override { return true; }
    double rowVoltage(double activation, double vRead) const override { return activation * vRead; }
    double current(const CrossbarCircuit& c, int i, int j, double d, bool) const override {
        return c.g(i, j) * d;
    }
    double idealCurrent(const CrossbarCircuit& c, int i, int j, double vRow, bool) const override {
        return vRow * c.g(i, j);
    }
    double seenStrength(const CrossbarCircuit& c, int i, int j, double d) const override {
        return c.g(i, j) * d / c.vRead;
    }
    double lsbCurrent(const CrossbarCircuit& c, double vRow, bool) const override {
        return std::abs(vRow) * (c.gpMean - c.gapMean);
    }
    std::string spiceElement(const CrossbarCircuit& c, int i, int j, const std::string& tag, const std::string& a,
                             const std::string& s, bool) const override {
        if (!(c.g(i, j) > 0))
            return {};
        return "RC_" + tag + " " + a + " " + s + " " + num(1.0 / c.g(i, j)) + "\n";
    }
    std::string spiceGatedElement(const CrossbarCircuit& c, int i, int j, const std::string& tag, const std::string& a,
                                  const std::string& s, const std::string& gate) const override {
        if (!(c.g(i, j) > 0))
            return {};
        return "BC_" + tag + " " + a + " " + s + " I=" + num(c.g(i, j)) + "*(V(" + a + ")-V(" + s + "))*V(" + gate + ")\n";
    }
    void dischargeTime(const Params& p, DischargeTime& d) const override {
        d.rCellOhm = dischargeRonOhm(p.device);
        d.seconds = dischargeTimeResistiveS(p.array.rows, p.periphery.c_cell_ff * 1e-15,
                                            p.periphery.active_fraction, d.rCellOhm);
    }
};

// I = I_sat min(1, (a - s)/V_sat) while the row is on (Cosemans Fig. 4): nonlinear.
class CurrentSourceLaw final : public CellLaw {
public:
    CellModel model() const override { return CellModel::CurrentSource; }
    std::string_view name() const override { return "current source"; }
    bool linear() const override { return false; }
    double rowVoltage(double activation, double vRead) const override { return activation > 0 ? vRead : 0.0; }
    double current(const CrossbarCircuit& c, int i, int j, double d, bool rowOn) const override {
        return rowOn ? c.iSat(i, j) * std::min(1.0, d / c.vSat) : 0.0;
    }
    double idealCurrent(const CrossbarCircuit& c, int i, int j, double, bool rowOn) const override {
        return rowOn ? c.iSat(i, j) : 0.0;
    }
    double seenStrength(const CrossbarCircuit& c, int i, int j, double d) const override {
        return c.g(i, j) * std::min(1.0, d / c.vSat);
    }
    double lsbCurrent(const CrossbarCircuit& c, double, bool rowOn) const override {
        return rowOn ? c.iPerStrength * (c.gpMean - c.gapMean) : 0.0;
    }
    std::string spiceElement(const CrossbarCircuit& c, int i, int j, const std::string& tag, const std::string& a,
                             const std::string& s, bool rowOn) const override {
        if (!rowOn || !(c.iSat(i, j) > 0)) // off rows and unused cells: absent
            return {};
        return "BC_" + tag + " " + a + " " + s + " I=" + num(c.iSat(i, j)) + "*min(1, (V(" + a + ")-V(" + s +
               "))/" + num(c.vSat) + ")\n";
    }
    std::string spiceGatedElement(const CrossbarCircuit& c, int i, int j, const std::string& tag, const std::string& a,
                                  const std::string& s, const std::string& gate) const override {
        if (!(c.iSat(i, j) > 0))
            return {};
        return "BC_" + tag + " " + a + " " + s + " I=-" + num(c.iSat(i, j)) + "*min(1, (V(" + s + ")-V(" + a + "))/" +
               num(c.vSat) + ")*V(" + gate + ")\n";
    }
    void dischargeTime(const Params& p, DischargeTime& d) const override {
        d.iCellA = cellOnCurrentA(p);
        d.swingV = p.periphery.dv_sl_v;
        d.seconds = dischargeTimeCurrentSourceS(p.array.rows, p.periphery.c_cell_ff * 1e-15,
                                                p.periphery.active_fraction, d.iCellA, d.swingV);
    }
};
} // namespace

const CellLaw& cellLaw(CellModel model) {
    static const ResistiveLaw resistive;
    static const CurrentSourceLaw currentSource;
    return model == CellModel::CurrentSource ? static_cast<const CellLaw&>(currentSource) : resistive;
}

} // namespace aimc::core::array
