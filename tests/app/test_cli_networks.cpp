// aimc train and aimc accuracy from the command line (issue 13): a tiny training run writes a model
// that loads and scores above chance on the real test set; accuracy digital and through the arrays
// (the analog path's ideal and per-chip numbers); the documented refusals name what is wrong.
#include "cli_run.h"
#include "skip_policy.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class TestCliNetworks : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_model;

private Q_SLOTS:
    void initTestCase() {
        if (!QFile::exists(QStringLiteral(AIMC_SOURCE_DIR "/data/mnist/t10k-labels-idx1-ubyte")))
            AIMC_SKIP("MNIST is not fetched (scripts/fetch-data.sh)");
    }
    void trainTinyRun() {
        m_model = m_dir.filePath(QStringLiteral("tiny.aimcnn"));
        const auto r = runCli({"train", "--dataset", "mnist", "--arch", "lenet5-classic", "--epochs", "1",
                               "--train-images", "2000", "--batch", "64", "--seed", "3", "--out", m_model}, 240000);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("epoch 1/1"));
        QVERIFY(QFile::exists(m_model));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("*.tmp-*")}, QDir::Files).isEmpty());
    }
    void accuracyDigitalAndAnalog() {
        QVERIFY(QFile::exists(m_model));
        const auto d = runCli({"accuracy", "--model", m_model, "--dataset", "mnist", "--images", "500", "--json"});
        QVERIFY2(d.code == 0, d.err.constData());
        const auto dj = QJsonDocument::fromJson(d.out).object();
        const double digital = dj.value(QStringLiteral("accuracy")).toDouble(-1);
        QVERIFY2(digital > 0.5 && digital <= 1.0, d.out.constData()); // 2 000 images, 1 epoch: far above 10 %
        const auto a = runCli({"accuracy", "--model", m_model, "--dataset", "mnist", "--preset", "sot-mram-vlsi2020",
                               "--images", "200", "--chips", "2", "--ir", "off", "--json"}, 240000);
        QVERIFY2(a.code == 0, a.err.constData());
        const auto aj = QJsonDocument::fromJson(a.out).object();
        QVERIFY2(aj.contains(QStringLiteral("accuracy_mean")) || aj.contains(QStringLiteral("accuracy")), a.out.constData());
        const double mean = aj.value(aj.contains(QStringLiteral("accuracy_mean")) ? QStringLiteral("accuracy_mean")
                                                                                    : QStringLiteral("accuracy")).toDouble(-1);
        QVERIFY2(mean > 0.3 && mean <= 1.0, a.out.constData());
    }
    void documentedRefusals() {
        const struct {
            QStringList args;
            const char* message;
        } cases[] = {
            {{"accuracy", "--dataset", "mnist"}, "--model"},
            {{"accuracy", "--model", m_model, "--dataset", "mnist", "--images", "0"}, "--images"},
            {{"accuracy", "--model", m_dir.filePath("none.aimcnn"), "--dataset", "mnist"}, "none.aimcnn"},
            {{"accuracy", "--model", m_model, "--dataset", m_dir.filePath("nodata")}, "nodata"},
            {{"accuracy", "--model", m_model, "--dataset", "mnist", "--preset", "sot-mram-vlsi2020", "--ir", "sideways"}, "--ir"},
            {{"accuracy", "--model", m_model, "--dataset", "mnist", "--set", "array.rows=4096"}, "array.rows"},
            {{"train", "--dataset", "mnist"}, "--out"},
            {{"train", "--dataset", "mnist", "--out", m_dir.filePath("x.aimcnn"), "--arch", "resnet"}, "resnet"},
            {{"train", "--dataset", "mnist", "--out", m_dir.filePath("x.aimcnn"), "--epochs", "0"}, "--epochs"},
        };
        for (const auto& c : cases) {
            const auto r = runCli(c.args);
            QVERIFY2(r.code == 2, qPrintable(c.args.join(' ')));
            QVERIFY2(r.err.contains(c.message), qPrintable(c.args.join(' ') + ": " + QString::fromUtf8(r.err)));
        }
        QVERIFY(!QFile::exists(m_dir.filePath("x.aimcnn")));
    }
};

QTEST_GUILESS_MAIN(TestCliNetworks)
#include "test_cli_networks.moc"
