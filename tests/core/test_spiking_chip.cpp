// The binary spiking network on STT-MRAM subarrays (docs/model.md §10.5): ideal arrays equal the
// digital evaluation bit for bit, the exact IR drop equals a crossbar solve of the same subarray, the
// IR drop lowers the count monotonically with the wire resistance, the sense-amplifier offset has
// the stated σ in counts, chips are deterministic (seed, threads), and the subarray energy equals
// the formula by hand with the shipped 65 nm preset.
#include "analog/spiking_chip.h"
#include "array/crossbar_circuit.h"
#include "array/crossbar_solver.h"
#include "device/device_monte_carlo.h"
#include "energy/spiking_energy.h"
#include "io/preset.h"
#include "nn/model_file.h"
#include "util/job_runner.h"
#include "util/rng.h"

#include <QtTest>
#include <cmath>

using namespace aimc::core;
using namespace aimc::core::analog;

namespace {
Params sttBsnn() {
    const auto r = loadPresetFile(AIMC_SOURCE_DIR "/presets/stt-bsnn-65nm.json");
    if (!r.preset)
        qFatal("%s", r.error.c_str());
    return r.preset->params;
}
Params idealDevices(Params p) {
    p.device.sigma_radius_nm = 0;
    p.device.sigma_ra_rel = 0;
    p.periphery.sa_offset_sigma_mv = 0;
    return p;
}
const nn::SpikingNet& shippedNet() {
    static const nn::SpikingNet net = [] {
        const auto m = nn::loadModel(AIMC_SOURCE_DIR "/resources/models/bsnn-mnist-t4.aimcnn");
        if (!m.model)
            qFatal("%s", m.error.c_str());
        return nn::foldSpiking(*m.model->net);
    }();
    return net;
}
// Random 28 x 28 images (no data set needed): about 30 % of the pixels above the spike threshold.
nn::Dataset randomImages(int n) {
    nn::Dataset d;
    d.height = d.width = 28;
    d.classes = 10;
    Rng rng(7);
    for (int i = 0; i < n * 28 * 28; ++i)
        d.pixels.push_back(rng.uniform() < 0.3 ? 255 : 0);
    for (int i = 0; i < n; ++i)
        d.labels.push_back(static_cast<std::uint8_t>(i % 10));
    return d;
}
// One layer of `inputs` x `outputs` weights as a spiking net (only the weights matter to the chip).
nn::SpikingNet oneLayer(const nn::Mat& w) {
    nn::SpikingNet net;
    nn::SpikingLayer L;
    L.weights = w;
    L.geometry = nn::ConvGeometry{{static_cast<int>(w.rows()), 1, 1}, static_cast<int>(w.cols()), 1, 0};
    net.layers.push_back(L);
    return net;
}
} // namespace

class TestSpikingChip : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void idealArrayEqualsDigital() {
        const nn::Dataset d = randomImages(60);
        const auto digital = nn::evaluate(shippedNet(), d, 0, 4);
        for (int rows : {288, 100}) { // one subarray per 3x3x32 kernel, and fan-in split over subarrays
            Params p = idealDevices(sttBsnn());
            p.array.rows = rows;
            const auto chip = buildSpikingChip(shippedNet(), p, IrMode::Off, 1);
            QVERIFY(chip);
            const auto onArray = nn::evaluate(shippedNet(), d, 0, 4, spikingMvm(*chip));
            QCOMPARE(onArray.predictions, digital.predictions);
            // and the counts themselves, layer by layer
            Rng rng(3);
            for (std::size_t l = 0; l < shippedNet().layers.size(); ++l) {
                nn::Mat codes(5, shippedNet().layers[l].inputs());
                for (Eigen::Index i = 0; i < codes.size(); ++i)
                    codes(i) = rng.uniform() < 0.5 ? 1.0f : 0.0f;
                nn::Mat a, b;
                spikingMvm(*chip)(static_cast<int>(l), codes, a);
                nn::digitalMvm(shippedNet())(static_cast<int>(l), codes, b);
                QVERIFY(a == b);
            }
        }
    }
    void exactIrEqualsCrossbarSolve() {
        Params p = idealDevices(sttBsnn());
        p.array.rows = 12;
        p.array.r_sl_ohm = p.array.r_al_ohm = 5;
        nn::Mat w(12, 1);
        for (int i = 0; i < 12; ++i)
            w(i, 0) = i % 3 == 0 ? -1.0f : 1.0f;
        const auto chip = buildSpikingChip(oneLayer(w), p, IrMode::Exact, 1);
        QVERIFY(chip && chip->converged);
        array::WeightMatrix tw(12, 1);
        for (int i = 0; i < 12; ++i)
            tw(i, 0) = static_cast<std::int8_t>(w(i, 0));
        array::CrossbarCircuit c = array::buildCircuit(p, 99, tw); // ideal devices: any seed
        c.vClamp = 0;
        const double iCount = countCurrent(p);
        Rng rng(5);
        for (int trial = 0; trial < 5; ++trial) {
            Eigen::VectorXd s(12);
            nn::Mat codes(1, 12);
            for (int i = 0; i < 12; ++i)
                codes(0, i) = static_cast<float>(s[i] = rng.uniform() < 0.6 ? 1 : 0);
            const auto sol = array::solveCrossbar(c, s);
            QVERIFY(sol.ok());
            const double expect = std::round((sol.columnCurrent[0] - sol.columnCurrent[1]) / iCount);
            nn::Mat x;
            spikingMvm(*chip)(0, codes, x);
            QCOMPARE(double(x(0, 0)), expect);
            const double analog = (sol.columnCurrent[0] - sol.columnCurrent[1]) / iCount;
            QVERIFY(std::abs(double(chip->layers[0][0].weights.col(0).dot(codes.row(0).transpose())) - analog) < 1e-4);
        }
    }
    void irDropLowersTheCountMonotonically() {
        const nn::Mat w = nn::Mat::Ones(288, 1);
        const nn::Mat codes = nn::Mat::Ones(1, 288);
        double previous = 289;
        for (double r : {0.0001, 0.01, 0.1, 0.5, 2.0}) {
            Params p = idealDevices(sttBsnn());
            p.array.r_sl_ohm = p.array.r_al_ohm = r;
            const auto chip = buildSpikingChip(oneLayer(w), p, IrMode::Exact, 1);
            QVERIFY(chip && chip->converged);
            const double analog = chip->layers[0][0].weights.sum(); // before rounding
            QVERIFY2(analog < previous, qPrintable(QString("r = %1: %2 >= %3").arg(r).arg(analog).arg(previous)));
            previous = analog;
        }
        QVERIFY(previous < 250); // 2 Ω per cell on 288 kΩ-cell rows matters
    }
    void senseAmpOffsetStatistics() {
        Params p = idealDevices(sttBsnn());
        p.periphery.sa_offset_sigma_mv = 4;
        p.periphery.sa_r_sense_ohm = 300;
        const auto g = onOffMoments(p.device);
        const double byHand = 4e-3 / (300 * p.device.v_read_v * (g.gpMean - g.gapMean));
        QCOMPARE(offsetSigmaCounts(p), byHand);
        const auto chip = buildSpikingChip(oneLayer(nn::Mat::Ones(288, 4000)), p, IrMode::Off, 2);
        QVERIFY(chip);
        const nn::Vec& e = chip->layers[0][0].offset;
        const double mean = e.mean(), sd = std::sqrt((e.array() - mean).square().sum() / (e.size() - 1));
        QVERIFY2(std::abs(sd / byHand - 1) < 0.05, qPrintable(QString("σ %1 vs %2").arg(sd).arg(byHand)));
        QVERIFY(std::abs(mean) < 4 * byHand / std::sqrt(4000.0));
        // zero σ: no offset at all
        p.periphery.sa_offset_sigma_mv = 0;
        QVERIFY(buildSpikingChip(oneLayer(nn::Mat::Ones(288, 10)), p, IrMode::Off, 2)->layers[0][0].offset.isZero(0));
    }
    void chipsAreDeterministic() {
        const Params p = sttBsnn(); // variation and offset on
        const nn::Dataset d = randomImages(40);
        const auto a = buildSpikingChip(shippedNet(), p, IrMode::Off, chipSeed(1, 0));
        const auto b = buildSpikingChip(shippedNet(), p, IrMode::Off, chipSeed(1, 0));
        const auto other = buildSpikingChip(shippedNet(), p, IrMode::Off, chipSeed(1, 1));
        QVERIFY(a->layers[0][0].weights == b->layers[0][0].weights && a->layers[0][0].offset == b->layers[0][0].offset);
        QVERIFY(a->layers[0][0].weights != other->layers[0][0].weights);
        QVERIFY(a->layers[0][0].offset != other->layers[0][0].offset);
        std::vector<int> predictions[2];
        for (int k = 0; k < 2; ++k)
            runWithThreads(k + 1, [&] { predictions[k] = nn::evaluate(shippedNet(), d, 0, 4, spikingMvm(*a)).predictions; });
        QCOMPARE(predictions[0], predictions[1]);
        QCOMPARE(nn::evaluate(shippedNet(), d, 0, 4, spikingMvm(*b)).predictions, predictions[0]);
    }
    void subarrayEnergyByHand() {
        const Params p = sttBsnn();
        const auto g = onOffMoments(p.device);
        // 288 rows, one pair; α = 0.5; V_read 0.1 V; t_sense 2 ns; c_AL = c_SL = 0.2 fF; V_dd 1.2 V,
        // α_AL 0.5, ΔV_SL 0.1 V; e_SA 10 fJ; no control energy.
        const double cell = 0.5 * 288 * 0.1 * 0.1 * (g.gpMean + g.gapMean) * 2e-9 * 1e15;
        const double wl = 288 * 2 * 0.2 * 1.2 * 1.2 * 0.5, bl = 288 * 2 * 0.2 * 1.2 * 0.1, sa = 10;
        const auto e = spikingSubarrayEnergy(p);
        QVERIFY(std::abs(e.cellFj - cell) < 1e-9 * cell);
        QVERIFY(std::abs(e.wordLineFj - wl) < 1e-9 && std::abs(e.bitLineFj - bl) < 1e-9 && e.senseAmpFj == sa);
        QCOMPARE(e.ops, 576.0);
        QVERIFY(std::abs(e.topsPerW - 576 / ((cell + wl + bl + sa) * 1e-3)) < 1e-9 * e.topsPerW);
    }
};

QTEST_GUILESS_MAIN(TestSpikingChip)
#include "test_spiking_chip.moc"
