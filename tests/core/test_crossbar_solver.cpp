// The production IR-drop solver (docs/model.md §3) against the independent sparse direct solve, the
// analytic limits, superposition, batching, thread-count independence, cancellation and failure.
#include "array/crossbar_solver.h"
#include "array/direct_solver.h"
#include "crossbar_test_params.h"
#include "util/job_runner.h"

#include <QtTest>
#include <chrono>
#include <cmath>
#include <thread>

using namespace aimc::core;
using namespace aimc::core::array;

namespace {
double maxAbs(const RowMatrix& m) { return m.cwiseAbs().maxCoeff(); }

// Node voltages to 1e-9 of V_read and column currents to 1e-8 of their largest value.
void compareToDirect(const CrossbarCircuit& c, const Eigen::VectorXd& x, const SolveOptions& opt) {
    const auto sol = solveCrossbar(c, x, opt);
    QVERIFY2(sol.ok(), sol.message.c_str());
    QVERIFY(sol.residual <= opt.tolerance);
    const auto ref = solveDirect(c, x);
    QVERIFY2(ref.ok, ref.message.c_str());
    const double da = maxAbs(sol.a - ref.a) / c.vRead, ds = maxAbs(sol.s - ref.s) / c.vRead;
    const double di = (sol.columnCurrent - ref.columnCurrent).cwiseAbs().maxCoeff() /
                      ref.columnCurrent.cwiseAbs().maxCoeff();
    qInfo("  %dx%d: %d sweeps + %d CG, %d Newton, residual %.2e; |da| %.1e |ds| %.1e |dI| %.1e",
          c.rows, c.physicalCols, sol.sweeps, sol.cgIterations, sol.newtonIterations, sol.residual,
          da, ds, di);
    QVERIFY2(da <= 1e-9 && ds <= 1e-9, "node voltages differ from the direct solve");
    QVERIFY2(di <= 1e-8, "column currents differ from the direct solve");
}
} // namespace

class TestCrossbarSolver : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesDirectSolve_data() {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::addColumn<double>("rAl");
        QTest::addColumn<double>("rSl");
        QTest::addColumn<double>("rDrv");
        QTest::addColumn<double>("density");
        QTest::addColumn<bool>("forceCg");
        QTest::addRow("relaxation 12x7") << 12 << 7 << 2.0 << 3.5 << 40.0 << 1.0 << false;
        QTest::addRow("cg 12x7") << 12 << 7 << 2.0 << 3.5 << 40.0 << 1.0 << true;
        QTest::addRow("hybrid 40x30 sparse input") << 40 << 30 << 1.0 << 1.5 << 10.0 << 0.4 << false;
        QTest::addRow("one row") << 1 << 9 << 1.0 << 2.0 << 5.0 << 1.0 << false;
        QTest::addRow("one output") << 17 << 1 << 1.0 << 2.0 << 5.0 << 1.0 << false;
        QTest::addRow("ideal SL") << 10 << 6 << 1.0 << 0.0 << 5.0 << 1.0 << false;
        QTest::addRow("ideal AL, driver R") << 10 << 6 << 0.0 << 2.0 << 20.0 << 1.0 << false;
        QTest::addRow("ideal AL and driver") << 10 << 6 << 0.0 << 2.0 << 0.0 << 1.0 << true;
        QTest::addRow("no driver R") << 10 << 6 << 2.0 << 1.0 << 0.0 << 0.7 << false;
    }
    void matchesDirectSolve() {
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(double, rAl);
        QFETCH(double, rSl);
        QFETCH(double, rDrv);
        QFETCH(double, density);
        QFETCH(bool, forceCg);
        Params p = lowRParams(rows, cols, rAl, rSl, rDrv);
        p.array.v_clamp_v = 0.02; // a non-zero clamp exercises the shift
        const auto c = buildCircuit(p, 7);
        SolveOptions opt;
        opt.forceCg = forceCg;
        compareToDirect(c, sampleActivations(rows, density, 3), opt);
    }
    void highResistanceArray() {
        // The paper's device (6 MΩ) on a 64 x 64 differential array: relaxation alone.
        Params p;
        p.array.rows = 64;
        p.array.cols = 64;
        const auto c = buildCircuit(p, 11);
        compareToDirect(c, sampleActivations(64, 1.0, 0), SolveOptions{});
    }
    void currentSourceCells() {
        Params p = lowRParams(24, 10, 20.0, 30.0, 100.0);
        p.array.cell_model = CellModel::CurrentSource;
        p.array.i_cell_ua = 4;    // large currents push far cells out of saturation
        p.array.v_sat_v = 0.08;
        const auto c = buildCircuit(p, 5);
        const auto x = sampleActivations(24, 0.7, 9);
        compareToDirect(c, x, SolveOptions{});
        const auto sol = solveCrossbar(c, x);
        int linear = 0, saturated = 0;
        for (int i = 0; i < c.rows; ++i)
            for (int j = 0; j < c.physicalCols; ++j)
                if (x[i] > 0)
                    (sol.a(i, j) - sol.s(i, j) < c.vSat ? linear : saturated)++;
        qInfo("  %d cells below V_sat, %d saturated", linear, saturated);
        QVERIFY(linear > 0 && saturated > 0); // both pieces of the cell law are exercised
    }
    void zeroWireResistanceIsIdealMvm() {
        Params p = lowRParams(16, 8, 0.0, 0.0, 0.0);
        const auto c = buildCircuit(p, 2);
        const auto x = sampleActivations(16, 0.5, 1);
        const auto sol = solveCrossbar(c, x);
        QVERIFY(sol.ok());
        const Eigen::VectorXd ideal = c.g.transpose() * rowVoltages(c, x);
        QVERIFY((sol.columnCurrent - ideal).cwiseAbs().maxCoeff() <= 1e-14 * ideal.maxCoeff());
        // Current-source cells without wires: every on cell gives exactly I_sat.
        p.array.cell_model = CellModel::CurrentSource;
        const auto cs = buildCircuit(p, 2);
        const auto solCs = solveCrossbar(cs, x);
        const Eigen::VectorXd idealCs = cs.iSat.transpose() * (x.array() > 0).cast<double>().matrix();
        QVERIFY((solCs.columnCurrent - idealCs).cwiseAbs().maxCoeff() <= 1e-14 * idealCs.maxCoeff());
    }
    void singleCell() {
        // V - (r_drv + r_AL) - cell - r_SL - clamp: one series loop.
        Params p = lowRParams(1, 1, 3.0, 7.0, 11.0);
        p.array.differential = false;
        const auto c = buildCircuit(p, 4);
        const auto sol = solveCrossbar(c, Eigen::VectorXd::Ones(1));
        const double expected = c.vRead / (11.0 + 3.0 + 1.0 / c.g(0, 0) + 7.0);
        QVERIFY(std::abs(sol.columnCurrent[0] / expected - 1) < 1e-13);
        QVERIFY(std::abs(sol.s(0, 0) - 7.0 * expected) < 1e-15);
    }
    void transferMatrixReproducesSolves() {
        Params p = lowRParams(20, 9, 1.5, 2.5, 15.0);
        p.array.v_clamp_v = -0.01;
        const auto c = buildCircuit(p, 8);
        const auto t = computeTransferMatrix(c);
        QCOMPARE(t.batch.status, SolveStatus::Converged);
        for (int trial = 0; trial < 3; ++trial) {
            Eigen::VectorXd x = Eigen::VectorXd::Random(20).cwiseAbs();
            const auto sol = solveCrossbar(c, x);
            const Eigen::VectorXd v = rowVoltages(c, x).array() - c.vClamp;
            const Eigen::VectorXd viaT = t.t.transpose() * v;
            QVERIFY((viaT - sol.columnCurrent).cwiseAbs().maxCoeff() <=
                    1e-8 * sol.columnCurrent.cwiseAbs().maxCoeff());
        }
    }
    void transferMatrixByReciprocityEqualsRowSolves() {
        // P < N takes the swapped-lines route (one solve per clamp); compare it with one solve per
        // row, on a block with a folded driver and summation-line tail (usedBlock), r_AL != r_SL.
        Params p = lowRParams(40, 12, 1.5, 2.5, 15.0);
        const auto full = buildCircuit(p, 21);
        const CrossbarCircuit b = usedBlock(
            [&] {
                CrossbarCircuit c = full;
                c.vClamp = 0; // unit drives from the clamp
                for (int i = 0; i < c.rows; ++i)
                    for (int j = 0; j < c.physicalCols; ++j)
                        if (i < 4 || i >= 34 || j < 2 || j >= 14)
                            c.g(i, j) = c.iSat(i, j) = 0;
                return c;
            }(),
            4, 30, 2, 12);
        QVERIFY(b.rSlTail > 0 && b.rDriver > 15.0);
        QVERIFY(b.physicalCols < b.rows);
        const auto t = computeTransferMatrix(b);
        QCOMPARE(t.batch.status, SolveStatus::Converged);
        QCOMPARE(static_cast<int>(t.batch.iterations.size()), b.physicalCols); // min(N, P) solves
        const auto rowSolves = solveBatch(b, RowMatrix::Identity(b.rows, b.rows));
        const RowMatrix perVolt = rowSolves.columnCurrents / b.vRead;
        QCOMPARE(t.t.rows(), perVolt.rows());
        QCOMPARE(t.t.cols(), perVolt.cols());
        QVERIFY((t.t - perVolt).cwiseAbs().maxCoeff() <= 1e-9 * perVolt.cwiseAbs().maxCoeff());
    }
    void batchEqualsSingleSolves() {
        Params p = lowRParams(30, 12, 1.0, 1.0, 5.0);
        for (auto model : {CellModel::Resistive, CellModel::CurrentSource}) {
            p.array.cell_model = model;
            const auto c = buildCircuit(p, 3);
            RowMatrix xs(5, 30);
            for (int k = 0; k < 5; ++k)
                xs.row(k) = sampleActivations(30, 0.5, static_cast<std::uint64_t>(k)).transpose();
            const auto batch = solveBatch(c, xs);
            QCOMPARE(batch.status, SolveStatus::Converged);
            for (int k = 0; k < 5; ++k) {
                const auto sol = solveCrossbar(c, xs.row(k).transpose());
                QVERIFY((batch.columnCurrents.row(k).transpose() - sol.columnCurrent).cwiseAbs().maxCoeff() <=
                        1e-8 * sol.columnCurrent.cwiseAbs().maxCoeff());
            }
        }
    }
    void identicalForAnyThreadCount() {
        Params p = lowRParams(100, 60, 1.0, 1.0, 5.0);
        NodeSolution one, two;
        runWithThreads(1, [&] { one = solveCrossbar(buildCircuit(p, 6), sampleActivations(100, 0.8, 2)); });
        runWithThreads(2, [&] { two = solveCrossbar(buildCircuit(p, 6), sampleActivations(100, 0.8, 2)); });
        QCOMPARE(one.iterations(), two.iterations());
        QVERIFY(one.a == two.a && one.s == two.s); // bit for bit
    }
    void cancelsAndReportsFailure() {
        Params p = lowRParams(64, 64, 1.0, 1.0, 0.0);
        const auto c = buildCircuit(p, 1);
        std::stop_source src;
        src.request_stop();
        SolveOptions opt;
        opt.stop = src.get_token();
        const auto cancelled = solveCrossbar(c, Eigen::VectorXd::Ones(64), opt);
        QCOMPARE(cancelled.status, SolveStatus::Cancelled);
        SolveOptions few;
        few.maxIterations = 2; // far too few for a low-resistance array
        const auto failed = solveCrossbar(c, Eigen::VectorXd::Ones(64), few);
        QCOMPARE(failed.status, SolveStatus::NotConverged);
        QVERIFY(!failed.message.empty());
        QVERIFY(failed.residual > few.tolerance);
    }
    void cancellationIsPrompt() {
        // A long low-resistance solve (CG) stopped mid-way returns within a few sweeps.
        Params p = lowRParams(512, 256, 1.0, 1.0, 0.0);
        p.device.mgo_thickness_nm = 1.9;
        const auto c = buildCircuit(p, 1);
        std::stop_source src;
        SolveOptions opt;
        opt.stop = src.get_token();
        // A target it can never reach: without a working stop the solve runs all its iterations
        // (tens of seconds) and ends NotConverged, so only cancellation can end it early.
        opt.tolerance = 0;
        opt.maxIterations = 4000;
        NodeSolution sol;
        std::chrono::steady_clock::time_point stopped;
        std::thread worker([&] { sol = solveCrossbar(c, Eigen::VectorXd::Ones(512), opt); });
        std::this_thread::sleep_for(std::chrono::milliseconds(40));
        stopped = std::chrono::steady_clock::now();
        src.request_stop();
        worker.join();
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - stopped).count();
        qInfo("  returned %.1f ms after the stop request (%s)", ms, toString(sol.status));
        QCOMPARE(sol.status, SolveStatus::Cancelled);
        QVERIFY(ms < 1000); // one sweep is ~10 ms here; generous for a loaded machine
    }
    void badInputNamesTheKey() {
        ArrayParams a;
        a.rows = kMaxRows + 1;
        auto err = checkArrayParams(a);
        QVERIFY(err && err->find("array.rows") != std::string::npos);
        a.rows = 8;
        a.weight_density = 1.5;
        err = checkArrayParams(a);
        QVERIFY(err && err->find("array.weight_density") != std::string::npos);
        std::vector<std::string> notes;
        a.cols = 0;
        const auto clamped = clampArrayParams(a, notes);
        QCOMPARE(clamped.cols, 1);
        QCOMPARE(clamped.weight_density, 1.0);
        QCOMPARE(notes.size(), std::size_t(2));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 solveCrossbar(buildCircuit(lowRParams(4, 4, 1, 1, 1), 1), Eigen::VectorXd::Ones(3)));
    }
};

QTEST_GUILESS_MAIN(TestCrossbarSolver)
#include "test_crossbar_solver.moc"
