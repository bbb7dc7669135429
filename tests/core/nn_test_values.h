// Every tensor value of a network in order (shared by the network tests).
#pragma once

#include "nn/network.h"

#include <vector>

inline std::vector<float> allValues(aimc::core::nn::Network& net) {
    std::vector<float> v;
    for (const auto& t : net.tensors())
        v.insert(v.end(), t.value, t.value + t.size);
    return v;
}
