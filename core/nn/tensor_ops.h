// Building blocks shared by training (layers.h) and inference (ternary_net.h): activations are
// Eigen column-major matrices with one column per image in (C, H, W) order, and work is split
// into fixed chunks of images so that results do not depend on the number of threads.
#pragma once

#include <Eigen/Core>
#include <functional>

namespace aimc::core::nn {

using Mat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic>;
using Vec = Eigen::VectorXf;
using IMat = Eigen::Matrix<int, Eigen::Dynamic, Eigen::Dynamic>;

struct Shape {
    int c = 1, h = 1, w = 1;
    int size() const { return c * h * w; }
    int plane() const { return h * w; }
    bool operator==(const Shape&) const = default;
};

struct ConvGeometry {
    Shape in;
    int outChannels = 1;
    int kernel = 5;
    int pad = 0;
    int outH() const { return in.h + 2 * pad - kernel + 1; }
    int outW() const { return in.w + 2 * pad - kernel + 1; }
    int patches() const { return outH() * outW(); } // MVMs per image
    int patchSize() const { return in.c * kernel * kernel; } // im2col rows = C_in·k·k
    Shape out() const { return {outChannels, outH(), outW()}; }
};

// Images per work chunk: fixed, so chunk boundaries (and the RNG streams and summation order
// tied to them) never depend on the thread count.
inline constexpr int kChunkImages = 16;
int chunkCount(int images, int chunk = kChunkImages);
// Runs fn(chunkIndex, firstImage, endImage) for every chunk, in parallel on oneTBB.
void forEachChunk(int images, const std::function<void(int, int, int)>& fn, int chunk = kChunkImages);

// im2col of one image in transposed form: out(p, k) for patch p and kernel index
// k = (c·kernel + ky)·kernel + kx, so out · W (patchSize × C_out) gives the image's output
// (patches × C_out) = (C_out, H_out, W_out) order. out has patches() rows (stride ld).
void im2colT(const float* image, const ConvGeometry& g, float* out, Eigen::Index ld);
// Adds the transposed column gradient back onto the image gradient (the adjoint of im2colT).
void col2imTAdd(const float* colGrad, Eigen::Index ld, const ConvGeometry& g, float* imageGrad);

// 2×2 max pooling of one image; argmax (index into the input) kept for the backward pass.
Shape pooledShape(const Shape& in, int window);
void maxPool(const float* in, const Shape& s, int window, float* out, int* argmax);

// The b-bit activation quantizer (DAC): clip to [0, maxValue], round to 2^b − 1 steps.
struct ActQuantizer {
    int bits = 4;
    float maxValue = 1.0f;
    float levels() const { return static_cast<float>((1 << bits) - 1); }
    float step() const { return maxValue / levels(); }
    // The integer code 0 .. 2^b − 1.
    float code(float x) const;
    float apply(float x) const { return code(x) * step(); }
};

} // namespace aimc::core::nn
