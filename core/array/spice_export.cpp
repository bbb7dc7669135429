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

std::string spiceNetlist(const CrossbarCircuit& c, const Eigen::VectorXd& activations) {
    const Eigen::VectorXd v = rowVoltages(c, activations);
    const CellLaw& law = cellLaw(c.model);
    std::ostringstream os;
    os << "* AiMC Explorer crossbar: " << c.rows << " rows x " << c.physicalCols
       << " physical columns (" << (c.differential ? "differential" : "single-ended")
       << "), r_AL = " << num(c.rAl) << " ohm, r_SL = " << num(c.rSl) << " ohm, r_driver = "
       << num(c.rDriver) << " ohm, V_clamp = " << num(c.vClamp) << " V, cells: "
       << cellLaw(c.model).name() << "\n";
    for (int i = 0; i < c.rows; ++i) {
        const std::string in = "in_" + std::to_string(i), d = "d_" + std::to_string(i);
        os << "VIN_" << i << " " << in << " 0 DC " << num(v[i]) << "\n";
        wire(os, "DRV_" + std::to_string(i), in, d, c.rDriver);
        wire(os, "AL_" + std::to_string(i) + "_0", d, al(i, 0), c.rAl);
        for (int j = 0; j + 1 < c.physicalCols; ++j)
            wire(os, "AL_" + std::to_string(i) + "_" + std::to_string(j + 1), al(i, j), al(i, j + 1), c.rAl);
    }
    os << "VCLAMP clamp 0 DC " << num(c.vClamp) << "\n";
    for (int j = 0; j < c.physicalCols; ++j) {
        for (int i = 0; i + 1 < c.rows; ++i)
            wire(os, "SL_" + std::to_string(i) + "_" + std::to_string(j), sl(i, j), sl(i + 1, j), c.rSl);
        wire(os, "SL_" + std::to_string(c.rows - 1) + "_" + std::to_string(j) + "_clamp",
             sl(c.rows - 1, j), "clamp", c.rSl);
    }
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

} // namespace aimc::core::array
