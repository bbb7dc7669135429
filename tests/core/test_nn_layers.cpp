// Gradient checks of every layer against finite differences of an independent reference
// (naive loops), and the quantizers (docs/model.md §5, Doevenspeck Fig. 12).
#include "nn/layers.h"
#include "nn/network.h"
#include "util/rng.h"

#include <QtTest>
#include <cmath>

using namespace aimc::core;
using namespace aimc::core::nn;

namespace {

Mat randomMat(Eigen::Index r, Eigen::Index c, std::uint64_t key, double lo = -1, double hi = 1) {
    Rng rng(key);
    Mat m(r, c);
    for (Eigen::Index i = 0; i < m.size(); ++i)
        m.data()[i] = static_cast<float>(lo + (hi - lo) * rng.uniform());
    return m;
}

// Weights that are already ternary times a scale: the layer's effective weights equal them.
Mat ternaryValued(Eigen::Index r, Eigen::Index c, std::uint64_t key, float alpha) {
    Rng rng(key);
    Mat m(r, c);
    for (Eigen::Index i = 0; i < m.size(); ++i)
        m.data()[i] = alpha * static_cast<float>(static_cast<int>(rng.next() % 3) - 1);
    return m;
}

// Direct convolution (no im2col) with weights (C_in·k·k) × C_out: the independent reference.
Mat naiveConv(const Mat& in, const Mat& w, const ConvGeometry& g) {
    const Shape o = g.out();
    Mat out = Mat::Zero(o.size(), in.cols());
    for (Eigen::Index b = 0; b < in.cols(); ++b)
        for (int co = 0; co < o.c; ++co)
            for (int y = 0; y < o.h; ++y)
                for (int x = 0; x < o.w; ++x) {
                    double s = 0;
                    for (int ci = 0; ci < g.in.c; ++ci)
                        for (int ky = 0; ky < g.kernel; ++ky)
                            for (int kx = 0; kx < g.kernel; ++kx) {
                                const int iy = y + ky - g.pad, ix = x + kx - g.pad;
                                if (iy >= 0 && iy < g.in.h && ix >= 0 && ix < g.in.w)
                                    s += double(in((ci * g.in.h + iy) * g.in.w + ix, b)) *
                                         w((ci * g.kernel + ky) * g.kernel + kx, co);
                            }
                    out((co * o.h + y) * o.w + x, b) = static_cast<float>(s);
                }
    return out;
}

double dot(const Mat& a, const Mat& b) { return (a.cast<double>().array() * b.cast<double>().array()).sum(); }

// Central differences of f at x (in place), against the analytic gradient; relative to its norm.
template <typename F> double fdError(Mat& x, const Mat& analytic, F f, float eps) {
    double worst = 0;
    const double scale = std::max(1e-6, analytic.cwiseAbs().maxCoeff() * 1.0);
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        const float keep = x.data()[i];
        x.data()[i] = keep + eps;
        const double up = f();
        x.data()[i] = keep - eps;
        const double down = f();
        x.data()[i] = keep;
        worst = std::max(worst, std::abs((up - down) / (2.0 * eps) - analytic.data()[i]) / scale);
    }
    return worst;
}

} // namespace

class TestNnLayers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void convForwardMatchesDirectConvolution() {
        for (int pad : {0, 2}) {
            const ConvGeometry g{{2, 9, 8}, 3, 5, pad};
            TernaryConv2d conv(g, 0, 7);
            conv.weights().shadow() = ternaryValued(g.patchSize(), 3, 11, 0.3f);
            const Mat in = randomMat(g.in.size(), 5, 3);
            Mat out;
            conv.forward(in, out, {});
            QVERIFY((out - naiveConv(in, conv.weights().shadow(), g)).cwiseAbs().maxCoeff() < 1e-5);
        }
    }
    void convGradients() {
        const ConvGeometry g{{2, 8, 7}, 3, 3, 1};
        TernaryConv2d conv(g, 0, 7);
        Mat w = ternaryValued(g.patchSize(), 3, 5, 0.5f);
        conv.weights().shadow() = w;
        Mat in = randomMat(g.in.size(), 4, 9);
        const Mat r = randomMat(g.out().size(), 4, 13);
        Mat out, gin;
        conv.forward(in, out, {true, 0, 0});
        conv.backward(in, out, r, &gin);
        // Straight-through: the shadow-weight gradient is dL/dw_eff of the float convolution.
        QVERIFY(fdError(w, conv.weights().grad(), [&] { return dot(naiveConv(in, w, g), r); }, 1e-2f) < 1e-3);
        QVERIFY(fdError(in, gin, [&] { return dot(naiveConv(in, w, g), r); }, 1e-2f) < 1e-3);
    }
    void linearGradients() {
        TernaryLinear fc({3, 2, 2}, 5, true, 0, 3);
        Mat w = ternaryValued(12, 5, 21, 0.25f);
        fc.weights().shadow() = w;
        Mat in = randomMat(12, 6, 4);
        const Mat r = randomMat(5, 6, 8);
        Mat out, gin;
        fc.forward(in, out, {true, 0, 0});
        fc.backward(in, out, r, &gin);
        const Vec bias = fc.bias();
        auto ref = [&] { return dot((w.transpose() * in).colwise() + bias, r); };
        QVERIFY(std::abs(ref() - dot(out, r)) < 1e-4);
        QVERIFY(fdError(w, fc.weights().grad(), ref, 1e-2f) < 1e-3);
        QVERIFY(fdError(in, gin, ref, 1e-2f) < 1e-3);
        Mat biasGrad = Eigen::Map<Mat>(fc.tensors()[1].grad, 5, 1);
        QVERIFY((biasGrad - r.rowwise().sum()).cwiseAbs().maxCoeff() < 1e-4);
    }
    void batchNormGradients() {
        const Shape s{3, 4, 4};
        BatchNorm bn(s);
        auto t = bn.tensors();
        Eigen::Map<Vec>(t[0].value, 3) << 1.2f, 0.7f, 2.0f;
        Eigen::Map<Vec>(t[1].value, 3) << 0.1f, -0.3f, 0.5f;
        Mat in = randomMat(s.size(), 20, 5, -2, 3);
        const Mat r = randomMat(s.size(), 20, 6);
        Mat out, gin;
        const ForwardContext train{true, 0, 0};
        bn.forward(in, out, train);
        bn.backward(in, out, r, &gin);
        auto f = [&] {
            Mat o;
            bn.forward(in, o, train);
            return dot(o, r);
        };
        QVERIFY2(fdError(in, gin, f, 1e-2f) < 1e-2, "input gradient");
        Mat gamma = Eigen::Map<Mat>(t[0].value, 3, 1);
        const Mat gGamma = Eigen::Map<Mat>(t[0].grad, 3, 1), gBeta = Eigen::Map<Mat>(t[1].grad, 3, 1);
        auto fg = [&] {
            Eigen::Map<Mat>(t[0].value, 3, 1) = gamma;
            return f();
        };
        QVERIFY(fdError(gamma, gGamma, fg, 1e-2f) < 1e-2);
        Mat beta = Eigen::Map<Mat>(t[1].value, 3, 1);
        auto fb = [&] {
            Eigen::Map<Mat>(t[1].value, 3, 1) = beta;
            return f();
        };
        QVERIFY(fdError(beta, gBeta, fb, 1e-2f) < 1e-2);
    }
    void batchNormFoldsForInference() {
        const Shape s{2, 3, 3};
        BatchNorm bn(s);
        const Mat in = randomMat(s.size(), 40, 7, -1, 4);
        Mat out;
        for (int i = 0; i < 200; ++i) // running statistics converge to the batch's
            bn.forward(in, out, {true, 0, 0});
        Mat evalOut;
        bn.forward(in, evalOut, {});
        Vec scale, offset;
        bn.folded(scale, offset);
        for (int c = 0; c < 2; ++c) {
            const auto seg = in.middleRows(c * 9, 9).array();
            QVERIFY(((evalOut.middleRows(c * 9, 9).array() - (seg * scale[c] + offset[c])).abs() < 1e-5).all());
        }
        // normalized: mean ≈ beta (0), sigma ≈ gamma (1); unbiased running variance differs by M/(M-1)
        QVERIFY(std::abs(evalOut.middleRows(0, 9).mean()) < 1e-3);
    }
    void reluPoolAndQuantizerGradients() {
        Mat in = randomMat(2 * 4 * 4, 3, 17, -1, 1);
        const Mat r = randomMat(2 * 2 * 2, 3, 19);
        MaxPool pool({2, 4, 4}, 2);
        Mat out, gin;
        pool.forward(in, out, {});
        pool.backward(in, out, r, &gin);
        auto fp = [&] {
            Mat o;
            pool.forward(in, o, {});
            return dot(o, r);
        };
        QVERIFY(fdError(in, gin, fp, 1e-4f) < 1e-2);
        ReLU relu({2, 4, 4});
        const Mat r2 = randomMat(32, 3, 23);
        relu.forward(in, out, {});
        relu.backward(in, out, r2, &gin);
        QVERIFY(fdError(in, gin, [&] { return dot(in.cwiseMax(0.0f), r2); }, 1e-4f) < 1e-2);
        // The quantizer's straight-through gradient is that of clip(x, 0, max).
        ActQuant q({2, 4, 4}, ActQuantizer{4, 0.8f});
        q.forward(in, out, {});
        q.backward(in, out, r2, &gin);
        QVERIFY(fdError(in, gin, [&] { return dot(in.cwiseMax(0.0f).cwiseMin(0.8f), r2); }, 1e-4f) < 1e-2);
    }
    void softmaxCrossEntropyGradient() {
        Mat logits = randomMat(4, 5, 29, -3, 3);
        const std::vector<int> labels{0, 3, 2, 1, 3};
        Mat grad;
        softmaxCrossEntropy(logits, labels, &grad, nullptr);
        QVERIFY(fdError(logits, grad, [&] { return softmaxCrossEntropy(logits, labels, nullptr, nullptr); }, 1e-3f) < 1e-2);
    }
    void activationQuantizer() {
        const ActQuantizer q{4, 2.0f};
        QCOMPARE(q.levels(), 15.0f);
        QCOMPARE(q.code(-1.0f), 0.0f);
        QCOMPARE(q.code(5.0f), 15.0f);
        QCOMPARE(q.code(2.0f / 15 * 7.4f), 7.0f);
        QCOMPARE(q.code(2.0f / 15 * 7.6f), 8.0f);
        for (float x = 0; x < 2; x += 0.01f) // every output on the 2^b − 1 step grid, within half a step
            QVERIFY(std::abs(q.apply(x) - x) <= q.step() / 2 + 1e-6f);
    }
    void ternaryQuantizer() {
        Mat w(1, 6);
        w << 0.9f, -0.8f, 0.05f, -0.1f, 0.7f, 0.0f;
        // mean|w| = 2.55 / 6 = 0.425 → threshold 0.2975; nonzero: 0.9, −0.8, 0.7 → α = 0.8
        const Ternarized t = ternarize(w);
        Mat expect(1, 6);
        expect << 1, -1, 0, 0, 1, 0;
        QCOMPARE(t.t, expect);
        QVERIFY(std::abs(t.alpha - 0.8f) < 1e-6f);
    }
    void trainingNoiseIsGaussianInLsb() {
        // Fig. 12: w_eff = α (t + σ ε); the deviation from α t over α has standard deviation σ.
        TernaryWeights w(200, 100, 3);
        const double sigma = 0.2;
        const Mat clean = w.effective({true, 0, 1}, 0);
        const Mat noisy = w.effective({true, sigma, 1}, 0);
        const Ternarized t = ternarize(w.shadow());
        const Mat dev = (noisy - clean) / t.alpha;
        const double sd = std::sqrt(dev.cwiseAbs2().mean() - std::pow(dev.mean(), 2));
        QVERIFY2(std::abs(sd - sigma) < 0.01, qPrintable(QString::number(sd)));
        QVERIFY(std::abs(dev.mean()) < 0.01);
        // the same key gives the same draw, another key another one
        QCOMPARE(w.effective({true, sigma, 1}, 0), noisy);
        QVERIFY(w.effective({true, sigma, 2}, 0) != noisy);
    }
};

QTEST_GUILESS_MAIN(TestNnLayers)
#include "test_nn_layers.moc"
