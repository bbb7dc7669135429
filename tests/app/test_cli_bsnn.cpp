// `aimc train --arch bsnn` and `aimc accuracy` on the shipped spiking model (docs/model.md §10):
// the epoch lines, time_steps in the result, and the refusals of the ternary-only paths.
#include "cli_run.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include "skip_policy.h"

#include <QtTest>
#include <cmath>

namespace {
const QString kModel = QStringLiteral(AIMC_SOURCE_DIR "/resources/models/bsnn-mnist-t4.aimcnn");
const QString kLenet = QStringLiteral(AIMC_SOURCE_DIR "/resources/models/lenet5-mnist-s00.aimcnn");
bool haveMnist() { return QFile::exists(QStringLiteral(AIMC_SOURCE_DIR "/data/mnist/t10k-labels-idx1-ubyte")); }
} // namespace

class TestCliBsnn : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accuracyPrintsTimeSteps() {
        if (!haveMnist())
            AIMC_SKIP("MNIST is not present (run scripts/fetch-data.sh)");
        const auto r = runCli({"accuracy", "--model", kModel, "--dataset", "mnist", "--images", "500", "--time-steps", "2",
                               "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j.value("time_steps").toInt(), 2);
        QCOMPARE(j.value("images").toInt(), 500);
        QVERIFY(j.value("accuracy").toDouble() > 0.95);
        // without --time-steps: the trained 4
        const auto d = runCli({"accuracy", "--model", kModel, "--dataset", "mnist", "--images", "100", "--json"});
        QCOMPARE(QJsonDocument::fromJson(d.out).object().value("time_steps").toInt(), 4);
    }
    void refusals() {
        if (!haveMnist())
            AIMC_SKIP("MNIST is not present (run scripts/fetch-data.sh)");
        auto r = runCli({"accuracy", "--model", kLenet, "--dataset", "mnist", "--time-steps", "2"});
        QVERIFY(r.code != 0 && r.err.contains("is not a spiking network"));
        r = runCli({"accuracy", "--model", kModel, "--dataset", "mnist", "--preset", "stt-bsnn-65nm", "--images", "10",
                    "--set", "array.scheme=precharge"});
        QVERIFY2(r.code != 0 && r.err.contains("array.scheme = precharge"), r.err.constData());
        r = runCli({"accuracy", "--model", kModel, "--dataset", "mnist", "--preset", "stt-bsnn-65nm", "--ir", "sideways"});
        QVERIFY2(r.code != 0 && r.err.contains("--ir: expected exact, map or off"), r.err.constData());
        r = runCli({"accuracy", "--model", kModel, "--dataset", "mnist", "--preset", "stt-bsnn-65nm", "--sigma-w", "0.1"});
        QVERIFY2(r.code != 0 && r.err.contains("--sigma-w"), r.err.constData()); // digital-only option
        r = runCli({"accuracy", "--model", kLenet, "--dataset", "mnist", "--preset", "stt-bsnn-65nm", "--time-steps", "2"});
        QVERIFY2(r.code != 0 && r.err.contains("is not a spiking network"), r.err.constData());
        r = runCli({"train", "--dataset", "mnist", "--arch", "bsnn", "--surrogate", "gauss", "--out", "/tmp/x.aimcnn"});
        QVERIFY(r.code != 0 && r.err.contains("--surrogate: unknown window 'gauss'"));
    }
    // The array path (docs/model.md §10.5): ideal subarrays give the digital accuracy; the preset's
    // devices and offsets give one accuracy per chip; the subarray energy beside the record.
    void runsOnSttMramSubarrays() {
        if (!haveMnist())
            AIMC_SKIP("MNIST is not present (run scripts/fetch-data.sh)");
        const QStringList base{"accuracy", "--model", kModel, "--dataset", "mnist", "--preset", "stt-bsnn-65nm",
                               "--images", "200", "--time-steps", "2", "--chips", "2", "--json"};
        const auto ideal = runCli(base + QStringList{"--ir", "off", "--set", "device.sigma_radius_nm=0", "--set",
                                                     "periphery.sa_offset_sigma_mv=0"});
        QVERIFY2(ideal.code == 0, ideal.err.constData());
        const QJsonObject i = QJsonDocument::fromJson(ideal.out).object();
        QCOMPARE(i.value("time_steps").toInt(), 2);
        QCOMPARE(i.value("accuracy_mean").toDouble(), i.value("digital_accuracy").toDouble());
        QCOMPARE(i.value("accuracy_std").toDouble(), 0.0);
        QCOMPARE(i.value("array_rows").toInt(), 288);
        QCOMPARE(i.value("tops_per_w_record").toDouble(), 176.6);
        QVERIFY(i.value("tops_per_w").toDouble() > 0);
        const auto noisy = runCli(base + QStringList{"--ir", "off"});
        QVERIFY2(noisy.code == 0, noisy.err.constData());
        const QJsonObject n = QJsonDocument::fromJson(noisy.out).object();
        QCOMPARE(n.value("accuracies").toArray().size(), 2);
        QVERIFY(n.value("sa_offset_sigma_counts").toDouble() > 0);
        QVERIFY(n.value("accuracy_mean").toDouble() < i.value("accuracy_mean").toDouble());
        const auto energy = runCli({"energy", "--preset", "stt-bsnn-65nm", "--spiking", "--json"});
        QVERIFY2(energy.code == 0, energy.err.constData());
        const QJsonObject e = QJsonDocument::fromJson(energy.out).object();
        QCOMPARE(e.value("tops_per_w").toDouble(), n.value("tops_per_w").toDouble()); // the same preset
        QCOMPARE(e.value("ops_per_phase").toDouble(), 576.0);
        const double parts = e.value("e_cell_fj").toDouble() + e.value("e_word_lines_fj").toDouble() +
                             e.value("e_bit_lines_fj").toDouble() + e.value("e_sense_amp_fj").toDouble() +
                             e.value("e_ctrl_fj").toDouble();
        QVERIFY(std::abs(parts - e.value("e_total_fj").toDouble()) < 1e-9);
    }
    void trainsASpikingNetwork() {
        if (!haveMnist())
            AIMC_SKIP("MNIST is not present (run scripts/fetch-data.sh)");
        QTemporaryDir dir;
        const QString out = dir.filePath("b.aimcnn");
        const auto r = runCli({"train", "--dataset", "mnist", "--arch", "bsnn", "--time-steps", "1", "--train-images", "256",
                               "--batch", "64", "--epochs", "1", "--surrogate", "triangle", "--out", out},
                              300000);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("epoch 1/1  loss"));
        QVERIFY(r.err.contains("epoch 1/1 [")); // the progress bar
        const auto a = runCli({"accuracy", "--model", out, "--dataset", "mnist", "--images", "100", "--json"});
        QCOMPARE(QJsonDocument::fromJson(a.out).object().value("time_steps").toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliBsnn)
#include "test_cli_bsnn.moc"
