// Energy model against Cosemans IEDM 2019 Fig. 7 (every printed cell), the Section IV throughput and
// density figures, the converter scaling laws, the area model (Fig. 8), the discharge time of
// Fig. 6 (closed form against a time-stepped integration) and the published-points loader.
#include "device/mtj_model.h"
#include "energy/energy_model.h"
#include "energy/energy_sweeps.h"
#include "energy/published_points.h"
#include "energy/reference_networks.h"
#include "io/preset.h"
#include "params/param_table.h"

#include <QtTest>
#include <cmath>

using namespace aimc::core;

namespace {
// The paper's fairy-tale preset with N = M = n set exactly as the CLI's --set would.
Params fairyTale(int n) {
    auto r = loadPresetFile(std::filesystem::path(AIMC_SOURCE_DIR) / "presets/fairy-tale-22nm-iedm2019.json");
    if (!r.preset)
        qFatal("%s", r.error.c_str());
    Params p = r.preset->params;
    for (const auto& s : {"array.rows=" + std::to_string(n), "array.cols=" + std::to_string(n)})
        if (auto err = applyAssignment(p, s))
            qFatal("%s", err->c_str());
    return p;
}

// True when x printed with `decimals` decimals reads `printed` (the paper's table digits).
bool printsAs(double x, double printed, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::lround(x * scale) == std::lround(printed * scale);
}

bool near(double a, double b, double rel) { return std::abs(a / b - 1.0) <= rel; }
} // namespace

class TestEnergyModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fig7Table_data() {
        QTest::addColumn<int>("n");
        // DACs, ADCs, AL, SL, ctrl, total [pJ], fJ/MAC, fJ/op, TOPS/W, then the printed decimals.
        QTest::addColumn<QList<double>>("cells");
        QTest::addColumn<QList<int>>("decimals");
        QTest::addColumn<double>("topsPerW");
        QTest::newRow("4096") << 4096 << QList<double>{61, 410, 859, 537, 2, 1869, 0.11, 0.06}
                              << QList<int>{0, 0, 0, 0, 0, 0, 2, 2} << 17954.0;
        QTest::newRow("1024") << 1024 << QList<double>{15, 102, 54, 34, 2, 207, 0.20, 0.10}
                              << QList<int>{0, 0, 0, 0, 0, 0, 2, 2} << 10131.0;
        QTest::newRow("128") << 128 << QList<double>{1.9, 13, 0.8, 0.5, 2, 18, 1.10, 0.55}
                             << QList<int>{1, 0, 1, 1, 0, 0, 2, 2} << 1812.0;
    }
    void fig7Table() {
        QFETCH(int, n);
        QFETCH(QList<double>, cells);
        QFETCH(QList<int>, decimals);
        QFETCH(double, topsPerW);
        const auto r = evaluateEnergy(fairyTale(n));
        const double got[] = {r.energy.dacPj, r.energy.adcPj, r.energy.alPj,    r.energy.slPj,
                              r.energy.ctrlPj, r.energy.totalPj(), r.fjPerMac, r.fjPerOp};
        const char* names[] = {"DAC", "ADC", "AL", "SL", "ctrl", "total", "fJ/MAC", "fJ/op"};
        for (int i = 0; i < 8; ++i)
            QVERIFY2(printsAs(got[i], cells[i], decimals[i]),
                     qPrintable(QStringLiteral("%1: model %2, paper %3").arg(names[i]).arg(got[i]).arg(cells[i])));
        QVERIFY2(near(r.topsPerW, topsPerW, 1e-3), qPrintable(QString::number(r.topsPerW)));
        QCOMPARE(r.macs, double(n) * n); // "# parallel MACs": 16M, 1M, 16K
    }
    void throughputAndDensity() {
        const auto r = evaluateEnergy(fairyTale(1024));
        // "A 100MHz 1Kx1K array provides 200 TOPS": 2·N·M·f = 209.7 TOPS exactly.
        QCOMPARE(r.tops, 2.0 * 1024 * 1024 * 100e6 / 1e12);
        QVERIFY(near(r.tops, 200, 0.05));
        // "0.1 µm² effective area per compute cell → 2000 TOPS/mm²": cells only, 209.7 TOPS / 0.1049 mm².
        QVERIFY2(near(r.topsPerMm2CellsOnly, 2000, 1e-3), qPrintable(QString::number(r.topsPerMm2CellsOnly)));
        // With the Fig. 8 periphery (50 µm² per 1000 cells) each cell takes 0.15 µm²: 2000 / 1.5.
        QVERIFY(near(r.topsPerMm2, 2000 / 1.5, 1e-3));
        QVERIFY(near(r.powerMw, 207.0015232e-12 * 100e6 * 1e3, 1e-12));
    }
    void converterBitScaling() {
        Params p = fairyTale(1024);
        const auto base = energyBreakdown(p);
        for (int b : {1, 3, 6, 8, 12}) {
            p.periphery.adc_bits = b;
            p.periphery.dac_bits = b;
            p.periphery.converter_scaling = ConverterScaling::Walden;
            auto e = energyBreakdown(p);
            QVERIFY(near(e.adcPj, base.adcPj * std::exp2(b - 5), 1e-12));
            QVERIFY(near(e.dacPj, base.dacPj * std::exp2(b - 5), 1e-12));
            p.periphery.converter_scaling = ConverterScaling::Thermal;
            e = energyBreakdown(p);
            QVERIFY(near(e.adcPj, base.adcPj * std::pow(4.0, b - 5), 1e-12));
            QVERIFY(near(e.dacPj, base.dacPj * std::pow(4.0, b - 5), 1e-12));
            QCOMPARE(e.alPj, base.alPj); // lines and control do not depend on converter bits
            QCOMPARE(e.slPj, base.slPj);
        }
        // One more ADC bit doubles (Walden) the ADC share: 1K×1K, 6 b → 204.8 pJ.
        p = fairyTale(1024);
        QVERIFY(!applyAssignment(p, "periphery.adc_bits=6"));
        QVERIFY(near(energyBreakdown(p).adcPj, 204.8, 1e-12));
    }
    void areaModel() {
        Params p = fairyTale(1024);
        const auto single = evaluateEnergy(p);
        QVERIFY(near(single.area.cellsUm2, 1024.0 * 1024 * 0.1, 1e-12));
        QVERIFY(near(single.area.peripheryUm2, 1024.0 * 1024 * 50 / 1000, 1e-12));
        // Differential pairs: twice the physical cells, so twice the area and the line energies,
        // the same converters and MAC count.
        p.array.differential = true;
        const auto diff = evaluateEnergy(p);
        QCOMPARE(diff.physicalCols, 2048);
        QVERIFY(near(diff.area.totalUm2(), 2 * single.area.totalUm2(), 1e-12));
        QVERIFY(near(diff.energy.alPj, 2 * single.energy.alPj, 1e-12));
        QVERIFY(near(diff.energy.slPj, 2 * single.energy.slPj, 1e-12));
        QCOMPARE(diff.energy.adcPj, single.energy.adcPj);
        QCOMPARE(diff.energy.dacPj, single.energy.dacPj);
        QCOMPARE(diff.macs, single.macs);
        QCOMPARE(diff.tops, single.tops);
        // Fig. 8: 0.1 µm² + 0.05 µm² periphery per weight; 100 mm² holds 666.7 M weights.
        p.array.differential = false;
        QVERIFY(near(weightsForChipArea(100, p), 100e6 / 0.15, 1e-12));
        QVERIFY(near(chipAreaMm2ForWeights(25.6e6, p), 25.6e6 * 0.15 / 1e6, 1e-12));
        QVERIFY(near(chipAreaMm2ForWeights(weightsForChipArea(7.5, p), p), 7.5, 1e-12));
        p.array.differential = true;
        QVERIFY(near(weightsForChipArea(100, p), 100e6 / 0.30, 1e-12));
        const std::vector<double> areas{1, 10};
        const auto w = weightsForChipAreas(p, 0.01, areas);
        QVERIFY(near(w[1], 10e6 / (2 * 0.06), 1e-12));
    }
    void dischargeTimeReference() {
        // Fig. 6: 1024 cells, 0.1 fF/cell, 25 % active; 5 MΩ or 0.2 µA ≈ 1 ns.
        const double tRe = dischargeTimeResistiveS(1024, 0.1e-15, 0.25, 5e6);
        const double tCse = dischargeTimeCurrentSourceS(1024, 0.1e-15, 0.25, 0.2e-6, 0.5);
        QVERIFY2(tRe > 0.7e-9 && tRe < 1.5e-9, qPrintable(QString::number(tRe)));
        QVERIFY(near(tCse, 1e-9, 1e-12));
        // Independent check: integrate C dV/dt = -pN V / R (resistive) and -pN I (current source)
        // with small explicit steps until 50 % / ΔV is gone.
        const double c = 1024 * 0.1e-15, g = 0.25 * 1024 / 5e6;
        double v = 1.0, t = 0;
        const double dt = 1e-15;
        while (v > 0.5) {
            v -= dt * g * v / c;
            t += dt;
        }
        QVERIFY2(near(tRe, t, 1e-4), qPrintable(QStringLiteral("%1 vs %2").arg(tRe).arg(t)));
        double q = 0;
        t = 0;
        while (q < c * 0.5) {
            q += dt * 0.25 * 1024 * 0.2e-6;
            t += dt;
        }
        QVERIFY(near(tCse, t, 1e-4));
        // C_SL grows with N as fast as the discharge current: t does not depend on N.
        QVERIFY(near(dischargeTimeResistiveS(128, 0.1e-15, 0.25, 5e6), tRe, 1e-12));
    }
    void dischargeUsesDeviceRon() {
        Params p = fairyTale(1024);
        p.device.sigma_radius_nm = 0;
        QVERIFY(near(dischargeRonOhm(p.device), nominalRp(p.device), 1e-12));
        p.device.sigma_radius_nm = 3; // radius spread raises E[G], lowering the effective R_ON
        QVERIFY(dischargeRonOhm(p.device) < nominalRp(p.device));
        const auto d = dischargeTime(fairyTale(1024));
        QCOMPARE(d.model, CellModel::Resistive);
        QVERIFY(near(d.seconds, dischargeTimeResistiveS(1024, 0.1e-15, 0.25, d.rCellOhm), 1e-12));
        QVERIFY(near(d.rCellOhm, 1.0 / conductanceMoments(fairyTale(1024).device).gpMean, 1e-12));
        Params q = fairyTale(1024);
        QVERIFY(!applyAssignment(q, "array.cell_model=cse"));
        const auto dc = dischargeTime(q);
        QVERIFY(near(dc.seconds, 1024 * 0.1e-15 * 0.4 / (0.25 * 1024 * 0.2e-6), 1e-12));
    }
    void feasibility() {
        Params p = fairyTale(1024); // ≈ 1.36 ns against a 10 ns period: usable
        QCOMPARE(checkFeasibility(p).verdict, Feasibility::Ok);
        p.periphery.f_mvm_mhz = 1000; // 1 ns period: the line has not discharged yet
        QCOMPARE(checkFeasibility(p).verdict, Feasibility::TooSlow);
        p = fairyTale(1024);
        p.device.mgo_thickness_nm = 2.10; // R_ON ≈ 1.0 MΩ: the discharge is over in ≈ 0.28 ns
        const auto f = checkFeasibility(p);
        QCOMPARE(f.verdict, Feasibility::TooFast);
        QVERIFY(f.discharge.seconds < f.minimumS);
        QCOMPARE(std::string(feasibilityName(f.verdict)), std::string("too_fast"));
    }
    void sweeps() {
        const Params p = fairyTale(1024);
        const std::vector<int> sizes{128, 1024, 4096};
        const auto s = sweepArraySize(p, sizes);
        QVERIFY(near(s.topsPerW[0], 1812, 1e-3) && near(s.topsPerW[2], 17954, 1e-3));
        const auto all = defaultArraySizes();
        QCOMPARE(all.front(), 16);
        QCOMPARE(all.back(), 8192);
        const auto sa = sweepArraySize(p, all);
        for (std::size_t i = 1; i < sa.topsPerW.size(); ++i)
            QVERIFY(sa.topsPerW[i] > sa.topsPerW[i - 1]); // converters amortised over more MACs
        const auto sb = sweepAdcBits(p, 1, 12, ConverterScaling::Walden);
        QCOMPARE(sb.x.size(), std::size_t(12));
        QVERIFY(near(sb.topsPerW[4], evaluateEnergy(p).topsPerW, 1e-12)); // 5 bits
        const auto st = sweepAdcBits(p, 1, 12, ConverterScaling::Thermal);
        QVERIFY(st.topsPerW[11] < sb.topsPerW[11]);
        const auto ls = logSpace(0.1, 1000, 5);
        QVERIFY(near(ls[0], 0.1, 1e-12) && near(ls[2], 10, 1e-12) && near(ls[4], 1000, 1e-12));
    }
    void publishedPointsShipped() {
        const auto r = loadPublishedPoints(std::filesystem::path(AIMC_SOURCE_DIR) / "resources/published_accelerators.csv");
        QVERIFY2(r.ok(), r.error.c_str());
        QVERIFY(r.points.size() >= 8);
        bool bsnn = false, baseline = false;
        for (const auto& pt : r.points) {
            QVERIFY(!pt.citation.empty());
            if (pt.name == "STT-BSNN") {
                bsnn = true;
                QCOMPARE(pt.topsPerW, 176.6);
                QCOMPARE(*pt.nodeNm, 65.0);
                QVERIFY(pt.citation.find("IEEE Access") != std::string::npos);
            }
            if (pt.kind == PublishedKind::Baseline) {
                baseline = true;
                QCOMPARE(pt.topsPerW, 200.0); // 10 fJ/MAC = 2 ops / 10 fJ
            }
        }
        QVERIFY(bsnn && baseline);
        QVERIFY(shippedPublishedPointsFile().filename() == "published_accelerators.csv");
    }
    void publishedPointsErrors_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString h = "name,kind,tops_per_w,tops_per_mm2,node_nm,citation\n";
        QTest::newRow("number") << h + "A,analog-imc,fast,,65,\"X, 2020\"\n" << "pts.csv:2: tops_per_w: expected a positive number, got 'fast'";
        QTest::newRow("negative") << h + "# c\nA,analog-imc,10,-1,65,X\n" << "pts.csv:3: tops_per_mm2: expected a positive number, got '-1'";
        QTest::newRow("kind") << h + "A,quantum,10,,65,X\n" << "pts.csv:2: kind: unknown 'quantum'";
        QTest::newRow("fields") << h + "A,digital,10,65,X\n" << "pts.csv:2: expected 6 fields, got 5";
        QTest::newRow("citation") << h + "A,digital,10,,65,\n" << "pts.csv:2: citation is empty";
        QTest::newRow("quote") << h + "A,digital,10,,65,\"X\n" << "pts.csv:2: unterminated quoted field";
        QTest::newRow("header") << QString("name,kind,tops_per_w\n") << "pts.csv:1: the header lacks the column 'citation'";
        QTest::newRow("column") << QString("name,kind,tops,citation\n") << "pts.csv:1: unknown column 'tops'";
        QTest::newRow("empty") << h << "pts.csv: no data rows";
        QTest::newRow("bits") << QString("name,kind,tops_per_w,act_bits,citation\nA,digital,1,2.5,X\n") << "pts.csv:2: act_bits: expected a whole number";
    }
    void publishedPointsErrors() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto r = parsePublishedPoints(text.toStdString(), "pts.csv");
        QVERIFY(!r.ok());
        QVERIFY2(r.error.rfind(expected.toStdString(), 0) == 0, r.error.c_str());
        QVERIFY(!loadPublishedPoints("/nonexistent/x.csv").ok());
    }
    void referenceNetworks() {
        const auto r = loadReferenceNetworks(std::filesystem::path(AIMC_SOURCE_DIR) / "resources/reference_networks.csv");
        QVERIFY2(r.ok(), r.error.c_str());
        bool resnet = false;
        for (const auto& n : r.networks) {
            QVERIFY(!n.citation.empty() && n.weights > 1e5);
            if (n.name == "ResNet-50") {
                resnet = true;
                QCOMPARE(n.weights, 25557032.0);
            }
        }
        QVERIFY(resnet);
        QVERIFY(shippedReferenceNetworksFile().filename() == "reference_networks.csv");
        // Fig. 8 reading: ResNet-50 on 0.1 µm² cells with 50 µm²/kcell periphery needs 3.8 mm².
        QVERIFY(near(chipAreaMm2ForWeights(25557032.0, fairyTale(1024)), 25557032.0 * 0.15e-6, 1e-12));
        const auto bad = parseReferenceNetworks("name,weights,citation\nX,many,Y\n", "nets.csv");
        QCOMPARE(bad.error, std::string("nets.csv:2: weights: expected a positive number, got 'many'"));
        const auto noCite = parseReferenceNetworks("name,weights,citation\n# c\nX,1e6,\n", "nets.csv");
        QCOMPARE(noCite.error, std::string("nets.csv:3: citation is empty"));
        QVERIFY(!loadReferenceNetworks("/nonexistent/n.csv").ok());
    }
    void badParameters() {
        Params p = fairyTale(1024);
        for (auto s : {"periphery.adc_bits=0", "periphery.adc_bits=13", "periphery.vdd_v=-0.8",
                       "periphery.f_mvm_mhz=0", "periphery.converter_scaling=linear",
                       "periphery.cell_area_um2=abc", "array.rows=0"}) {
            const auto err = applyAssignment(p, s);
            QVERIFY2(err, s);
            const std::string key(s, std::string_view(s).find('='));
            QVERIFY2(err->find(key) != std::string::npos, err->c_str());
        }
        QVERIFY(p == fairyTale(1024)); // a refused assignment changes nothing
    }
};

QTEST_GUILESS_MAIN(TestEnergyModel)
#include "test_energy_model.moc"
