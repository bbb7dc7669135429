// The IR-drop outputs (docs/model.md §3): effective weight ratio, column errors, SL profiles, CSV maps.
#include "array/ir_drop_analysis.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace aimc::core;
using namespace aimc::core::array;

class TestCrossbarAnalysis : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void idealWiresGiveIdealMvm() {
        Params p;
        p.array.rows = 32;
        p.array.cols = 16;
        p.array.r_al_ohm = p.array.r_sl_ohm = 0;
        p.array.activation_density = 0.5;
        const auto r = simulateIrDrop(p);
        QVERIFY(r && r->solution.ok());
        QVERIFY(std::abs(r->meanRatio - 1) < 1e-12 && std::abs(r->minRatio - 1) < 1e-12);
        QVERIFY(r->columnRelErrorMax < 1e-12 && r->maxIrDropV < 1e-15);
        // Inactive rows carry no reading: their ratio is undefined, not 0.
        int inactive = 0;
        for (int i = 0; i < r->rows; ++i)
            if (r->activations[i] == 0) {
                ++inactive;
                QVERIFY(std::isnan(r->ratio(i, 0)));
            }
        QVERIFY(inactive > 0);
    }
    void irDropLowersTheWeights() {
        Params p;
        p.device.mgo_thickness_nm = 1.9; // ~300 kΩ cells: clear IR drop on 128 x 128
        p.array.rows = 128;
        p.array.cols = 64;
        const auto r = simulateIrDrop(p, {}, true);
        QVERIFY(r && r->solution.ok());
        QVERIFY(r->minRatio < r->meanRatio && r->meanRatio < 1 && r->minRatio > 0);
        // The worst cell sits far from both the driver (column P-1) and the clamp (row 0).
        Eigen::Index i = 0, j = 0;
        r->ratio.minCoeff(&i, &j);
        QVERIFY(i < r->rows / 4 && j > 3 * r->physicalCols / 4);
        // Relative column errors are the ratio-weighted deficit: all negative.
        QVERIFY((r->columnRelError.array() < 0).all());
        // Cosemans Fig. 5: the SL rises from the clamp (last row) towards the open end, for both
        // cell models; the profile is monotone.
        QCOMPARE(r->profileResistive.size(), Eigen::Index(r->rows));
        QCOMPARE(r->profileCurrentSource.size(), Eigen::Index(r->rows));
        for (int k = 1; k < r->rows; ++k)
            QVERIFY(r->profileResistive[k] <= r->profileResistive[k - 1]);
        QVERIFY(r->discharge.seconds > 0);
    }
    void csvMapsHaveOneLinePerRow() {
        Params p;
        p.array.rows = 6;
        p.array.cols = 3;
        const auto r = simulateIrDrop(p);
        QTemporaryDir dir;
        QVERIFY(!writeIrDropCsv(*r, dir.path().toStdString()));
        for (const char* name : {"al_voltage_v.csv", "sl_voltage_v.csv", "effective_weight_ratio.csv"}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const auto lines = f.readAll().trimmed().split('\n');
            QCOMPARE(lines.size(), 6);
            QCOMPARE(lines.front().split(',').size(), 6); // 2 x 3 physical columns
        }
    }
    void refusesOutOfRangeArrays() {
        Params p;
        p.array.cols = kMaxOutputs + 1;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, simulateIrDrop(p));
    }
};

QTEST_GUILESS_MAIN(TestCrossbarAnalysis)
#include "test_crossbar_analysis.moc"
