// A model file (core/nn/model_file.h: 12 bytes of magic and version, a 4-byte header length, the
// JSON header, the body) with its header edited by `edit`; the body and its checksum stay as they
// are. For tests that forge headers.
#pragma once

#include <cstdint>
#include <cstring>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

inline std::string editModelHeader(const std::string& file, const std::function<void(nlohmann::ordered_json&)>& edit) {
    std::uint32_t len = 0;
    std::memcpy(&len, file.data() + 12, 4); // little-endian on every machine we build for
    auto header = nlohmann::ordered_json::parse(file.substr(16, len));
    edit(header);
    const std::string h = header.dump();
    std::string out = file.substr(0, 12);
    const auto n = static_cast<std::uint32_t>(h.size());
    out.append(reinterpret_cast<const char*>(&n), 4);
    return out + h + file.substr(16 + len);
}
