#include "nn/tensor_ops.h"

#include <algorithm>
#include <cmath>
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

namespace aimc::core::nn {

int chunkCount(int images, int chunk) { return (images + chunk - 1) / chunk; }

void forEachChunk(int images, const std::function<void(int, int, int)>& fn, int chunk) {
    const int n = chunkCount(images, chunk);
    tbb::parallel_for(tbb::blocked_range<int>(0, n, 1), [&](const tbb::blocked_range<int>& r) {
        for (int c = r.begin(); c != r.end(); ++c)
            fn(c, c * chunk, std::min(images, (c + 1) * chunk));
    });
}

void im2colT(const float* image, const ConvGeometry& g, float* out, Eigen::Index ld) {
    const int k = g.kernel, oh = g.outH(), ow = g.outW(), H = g.in.h, W = g.in.w;
    for (int c = 0; c < g.in.c; ++c)
        for (int ky = 0; ky < k; ++ky)
            for (int kx = 0; kx < k; ++kx) {
                float* dst = out + ((c * k + ky) * k + kx) * ld;
                const float* src = image + c * H * W;
                for (int oy = 0; oy < oh; ++oy) {
                    const int iy = oy + ky - g.pad;
                    float* d = dst + oy * ow;
                    if (iy < 0 || iy >= H) {
                        std::fill(d, d + ow, 0.0f);
                        continue;
                    }
                    const float* s = src + iy * W;
                    // ix = ox + kx - pad must lie in [0, W)
                    const int lo = std::clamp(g.pad - kx, 0, ow), hi = std::clamp(W + g.pad - kx, 0, ow);
                    std::fill(d, d + lo, 0.0f);
                    if (hi > lo)
                        std::copy_n(s + lo + kx - g.pad, hi - lo, d + lo);
                    std::fill(d + hi, d + ow, 0.0f);
                }
            }
}

void col2imTAdd(const float* colGrad, Eigen::Index ld, const ConvGeometry& g, float* imageGrad) {
    const int k = g.kernel, oh = g.outH(), ow = g.outW(), H = g.in.h, W = g.in.w;
    for (int c = 0; c < g.in.c; ++c)
        for (int ky = 0; ky < k; ++ky)
            for (int kx = 0; kx < k; ++kx) {
                const float* src = colGrad + ((c * k + ky) * k + kx) * ld;
                float* dst = imageGrad + c * H * W;
                const int lo = std::clamp(g.pad - kx, 0, ow), hi = std::clamp(W + g.pad - kx, 0, ow);
                for (int oy = 0; oy < oh; ++oy) {
                    const int iy = oy + ky - g.pad;
                    if (iy < 0 || iy >= H)
                        continue;
                    float* d = dst + iy * W + kx - g.pad;
                    const float* s = src + oy * ow;
                    for (int ox = lo; ox < hi; ++ox)
                        d[ox] += s[ox];
                }
            }
}

Shape pooledShape(const Shape& in, int window) { return {in.c, in.h / window, in.w / window}; }

void maxPool(const float* in, const Shape& s, int window, float* out, int* argmax) {
    const Shape o = pooledShape(s, window);
    if (window == 2) { // the LeNet-5 case, unrolled
        for (int c = 0; c < s.c; ++c)
            for (int y = 0; y < o.h; ++y) {
                const int r0 = (c * s.h + 2 * y) * s.w, r1 = r0 + s.w, orow = (c * o.h + y) * o.w;
                for (int x = 0; x < o.w; ++x) {
                    int best = r0 + 2 * x;
                    for (int i : {r0 + 2 * x + 1, r1 + 2 * x, r1 + 2 * x + 1})
                        if (in[i] > in[best])
                            best = i;
                    out[orow + x] = in[best];
                    if (argmax)
                        argmax[orow + x] = best;
                }
            }
        return;
    }
    for (int c = 0; c < s.c; ++c)
        for (int y = 0; y < o.h; ++y)
            for (int x = 0; x < o.w; ++x) {
                int best = (c * s.h + y * window) * s.w + x * window;
                for (int dy = 0; dy < window; ++dy)
                    for (int dx = 0; dx < window; ++dx) {
                        const int i = (c * s.h + y * window + dy) * s.w + x * window + dx;
                        if (in[i] > in[best])
                            best = i;
                    }
                const int oi = (c * o.h + y) * o.w + x;
                out[oi] = in[best];
                if (argmax)
                    argmax[oi] = best;
            }
}

float ActQuantizer::code(float x) const {
    // Half-way cases round up; inputs are never negative here, so floor(c + 0.5) is rounding.
    return std::floor(std::clamp(x, 0.0f, maxValue) * (levels() / maxValue) + 0.5f);
}

} // namespace aimc::core::nn
