#include "deck.h"

#include "file_read.h"
#include "json_guard.h"
#include "json_params.h"
#include "params/param_table.h"
#include "params/validate_params.h"
#include "preset.h"

#include <algorithm>
#include <cstdlib>

namespace aimc::core {
namespace {
using nlohmann::json;

constexpr std::size_t kMaxSteps = 200;

DeckResult fail(const std::string& file, const std::string& message) {
    return {std::nullopt, file + ": " + message};
}

std::optional<std::string> stringField(const json& step, const char* name, std::string& out) {
    if (!step.contains(name))
        return std::nullopt;
    if (!step[name].is_string())
        return std::string("\"") + name + "\" must be a string";
    out = step[name].get<std::string>();
    return std::nullopt;
}

const std::vector<std::string>* plotsOf(const DeckTargets& targets, const std::string& page) {
    for (const auto& [id, plots] : targets)
        if (id == page)
            return &plots;
    return nullptr;
}

std::string join(const DeckTargets& targets) {
    std::string s;
    for (const auto& t : targets)
        s += (s.empty() ? "" : ", ") + t.first;
    return s;
}

std::optional<std::string> readAnimation(const json& a, DeckAnimation& out) {
    if (!a.is_object())
        return std::string("\"animate\" must be an object {key, from, to, seconds}");
    for (const auto& [field, value] : a.items())
        if (field != "key" && field != "from" && field != "to" && field != "seconds")
            return "\"animate\": unknown field \"" + field + "\" (allowed: key, from, to, seconds)";
    if (!a.contains("key") || !a["key"].is_string())
        return std::string("\"animate\" needs a \"key\"");
    out.key = a["key"].get<std::string>();
    const auto* d = findParam(out.key);
    if (!d)
        return "\"animate\": unknown key '" + out.key + "' (aimc params lists the keys)";
    if (d->type != ParamType::Real && d->type != ParamType::Integer)
        return "\"animate\": " + out.key + " is not numeric and cannot be swept";
    for (auto [name, target] : {std::pair{"from", &out.from}, std::pair{"to", &out.to}}) {
        if (!a.contains(name))
            return std::string("\"animate\" needs \"") + name + "\"";
        if (auto err = jsonToParamValue(*d, a[name], *target))
            return "\"animate\" " + std::string(name) + ": " + *err;
    }
    if (!a.contains("seconds") || !a["seconds"].is_number())
        return std::string("\"animate\" needs \"seconds\" (a number)");
    out.seconds = a["seconds"].get<double>();
    if (!(out.seconds > 0 && out.seconds <= kMaxAnimationSeconds))
        return "\"animate\" seconds: " + describeJson(a["seconds"]) + " is outside (0, " +
               std::to_string(static_cast<int>(kMaxAnimationSeconds)) + "]";
    return std::nullopt;
}

std::optional<std::string> loadStepPreset(const std::string& name, const std::filesystem::path& dir,
                                          DeckStep& step) {
    std::error_code ec;
    std::filesystem::path path = dir.empty() ? std::filesystem::path() : dir / name;
    if (path.empty() || !std::filesystem::is_regular_file(path, ec))
        path = resolvePreset(name);
    if (!std::filesystem::is_regular_file(path, ec))
        return "preset '" + name + "' not found (a file, or a shipped preset's name)";
    const auto r = loadPresetFile(path);
    if (!r.preset)
        return "preset '" + name + "': " + r.error;
    step.params = r.preset->params;
    step.pinned = r.preset->pinned;
    return std::nullopt;
}

// Reads one step on top of the previous step's parameters and page.
std::optional<std::string> readStep(const json& s, const DeckTargets& targets,
                                    const std::filesystem::path& presetDir, const Params& before,
                                    const std::string& pageBefore, DeckStep& step) {
    if (!s.is_object())
        return std::string("a step must be an object");
    for (const auto& [field, value] : s.items())
        if (field != "preset" && field != "set" && field != "page" && field != "spotlight" &&
            field != "caption" && field != "animate")
            return "unknown field \"" + field +
                   "\" (allowed: preset, set, page, spotlight, caption, animate)";
    step.params = before;
    const std::pair<const char*, std::string*> strings[] = {
        {"preset", &step.preset}, {"page", &step.page}, {"spotlight", &step.spotlight},
        {"caption", &step.caption}};
    for (const auto& [name, out] : strings)
        if (auto err = stringField(s, name, *out))
            return err;
    if (!step.preset.empty())
        if (auto err = loadStepPreset(step.preset, presetDir, step))
            return err;
    if (s.contains("set")) {
        if (auto err = applyJsonParams(s["set"], step.params))
            return "\"set\": " + *err;
        for (const auto& [key, value] : s["set"].items())
            step.changes.emplace_back(key, findParam(key)->get(step.params));
        if (auto issue = validateParams(step.params))
            return "\"set\": " + issue->message;
    }
    if (s.contains("animate")) {
        DeckAnimation a;
        if (auto err = readAnimation(s["animate"], a))
            return err;
        findParam(a.key)->set(step.params, a.to);
        step.animation = a;
    }
    if (step.caption.empty())
        return std::string("needs a \"caption\" (one or two sentences)");
    if (step.caption.size() > kMaxCaptionChars)
        return "caption is " + std::to_string(step.caption.size()) + " bytes long; at most " +
               std::to_string(kMaxCaptionChars) + " fit under a slide";
    if (!targets.empty()) {
        if (!step.page.empty() && !plotsOf(targets, step.page))
            return "unknown page '" + step.page + "' (pages: " + join(targets) + ")";
        const std::string page = step.page.empty() ? pageBefore : step.page;
        if (!step.spotlight.empty()) {
            const auto* plots = page.empty() ? nullptr : plotsOf(targets, page);
            if (!plots || std::find(plots->begin(), plots->end(), step.spotlight) == plots->end())
                return "no plot '" + step.spotlight + "' on page '" + page + "'";
        }
    }
    return std::nullopt;
}
} // namespace

DeckResult parseDeck(const std::string& jsonText, const std::string& fileLabel,
                     const DeckTargets& targets, const std::filesystem::path& presetDir) {
    json doc;
    if (auto err = parseJsonText(jsonText, doc))
        return fail(fileLabel, "not valid JSON: " + err->message);
    if (!doc.is_object())
        return fail(fileLabel, "expected a JSON object at the top level");
    if (!doc.contains("schema") || !doc["schema"].is_number_integer() ||
        doc["schema"].get<long long>() != kDeckSchema)
        return fail(fileLabel, "needs \"schema\": " + std::to_string(kDeckSchema));
    Deck deck;
    for (const auto& [field, value] : doc.items()) {
        if (field == "name" || field == "description") {
            if (!value.is_string())
                return fail(fileLabel, "\"" + field + "\" must be a string");
            (field == "name" ? deck.name : deck.description) = value.get<std::string>();
        } else if (field != "schema" && field != "steps") {
            return fail(fileLabel, "unknown top-level field \"" + field +
                                       "\" (allowed: schema, name, description, steps)");
        }
    }
    if (!doc.contains("steps") || !doc["steps"].is_array() || doc["steps"].empty())
        return fail(fileLabel, "needs \"steps\": a non-empty list");
    if (doc["steps"].size() > kMaxSteps)
        return fail(fileLabel, "more than " + std::to_string(kMaxSteps) + " steps");
    Params params = defaultParams();
    std::string page;
    for (std::size_t i = 0; i < doc["steps"].size(); ++i) {
        DeckStep step;
        if (auto err = readStep(doc["steps"][i], targets, presetDir, params, page, step))
            return fail(fileLabel, "step " + std::to_string(i + 1) + ": " + *err);
        params = step.params;
        if (!step.page.empty())
            page = step.page;
        deck.steps.push_back(std::move(step));
    }
    return {std::move(deck), {}};
}

DeckResult loadDeckFile(const std::filesystem::path& path, const DeckTargets& targets) {
    const auto read = readRegularFile(path);
    if (!read.text)
        return {std::nullopt, read.error};
    return parseDeck(*read.text, path.string(), targets, path.parent_path());
}

std::filesystem::path shippedDeckDir() {
    namespace fs = std::filesystem;
    if (const char* env = std::getenv("AIMC_DECK_DIR"); env && *env)
        return env;
    std::error_code ec;
    const auto exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec && fs::is_directory(exe.parent_path() / "decks", ec))
        return exe.parent_path() / "decks";
    return fs::path(AIMC_SOURCE_RESOURCE_DIR) / "decks";
}

std::filesystem::path resolveDeck(const std::string& nameOrPath) {
    return resolveJsonFile(nameOrPath, shippedDeckDir());
}

} // namespace aimc::core
