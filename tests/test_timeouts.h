// In-test waits (QTRY_*_WITH_TIMEOUT) scaled like the CTest timeouts: the sanitizer trees run
// 4-6x slower (AIMC_TEST_TIMEOUT_SCALE, CMakePresets.json).
#pragma once

namespace aimc::test {
constexpr int scaledMs(int ms) { return ms * AIMC_TEST_TIMEOUT_SCALE; }
} // namespace aimc::test
