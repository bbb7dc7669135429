// The used block of a crossbar as a circuit of its own (array::usedBlock, docs/model.md §3 topology):
// solving only the block, with the wire left of it folded into the driver and the wire below it
// into the clamp, gives the same node voltages and column currents as solving the whole array,
// for blocks at the near corner, the far corner and in between, resistive and current-source
// cells, and ideal wires. Checked with the production solver and the independent direct solve.
#include "array/crossbar_solver.h"
#include "array/direct_solver.h"
#include "crossbar_test_params.h"

#include <QtTest>

using namespace aimc::core;
using namespace aimc::core::array;

namespace {
struct Block {
    int row0, rows, col0, cols; // physical columns
};

// A 24 x 10 (x2) array with visible IR drop whose cells outside the block are unused.
CrossbarCircuit partlyUsed(const Block& b, double rAl, double rSl, double rDrv, CellModel model) {
    Params p = lowRParams(24, 10, rAl, rSl, rDrv);
    p.array.cell_model = model;
    p.array.weight_density = 0.7;
    CrossbarCircuit c = buildCircuit(p, 11);
    for (int i = 0; i < c.rows; ++i)
        for (int j = 0; j < c.physicalCols; ++j)
            if (i < b.row0 || i >= b.row0 + b.rows || j < b.col0 || j >= b.col0 + b.cols)
                c.g(i, j) = c.iSat(i, j) = 0;
    return c;
}

double maxAbs(const Eigen::VectorXd& v) { return v.cwiseAbs().maxCoeff(); }
} // namespace

class TestCrossbarBlock : public QObject {
    Q_OBJECT
private slots:
    void blockSolveEqualsFullArray_data() {
        QTest::addColumn<int>("row0");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("col0");
        QTest::addColumn<int>("cols");
        QTest::addColumn<double>("rAl");
        QTest::addColumn<double>("rSl");
        QTest::addColumn<double>("rDrv");
        QTest::addColumn<int>("model");
        const int re = static_cast<int>(CellModel::Resistive), cs = static_cast<int>(CellModel::CurrentSource);
        QTest::newRow("near") << 9 << 15 << 0 << 8 << 2.0 << 3.0 << 10.0 << re;
        QTest::newRow("far") << 0 << 15 << 12 << 8 << 2.0 << 3.0 << 10.0 << re;
        QTest::newRow("middle") << 5 << 7 << 6 << 6 << 2.0 << 3.0 << 10.0 << re;
        QTest::newRow("far, no driver") << 0 << 10 << 4 << 16 << 5.0 << 5.0 << 0.0 << re;
        QTest::newRow("far, ideal AL") << 0 << 10 << 4 << 16 << 0.0 << 5.0 << 10.0 << re;
        QTest::newRow("far, ideal SL") << 0 << 10 << 4 << 16 << 5.0 << 0.0 << 10.0 << re;
        QTest::newRow("far, one row") << 0 << 1 << 18 << 2 << 2.0 << 3.0 << 10.0 << re;
        QTest::newRow("far, current source") << 0 << 15 << 12 << 8 << 2.0 << 3.0 << 10.0 << cs;
        QTest::newRow("near, current source") << 9 << 15 << 0 << 8 << 2.0 << 3.0 << 10.0 << cs;
    }
    void blockSolveEqualsFullArray() {
        QFETCH(int, row0);
        QFETCH(int, rows);
        QFETCH(int, col0);
        QFETCH(int, cols);
        QFETCH(double, rAl);
        QFETCH(double, rSl);
        QFETCH(double, rDrv);
        QFETCH(int, model);
        const Block blk{row0, rows, col0, cols};
        const CrossbarCircuit full = partlyUsed(blk, rAl, rSl, rDrv, static_cast<CellModel>(model));
        const CrossbarCircuit block = usedBlock(full, row0, rows, col0, cols);
        QCOMPARE(block.rows, rows);
        QCOMPARE(block.physicalCols, cols);
        // Rows outside the block are driven too: with no cells they must not matter.
        Eigen::VectorXd x = sampleActivations(full.rows, 0.6, 5);
        x[row0] = 1; // at least one block row on
        const Eigen::VectorXd xb = x.segment(row0, rows);
        SolveOptions tight;
        tight.tolerance = 1e-12;
        const auto f = solveCrossbar(full, x, tight), r = solveCrossbar(block, xb, tight);
        QVERIFY2(f.ok() && r.ok(), (f.message + r.message).c_str());
        const Eigen::VectorXd fi = f.columnCurrent.segment(col0, cols);
        const double scale = maxAbs(fi);
        QVERIFY(scale > 0);
        qInfo("  block %dx%d of %dx%d: |dI|/I %.1e", rows, cols, full.rows, full.physicalCols,
              maxAbs(r.columnCurrent - fi) / scale);
        QVERIFY2(maxAbs(r.columnCurrent - fi) <= 1e-9 * scale, "block column currents differ from the full array");
        QVERIFY(maxAbs(f.columnCurrent) <= scale * (1 + 1e-12)); // the other columns carry nothing
        const double dv = std::max((r.a - f.a.block(row0, col0, rows, cols)).cwiseAbs().maxCoeff(),
                                   (r.s - f.s.block(row0, col0, rows, cols)).cwiseAbs().maxCoeff());
        QVERIFY2(dv <= 1e-9 * full.vRead, "block node voltages differ from the full array");
        // The independent direct solve of both circuits (its own wiring of the folded resistances).
        const auto fd = solveDirect(full, x), rd = solveDirect(block, xb);
        QVERIFY2(fd.ok && rd.ok, (fd.message + rd.message).c_str());
        QVERIFY(maxAbs(rd.columnCurrent - fd.columnCurrent.segment(col0, cols)) <= 1e-9 * scale);
        QVERIFY(maxAbs(rd.columnCurrent - r.columnCurrent) <= 1e-9 * scale);
    }
    void transferMatrixOfTheBlock() {
        // The network path's use: the block's transfer matrix equals the full array's block rows.
        const Block blk{0, 12, 10, 10};
        const CrossbarCircuit full = partlyUsed(blk, 2.0, 3.0, 10.0, CellModel::Resistive);
        const auto tf = computeTransferMatrix(full), tb = computeTransferMatrix(usedBlock(full, 0, 12, 10, 10));
        const RowMatrix ref = tf.t.block(0, 10, 12, 10);
        QVERIFY(ref.cwiseAbs().maxCoeff() > 0);
        QVERIFY((tb.t - ref).cwiseAbs().maxCoeff() <= 1e-9 * ref.cwiseAbs().maxCoeff());
    }
    void refusesUsedCellsOutside() {
        CrossbarCircuit full = partlyUsed({9, 15, 0, 8}, 2.0, 3.0, 10.0, CellModel::Resistive);
        full.g(0, 0) = 1e-6;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, usedBlock(full, 9, 15, 0, 8));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, usedBlock(full, 9, 16, 0, 8));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, usedBlock(full, 0, 24, 1, 8)); // splits a pair
    }
};

QTEST_APPLESS_MAIN(TestCrossbarBlock)
#include "test_crossbar_block.moc"
