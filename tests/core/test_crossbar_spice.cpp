// External check of the IR-drop solver (issue 3): the exported SPICE netlist solved by ngspice
// (.op) must give every activation-line and summation-line node voltage within 1 µV.
#include "skip_policy.h"
#include "array/crossbar_solver.h"
#include "array/spice_export.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <map>

using namespace aimc::core;
using namespace aimc::core::array;

namespace {
std::map<QString, double> runNgspice(const std::string& netlist) {
    QTemporaryDir dir;
    const QString path = dir.filePath("array.cir");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(netlist.c_str());
    f.close();
    QProcess ng;
    ng.start("ngspice", {"-b", path});
    if (!ng.waitForFinished(120000))
        qFatal("ngspice did not finish");
    const QString out = QString::fromUtf8(ng.readAllStandardOutput());
    std::map<QString, double> v;
    static const QRegularExpression line(R"(^([as]_\d+_\d+) = (\S+)$)",
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        v[m.captured(1)] = m.captured(2).toDouble();
    }
    return v;
}
} // namespace

class TestCrossbarSpice : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (QStandardPaths::findExecutable("ngspice").isEmpty())
            AIMC_SKIP("ngspice is not installed (scripts/packages.txt lists it)");
    }
    void everyNodeMatchesNgspice_data() {
        QTest::addColumn<int>("model");
        QTest::addColumn<double>("rAl");
        QTest::addColumn<double>("rSl");
        QTest::addColumn<double>("rDrv");
        QTest::addColumn<bool>("differential");
        QTest::addRow("resistive, r_AL != r_SL, driver") << 0 << 2.2 << 3.7 << 45.0 << true;
        QTest::addRow("resistive, ideal AL") << 0 << 0.0 << 3.7 << 45.0 << true;
        QTest::addRow("resistive, single-ended, no driver R") << 0 << 4.0 << 1.5 << 0.0 << false;
        QTest::addRow("current source") << 1 << 12.0 << 25.0 << 150.0 << true;
    }
    void everyNodeMatchesNgspice() {
        QFETCH(int, model);
        QFETCH(double, rAl);
        QFETCH(double, rSl);
        QFETCH(double, rDrv);
        QFETCH(bool, differential);
        Params p;
        p.device.mgo_thickness_nm = 1.2; // R_P ~ 5 kΩ: tens of mV of IR drop on a small array
        p.array.rows = 9;
        p.array.cols = 5;
        p.array.differential = differential;
        p.array.r_al_ohm = rAl;
        p.array.r_sl_ohm = rSl;
        p.array.r_driver_ohm = rDrv;
        p.array.v_clamp_v = 0.015;
        p.array.weight_density = 0.6;
        p.array.cell_model = static_cast<CellModel>(model);
        p.array.i_cell_ua = 5;
        p.array.v_sat_v = 0.097; // the far cells drop out of saturation: both pieces are checked
        const auto c = buildCircuit(p, 21);
        const auto x = sampleActivations(c.rows, 0.7, 4);
        const auto sol = solveCrossbar(c, x);
        QVERIFY2(sol.ok(), sol.message.c_str());
        const auto ng = runNgspice(spiceNetlist(c, x));
        QCOMPARE(ng.size(), std::size_t(2 * c.rows * c.physicalCols));
        double worst = 0, drop = 0;
        for (int i = 0; i < c.rows; ++i)
            for (int j = 0; j < c.physicalCols; ++j) {
                const QString tag = QString("_%1_%2").arg(i).arg(j);
                worst = std::max(worst, std::abs(ng.at("a" + tag) - sol.a(i, j)));
                worst = std::max(worst, std::abs(ng.at("s" + tag) - sol.s(i, j)));
                drop = std::max(drop, sol.s(i, j) - c.vClamp);
            }
        qInfo("  %d nodes, max |V_ngspice - V_solver| = %.2e V (largest SL rise %.1f mV)",
              2 * c.rows * c.physicalCols, worst, drop * 1e3);
        QVERIFY(drop > 5e-4); // the check is meaningful only with real IR drop
        QVERIFY2(worst <= 1e-6, "a node voltage differs from ngspice by more than 1 µV");
    }
};

QTEST_GUILESS_MAIN(TestCrossbarSpice)
#include "test_crossbar_spice.moc"
