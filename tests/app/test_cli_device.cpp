// The built `aimc` CLI: device JSON against the issue's must-show numbers, params, presets, and
// refusals of bad input with a non-zero exit and a message naming the key or file.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include "cli_run.h"

#include <QtTest>

class TestCliDevice : public QObject {
    Q_OBJECT
    static CliRun run(const QStringList& args) { return runCli(args); }
private Q_SLOTS:
    void deviceJson() {
        const auto r = run({"device", "--preset", AIMC_SOURCE_DIR "/presets/sot-mram-vlsi2020.json", "--json"});
        QCOMPARE(r.code, 0);
        const auto j = QJsonDocument::fromJson(r.out).object();
        for (auto key : {"ra_ohm_um2", "ecd_nm", "r_p_mean_ohm", "r_ap_mean_ohm", "g_p_sigma_over_mu",
                         "g_ap_sigma_over_mu", "tmr_at_read", "sigma_w_minus1", "sigma_w_zero",
                         "sigma_w_plus1", "sigma_w_minus1_analytic", "sigma_w_zero_analytic",
                         "sigma_w_plus1_analytic", "delta_kT", "retention_s"})
            QVERIFY2(j.contains(key), key);
        QVERIFY(std::abs(j["r_p_mean_ohm"].toDouble() / 6e6 - 1) < 0.01);
        for (auto level : {"minus1", "zero", "plus1"}) {
            const double mc = j[QStringLiteral("sigma_w_%1").arg(level)].toDouble();
            const double an = j[QStringLiteral("sigma_w_%1_analytic").arg(level)].toDouble();
            QVERIFY2(std::abs(mc / an - 1) < 0.02, level);
        }
    }
    void shippedPresetByNameAndSet() {
        const auto r = run({"device", "--preset", "stt-mram", "--set", "device.tmr=2", "--json"});
        QCOMPARE(r.code, 0);
        const auto j = QJsonDocument::fromJson(r.out).object();
        QVERIFY(j["r_p_mean_ohm"].toDouble() < 1e4); // STT-MRAM: kΩ, not MΩ
        QVERIFY(std::abs(j["tmr_at_read"].toDouble() - 2.0 / 1.04) < 1e-9);
    }
    void paramsAndPresets() {
        const auto p = run({"params"});
        QCOMPARE(p.code, 0);
        QVERIFY(p.out.contains("device.mgo_thickness_nm"));
        const auto s = run({"presets"});
        QCOMPARE(s.code, 0);
        QVERIFY(s.out.contains("sot-mram-vlsi2020"));
        QVERIFY(s.out.contains("fairy-tale-22nm-iedm2019"));
        QVERIFY(s.out.contains("stt-mram"));
    }
    void refusesBadInput() {
        QTemporaryDir dir;
        const QString bad = dir.filePath("bad.json");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schema":1,"params":{"device.cd_nm":1000}})");
        f.close();
        const struct {
            QStringList args;
            QByteArray mention;
        } cases[] = {
            {{"device", "--set", "device.cd_nm=1000"}, "device.cd_nm"},
            {{"device", "--set", "device.nokey=1"}, "device.nokey"},
            {{"device", "--set", "device.tmr=abc"}, "device.tmr"},
            {{"device", "--preset", bad}, "bad.json"},
            {{"device", "--preset", "/no/such/file.json"}, "/no/such/file.json"},
            {{"device", "--frobnicate"}, "--frobnicate"},
            {{"nosuchcommand"}, "nosuchcommand"},
        };
        for (const auto& c : cases) {
            const auto r = run(c.args);
            QVERIFY2(r.code != 0, qPrintable(c.args.join(' ')));
            QVERIFY2(r.err.contains(c.mention), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliDevice)
#include "test_cli_device.moc"
