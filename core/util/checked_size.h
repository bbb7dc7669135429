// Sizes read from files are multiplied before anything is allocated: the product must not wrap
// (a 24-byte IDX header of four 2^16 dimensions would otherwise pass as a tiny count).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>

namespace aimc::core {

// The product of the factors, or nothing if it exceeds `limit` (the product never wraps).
inline std::optional<std::uint64_t> checkedProduct(std::initializer_list<std::uint64_t> factors,
                                                   std::uint64_t limit = UINT64_MAX) {
    std::uint64_t p = 1;
    for (const auto f : factors)
        if (__builtin_mul_overflow(p, f, &p) || p > limit)
            return std::nullopt;
    return p;
}

} // namespace aimc::core
