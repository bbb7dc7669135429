// aimc transient (issue 10): the keys it prints, its files, its refusals; and the network with
// array.scheme = precharge through aimc accuracy.
#include "cli_run.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class TestCliTransient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void printsTheTransientAndWritesItsFiles() {
        QTemporaryDir dir;
        const auto r = runCli({"transient", "--preset", "sot-mram-vlsi2020", "--set", "array.rows=32", "--set",
                               "array.cols=8", "--json", "--csv", dir.path(), "--spice", dir.filePath("t.cir")});
        QVERIFY2(r.code == 0, r.err.constData());
        const auto j = QJsonDocument::fromJson(r.out).object();
        for (const char* key : {"scheme", "cell_model", "columns", "c_sl_ff", "t_lsb_ps", "v_precharge_v", "dv_sl_v",
                                "dv_ideal_v", "rel_error_max", "rel_error_rms", "saturated_fraction_end", "energy_sl_pj"})
            QVERIFY2(j.contains(key), key);
        QCOMPARE(j.value("columns").toInt(), 16);
        QCOMPARE(j.value("dv_sl_v").toArray().size(), 16);
        QVERIFY(std::abs(j.value("c_sl_ff").toDouble() - 3.2) < 1e-12); // 32 rows x 0.1 fF
        QVERIFY(j.value("rel_error_max").toDouble() > 0);               // resistive: compressed
        for (const char* f : {"conductance_s.csv", "activation_codes.csv", "sl_waveforms.csv", "t.cir"})
            QVERIFY2(QFile::exists(dir.filePath(f)), f);
        QFile codes(dir.filePath("activation_codes.csv"));
        QVERIFY(codes.open(QIODevice::ReadOnly));
        QCOMPARE(codes.readAll().count('\n'), 32);
        const auto cse = runCli({"transient", "--preset", "igzo-2t1c-iedm2019", "--set", "array.rows=32", "--set",
                                 "array.cols=8", "--set", "device.igzo_i_on_na=5", "--json", "--csv", dir.path()});
        QVERIFY2(cse.code == 0, cse.err.constData());
        const auto jc = QJsonDocument::fromJson(cse.out).object();
        QCOMPARE(jc.value("saturated_fraction_end").toDouble(), 1.0);
        QVERIFY(jc.value("rel_error_max").toDouble() < 1e-9); // saturated current sources: exact
        QVERIFY(QFile::exists(dir.filePath("current_a.csv")));
    }
    void refusesMeaninglessPulses() {
        const auto longPulse = runCli({"transient", "--set", "periphery.t_lsb_ps=1000"});
        QVERIFY(longPulse.code != 0 && longPulse.err.contains("periphery.t_lsb_ps"));
        const auto low = runCli({"transient", "--preset", "igzo-2t1c-iedm2019", "--set", "periphery.v_precharge_v=0.05"});
        QVERIFY(low.code != 0 && low.err.contains("periphery.v_precharge_v"));
    }
    void networkUnderThePrechargeScheme() {
        const QString model = QStringLiteral(AIMC_SOURCE_DIR "/resources/models/lenet5-mnist-s30.aimcnn");
        const auto acc = [&](QStringList extra) {
            const auto r = runCli(QStringList{"accuracy", "--model", model, "--dataset", "mnist", "--images", "500",
                                              "--chips", "1", "--ir", "off", "--json"} + extra, 240000);
            if (r.code != 0)
                qWarning("%s", r.err.constData());
            return QJsonDocument::fromJson(r.out).object();
        };
        // Saturated current sources: the precharge result is the MVM, so the accuracy is the clamp one.
        const auto cseClamp = acc({"--preset", "igzo-2t1c-iedm2019", "--set", "device.igzo_i_on_na=20"});
        const auto csePre = acc({"--preset", "igzo-2t1c-iedm2019", "--set", "device.igzo_i_on_na=20", "--set",
                                 "array.scheme=precharge"});
        QCOMPARE(csePre.value("accuracy_mean").toDouble(), cseClamp.value("accuracy_mean").toDouble());
        // Resistive cells: a small swing keeps the accuracy, a large one compresses it away.
        const auto small = acc({"--preset", "sot-mram-vlsi2020", "--set", "array.scheme=precharge", "--set", "periphery.t_lsb_ps=10"});
        const auto large = acc({"--preset", "sot-mram-vlsi2020", "--set", "array.scheme=precharge", "--set", "periphery.t_lsb_ps=100"});
        QVERIFY(small.value("accuracy_mean").toDouble() > 0.95);
        QVERIFY(large.value("accuracy_mean").toDouble() < small.value("accuracy_mean").toDouble() - 0.2);
    }
};

QTEST_GUILESS_MAIN(TestCliTransient)
#include "test_cli_transient.moc"
