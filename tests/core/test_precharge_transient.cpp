// The precharge transient (docs/model.md §8): analytic limits, and the exported `.tran` netlist
// solved by ngspice against the core's end voltages.
#include "array/precharge.h"
#include "array/spice_export.h"
#include "array/transient.h"
#include "params/param_table.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <map>

using namespace aimc::core;
using namespace aimc::core::array;

namespace {
Params smallArray(int rows, int cols, CellModel model, double rWire) {
    Params p = defaultParams();
    p.array.rows = rows;
    p.array.cols = cols;
    p.array.cell_model = model;
    p.array.r_al_ohm = rWire;
    p.array.r_sl_ohm = 1.5 * rWire;
    p.array.r_driver_ohm = 20 * rWire;
    p.device.cd_nm = 50; // ~1.5 MΩ cells: a visible swing on a few fF
    p.array.scheme = ReadScheme::Precharge;
    return p;
}

std::map<int, double> ngspiceEndVoltages(const std::string& netlist) {
    QTemporaryDir dir;
    QFile f(dir.filePath("t.cir"));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write the netlist");
    f.write(netlist.c_str());
    f.close();
    QProcess ng;
    ng.start("ngspice", {"-b", f.fileName()});
    if (!ng.waitForStarted(10000) || !ng.waitForFinished(120000))
        return {};
    const QString out = QString::fromUtf8(ng.readAllStandardOutput());
    std::map<int, double> v;
    static const QRegularExpression line(R"(vend_(\d+)\s*=\s*(\S+))");
    for (auto it = line.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        v[m.captured(1).toInt()] = m.captured(2).toDouble();
    }
    return v;
}
} // namespace

class TestPrechargeTransient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resistiveIdealWiresIsExponential() {
        const Params p = smallArray(64, 16, CellModel::Resistive, 0);
        const auto c = buildCircuit(p, 3);
        const auto codes = sampleCodes(c.rows, p.periphery.dac_bits, 0.7, 5);
        const auto r = simulateTransient(c, codes, p);
        const double cap = summationLineCapacitance(p), t = p.periphery.t_lsb_ps * 1e-12;
        for (int j = 0; j < c.physicalCols; ++j) {
            double y = 0;
            for (int i = 0; i < c.rows; ++i)
                y += c.g(i, j) * codes[static_cast<std::size_t>(i)] * t;
            const double expect = p.periphery.v_precharge_v * (1 - std::exp(-y / cap));
            QVERIFY2(std::abs(r.dvSl[j] - expect) < 1e-12, qPrintable(QString::number(r.dvSl[j] - expect)));
        }
        QVERIFY(r.relErrorMax > 0); // the compression: not an exact MVM
        QVERIFY(!r.saturatedFractionEnd);
        QCOMPARE(r.solves, 0LL);
    }
    void saturatedCurrentSourcesAreExact() {
        Params p = smallArray(64, 16, CellModel::CurrentSource, 2.0);
        p.array.i_cell_ua = 0.02; // small currents: every line stays above V_sat
        const auto c = buildCircuit(p, 4);
        const auto codes = sampleCodes(c.rows, p.periphery.dac_bits, 0.7, 6);
        const auto r = simulateTransient(c, codes, p);
        QCOMPARE(*r.saturatedFractionEnd, 1.0);
        for (int j = 0; j < c.physicalCols; ++j)
            QVERIFY(std::abs(r.dvSl[j] - r.dvIdeal[j]) <= 1e-12 * r.dvIdeal[j] + 1e-18);
        QVERIFY(r.relErrorMax < 1e-12);
    }
    void currentSourceLeavingSaturationFollowsItsLinearPiece() {
        // One line, one cell, one pulse: V_pre - I t / C down to V_sat at t*, then V_sat exp(-I (T - t*) / (V_sat C)).
        const double vPre = 0.8, vSat = 0.05, cap = 1e-15, i = 1e-6, dt = 1.5e-9;
        const double tStar = (vPre - vSat) * cap / i;
        const double expect = vSat * std::exp(-i * (dt - tStar) / (vSat * cap));
        const double got = currentSourceEndVoltage(vPre, vSat, cap, std::vector<double>{i}, std::vector<double>{dt});
        QVERIFY2(std::abs(got - expect) < 1e-15, qPrintable(QString::number(got - expect)));
        // Split into two intervals at an arbitrary point: the same closed form.
        const double split = currentSourceEndVoltage(vPre, vSat, cap, std::vector<double>{i, i},
                                                     std::vector<double>{0.3e-9, 1.2e-9});
        QVERIFY(std::abs(split - expect) < 1e-15);
    }
    void energyIsTheRestoredCharge() {
        const Params p = smallArray(32, 8, CellModel::Resistive, 1.0);
        const auto c = buildCircuit(p, 9);
        const auto r = simulateTransient(c, sampleCodes(c.rows, 5, 1.0, 2), p);
        QVERIFY(std::abs(r.energySlJ - r.cSlF * p.periphery.v_precharge_v * r.dvSl.sum()) < 1e-24);
    }
    void badSettingsAreRefusedWithTheKey() {
        Params p = defaultParams();
        p.periphery.t_lsb_ps = 1000; // 31 ns pulses against a 10 ns MVM period
        QVERIFY(checkPrechargeParams(p)->find("periphery.t_lsb_ps") != std::string::npos);
        p = defaultParams();
        p.array.cell_model = CellModel::CurrentSource;
        p.periphery.v_precharge_v = 0.04;
        QVERIFY(checkPrechargeParams(p)->find("periphery.v_precharge_v") != std::string::npos);
        QVERIFY(!checkPrechargeParams(defaultParams()));
    }
    void ngspiceAgreesWithinOneMicrovolt_data() {
        QTest::addColumn<int>("model");
        QTest::addColumn<double>("rWire");
        QTest::addColumn<double>("iCellUa");
        QTest::addColumn<double>("tolerance");
        QTest::addRow("resistive, ideal wires") << 0 << 0.0 << 0.0 << 1e-6;
        QTest::addRow("resistive, 2 ohm wires") << 0 << 2.0 << 0.0 << 1e-6;
        QTest::addRow("current source leaving saturation, ideal wires") << 1 << 0.0 << 0.3 << 1e-6;
        QTest::addRow("current source in saturation, 2 ohm wires") << 1 << 2.0 << 0.05 << 1e-6;
        // Known shortfall (README): out of saturation the current-source cells' IR drop is not
        // modelled (the core treats the wires as ideal there); 28 µV here, bounded at 50 µV.
        QTest::addRow("current source leaving saturation, 2 ohm wires") << 1 << 2.0 << 0.3 << 5e-5;
    }
    void ngspiceAgreesWithinOneMicrovolt() {
        QFETCH(int, model);
        QFETCH(double, rWire);
        QFETCH(double, iCellUa);
        QFETCH(double, tolerance);
        Params p = smallArray(8, 3, static_cast<CellModel>(model), rWire);
        p.periphery.c_sl_ff = 0.5;
        p.array.i_cell_ua = iCellUa > 0 ? iCellUa : p.array.i_cell_ua; // 0.3 µA: some lines leave saturation
        const auto c = buildCircuit(p, 11);
        const auto codes = sampleCodes(c.rows, p.periphery.dac_bits, 0.9, 12);
        const auto r = simulateTransient(c, codes, p);
        const auto spice = ngspiceEndVoltages(
            spiceTransientNetlist(c, codes, r.tLsbS, r.vPrecharge, r.cSlF));
        QVERIFY2(static_cast<int>(spice.size()) == c.physicalCols, "ngspice did not run (scripts/packages.txt installs it)");
        double worst = 0;
        for (const auto& [j, v] : spice)
            worst = std::max(worst, std::abs(v - (r.vPrecharge - r.dvSl[j])));
        QVERIFY2(worst < tolerance, qPrintable(QStringLiteral("worst %1 V").arg(worst)));
        qInfo("worst end-voltage difference %.3g V", worst);
    }
};

QTEST_GUILESS_MAIN(TestPrechargeTransient)
#include "test_precharge_transient.moc"
