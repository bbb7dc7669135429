#include "nn/trainer.h"

#include "nn/optimizer.h"
#include "nn/ternary_net.h"
#include "util/rng.h"

#include <chrono>
#include <ctime>
#include <cmath>
#include <numbers>
#include <numeric>
#include <stdexcept>

namespace aimc::core::nn {
namespace {
constexpr std::uint64_t kPurposeShuffle = 0x5AFF;
constexpr std::uint64_t kPurposeShift = 0x5F17;
constexpr std::uint64_t kPurposeStep = 0x57E9;
} // namespace

void loadShiftedImages(const Dataset& data, std::span<const int> indices, int shift, std::uint64_t key, Mat& out) {
    loadImages(data, indices, out);
    if (shift <= 0)
        return;
    Rng rng(key);
    const int C = data.channels, H = data.height, W = data.width;
    std::vector<float> src;
    for (Eigen::Index j = 0; j < out.cols(); ++j) {
        const int dx = static_cast<int>(rng.next() % (2 * shift + 1)) - shift;
        const int dy = static_cast<int>(rng.next() % (2 * shift + 1)) - shift;
        if (dx == 0 && dy == 0)
            continue;
        float* o = out.col(j).data();
        src.assign(o, o + out.rows());
        for (int c = 0; c < C; ++c)
            for (int y = 0; y < H; ++y)
                for (int x = 0; x < W; ++x) {
                    const int sy = y - dy, sx = x - dx;
                    o[(c * H + y) * W + x] = (sy >= 0 && sy < H && sx >= 0 && sx < W) ? src[(c * H + sy) * W + sx] : 0.0f;
                }
    }
}

double evaluateNetwork(Network& net, const Dataset& data, int images, int timeSteps) {
    const int n = images > 0 ? std::min(images, data.size()) : data.size();
    constexpr int kBatch = 256;
    std::vector<int> idx;
    Mat batch;
    long right = 0;
    for (int b0 = 0; b0 < n; b0 += kBatch) {
        idx.resize(std::min(kBatch, n - b0));
        std::iota(idx.begin(), idx.end(), b0);
        loadImages(data, idx, batch);
        ForwardContext ctx;
        ctx.timeSteps = timeSteps;
        const Mat& logits = net.forward(batch, ctx);
        for (Eigen::Index j = 0; j < logits.cols(); ++j) {
            Eigen::Index arg = 0;
            logits.col(j).maxCoeff(&arg);
            right += arg == data.labels[static_cast<std::size_t>(b0 + j)];
        }
    }
    return n ? double(right) / n : 0.0;
}

std::vector<EpochStats> train(Network& net, const Dataset& trainSet, const Dataset* testSet,
                              const TrainRecipe& recipe, const TrainCallbacks& cb) {
    auto opt = makeOptimizer(recipe.optimizer);
    if (!opt)
        throw std::invalid_argument("unknown optimizer '" + recipe.optimizer + "' (adam or sgd)");
    if (recipe.epochs < 1 || recipe.batch < 1 || !(recipe.learningRate > 0) || recipe.sigmaTrain < 0)
        throw std::invalid_argument("training recipe needs epochs >= 1, batch >= 1, learning rate > 0, sigma >= 0");
    const Shape in = net.spec().input;
    if (trainSet.channels != in.c || trainSet.height != in.h || trainSet.width != in.w)
        throw std::invalid_argument("training images do not match the network input");
    const int n = recipe.trainImages > 0 ? std::min(recipe.trainImages, trainSet.size()) : trainSet.size();
    const int steps = (n + recipe.batch - 1) / recipe.batch;
    const long totalSteps = long(steps) * recipe.epochs;
    std::vector<int> order(n);
    std::vector<int> labels;
    std::vector<EpochStats> history;
    Mat batch;
    long step = 0;
    for (int epoch = 1; epoch <= recipe.epochs; ++epoch) {
        const auto t0 = std::chrono::steady_clock::now();
        const std::clock_t c0 = std::clock();
        std::iota(order.begin(), order.end(), 0);
        Rng shuffle(streamKey(recipe.seed, kPurposeShuffle, epoch));
        for (int i = n - 1; i > 0; --i)
            std::swap(order[i], order[shuffle.next() % std::uint64_t(i + 1)]);
        double lossSum = 0;
        long correctSum = 0;
        for (int s = 0; s < steps; ++s, ++step) {
            const int b0 = s * recipe.batch, b1 = std::min(n, b0 + recipe.batch);
            const std::span<const int> idx(order.data() + b0, order.data() + b1);
            loadShiftedImages(trainSet, idx, recipe.shift, streamKey(recipe.seed, kPurposeShift, step), batch);
            labels.resize(idx.size());
            for (std::size_t j = 0; j < idx.size(); ++j)
                labels[j] = trainSet.labels[idx[j]];
            ForwardContext ctx{true, recipe.sigmaTrain, streamKey(recipe.seed, kPurposeStep, step), 0, false};
            net.forward(batch, ctx);
            int correct = 0;
            const double loss = net.loss(labels, &correct);
            net.backward();
            // Cosine decay of the learning rate over the whole run.
            const double lr = recipe.learningRate * 0.5 * (1 + std::cos(std::numbers::pi * double(step) / double(totalSteps)));
            opt->step(net.tensors(), static_cast<float>(lr));
            lossSum += loss * double(idx.size());
            correctSum += correct;
            if (cb.batch)
                cb.batch(epoch, s + 1, steps, loss);
        }
        EpochStats st;
        st.epoch = epoch;
        st.loss = lossSum / n;
        st.trainAccuracy = double(correctSum) / n;
        st.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        st.cpuSeconds = double(std::clock() - c0) / CLOCKS_PER_SEC;
        if (testSet)
            st.testAccuracy = net.spiking() ? evaluateNetwork(net, *testSet, 0) : evaluate(foldNetwork(net), *testSet, 0).accuracy;
        history.push_back(st);
        if (cb.epoch)
            cb.epoch(st);
    }
    return history;
}

} // namespace aimc::core::nn
