// The built `aimc energy` command: JSON fields and values for the Fig. 7 preset, and refusals of
// bad input with messages that name the key, option or file.
#include <QJsonDocument>
#include <QJsonObject>
#include "cli_run.h"

#include <QtTest>

class TestCliEnergy : public QObject {
    Q_OBJECT
    static CliRun run(const QStringList& args) { return runCli(QStringList{"energy"} + args); }
    static QString preset() { return QStringLiteral(AIMC_SOURCE_DIR "/presets/fairy-tale-22nm-iedm2019.json"); }
private Q_SLOTS:
    void jsonFields() {
        const auto r = run({"--preset", preset(), "--set", "array.rows=4096", "--set", "array.cols=4096", "--json"});
        QCOMPARE(r.code, 0);
        const auto j = QJsonDocument::fromJson(r.out).object();
        for (auto key : {"e_dac_pj", "e_adc_pj", "e_al_pj", "e_sl_pj", "e_ctrl_pj", "e_total_pj", "fj_per_mac",
                         "tops_per_w", "tops", "tops_per_mm2", "discharge_time_ns", "feasible"})
            QVERIFY2(j.contains(key), key);
        QCOMPARE(qRound(j["e_total_pj"].toDouble()), 1869);
        QVERIFY(std::abs(j["tops_per_w"].toDouble() / 17954 - 1) < 1e-3);
        QVERIFY(j["feasible"].isBool() && j["feasible"].toBool());
        QCOMPARE(j["feasibility"].toString(), QStringLiteral("ok"));
        QCOMPARE(qRound(j["tops_per_mm2_cells_only"].toDouble()), 2000);
    }
    void infeasibleIsReported() {
        const auto r = run({"--preset", preset(), "--set", "periphery.f_mvm_mhz=1000", "--json"});
        QCOMPARE(r.code, 0);
        const auto j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j["feasible"].toBool(), false);
        QCOMPARE(j["feasibility"].toString(), QStringLiteral("too_slow"));
    }
    void refusesBadInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("range") << QStringList{"--set", "periphery.adc_bits=13"} << "periphery.adc_bits";
        QTest::newRow("negative") << QStringList{"--set", "periphery.vdd_v=-1"} << "periphery.vdd_v";
        QTest::newRow("choice") << QStringList{"--set", "periphery.converter_scaling=linear"} << "periphery.converter_scaling";
        QTest::newRow("unknown key") << QStringList{"--set", "periphery.adc_bit=5"} << "periphery.adc_bit";
        QTest::newRow("option") << QStringList{"--sweep"} << "--sweep";
        QTest::newRow("preset") << QStringList{"--preset", "/nonexistent/p.json"} << "/nonexistent/p.json";
    }
    void refusesBadInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const auto r = run(args);
        QVERIFY(r.code > 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliEnergy)
#include "test_cli_energy.moc"
