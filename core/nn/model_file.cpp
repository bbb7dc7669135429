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

json shapeJson(const Shape& s) { return json::array({s.c, s.h, s.w}); }

// The layer list with each layer's input and output shape (checked when the file is read).
json layersJson(const Network& net) {
    json list = json::array();
    const auto& specs = net.spec().layers;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const LayerSpec& L = specs[i];
        json j{{"kind", L.kind}};
        if (L.outputs)
            j["outputs"] = L.outputs;
        if (L.kernel)
            j["kernel"] = L.kernel, j["pad"] = L.pad;
        if (L.window)
            j["window"] = L.window;
        if (L.bits)
            j["bits"] = L.bits, j["max"] = L.maxValue;
        if (L.bias)
            j["bias"] = true;
        if (L.from >= 0)
            j["from"] = L.from;
        j["in"] = shapeJson(net.layers()[i]->inputShape());
        j["out"] = shapeJson(net.layers()[i]->outputShape());
        list.push_back(j);
    }
    return list;
}

json archJson(const Network& net) {
    const ArchSpec& a = net.spec();
    json j{{"name", a.name}, {"input", shapeJson(a.input)}, {"classes", a.classes},
           {"widths", a.widths}, {"act_bits", a.actBits}, {"act_max", a.actMax}};
    if (net.spiking())
        j["snn"] = {{"time_steps", a.snn.timeSteps}, {"threshold", a.snn.threshold},
                    {"surrogate", a.snn.surrogate}, {"surrogate_width", a.snn.surrogateWidth}};
    j["layers"] = layersJson(net);
    return j;
}

Shape readShape(const json& j) { return {j.at(0).get<int>(), j.at(1).get<int>(), j.at(2).get<int>()}; }

LayerSpec readLayer(const json& j) {
    LayerSpec L;
    L.kind = j.at("kind").get<std::string>();
    L.outputs = j.value("outputs", 0);
    L.kernel = j.value("kernel", 0);
    L.pad = j.value("pad", 0);
    L.window = j.value("window", 0);
    L.bits = j.value("bits", 0);
    L.maxValue = j.value("max", 0.0f);
    L.bias = j.value("bias", false);
    L.from = j.value("from", -1);
    return L;
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

// The network is built from the header's architecture before the body is read into it, so the
// header alone must not make us allocate gigabytes or wrap an int product in the layers. An upper
// bound on the weights the layer list allocates — spatial sizes never exceed the input's plus the
// padding added so far, channels are the last weight layer's outputs — must stay within what a
// model file of the largest accepted size can hold (kMaxModelFileBytes of f32). The exact count is
// then checked against the body tensor by tensor.
std::optional<std::string> checkArchBounded(const ArchSpec& a) {
    constexpr std::uint64_t kMaxWeights = kMaxModelFileBytes / sizeof(float);
    const auto& in = a.input;
    if (in.c < 1 || in.h < 1 || in.w < 1 || !checkedProduct({std::uint64_t(in.c), std::uint64_t(in.h),
                                                              std::uint64_t(in.w)}, kMaxImageValues))
        return "arch.input: " + std::to_string(in.c) + "x" + std::to_string(in.h) + "x" + std::to_string(in.w) +
               " is not a plausible image (1 to " + std::to_string(kMaxImageValues) + " values)";
    if (a.classes < 1)
        return std::string("arch.classes must be positive");
    std::vector<LayerSpec> layers = a.layers;
    if (layers.empty()) {
        try {
            layers = archLayers(a);
        } catch (const std::invalid_argument& e) {
            return std::string(e.what());
        }
    }
    constexpr int kMaxDim = 1 << 16;
    std::uint64_t c = in.c, h = in.h, w = in.w, total = 0;
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const LayerSpec& L = layers[i];
        const bool conv = L.kind == "conv" || L.kind == "bconv", fc = L.kind == "fc" || L.kind == "bfc";
        if (!conv && !fc)
            continue;
        if (L.outputs < 1 || L.outputs > kMaxDim || L.kernel < 0 || L.kernel > kMaxLayerKernel || L.pad < 0 ||
            L.pad > kMaxLayerPad)
            return "layer " + std::to_string(i) + " (" + L.kind + "): outputs " + std::to_string(L.outputs) +
                   ", kernel " + std::to_string(L.kernel) + ", pad " + std::to_string(L.pad) + ": too large (out of range)";
        const auto weights = conv ? checkedProduct({c, std::uint64_t(L.kernel), std::uint64_t(L.kernel),
                                                    std::uint64_t(L.outputs)}, kMaxWeights)
                                  : checkedProduct({c, h, w, std::uint64_t(L.outputs)}, kMaxWeights);
        if (!weights || (total += *weights) > kMaxWeights)
            return "layer " + std::to_string(i) + " (" + L.kind + "): too large: the layers up to here could need more weights than the " +
                   std::to_string(kMaxWeights) + " a model file holds (a header that does not match its body)";
        c = std::uint64_t(L.outputs);
        if (conv)
            h += 2 * std::uint64_t(L.pad), w += 2 * std::uint64_t(L.pad);
        else
            h = w = 1;
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
    const TernaryNet folded = net.spiking() ? TernaryNet{} : foldNetwork(net);
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
    h["arch"] = archJson(net);
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
        if (a.contains("snn")) {
            const json& sj = a.at("snn");
            auto& sn = m.info.arch.snn;
            sn.timeSteps = sj.at("time_steps").get<int>();
            sn.threshold = sj.at("threshold").get<float>();
            sn.surrogate = sj.at("surrogate").get<std::string>();
            sn.surrogateWidth = sj.at("surrogate_width").get<float>();
        }
        // Files of the first LeNet-5 releases carry no layer list: it is generated from the name.
        const json* layerList = a.contains("layers") ? &a.at("layers") : nullptr;
        if (layerList) {
            if (!layerList->is_array() || layerList->empty() || layerList->size() > kMaxModelLayers)
                return fail("arch.layers must be a list of 1.." + std::to_string(kMaxModelLayers) + " layers");
            for (const auto& lj : *layerList)
                m.info.arch.layers.push_back(readLayer(lj));
            std::vector<int> known;
            if (archWidths(m.info.arch.name, known)) {
                ArchSpec named = m.info.arch;
                named.layers.clear();
                std::vector<LayerSpec> expected;
                try {
                    expected = archLayers(named);
                } catch (const std::invalid_argument& e) {
                    return fail(e.what());
                }
                if (expected != m.info.arch.layers)
                    return fail("the layer list is not that of architecture '" + m.info.arch.name + "' with its widths");
            }
        }
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
        if (auto err = checkArchBounded(m.info.arch))
            return fail(*err);
        at = "tensors";
        std::vector<std::pair<std::uint64_t, std::uint64_t>> ranges;
        try {
            m.net = std::make_shared<Network>(m.info.arch, 0);
        } catch (const std::invalid_argument& e) {
            return fail(e.what());
        }
        if (layerList)
            for (std::size_t i = 0; i < layerList->size(); ++i) {
                const Layer& l = *m.net->layers()[i];
                const Shape in = readShape((*layerList)[i].at("in")), out = readShape((*layerList)[i].at("out"));
                if (!(in == l.inputShape()) || !(out == l.outputShape()))
                    return fail("layer " + std::to_string(i) + " (" + l.kind() + ") is stored as " + shapeText(in) + " -> " +
                                shapeText(out) + ", but the layers before it make it " + shapeText(l.inputShape()) +
                                " -> " + shapeText(l.outputShape()) + " (shapes do not chain)");
            }
        m.info.arch = m.net->spec();
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
        const TernaryNet folded = m.net->spiking() ? TernaryNet{} : foldNetwork(*m.net);
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
