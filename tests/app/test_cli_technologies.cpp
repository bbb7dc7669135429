// The technologies through the CLI (issue 9): SOT-MRAM bit-identical to the release before the
// technology interface (golden outputs written by that release, commit dc52a25), Table I live,
// measured devices end to end, a network on measured devices.
#include "cli_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <random>

namespace {
const QString kGolden = QStringLiteral(AIMC_SOURCE_DIR "/tests/app/golden/");
const QString kModel = QStringLiteral(AIMC_SOURCE_DIR "/resources/models/lenet5-mnist-s30.aimcnn");

QJsonObject jsonOf(const CliRun& r) { return QJsonDocument::fromJson(r.out).object(); }

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// P/AP devices from the MTJ model with a Gaussian radius of sigmaRNm (nm) at eCD 66 nm, RA 20 kΩ·µm².
void writeMtjCsv(const QString& path, double sigmaRNm, int perState, unsigned seed) {
    std::mt19937_64 gen(seed);
    std::normal_distribution<double> radius(33.0, sigmaRNm);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("state,resistance_ohm\n");
    const double tmr = 1.5 / (1 + 0.04);
    for (int i = 0; i < 2 * perState; ++i) {
        const double r = std::max(2.0, radius(gen)) * 1e-3;
        const double rp = 20000 / (M_PI * r * r);
        f.write(QStringLiteral("%1,%2\n").arg(i % 2 ? "AP" : "P").arg(i % 2 ? rp * (1 + tmr) : rp, 0, 'g', 17).toUtf8());
    }
}
} // namespace

class TestCliTechnologies : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sotResultsAreBitIdentical() {
        struct Case {
            const char* golden;
            QStringList args;
        };
        const QStringList sot{"--preset", "sot-mram-vlsi2020", "--json"};
        const QStringList net{"--model", kModel, "--dataset", "mnist", "--images", "300", "--chips", "2"};
        const Case cases[] = {
            {"device-sot.json", QStringList{"device"} + sot},
            {"device-sot-cd60-ra5.json", QStringList{"device", "--set", "device.sigma_ra_rel=0.05", "--set", "device.cd_nm=60"} + sot},
            {"irdrop-sot.json", QStringList{"irdrop", "--set", "array.rows=128", "--set", "array.cols=64"} + sot},
            {"irdrop-sot-cse.json", QStringList{"irdrop", "--set", "array.rows=64", "--set", "array.cols=32", "--set", "array.cell_model=cse"} + sot},
            {"energy-sot.json", QStringList{"energy"} + sot},
            {"accuracy-sot-exact.json", QStringList{"accuracy", "--ir", "exact"} + net + sot},
            {"accuracy-sot-map.json", QStringList{"accuracy", "--ir", "map"} + net + sot},
        };
        for (const auto& c : cases) {
            const auto golden = QJsonDocument::fromJson(readAll(kGolden + c.golden)).object();
            QVERIFY2(!golden.isEmpty(), c.golden);
            const auto r = runCli(c.args, 240000);
            QVERIFY2(r.code == 0, r.err.constData());
            const auto now = jsonOf(r);
            for (auto it = golden.begin(); it != golden.end(); ++it) {
                if (it.key() == "solve_ms" || it.key() == "seconds" || it.key() == "model")
                    continue; // timings, and the model path as it was typed
                QVERIFY2(now.value(it.key()) == it.value(),
                         qPrintable(QStringLiteral("%1: %2 was %3, is %4").arg(c.golden, it.key(),
                             QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)),
                             QString::fromUtf8(QJsonDocument(QJsonArray{now.value(it.key())}).toJson(QJsonDocument::Compact)))));
            }
        }
        // Every cell's device: the column currents of a small array, byte for byte.
        for (const char* model : {"re", "cse"}) {
            QTemporaryDir dir;
            const auto r = runCli({"irdrop", "--preset", "sot-mram-vlsi2020", "--set", "array.rows=24", "--set", "array.cols=12",
                                   "--set", QStringLiteral("array.cell_model=%1").arg(model), "--csv", dir.path()});
            QVERIFY2(r.code == 0, r.err.constData());
            QCOMPARE(readAll(dir.filePath("column_currents.csv")),
                     readAll(kGolden + QStringLiteral("column-currents-24x12-%1.csv").arg(model)));
        }
    }
    void deviceReportsTechnologyWriteAndRetention() {
        const auto sot = jsonOf(runCli({"device", "--preset", "sot-mram-vlsi2020", "--json"}));
        QCOMPARE(sot.value("technology").toString(), QStringLiteral("sot-mram"));
        QVERIFY(sot.value("writable").toBool());
        QVERIFY(sot.value("v_write_v").toDouble() < 1.0);
        QVERIFY(sot.value("retention_s").toDouble() > 3e8); // > 10 years at eCD 66 nm, Δ = 60
        const auto stt = jsonOf(runCli({"device", "--preset", "stt-mram", "--json"}));
        QVERIFY(stt.value("r_p_mean_ohm").toDouble() < 10e3);
        QVERIFY(stt.value("writable").toBool());
        const auto thick = runCli({"device", "--preset", "stt-mram", "--set", "device.mgo_thickness_nm=2.4"});
        QCOMPARE(thick.code, 0);
        QVERIFY(thick.out.contains("writable = false"));
        QVERIFY(thick.out.contains("v_write_v = 400"));
        const auto igzo = jsonOf(runCli({"device", "--preset", "igzo-2t1c-iedm2019", "--json"}));
        QVERIFY(igzo.contains("i_on_mean_a") && !igzo.contains("g_p_mean_s"));
        // IGZO needs current-source cells: refused with the key named.
        const auto refused = runCli({"device", "--preset", "igzo-2t1c-iedm2019", "--set", "array.cell_model=re"});
        QVERIFY(refused.code != 0 && refused.err.contains("array.cell_model"));
    }
    void technologiesListsEveryShippedTechnology() {
        const auto r = runCli({"technologies", "--preset", "sot-mram-vlsi2020", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const auto rows = QJsonDocument::fromJson(r.out).array();
        QStringList names;
        for (const auto& v : rows)
            names << v.toObject().value("technology").toString();
        QCOMPARE(names, (QStringList{"sot-mram", "stt-mram", "projection-pcm", "igzo-2t1c", "measured"}));
        const auto sot = rows[0].toObject(), stt = rows[1].toObject();
        QVERIFY(std::abs(sot.value("r_on_ohm").toDouble() / 6e6 - 1) < 0.01);
        QCOMPARE(sot.value("paper_r_on").toString(), QStringLiteral("6 MΩ"));
        QVERIFY(stt.value("r_on_ohm").toDouble() < 10e3);
        QVERIFY(rows[3].toObject().value("r_on_ohm").isNull() && rows[3].toObject().value("i_cell_a").toDouble() > 0);
    }
    void measuredDevicesThroughTheCli() {
        QTemporaryDir dir;
        const QString csv = dir.filePath("dev.csv");
        writeMtjCsv(csv, 3.0, 5000, 1);
        const auto j = jsonOf(runCli({"device", "--measured", csv, "--json"}));
        QCOMPARE(j.value("technology").toString(), QStringLiteral("measured"));
        QCOMPARE(j.value("measured_devices").toInt(), 10000);
        QVERIFY(std::abs(j.value("fit_ecd_nm").toDouble() / 66 - 1) < 0.02);
        QVERIFY(std::abs(j.value("fit_sigma_radius_nm").toDouble() / 3 - 1) < 0.1);
        QVERIFY(j.value("retention_s").isNull());
        // Bad input names the file, the line and the field; nothing is computed.
        QFile bad(dir.filePath("bad.csv"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("state,resistance_ohm\nP,1e6\nAP,-3\n");
        bad.close();
        const auto refused = runCli({"device", "--measured", dir.filePath("bad.csv")});
        QVERIFY(refused.code != 0);
        QVERIFY2(refused.err.contains("bad.csv:3: resistance_ohm"), refused.err.constData());
        QVERIFY(refused.out.isEmpty());
        const auto missing = runCli({"device", "--measured", dir.filePath("none.csv")});
        QVERIFY(missing.code != 0 && missing.err.contains("none.csv"));
    }
    void widerMeasuredSpreadCostsAccuracy() {
        QTemporaryDir dir;
        double acc[2];
        const double sigmas[2] = {2.0, 6.0};
        for (int k = 0; k < 2; ++k) {
            const QString csv = dir.filePath(QStringLiteral("dev%1.csv").arg(k));
            writeMtjCsv(csv, sigmas[k], 4000, 7);
            const auto r = runCli({"accuracy", "--preset", "sot-mram-vlsi2020", "--measured", csv, "--model", kModel,
                                   "--dataset", "mnist", "--images", "1000", "--chips", "2", "--ir", "off", "--json"},
                                  240000);
            QVERIFY2(r.code == 0, r.err.constData());
            acc[k] = jsonOf(r).value("accuracy_mean").toDouble();
        }
        QVERIFY2(acc[1] < acc[0] - 0.01, qPrintable(QStringLiteral("σ_r 2 nm: %1, 6 nm: %2").arg(acc[0]).arg(acc[1])));
    }
};

QTEST_GUILESS_MAIN(TestCliTechnologies)
#include "test_cli_technologies.moc"
