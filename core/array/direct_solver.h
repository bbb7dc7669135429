// Reference solver for tests and the benchmark (docs/model.md §3): the full nodal system of the
// crossbar assembled node by node from the topology (independently of the line solvers) and
// solved by Eigen's sparse Cholesky (SimplicialLDLT, AMD ordering). Zero-resistance wires merge
// their nodes (union-find), so ideal lines need no special case. Current-source cells use the
// same active-set Newton as the production solver. Memory grows fast: small arrays only.
#pragma once

#include "crossbar_solver.h"

namespace aimc::core::array {

struct DirectSolution {
    RowMatrix a, s;                // node voltages [V], N x P
    Eigen::VectorXd columnCurrent; // P [A]
    long long unknowns = 0;        // free nodes after merging ideal wires
    long long factorNonZeros = 0;  // non-zeros of L
    int newtonIterations = 0;
    bool ok = false;
    std::string message;
};

DirectSolution solveDirect(const CrossbarCircuit& c, const Eigen::VectorXd& activations);

} // namespace aimc::core::array
