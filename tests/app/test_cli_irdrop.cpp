// The built `aimc irdrop` command: the JSON keys of issue 3, the CSV maps and the SPICE netlist,
// and refusals of bad input with messages that name the key or option.
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include "cli_run.h"

#include <QtTest>

class TestCliIrdrop : public QObject {
    Q_OBJECT
    static CliRun run(const QStringList& args) { return runCli(QStringList{"irdrop"} + args); }
private Q_SLOTS:
    void jsonCsvAndSpice() {
        QTemporaryDir dir;
        const QString spice = dir.filePath("array.cir");
        const auto r = run({"--preset", QStringLiteral(AIMC_SOURCE_DIR "/presets/sot-mram-vlsi2020.json"),
                            "--set", "array.rows=64", "--set", "array.cols=32", "--set", "array.r_driver_ohm=20",
                            "--json", "--csv", dir.filePath("maps"), "--spice", spice});
        QCOMPARE(r.code, 0);
        const auto j = QJsonDocument::fromJson(r.out).object();
        for (auto key : {"rows", "cols", "physical_cols", "iterations", "residual", "solve_ms", "max_ir_drop_v",
                         "min_effective_weight_ratio", "mean_effective_weight_ratio", "column_rel_error_max",
                         "column_rel_error_rms", "discharge_time_ns"})
            QVERIFY2(j.contains(key), key);
        QCOMPARE(j["physical_cols"].toInt(), 64);
        QCOMPARE(j["status"].toString(), QStringLiteral("converged"));
        QVERIFY(j["residual"].toDouble() <= 1e-9);
        QVERIFY(j["max_ir_drop_v"].toDouble() > 0);
        QVERIFY(j["min_effective_weight_ratio"].toDouble() < 1);
        for (auto name : {"al_voltage_v.csv", "sl_voltage_v.csv", "effective_weight_ratio.csv",
                          "column_currents.csv", "sl_profile.csv"})
            QVERIFY2(QFile::exists(QDir(dir.filePath("maps")).filePath(name)), name);
        QFile net(spice);
        QVERIFY(net.open(QIODevice::ReadOnly));
        const QByteArray text = net.readAll();
        QVERIFY(text.contains("VCLAMP clamp 0 DC"));
        QCOMPARE(text.count("\nRC_"), 64 * 64); // one resistor per cell
    }
    void refusesBadInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("rows beyond the solver") << QStringList{"--set", "array.rows=4096"} << "array.rows";
        QTest::newRow("negative wire") << QStringList{"--set", "array.r_al_ohm=-1"} << "array.r_al_ohm";
        QTest::newRow("density") << QStringList{"--set", "array.weight_density=1.5"} << "array.weight_density";
        QTest::newRow("cell model") << QStringList{"--set", "array.cell_model=diode"} << "array.cell_model";
        QTest::newRow("option") << QStringList{"--map"} << "--map";
    }
    void refusesBadInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const auto r = run(args);
        QVERIFY(r.code != 0);
        QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliIrdrop)
#include "test_cli_irdrop.moc"
