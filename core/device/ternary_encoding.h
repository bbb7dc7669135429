// The one place that says which device state stores which weight (docs/model.md §2): a ternary
// weight on a differential pair, +1 = (on, off), -1 = (off, on), 0 = (off, off); a binary or
// single-ended weight, non-zero = on, 0 = off. "On" is the technology's strongest level (MTJ: P).
#pragma once

namespace aimc::core {

struct PairLevels {
    int positive, negative; // technology levels of the + and - device
};

constexpr PairLevels ternaryPair(int weight, int onLevel, int offLevel) {
    return {weight == 1 ? onLevel : offLevel, weight == -1 ? onLevel : offLevel};
}

constexpr int singleEndedLevel(int weight, int onLevel, int offLevel) {
    return weight != 0 ? onLevel : offLevel;
}

// A binary weight +-1 on a differential pair: +1 = (on, off), -1 = (off, on).
constexpr PairLevels binaryPair(int weight, int onLevel, int offLevel) {
    return weight > 0 ? PairLevels{onLevel, offLevel} : PairLevels{offLevel, onLevel};
}

} // namespace aimc::core
