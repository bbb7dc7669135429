#include "spice_export.h"

#include "cell_law.h"

#include <cstdio>
#include <sstream>

namespace aimc::core::array {
std::string spiceNumber(double x) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", x);
    return buf;
}

namespace {
std::string num(double x) { return spiceNumber(x); }
std::string al(int i, int j) { return "a_" + std::to_string(i) + "_" + std::to_string(j); }
std::string sl(int i, int j) { return "s_" + std::to_string(i) + "_" + std::to_string(j); }

// A wire segment: a resistor, or a 0 V source when the wire is ideal.
void wire(std::ostringstream& os, const std::string& name, const std::string& a,
          const std::string& b, double r) {
    if (r > 0)
        os << "R" << name << " " << a << " " << b << " " << num(r) << "\n";
    else
        os << "V" << name << " " << a << " " << b << " DC 0\n";
}
} // namespace

namespace {
// The wires of the topology (docs/model.md §3): row i from its source node through the driver
// and the activation line; column j down the summation line to `end(j)`.
template <class RowSource, class ColumnEnd>
void writeWires(std::ostringstream& os, const CrossbarCircuit& c, RowSource source, ColumnEnd end) {
    for (int i = 0; i < c.rows; ++i) {
        const std::string d = "d_" + std::to_string(i);
        wire(os, "DRV_" + std::to_string(i), source(i), d, c.rDriver);
        wire(os, "AL_" + std::to_string(i) + "_0", d, al(i, 0), c.rAl);
        for (int j = 0; j + 1 < c.physicalCols; ++j)
            wire(os, "AL_" + std::to_string(i) + "_" + std::to_string(j + 1), al(i, j), al(i, j + 1), c.rAl);
    }
    for (int j = 0; j < c.physicalCols; ++j) {
        for (int i = 0; i + 1 < c.rows; ++i)
            wire(os, "SL_" + std::to_string(i) + "_" + std::to_string(j), sl(i, j), sl(i + 1, j), c.rSl);
        wire(os, "SL_" + std::to_string(c.rows - 1) + "_" + std::to_string(j) + "_end", sl(c.rows - 1, j), end(j),
             c.rSl > 0 ? c.rSl + c.rSlTail : 0.0);
    }
}

std::string header(const CrossbarCircuit& c, const char* what) {
    std::ostringstream os;
    os << "* AiMC Explorer crossbar" << what << ": " << c.rows << " rows x " << c.physicalCols
       << " physical columns (" << (c.differential ? "differential" : "single-ended")
       << "), r_AL = " << num(c.rAl) << " ohm, r_SL = " << num(c.rSl) << " ohm, r_driver = "
       << num(c.rDriver) << " ohm, V_clamp = " << num(c.vClamp) << " V, cells: "
       << cellLaw(c.model).name() << "\n";
    return os.str();
}
} // namespace

std::string spiceNetlist(const CrossbarCircuit& c, const Eigen::VectorXd& activations) {
    const Eigen::VectorXd v = rowVoltages(c, activations);
    const CellLaw& law = cellLaw(c.model);
    std::ostringstream os;
    os << header(c, "");
    for (int i = 0; i < c.rows; ++i)
        os << "VIN_" << i << " in_" << i << " 0 DC " << num(v[i]) << "\n";
    writeWires(os, c, [](int i) { return "in_" + std::to_string(i); }, [](int) { return std::string("clamp"); });
    os << "VCLAMP clamp 0 DC " << num(c.vClamp) << "\n";
    for (int i = 0; i < c.rows; ++i)
        for (int j = 0; j < c.physicalCols; ++j) {
            const std::string tag = std::to_string(i) + "_" + std::to_string(j);
            os << law.spiceElement(c, i, j, tag, al(i, j), sl(i, j), activations[i] > 0);
        }
    // Tight tolerances: the check compares node voltages to 1 µV and better.
    os << ".options reltol=1e-9 vntol=1e-12 abstol=1e-18 itl1=1000\n"
       << ".control\nop\noption numdgt=15\nprint all\n.endc\n.end\n";
    return os.str();
}

std::string spiceTransientNetlist(const CrossbarCircuit& c, std::span<const int> codes, double tLsbS, double vPre,
                                  double cSlF) {
    const CellLaw& law = cellLaw(c.model);
    std::ostringstream os;
    os << header(c, " (precharge transient)");
    os << "* activation lines at 0 V; each row's cells are gated by its pulse g_i (code x t_LSB); each\n"
       << "* summation line ends in C_SL = " << num(cSlF) << " F precharged to " << num(vPre) << " V\n";
    const double rise = 1e-3 * tLsbS; // symmetric edges: the gate integral is exactly the pulse width
    int top = 0;
    for (int i = 0; i < c.rows; ++i) {
        const int x = codes[static_cast<std::size_t>(i)];
        top = std::max(top, x);
        os << "VG_" << i << " g_" << i << " 0 ";
        if (x > 0)
            os << "PWL(0 0 " << num(rise) << " 1 " << num(x * tLsbS) << " 1 " << num(x * tLsbS + rise) << " 0)\n";
        else
            os << "DC 0\n";
    }
    writeWires(os, c, [](int) { return std::string("0"); }, [](int j) { return "cap_" + std::to_string(j); });
    for (int j = 0; j < c.physicalCols; ++j)
        os << "CSL_" << j << " cap_" << j << " 0 " << num(cSlF) << " IC=" << num(vPre) << "\n";
    for (int i = 0; i < c.rows; ++i)
        for (int j = 0; j < c.physicalCols; ++j)
            os << law.spiceGatedElement(c, i, j, std::to_string(i) + "_" + std::to_string(j), al(i, j), sl(i, j),
                                        "g_" + std::to_string(i));
    const double stop = top * tLsbS + 2 * rise;
    os << ".options reltol=1e-9 vntol=1e-12 abstol=1e-18 itl4=100\n"
       << ".control\ntran " << num(tLsbS / 200) << " " << num(stop) << " 0 " << num(tLsbS / 200) << " uic\n";
    for (int j = 0; j < c.physicalCols; ++j)
        os << "meas tran vend_" << j << " find v(cap_" << j << ") at=" << num(stop) << "\n";
    os << ".endc\n.end\n";
    return os.str();
}

} // namespace aimc::core::array
