#include "nn/model_file.h"

#include "io/atomic_file.h"
#include "io/file_read.h"
#include "io/json_guard.h"
#include "util/checked_size.h"
#include "nn/ternary_net.h"

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>
#include <zlib.h>

namespace aimc::core::nn {
namespace {
using json = nlohmann::ordered_json;

template <typename T> void putLE(std::string& s, T v) {
    for (std::size_t i = 0; i < sizeof(T); ++i)
        s.push_back(static_cast<char>((static_cast<std::uint64_t>(v) >> (8 * i)) & 0xFF));
}
template <typename T> T getLE(const std::string& s, std::size_t at) {
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i)
        v |= std::uint64_t(static_cast<unsigned char>(s[at + i])) << (8 * i);
    return static_cast<T>(v);
}

json archJson(const ArchSpec& a) {
    return {{"name", a.name}, {"input", {a.input.c, a.input.h, a.input.w}}, {"classes", a.classes},
            {"widths", a.widths}, {"act_bits", a.actBits}, {"act_max", a.actMax}};
}
json recipeJson(const TrainRecipe& r) {
    return {{"optimizer", r.optimizer}, {"learning_rate", r.learningRate}, {"epochs", r.epochs},
            {"batch", r.batch}, {"sigma_train", r.sigmaTrain}, {"seed", r.seed},
            {"train_images", r.trainImages}, {"shift", r.shift}};
}
std::uint32_t crc(std::string_view body) {
    return static_cast<std::uint32_t>(
        crc32(0L, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size())));
}
// Model files are small (the shipped LeNet-5: under 1 MB); this bounds what a hostile one costs.
constexpr std::uint64_t kMaxModelFileBytes = std::uint64_t(256) << 20;

// The network is built from the header's architecture before the body is read into it. Every
// weight it allocates is stored in the body as f32, so a lower bound on the weight count (the
// LeNet-5 geometry of Network's constructor, pooling rounded down) must fit in the body: a header
// cannot make us allocate gigabytes for a small file, and no int product in the layers can wrap.
std::optional<std::string> checkArchFitsBody(const ArchSpec& a, std::size_t bodyBytes) {
    const std::uint64_t limit = bodyBytes / sizeof(float);
    const auto& in = a.input;
    if (in.c < 1 || in.h < 1 || in.w < 1 || !checkedProduct({std::uint64_t(in.c), std::uint64_t(in.h),
                                                              std::uint64_t(in.w)}, kMaxImageValues))
        return "arch.input: " + std::to_string(in.c) + "x" + std::to_string(in.h) + "x" + std::to_string(in.w) +
               " is not a plausible image (1 to " + std::to_string(kMaxImageValues) + " values)";
    if (a.widths.size() != 4 || *std::min_element(a.widths.begin(), a.widths.end()) < 1 || a.classes < 1)
        return std::string("arch.widths: needs 4 positive widths and positive classes");
    const auto u = [](int v) { return static_cast<std::uint64_t>(v); };
    const std::uint64_t fh = std::max(1, in.h / 4 - 3), fw = std::max(1, in.w / 4 - 3);
    const auto& w = a.widths;
    std::uint64_t total = 0;
    for (const auto& layer : {checkedProduct({u(in.c), 25, u(w[0])}, limit), checkedProduct({u(w[0]), 25, u(w[1])}, limit),
                              checkedProduct({u(w[1]), fh, fw, u(w[2])}, limit), checkedProduct({u(w[2]), u(w[3])}, limit),
                              checkedProduct({u(w[3]), u(a.classes)}, limit)}) {
        if (!layer || (total += *layer) > limit)
            return "arch: the architecture needs more weights than the " + std::to_string(bodyBytes) +
                   "-byte body holds (a header that does not match its body)";
    }
    return std::nullopt;
}

// Every tensor and packed table owns its bytes: two entries sharing bytes mean a forged file.
std::optional<std::string> checkNoAliasing(std::vector<std::pair<std::uint64_t, std::uint64_t>> ranges) {
    std::sort(ranges.begin(), ranges.end());
    for (std::size_t i = 1; i < ranges.size(); ++i)
        if (ranges[i].first < ranges[i - 1].second)
            return "two tensors share bytes " + std::to_string(ranges[i].first) + ".." +
                   std::to_string(std::min(ranges[i].second, ranges[i - 1].second)) + " of the body";
    return std::nullopt;
}
} // namespace

std::string packTernary(const Mat& t) {
    std::string out((t.size() + 3) / 4, '\0');
    for (Eigen::Index i = 0; i < t.size(); ++i) {
        const float v = t.data()[i];
        const unsigned code = v > 0.5f ? 1u : v < -0.5f ? 2u : 0u;
        out[i / 4] = static_cast<char>(static_cast<unsigned char>(out[i / 4]) | (code << (2 * (i % 4))));
    }
    return out;
}

bool unpackTernary(std::string_view bytes, Mat& t) {
    if (bytes.size() != static_cast<std::size_t>((t.size() + 3) / 4))
        return false;
    for (Eigen::Index i = 0; i < t.size(); ++i) {
        const unsigned code = (static_cast<unsigned char>(bytes[i / 4]) >> (2 * (i % 4))) & 3u;
        if (code == 3)
            return false;
        t.data()[i] = code == 1 ? 1.0f : code == 2 ? -1.0f : 0.0f;
    }
    return true;
}

std::string serializeModel(const Network& netIn, const ModelInfo& info) {
    auto& net = const_cast<Network&>(netIn); // tensors() hands out writable views; only read here
    std::string body;
    json tensors = json::array();
    for (const auto& t : net.tensors()) {
        tensors.push_back({{"name", t.name}, {"dtype", "f32"}, {"offset", body.size()}, {"count", t.size}});
        body.append(reinterpret_cast<const char*>(t.value), sizeof(float) * static_cast<std::size_t>(t.size));
    }
    json ternary = json::array();
    const TernaryNet folded = foldNetwork(net);
    for (std::size_t l = 0; l < folded.layers.size(); ++l) {
        const auto& L = folded.layers[l];
        const std::string packed = packTernary(L.ternary);
        ternary.push_back({{"layer", l}, {"rows", L.ternary.rows()}, {"cols", L.ternary.cols()},
                           {"alpha", L.alpha}, {"offset", body.size()}, {"bytes", packed.size()}});
        body += packed;
    }
    json h;
    h["format"] = "aimc-nn-model";
    h["version"] = kModelFormatVersion;
    h["arch"] = archJson(info.arch);
    h["recipe"] = recipeJson(info.recipe);
    h["dataset"] = info.dataset;
    h["command"] = info.command;
    h["init"] = info.init;
    json hist = json::array();
    for (const auto& e : info.history)
        hist.push_back({{"epoch", e.epoch}, {"loss", e.loss}, {"train_accuracy", e.trainAccuracy},
                        {"test_accuracy", e.testAccuracy}, {"seconds", e.seconds}});
    h["history"] = hist;
    h["tensors"] = tensors;
    h["ternary"] = ternary;
    const std::string header = h.dump();
    std::string out(kModelMagic, 8);
    putLE<std::uint32_t>(out, kModelFormatVersion);
    putLE<std::uint32_t>(out, static_cast<std::uint32_t>(header.size()));
    out += header;
    putLE<std::uint64_t>(out, body.size());
    putLE<std::uint32_t>(out, crc(body));
    out += body;
    return out;
}

std::optional<std::string> saveModel(const std::filesystem::path& path, const Network& net, const ModelInfo& info) {
    if (auto err = writeFileAtomic(path, serializeModel(net, info)))
        return path.string() + ": " + *err;
    return std::nullopt;
}

ModelResult parseModel(const std::string& s, const std::string& file) {
    ModelResult r;
    auto fail = [&](const std::string& what) {
        r.error = file + ": " + what;
        return r;
    };
    if (s.size() < 16 || std::memcmp(s.data(), kModelMagic, 8) != 0)
        return fail("not an aimc network model (wrong magic)");
    const auto version = getLE<std::uint32_t>(s, 8);
    if (version != kModelFormatVersion)
        return fail("model format version " + std::to_string(version) + " is not supported (this build reads version " +
                    std::to_string(kModelFormatVersion) + ")");
    const auto headerLen = getLE<std::uint32_t>(s, 12);
    if (s.size() < 16 + std::size_t(headerLen) + 12)
        return fail("truncated header");
    json h;
    if (auto err = parseJsonText(std::string_view(s).substr(16, headerLen), h))
        return fail("broken JSON header: " + err->message);
    if (!h.is_object())
        return fail("broken JSON header: not an object");
    const std::size_t bodyAt = 16 + std::size_t(headerLen) + 12;
    const auto bodyLen = getLE<std::uint64_t>(s, 16 + headerLen);
    const auto bodyCrc = getLE<std::uint32_t>(s, 16 + headerLen + 8);
    if (s.size() - bodyAt != bodyLen)
        return fail("body is " + std::to_string(s.size() - bodyAt) + " bytes, header says " + std::to_string(bodyLen) +
                    " (truncated or padded file)");
    const std::string_view body(s.data() + bodyAt, bodyLen);
    if (crc(body) != bodyCrc)
        return fail("body checksum mismatch (corrupted file)");
    LoadedModel m;
    std::string at = "arch"; // the header section being read, for the message
    try {
        const json& a = h.at("arch");
        m.info.arch.name = a.at("name").get<std::string>();
        m.info.arch.input = {a.at("input").at(0).get<int>(), a.at("input").at(1).get<int>(), a.at("input").at(2).get<int>()};
        m.info.arch.classes = a.at("classes").get<int>();
        m.info.arch.widths = a.at("widths").get<std::vector<int>>();
        m.info.arch.actBits = a.at("act_bits").get<int>();
        m.info.arch.actMax = a.at("act_max").get<float>();
        at = "recipe";
        const json& rc = h.at("recipe");
        auto& rr = m.info.recipe;
        rr.optimizer = rc.at("optimizer").get<std::string>();
        rr.learningRate = rc.at("learning_rate").get<double>();
        rr.epochs = rc.at("epochs").get<int>();
        rr.batch = rc.at("batch").get<int>();
        rr.sigmaTrain = rc.at("sigma_train").get<double>();
        rr.seed = rc.at("seed").get<std::uint64_t>();
        rr.trainImages = rc.at("train_images").get<int>();
        rr.shift = rc.at("shift").get<int>();
        at = "history";
        m.info.dataset = h.at("dataset").get<std::string>();
        m.info.command = h.value("command", "");
        m.info.init = h.value("init", "");
        for (const auto& e : h.at("history"))
            m.info.history.push_back({e.at("epoch").get<int>(), e.at("loss").get<double>(), e.at("train_accuracy").get<double>(),
                                      e.at("test_accuracy").get<double>(), e.at("seconds").get<double>()});
        if (auto err = checkArchFitsBody(m.info.arch, body.size()))
            return fail(*err);
        at = "tensors";
        std::vector<std::pair<std::uint64_t, std::uint64_t>> ranges;
        m.net = std::make_shared<Network>(m.info.arch, 0);
        auto tensors = m.net->tensors();
        const json& tj = h.at("tensors");
        if (tj.size() != tensors.size())
            return fail("has " + std::to_string(tj.size()) + " tensors, architecture '" + m.info.arch.name + "' needs " +
                        std::to_string(tensors.size()));
        for (std::size_t i = 0; i < tensors.size(); ++i) {
            const auto name = tj[i].at("name").get<std::string>();
            const auto off = tj[i].at("offset").get<std::size_t>(), count = tj[i].at("count").get<std::size_t>();
            if (name != tensors[i].name || count != std::size_t(tensors[i].size))
                return fail("tensor " + std::to_string(i) + " is '" + name + "' of " + std::to_string(count) +
                            " values, expected '" + tensors[i].name + "' of " + std::to_string(tensors[i].size));
            if (off > body.size() || count * sizeof(float) > body.size() - off)
                return fail("tensor '" + name + "' lies outside the body");
            ranges.emplace_back(off, off + count * sizeof(float));
            std::memcpy(tensors[i].value, body.data() + off, count * sizeof(float));
        }
        // The packed ternary weights must be what the shadow weights ternarize to.
        at = "ternary";
        const TernaryNet folded = foldNetwork(*m.net);
        const json& tern = h.at("ternary");
        if (tern.size() != folded.layers.size())
            return fail("ternary table has " + std::to_string(tern.size()) + " layers, expected " +
                        std::to_string(folded.layers.size()));
        for (std::size_t l = 0; l < folded.layers.size(); ++l) {
            const auto off = tern[l].at("offset").get<std::size_t>(), bytes = tern[l].at("bytes").get<std::size_t>();
            Mat t(folded.layers[l].ternary.rows(), folded.layers[l].ternary.cols());
            if (off > body.size() || bytes > body.size() - off || !unpackTernary(body.substr(off, bytes), t))
                return fail("ternary weights of layer " + std::to_string(l) + " are malformed");
            ranges.emplace_back(off, off + bytes);
            if (t != folded.layers[l].ternary)
                return fail("ternary weights of layer " + std::to_string(l) + " disagree with its shadow weights");
        }
        if (auto err = checkNoAliasing(std::move(ranges)))
            return fail(*err);
    } catch (const std::exception& e) {
        return fail("broken header at \"" + at + "\": " + e.what());
    }
    r.model = std::move(m);
    return r;
}

ModelResult loadModel(const std::filesystem::path& path) {
    auto read = readRegularFile(path, kMaxModelFileBytes);
    if (!read.text) {
        ModelResult r;
        r.error = read.error;
        return r;
    }
    return parseModel(*read.text, path.string());
}

} // namespace aimc::core::nn
