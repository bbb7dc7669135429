#include "sweep_spec.h"

#include "analog/network_inputs.h"
#include "io/file_read.h"
#include "io/json_guard.h"
#include "io/preset.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <set>

namespace aimc::core::sweep {

using Json = nlohmann::ordered_json;

std::string formatNumber(double v) {
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

std::string formatParam(const ParamDescriptor& d, double v) {
    return d.type == ParamType::Real || d.type == ParamType::Integer ? formatNumber(v) : formatValue(d, v);
}

long long SweepSpec::pointCount() const {
    if (sample != SampleMode::Grid)
        return count;
    double n = 1;
    for (const auto& a : vary)
        n *= static_cast<double>(a.values.size());
    return n > 9e18 ? static_cast<long long>(9e18) : static_cast<long long>(n);
}

bool SweepSpec::has(Metric m) const {
    for (auto x : metrics)
        if (x == m)
            return true;
    return false;
}

namespace {

// Finds the line of a quoted key in the spec text (nlohmann keeps no positions): the first
// occurrence after `from`, so nested keys are looked up after their parent.
struct Locator {
    const std::string& text;
    std::size_t pos(std::string_view key, std::size_t from = 0) const {
        std::string quoted(1, '"');
        quoted.append(key).push_back('"');
        const auto p = text.find(quoted, from);
        return p == std::string::npos ? from : p;
    }
    int line(std::size_t p) const {
        int n = 1;
        for (std::size_t i = 0; i < p && i < text.size(); ++i)
            n += text[i] == '\n';
        return n;
    }
};

std::string roundedText(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.12g", x);
    return buf;
}

struct Fail {
    std::string message;
};

class Parser {
public:
    Parser(const std::string& text, const std::string& fileName) : m_loc{text}, m_file(fileName) {}

    [[noreturn]] void fail(std::size_t pos, const std::string& what) const {
        throw Fail{m_file + ":" + std::to_string(m_loc.line(pos)) + ": " + what};
    }

    SweepSpec parse(const Json& j) {
        SweepSpec s;
        s.fileName = m_file;
        if (!j.is_object())
            fail(0, "a sweep spec is a JSON object");
        static const std::set<std::string> known{"schema", "name", "description", "base", "set", "vary",
                                                 "sample", "metrics", "accuracy", "constraints"};
        for (const auto& [k, v] : j.items())
            if (!known.count(k))
                fail(m_loc.pos(k), "unknown key '" + k + "' (expected schema, base, set, vary, sample, metrics, accuracy, constraints)");
        if (!j.contains("schema") || !j["schema"].is_number_integer() || j["schema"].get<long long>() != kSweepSchema)
            fail(m_loc.pos("schema"), "\"schema\": " + std::to_string(kSweepSchema) + " is required");
        parseBase(j, s);
        if (j.contains("set"))
            parseSet(j["set"], s);
        if (!j.contains("vary"))
            fail(0, "\"vary\" is required: the parameters to vary");
        parseVary(j["vary"], s);
        if (j.contains("sample"))
            parseSample(j["sample"], s);
        for (const auto& a : s.vary)
            if (s.sample == SampleMode::Grid && a.values.empty())
                fail(m_loc.pos(a.key, m_loc.pos("vary")), "vary." + a.key + ": a grid needs \"steps\" (or a list of values)");
        parseMetrics(j, s);
        if (j.contains("constraints"))
            parseConstraints(j["constraints"], s);
        return s;
    }

private:
    double paramValue(const ParamDescriptor& d, const Json& v, std::size_t pos) const {
        double x = 0;
        if (v.is_number()) {
            x = v.get<double>();
            if (auto err = checkValue(d, x))
                fail(pos, *err);
        } else if (v.is_boolean() && d.type == ParamType::Boolean) {
            x = v.get<bool>() ? 1 : 0;
        } else if (v.is_string()) {
            if (auto err = parseValue(d, v.get<std::string>(), x))
                fail(pos, *err);
        } else {
            fail(pos, std::string(d.key) + ": expected a value, got " + describeJson(v));
        }
        return x;
    }

    const ParamDescriptor& param(const std::string& key, std::size_t pos, const char* section) const {
        const auto* d = findParam(key);
        if (!d)
            fail(pos, std::string(section) + ": unknown parameter key '" + key + "' (aimc params lists them)");
        return *d;
    }

    void parseBase(const Json& j, SweepSpec& s) {
        s.baseParams = defaultParams();
        if (!j.contains("base"))
            return;
        if (!j["base"].is_string())
            fail(m_loc.pos("base"), "\"base\": expected a preset name or file");
        s.base = j["base"].get<std::string>();
        auto loaded = loadPresetFile(resolvePreset(s.base));
        if (!loaded.preset)
            fail(m_loc.pos("base"), "base: " + loaded.error);
        s.baseParams = loaded.preset->params;
    }

    void parseSet(const Json& set, SweepSpec& s) {
        const auto at = m_loc.pos("set");
        if (!set.is_object())
            fail(at, "\"set\": expected an object of key: value");
        for (const auto& [k, v] : set.items()) {
            const auto pos = m_loc.pos(k, at);
            const auto& d = param(k, pos, "set");
            const double x = paramValue(d, v, pos);
            d.set(s.baseParams, x);
            s.setAssignments.push_back(k + "=" + formatParam(d, x));
        }
    }

    void parseVary(const Json& vary, SweepSpec& s) {
        const auto at = m_loc.pos("vary");
        s.varyLine = m_loc.line(at);
        if (!vary.is_object() || vary.empty())
            fail(at, "\"vary\": expected an object with at least one parameter key");
        for (const auto& [k, v] : vary.items()) {
            const auto pos = m_loc.pos(k, at);
            VaryAxis a;
            a.key = k;
            a.param = &param(k, pos, "vary");
            a.line = m_loc.line(pos);
            if (v.is_array())
                parseList(v, pos, a);
            else if (v.is_object())
                parseRange(v, pos, a);
            else
                fail(pos, "vary." + k + ": expected a list of values or {\"from\", \"to\", \"steps\"}");
            s.vary.push_back(std::move(a));
        }
    }

    void parseList(const Json& v, std::size_t pos, VaryAxis& a) const {
        if (v.empty())
            fail(pos, "vary." + a.key + ": empty list (a grid needs at least one value)");
        for (const auto& x : v)
            a.values.push_back(paramValue(*a.param, x, pos));
    }

    void parseRange(const Json& v, std::size_t pos, VaryAxis& a) const {
        const std::string where = "vary." + a.key;
        if (a.param->type != ParamType::Real && a.param->type != ParamType::Integer)
            fail(pos, where + ": a range needs a numeric key; give a list of values");
        for (const auto& [k, x] : v.items())
            if (k != "from" && k != "to" && k != "steps" && k != "scale")
                fail(m_loc.pos(k, pos), where + ": unknown key '" + k + "' (expected from, to, steps, scale)");
        if (!v.contains("from") || !v.contains("to") || !v["from"].is_number() || !v["to"].is_number())
            fail(pos, where + ": a range needs numeric \"from\" and \"to\"");
        a.isRange = true;
        a.from = paramValue(*a.param, v["from"], m_loc.pos("from", pos));
        a.to = paramValue(*a.param, v["to"], m_loc.pos("to", pos));
        if (v.contains("scale")) {
            const auto& sc = v["scale"];
            if (!sc.is_string() || (sc != "log" && sc != "linear"))
                fail(m_loc.pos("scale", pos), where + ".scale: expected \"linear\" or \"log\"");
            a.log = sc == "log";
            if (a.log && (a.from <= 0 || a.to <= 0))
                fail(m_loc.pos("scale", pos), where + ": a log scale needs from > 0 and to > 0");
        }
        if (!v.contains("steps"))
            return; // random / latin-hypercube only; the grid check below asks for steps
        const auto& st = v["steps"];
        if (!st.is_number_integer() || st.get<long long>() < 1 || st.get<long long>() > 1000000)
            fail(m_loc.pos("steps", pos), where + ".steps: expected a whole number from 1 to 1000000 (0 gives an empty grid)");
        const long long n = st.get<long long>();
        for (long long i = 0; i < n; ++i) {
            const double t = n == 1 ? 0.0 : static_cast<double>(i) / static_cast<double>(n - 1);
            double x = a.log ? std::exp(std::log(a.from) + (std::log(a.to) - std::log(a.from)) * t)
                             : a.from + (a.to - a.from) * t;
            if (i == n - 1 && n > 1)
                x = a.to;
            if (i == 0)
                x = a.from;
            // 12 significant digits: 2.2..2.6 in 5 steps gives 2.4, not 2.4000000000000004.
            x = a.param->type == ParamType::Integer ? std::round(x) : std::stod(roundedText(x));
            a.values.push_back(x);
        }
    }

    void parseSample(const Json& v, SweepSpec& s) {
        const auto at = m_loc.pos("sample");
        if (v.is_string() && v == "grid")
            return;
        if (!v.is_object())
            fail(at, "\"sample\": expected \"grid\", {\"random\": N, \"seed\": S} or {\"latin-hypercube\": N, \"seed\": S}");
        for (const auto& [k, x] : v.items()) {
            if (k == "seed") {
                if (!x.is_number_unsigned() || x.get<unsigned long long>() > 4294967295ULL)
                    fail(m_loc.pos(k, at), "sample.seed: expected a whole number from 0 to 4294967295");
                s.seed = x.get<std::uint64_t>();
            } else if (k == "random" || k == "latin-hypercube") {
                if (!x.is_number_integer() || x.get<long long>() < 1)
                    fail(m_loc.pos(k, at), "sample." + k + ": expected a point count of at least 1");
                s.sample = k == "random" ? SampleMode::Random : SampleMode::LatinHypercube;
                s.count = x.get<long long>();
            } else {
                fail(m_loc.pos(k, at), "sample: unknown key '" + k + "' (expected random or latin-hypercube, and seed)");
            }
        }
        if (s.sample == SampleMode::Grid)
            fail(at, "sample: name random or latin-hypercube with a point count");
    }

    void parseMetrics(const Json& j, SweepSpec& s) {
        const auto at = m_loc.pos("metrics");
        if (!j.contains("metrics") || !j["metrics"].is_array() || j["metrics"].empty())
            fail(at, "\"metrics\": expected a list of device, energy, irdrop, accuracy");
        for (const auto& m : j["metrics"]) {
            const auto metric = m.is_string() ? parseMetric(m.get<std::string>()) : std::nullopt;
            if (!metric)
                fail(at, "metrics: unknown metric " + describeJson(m) + " (expected device, energy, irdrop, accuracy)");
            if (s.has(*metric))
                fail(at, "metrics: " + describeJson(m) + " is listed twice");
            s.metrics.push_back(*metric);
        }
        if (s.has(Metric::Accuracy))
            parseAccuracy(j.contains("accuracy") ? j["accuracy"] : Json(), s);
        else if (j.contains("accuracy"))
            fail(m_loc.pos("accuracy"), "\"accuracy\" options given but \"accuracy\" is not among the metrics");
    }

    void parseAccuracy(const Json& v, SweepSpec& s) {
        const auto at = m_loc.pos("accuracy", m_loc.pos("metrics") + 10);
        if (!v.is_object() || !v.contains("model") || !v.contains("dataset") || !v["model"].is_string() ||
            !v["dataset"].is_string())
            fail(at, "the accuracy metric needs \"accuracy\": {\"model\": ..., \"dataset\": ...}");
        auto& r = s.accuracy;
        for (const auto& [k, x] : v.items()) {
            const auto pos = m_loc.pos(k, at);
            if (k == "model" || k == "dataset") {
                continue;
            } else if (k == "chips" || k == "images") {
                const long long hi = k == "chips" ? 1000 : 100000000;
                if (!x.is_number_integer() || x.get<long long>() < 1 || x.get<long long>() > hi)
                    fail(pos, "accuracy." + k + ": expected a whole number from 1 to " + std::to_string(hi));
                (k == "chips" ? r.chips : r.images) = x.get<int>();
            } else if (k == "ir") {
                const auto ir = x.is_string() ? analog::parseIrMode(x.get<std::string>()) : std::nullopt;
                if (!ir)
                    fail(pos, "accuracy.ir: expected exact, map or off");
                r.ir = *ir;
            } else {
                fail(pos, "accuracy: unknown key '" + k + "' (expected model, dataset, chips, images, ir)");
            }
        }
        r.dataset = v["dataset"].get<std::string>();
        r.model = v["model"].get<std::string>();
        if (!std::filesystem::exists(r.model)) {
            const auto shipped = analog::shippedModelDir() / (r.model + ".aimcnn");
            if (!std::filesystem::exists(shipped))
                fail(m_loc.pos("model", at), "accuracy.model: no model file '" + r.model + "' (nor a shipped model of that name)");
            r.model = shipped.string();
        }
    }

    void parseConstraints(const Json& v, SweepSpec& s) {
        const auto at = m_loc.pos("constraints");
        if (!v.is_object())
            fail(at, "\"constraints\": expected {column: {\">=\"|\"<=\"|\"==\": value}}");
        for (const auto& [col, c] : v.items()) {
            const auto pos = m_loc.pos(col, at);
            if (!knownColumn(s, col))
                fail(pos, "constraints: '" + col + "' is not a column of this sweep (a varied key or <metric>.<key> of a listed metric)");
            if (!c.is_object() || c.size() != 1)
                fail(pos, "constraints." + col + ": expected one of {\">=\": x}, {\"<=\": x}, {\"==\": x}");
            const std::string op = c.begin().key();
            const Json& x = c.begin().value();
            Constraint k;
            k.column = col;
            if (op == ">=") k.op = Constraint::Op::AtLeast;
            else if (op == "<=") k.op = Constraint::Op::AtMost;
            else if (op == "==") k.op = Constraint::Op::Equals;
            else fail(pos, "constraints." + col + ": unknown comparison '" + op + "'");
            if (!x.is_number() && !x.is_boolean())
                fail(pos, "constraints." + col + ": expected a number or true/false");
            k.value = x.is_boolean() ? (x.get<bool>() ? 1.0 : 0.0) : x.get<double>();
            s.constraints.push_back(k);
        }
    }

    static bool knownColumn(const SweepSpec& s, const std::string& col) {
        for (const auto& a : s.vary)
            if (a.key == col)
                return true;
        for (auto m : s.metrics)
            for (auto key : metricKeys(m))
                if (col == std::string(metricName(m)) + "." + std::string(key))
                    return true;
        return false;
    }

    Locator m_loc;
    std::string m_file;
};

std::string fnv1a(const std::string& s) {
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : s)
        h = (h ^ c) * 1099511628211ULL;
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

} // namespace

SweepSpecResult parseSweepSpec(const std::string& text, const std::string& fileName) {
    SweepSpecResult r;
    Json j;
    if (auto err = parseJsonText(text, j)) {
        r.error = fileName + ":" + std::to_string(Locator{text}.line(err->byte > 0 ? err->byte - 1 : 0)) +
                  ": not valid JSON (" + err->message + ")";
        return r;
    }
    try {
        r.spec = Parser(text, fileName).parse(j);
        r.spec->hash = fnv1a(j.dump());
    } catch (const Fail& f) {
        r.error = f.message;
    } catch (const nlohmann::json::exception& e) { // a value of the wrong type deep inside
        r.error = fileName + ": " + e.what();
    }
    return r;
}

SweepSpecResult loadSweepSpec(const std::string& path) {
    const auto read = readRegularFile(path);
    if (!read.text) {
        SweepSpecResult r;
        r.error = read.error;
        return r;
    }
    return parseSweepSpec(*read.text, path);
}

std::optional<std::string> checkPointLimit(const SweepSpec& spec, bool force) {
    if (force || spec.pointCount() <= kMaxPointsWithoutForce)
        return std::nullopt;
    return spec.fileName + ":" + std::to_string(spec.varyLine) + ": vary: " + std::to_string(spec.pointCount()) +
           " points is more than " + std::to_string(kMaxPointsWithoutForce) + "; pass --force to run them";
}

} // namespace aimc::core::sweep
