// Analog inference (docs/model.md §5) against independent references: tiling covers every weight once;
// zero variation without IR drop reproduces the digital network exactly; the transfer-matrix
// weights reproduce a direct per-MVM crossbar solve; ideal wires reduce exact mode to variation only.
#include "analog/analog_inference.h"
#include "analog/ir_sweep.h"
#include "array/crossbar_circuit.h"
#include "array/crossbar_solver.h"
#include "device/device_monte_carlo.h"
#include "nn/network.h"
#include "params/param_table.h"
#include "util/rng.h"

#include <QtTest>

using namespace aimc::core;

class TestAnalogInference : public QObject {
    Q_OBJECT
    static nn::TernaryNet randomNet() {
        nn::ArchSpec spec;
        spec.widths = {4, 8, 32, 16};
        nn::Network net(spec, 5);
        return nn::foldNetwork(net);
    }
    static nn::DataSplit randomData(int n) {
        nn::Dataset d;
        d.height = d.width = 28;
        d.classes = 10;
        Rng rng(9);
        d.pixels.resize(static_cast<std::size_t>(n) * 784);
        for (auto& px : d.pixels)
            px = static_cast<std::uint8_t>(rng.next() % 256);
        for (int i = 0; i < n; ++i)
            d.labels.push_back(static_cast<std::uint8_t>(rng.next() % 10));
        return {"random", "", d, d};
    }
    static Params smallArrays() {
        Params p = defaultParams();
        p.array.rows = 64;
        p.array.cols = 16;
        p.array.r_al_ohm = p.array.r_sl_ohm = 5;
        p.device.mgo_thickness_nm = 2.0; // ~120 kΩ cells: visible IR drop
        return p;
    }
private Q_SLOTS:
    void tilesCoverTheMatrix() {
        const auto tiles = analog::tileMatrix(800, 70, 256, 32);
        QCOMPARE(tiles.size(), std::size_t(4 * 3));
        std::vector<int> covered(800 * 70, 0);
        for (const auto& t : tiles) {
            QVERIFY(t.rows <= 256 && t.cols <= 32);
            for (int i = 0; i < t.rows; ++i)
                for (int k = 0; k < t.cols; ++k)
                    ++covered[(t.row0 + i) * 70 + t.col0 + k];
        }
        QVERIFY(std::all_of(covered.begin(), covered.end(), [](int c) { return c == 1; }));
    }
    void noVariationNoIrIsExactlyDigital() {
        const auto net = randomNet();
        const auto data = randomData(60);
        Params p = smallArrays();
        p.device.sigma_radius_nm = 0;
        p.device.sigma_ra_rel = 0;
        p.array.r_al_ohm = p.array.r_sl_ohm = 0; // ideal wires: no IR drop
        // Through the whole realisation (devices drawn, a crossbar solve per tile), not the
        // ideal-chip shortcut buildChip takes for IrMode::Off: the realised weights must be the
        // ternary weights and the chip as accurate as the ideal one.
        const auto chip = analog::buildChip(net, p, analog::IrMode::Map, 11);
        QVERIFY(chip && chip->converged);
        QVERIFY(chip->solves > 0); // the shortcut was not taken
        for (std::size_t l = 0; l < net.layers.size(); ++l)
            for (const auto& t : chip->layers[l].tiles) {
                const nn::Mat ternary = net.layers[l].ternary.block(t.row0, t.col0, t.rows, t.cols);
                QVERIFY2((t.weights - ternary).cwiseAbs().maxCoeff() < 1e-5f,
                         qPrintable(QString::number((t.weights - ternary).cwiseAbs().maxCoeff())));
            }
        analog::AccuracyOptions o;
        o.images = 60;
        o.chips = 2;
        o.ir = analog::IrMode::Map;
        const auto r = analog::chipAccuracy(net, data, p, o);
        QVERIFY(r);
        QCOMPARE(r->chipAccuracies.front(), r->ideal);
        QCOMPARE(r->chipAccuracies.back(), r->ideal);
        // and without the ADC the analog path is the plain digital network
        analog::AnalogChip ideal = analog::idealChip(net, p);
        const auto digital = nn::evaluate(net, data.test, 60);
        const auto analogNoAdc = nn::evaluate(net, data.test, 60, analog::analogMvm(ideal, 0));
        QVERIFY(digital.predictions == analogNoAdc.predictions);
    }
    void realisedWeightsHaveTheDevicesMeanAndSigma() {
        // Each realised weight level (−1, 0, +1) of a chip with device variation and no IR drop has
        // mean w and the spread the device's closed forms predict (docs/model.md §2, the σ_w
        // of Fig. 11): an independent check of the sampling, the differential pair and the LSB.
        nn::ArchSpec spec;
        spec.widths = {8, 16, 120, 84};
        nn::Network n(spec, 3);
        const auto net = nn::foldNetwork(n);
        Params p = defaultParams();
        p.array.rows = 256;
        p.array.cols = 64;
        const auto chip = analog::buildChip(net, p, analog::IrMode::Off, 7);
        QVERIFY(chip);
        std::vector<double> level[3];
        for (std::size_t l = 0; l < net.layers.size(); ++l)
            for (const auto& t : chip->layers[l].tiles)
                for (int i = 0; i < t.rows; ++i)
                    for (int k = 0; k < t.cols; ++k)
                        level[int(net.layers[l].ternary(t.row0 + i, t.col0 + k)) + 1].push_back(t.weights(i, k));
        const WeightSigmas sigma = analyticWeightSigmas(onOffMoments(p.device));
        const double expected[3] = {sigma.minus1, sigma.zero, sigma.plus1};
        for (int w = -1; w <= 1; ++w) {
            const auto& v = level[w + 1];
            QVERIFY2(v.size() > 2000, qPrintable(QString::number(v.size())));
            double mean = 0, var = 0;
            for (double x : v)
                mean += x;
            mean /= double(v.size());
            for (double x : v)
                var += (x - mean) * (x - mean);
            const double sd = std::sqrt(var / double(v.size() - 1));
            qInfo("  w = %+d: %zu weights, mean %.4f, sigma %.4f (analytic %.4f)", w, v.size(), mean, sd, expected[w + 1]);
            QVERIFY(std::abs(mean - w) < 5 * sd / std::sqrt(double(v.size())) + 1e-3);
            QVERIFY(expected[w + 1] > 0.01);
            QVERIFY(std::abs(sd / expected[w + 1] - 1) < 0.08);
        }
    }
    void transferWeightsMatchDirectSolve() {
        const auto net = randomNet();
        Params p = smallArrays();
        p.array.placement = Placement::Far;
        const auto chip = analog::buildChip(net, p, analog::IrMode::Exact, 11);
        QVERIFY(chip && chip->converged);
        const auto& tile = chip->layers[2].tiles[1]; // an fc tile, placed at the far corner
        // Rebuild the same array and solve one input directly.
        const int offRow = 0, offCol = p.array.cols - tile.cols;
        array::WeightMatrix w = array::WeightMatrix::Zero(p.array.rows, p.array.cols);
        for (int i = 0; i < tile.rows; ++i)
            for (int k = 0; k < tile.cols; ++k)
                w(offRow + i, offCol + k) = static_cast<std::int8_t>(net.layers[2].ternary(tile.row0 + i, tile.col0 + k));
        // tile seed: the same stream the chip used (tile index = tiles before it)
        int index = 0;
        for (int l = 0; l < 2; ++l)
            index += static_cast<int>(chip->layers[l].tiles.size());
        index += 1;
        auto c = array::buildCircuit(p, streamKey(11, 0x711e, index), w);
        c.vClamp = 0;
        for (int i = 0; i < c.rows; ++i)
            for (int j = 0; j < c.physicalCols; ++j)
                if (i >= tile.rows || j / 2 < offCol || j / 2 >= offCol + tile.cols)
                    c.g(i, j) = 0;
        Eigen::VectorXd act = Eigen::VectorXd::Zero(c.rows);
        Rng rng(3);
        nn::Mat codes(1, tile.rows);
        for (int i = 0; i < tile.rows; ++i) {
            codes(0, i) = static_cast<float>(rng.next() % 16);
            act(i) = codes(0, i) / 15.0;
        }
        const auto sol = array::solveCrossbar(c, act);
        QVERIFY(sol.ok());
        const double lsb = c.gpMean - c.gapMean;
        const nn::Mat viaTransfer = codes * tile.weights;
        for (int k = 0; k < tile.cols; ++k) {
            const int pc = 2 * (offCol + k);
            const double direct = (sol.columnCurrent(pc) - sol.columnCurrent(pc + 1)) / (c.vRead / 15.0) / lsb;
            QVERIFY2(std::abs(viaTransfer(0, k) - direct) <= 1e-4 * (1 + std::abs(direct)),
                     qPrintable(QString("%1 vs %2").arg(viaTransfer(0, k)).arg(direct)));
        }
    }
    void idealWiresMakeExactEqualVariationOnly() {
        const auto net = randomNet();
        Params p = smallArrays();
        p.array.r_al_ohm = p.array.r_sl_ohm = 0;
        const auto off = analog::buildChip(net, p, analog::IrMode::Off, 4);
        const auto exact = analog::buildChip(net, p, analog::IrMode::Exact, 4);
        const auto map = analog::buildChip(net, p, analog::IrMode::Map, 4);
        QVERIFY(off && exact && map);
        for (std::size_t l = 0; l < off->layers.size(); ++l)
            for (std::size_t t = 0; t < off->layers[l].tiles.size(); ++t) {
                const auto& a = off->layers[l].tiles[t].weights;
                QVERIFY((a - exact->layers[l].tiles[t].weights).cwiseAbs().maxCoeff() < 1e-5);
                QVERIFY((a - map->layers[l].tiles[t].weights).cwiseAbs().maxCoeff() < 1e-5);
            }
    }
    void irDropAttenuatesAndMapIsExactForAllOn() {
        const auto net = randomNet();
        Params p = smallArrays();
        const auto off = analog::buildChip(net, p, analog::IrMode::Off, 4);
        const auto exact = analog::buildChip(net, p, analog::IrMode::Exact, 4);
        const auto map = analog::buildChip(net, p, analog::IrMode::Map, 4);
        const auto& o = off->layers[2].tiles[0].weights;
        const auto& e = exact->layers[2].tiles[0].weights;
        const auto& m = map->layers[2].tiles[0].weights;
        QVERIFY((o - e).cwiseAbs().maxCoeff() > 1e-3); // the IR drop is visible at 120 kΩ, 5 Ω
        // The map is taken at all inputs on: for that input it is exact (column sums agree).
        const nn::Mat ones = nn::Mat::Ones(1, o.rows());
        QVERIFY(((ones * m) - (ones * e)).cwiseAbs().maxCoeff() < 1e-3 * (ones * e).cwiseAbs().maxCoeff());
    }
    void irSweepIsPairedOverChips() {
        // Fig. 16 (issue 14): every point runs the same chips as the IR-off reference.
        const auto net = randomNet();
        const auto data = randomData(80);
        Params p = smallArrays();
        analog::AccuracyOptions o;
        o.images = 80;
        o.chips = 2;
        const auto ref = analog::idealReference(net, data, p, o);
        QVERIFY(ref);
        analog::IrSweepOptions s;
        s.ronOhm = {1e5, 1e6};
        s.wireOhm = {5, 10};
        s.chips = 2;
        s.images = 80;
        const auto r = analog::irErrorSweep(*ref, data, p, s);
        QVERIFY(r && r->converged);
        QCOMPARE(r->curves.size(), std::size_t(2));
        QCOMPARE(r->curves[1].points.size(), std::size_t(2));
        // IR off is the variation-only accuracy of chipAccuracy's chips, at any R_ON (G/LSB does not
        // depend on the scale): the property that lets the sweep compute it once.
        for (double ron : {1e5, 3e7}) {
            const auto off = analog::chipAccuracy(net, data, analog::withRon(p, ron), o);
            QVERIFY(off);
            QCOMPARE(off->chipAccuracies, r->accuracyOff);
        }
        // The current device's point is chipAccuracy's exact run of the same chips.
        o.ir = analog::IrMode::Exact;
        const auto exact = analog::chipAccuracy(net, data, p, o);
        QVERIFY(r->current);
        QCOMPARE(exact->chipAccuracies, r->current->accuracy);
        const auto& pt = r->curves[0].points[0];
        QCOMPARE(pt.increase, 0.5 * ((r->accuracyOff[0] - pt.accuracy[0]) + (r->accuracyOff[1] - pt.accuracy[1])));
        // Ideal devices: the reference is the ideal network.
        s.idealDevices = true;
        const auto ideal = analog::irErrorSweep(*ref, data, p, s);
        QVERIFY(ideal);
        for (double a : ideal->accuracyOff)
            QCOMPARE(a, ref->accuracy);
    }
    void refusesUnsupportedSettings() {
        const auto net = randomNet();
        Params p = smallArrays();
        p.array.differential = false;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, analog::buildChip(net, p, analog::IrMode::Off, 1));
        p.array.differential = true;
        p.array.cell_model = CellModel::CurrentSource;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, analog::buildChip(net, p, analog::IrMode::Exact, 1));
    }
    void cancels() {
        const auto net = randomNet();
        const auto data = randomData(20);
        std::stop_source stop;
        stop.request_stop();
        QVERIFY(!analog::chipAccuracy(net, data, smallArrays(), {}, stop.get_token()));
    }
};

QTEST_GUILESS_MAIN(TestAnalogInference)
#include "test_analog_inference.moc"
