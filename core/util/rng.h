// Small, fast, portable random numbers: the same seed gives the same stream with any compiler
// and standard library (std::normal_distribution does not promise that).
#pragma once

#include <cmath>
#include <cstdint>
#include <numbers>

namespace aimc::core {

constexpr std::uint64_t splitMix64(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// A stream key for (seed, purpose, index): independent streams per chunk make Monte Carlo
// results identical whatever the number of threads.
constexpr std::uint64_t streamKey(std::uint64_t seed, std::uint64_t purpose, std::uint64_t index) {
    return splitMix64(splitMix64(splitMix64(seed) ^ purpose) ^ index);
}

// xoshiro256++ (Blackman & Vigna).
class Rng {
public:
    explicit Rng(std::uint64_t key) {
        for (auto& s : m_s) {
            key = splitMix64(key);
            s = key;
        }
    }
    std::uint64_t next() {
        const std::uint64_t result = rotl(m_s[0] + m_s[3], 23) + m_s[0];
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Standard normal (Box-Muller, both values used).
    double normal() {
        if (m_haveSpare) {
            m_haveSpare = false;
            return m_spare;
        }
        double u1 = uniform();
        while (u1 <= 0.0)
            u1 = uniform();
        const double u2 = uniform();
        const double r = std::sqrt(-2.0 * std::log(u1));
        const double a = 2.0 * std::numbers::pi * u2;
        m_spare = r * std::sin(a);
        m_haveSpare = true;
        return r * std::cos(a);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4]{};
    double m_spare = 0;
    bool m_haveSpare = false;
};

} // namespace aimc::core
