// Lecture decks (core/io/deck): any text gives a deck or a message naming the file.
#include "fuzz_input.h"
#include "io/deck.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const aimc::core::DeckTargets targets = {{"device", {"histogram"}}, {"array", {"heatmap"}}};
    const auto r = aimc::core::parseDeck(aimc::fuzz::text(data, size), "fuzz.json", targets);
    if (!r.deck && r.error.rfind("fuzz.json", 0) != 0)
        std::abort();
    return 0;
}
