// Lecture decks (issue 15): a JSON file of steps, each a preset and/or parameter changes, the page
// to show, the plot to spotlight, a caption of one or two sentences and an optional animation that
// sweeps one parameter. Qt-free, so the parser can be fuzzed on its own.
//
//   {"schema": 1, "name": "...", "description": "...",
//    "steps": [{"preset": "sot-mram-vlsi2020", "set": {"device.tmr": 1.2}, "page": "device",
//               "spotlight": "device-resistance", "caption": "...",
//               "animate": {"key": "device.mgo_thickness_nm", "from": 2.2, "to": 2.6, "seconds": 4}}]}
//
// Each step's parameters are complete: the step's preset (or, without one, the previous step's
// parameters; defaults before the first step), then its "set", then the animation's end value.
#pragma once

#include "params/params.h"

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace aimc::core {

inline constexpr int kDeckSchema = 1;
inline constexpr std::size_t kMaxCaptionChars = 320; // one or two sentences on a slide
inline constexpr double kMaxAnimationSeconds = 20;

struct DeckAnimation {
    std::string key;
    double from = 0;
    double to = 0;
    double seconds = 0;
};

struct DeckStep {
    Params params;                                  // the whole state of this step
    std::optional<std::vector<std::string>> pinned; // the step's preset's pinned sliders, if any
    std::string preset;                             // as written in the deck ("" = none)
    std::vector<std::pair<std::string, double>> changes; // its "set", in file order
    std::string page;                               // "" = stay on the current page
    std::string spotlight;                          // a plot's export name, "" = none
    std::string caption;                            // English source text (translated by the GUI)
    std::optional<DeckAnimation> animation;
};

struct Deck {
    std::string name;
    std::string description;
    std::vector<DeckStep> steps;
};

// The pages the GUI has and, for each, its plots' export names. Empty: pages are not checked.
using DeckTargets = std::vector<std::pair<std::string, std::vector<std::string>>>;

// Either a deck or a message naming the file, the step (from 1) and what is wrong.
struct DeckResult {
    std::optional<Deck> deck;
    std::string error;
};

// presetDir: where relative preset names are looked up first (the deck's folder).
DeckResult parseDeck(const std::string& jsonText, const std::string& fileLabel,
                     const DeckTargets& targets, const std::filesystem::path& presetDir = {});
DeckResult loadDeckFile(const std::filesystem::path& path, const DeckTargets& targets);

// $AIMC_DECK_DIR, then beside the executable (decks/), then resources/decks in the source tree.
std::filesystem::path shippedDeckDir();
// A path, or the name of a shipped deck with or without ".json".
std::filesystem::path resolveDeck(const std::string& nameOrPath);

} // namespace aimc::core
