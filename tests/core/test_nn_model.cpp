// Training, inference folding, the model file (round trip and refusals), determinism across thread
// counts, and the shipped models' accuracy when the data sets are present (docs/model.md §5).
#include "skip_policy.h"
#include "nn/model_file.h"
#include "nn/ternary_net.h"
#include "nn/trainer.h"
#include "io/atomic_file.h"
#include "io/file_read.h"
#include "util/job_runner.h"
#include "util/rng.h"

#include "nn_test_values.h"

#include <QtTest>
#include <cstring>

using namespace aimc::core;
using namespace aimc::core::nn;

namespace {

// Ten classes: a bright 7×7 square at a class-specific place on a noisy 28×28 background.
Dataset synthetic(int n, std::uint64_t seed) {
    Dataset d;
    d.height = d.width = 28;
    d.classes = 10;
    Rng rng(seed);
    for (int i = 0; i < n; ++i) {
        const int label = i % 10, x0 = 2 + (label % 5) * 5, y0 = label < 5 ? 3 : 16;
        for (int y = 0; y < 28; ++y)
            for (int x = 0; x < 28; ++x) {
                const bool on = x >= x0 && x < x0 + 7 && y >= y0 && y < y0 + 7;
                d.pixels.push_back(static_cast<std::uint8_t>((on ? 160 : 0) + rng.next() % 90));
            }
        d.labels.push_back(static_cast<std::uint8_t>(label));
    }
    return d;
}

ArchSpec smallArch() {
    ArchSpec a;
    a.name = "lenet5-classic";
    archWidths(a.name, a.widths);
    return a;
}

} // namespace

class TestNnModel : public QObject {
    Q_OBJECT
    Dataset m_train = synthetic(640, 1), m_test = synthetic(300, 2);

private Q_SLOTS:
    void tinyTrainingBeatsChanceAndFoldsExactly() {
        Network net(smallArch(), 3);
        TrainRecipe r;
        r.epochs = 2;
        r.batch = 32;
        r.shift = 1;
        r.sigmaTrain = 0.1;
        const auto hist = train(net, m_train, &m_test, r);
        QCOMPARE(int(hist.size()), 2);
        QVERIFY2(hist.back().testAccuracy > 0.6, qPrintable(QString::number(hist.back().testAccuracy)));
        QVERIFY(hist.back().loss < hist.front().loss);
        // The folded ternary network predicts what the layer-by-layer network does in eval mode.
        const TernaryNet folded = foldNetwork(net);
        QCOMPARE(int(folded.layers.size()), 5);
        QCOMPARE(folded.layers[0].inputs(), 25);
        QCOMPARE(folded.layers[1].inputs(), 6 * 25);
        QCOMPARE(folded.layers[1].mvmsPerImage(), 100);
        const EvalResult e = evaluate(folded, m_test, 0);
        std::vector<int> idx(m_test.size());
        std::iota(idx.begin(), idx.end(), 0);
        Mat in;
        loadImages(m_test, idx, in);
        const Mat& logits = net.forward(in, {});
        int agree = 0;
        for (int i = 0; i < m_test.size(); ++i) {
            Eigen::Index arg = 0;
            logits.col(i).maxCoeff(&arg);
            agree += arg == e.predictions[i];
        }
        QVERIFY2(agree >= m_test.size() - 2, qPrintable(QString::number(agree)));
        for (const auto& L : folded.layers) // weights are −1, 0, +1 only
            QVERIFY((L.ternary.array().abs() == 1 || L.ternary.array() == 0).all());
    }
    void deterministicOnAnyThreadCount() {
        std::vector<float> w[2];
        std::vector<int> pred[2];
        for (int k = 0; k < 2; ++k)
            runWithThreads(k + 1, [&] {
                Network net(smallArch(), 5);
                TrainRecipe r;
                r.epochs = 1;
                r.batch = 64;
                r.sigmaTrain = 0.3;
                r.trainImages = 256;
                train(net, m_train, nullptr, r);
                w[k] = allValues(net);
                pred[k] = evaluate(withWeightNoise(foldNetwork(net), 0.2, 9), m_test, 0).predictions;
            });
        QVERIFY(w[0] == w[1]);
        QVERIFY(pred[0] == pred[1]);
    }
    void modelFileRoundTrip() {
        Network net(smallArch(), 7);
        TrainRecipe r;
        r.epochs = 1;
        r.trainImages = 128;
        r.sigmaTrain = 0.2;
        ModelInfo info;
        info.arch = net.spec();
        info.recipe = r;
        info.dataset = "synthetic";
        info.history = train(net, m_train, &m_test, r);
        info.command = "aimc train ...";
        const std::string bytes = serializeModel(net, info);
        const auto back = parseModel(bytes, "mem");
        QVERIFY2(back.model, back.error.c_str());
        QVERIFY(back.model->info.arch == info.arch);
        QVERIFY(back.model->info.recipe == info.recipe);
        QCOMPARE(back.model->info.dataset, info.dataset);
        QCOMPARE(back.model->info.history.size(), info.history.size());
        QVERIFY(allValues(*back.model->net) == allValues(net));
        QCOMPARE(evaluate(foldNetwork(*back.model->net), m_test, 0).predictions,
                 evaluate(foldNetwork(net), m_test, 0).predictions);
        // Ternary weights are packed: the file is shadow floats + 2 bits per weight + header.
        std::size_t floats = 0, weights = 0;
        for (const auto& t : net.tensors())
            floats += t.size;
        for (const auto& L : foldNetwork(net).layers)
            weights += L.ternary.size();
        QVERIFY(bytes.size() < floats * 4 + weights / 4 + 8000);
    }
    void modelFileRefusals() {
        Network net(smallArch(), 7);
        ModelInfo info;
        info.arch = net.spec();
        const std::string good = serializeModel(net, info);
        auto err = [](const std::string& b) { return QString::fromStdString(parseModel(b, "m.aimcnn").error); };
        QVERIFY(err(good).isEmpty());
        QVERIFY(err("hello world, not a model").contains("wrong magic"));
        std::string v2 = good;
        v2[8] = 2;
        QVERIFY(err(v2).contains("version 2 is not supported"));
        QVERIFY(err(good.substr(0, good.size() - 10)).contains("truncated"));
        std::string flipped = good;
        flipped[flipped.size() - 100] ^= 0x40;
        QVERIFY(err(flipped).contains("checksum"));
        std::string badJson = good;
        badJson[16] = '#';
        QVERIFY(err(badJson).contains("broken JSON header"));
        // a different architecture in the header than the tensors describe
        ModelInfo wide = info;
        wide.arch.widths = {8, 16, 120, 84};
        wide.arch.layers.clear(); // generated from the widths
        Network other(wide.arch, 1);
        std::string mixed = serializeModel(other, wide);
        const auto at = mixed.find("[8,16,120,84]");
        QVERIFY(at != std::string::npos);
        mixed.replace(at, 13, "[6,16,120,84]"); // same length: header now disagrees with the body
        QVERIFY2(err(mixed).contains("is not that of architecture 'lenet5-classic'"), qPrintable(err(mixed)));
        QVERIFY(QString::fromStdString(loadModel("/nonexistent/m.aimcnn").error).contains("cannot read"));
    }
    void weightNoiseChips() {
        Network net(smallArch(), 7);
        const TernaryNet t = foldNetwork(net);
        const TernaryNet a = withWeightNoise(t, 0.15, 1), b = withWeightNoise(t, 0.15, 1), c = withWeightNoise(t, 0.15, 2);
        QCOMPARE(a.layers[2].ternary, b.layers[2].ternary);
        QVERIFY(a.layers[2].ternary != c.layers[2].ternary);
        const Mat dev = a.layers[2].ternary - t.layers[2].ternary;
        const double sd = std::sqrt(dev.cwiseAbs2().mean());
        QVERIFY2(std::abs(sd - 0.15) < 0.005, qPrintable(QString::number(sd)));
        const auto chips = evaluateChips(t, m_test, 100, 0.0, 3, 1);
        QCOMPARE(chips.images, 100);
        QCOMPARE(chips.accuracies[0], chips.accuracies[2]);
    }
    void oldLenetFilesKeepTheirAccuracies() {
        // The shipped LeNet-5 files predate the layer list in the header (docs/model.md §10): the list
        // is generated from the name and widths and the accuracies are those in the README.
        const std::filesystem::path models = std::filesystem::path(AIMC_SOURCE_DIR) / "resources/models";
        const auto d = loadDataset("mnist");
        if (!d.data)
            AIMC_SKIP("MNIST is not present (run scripts/fetch-data.sh)");
        for (const auto& [file, correct] : {std::pair{"lenet5-mnist-s00.aimcnn", 9946}, std::pair{"lenet5-mnist-s10.aimcnn", 9942},
                                            std::pair{"lenet5-mnist-s20.aimcnn", 9940}, std::pair{"lenet5-mnist-s30.aimcnn", 9930}}) {
            const auto bytes = readRegularFile(models / file);
            QVERIFY(bytes.text && bytes.text->find("\"layers\"") == std::string::npos); // the old header
            const auto m = loadModel(models / file);
            QVERIFY2(m.model, m.error.c_str());
            QCOMPARE(m.model->net->spec().layers, archLayers(m.model->info.arch));
            QCOMPARE(evaluate(foldNetwork(*m.model->net), d.data->test, 0).correct, correct);
        }
    }
    void shippedModelsReachTheirAccuracy() {
        const std::filesystem::path models = std::filesystem::path(AIMC_SOURCE_DIR) / "resources/models";
        struct Case {
            const char* file;
            const char* data;
            double minAccuracy;
        };
        int checked = 0;
        for (const Case& c : {Case{"lenet5-mnist-s00.aimcnn", "mnist", 0.992}, Case{"lenet5-fashion-s00.aimcnn", "fashion-mnist", 0.89}}) {
            const auto m = loadModel(models / c.file);
            const auto d = loadDataset(c.data);
            if (!m.model || !d.data) {
                qWarning("skipped %s: %s%s", c.file, m.error.c_str(), d.error.c_str());
                continue;
            }
            const double acc = evaluate(foldNetwork(*m.model->net), d.data->test, 0).accuracy;
            QVERIFY2(acc >= c.minAccuracy, qPrintable(QString("%1: %2").arg(c.file).arg(acc)));
            ++checked;
        }
        if (!checked)
            AIMC_SKIP("no shipped model with its data set present (run scripts/fetch-data.sh)");
    }
};

QTEST_GUILESS_MAIN(TestNnModel)
#include "test_nn_model.moc"
