// Decks (issue 15): steps build complete parameter sets, bad input names the file and the step,
// shipped decks and presets parse; presets carry the lecture panel's pinned sliders.
#include "io/deck.h"
#include "io/preset.h"
#include "params/param_table.h"

#include <QtTest>
#include <filesystem>

using namespace aimc::core;

namespace {
const DeckTargets kTargets = {{"device", {"device-resistance", "device-ra-vs-thickness"}},
                              {"array", {"array-al-map"}}};

std::string deckWith(const std::string& steps) {
    return "{\"schema\": 1, \"name\": \"t\", \"steps\": [" + steps + "]}"; // (moc: no raw string here)
}
} // namespace

class TestDeck : public QObject {
    Q_OBJECT
    static void expectError(const std::string& steps, const std::vector<std::string>& parts) {
        const auto r = parseDeck(deckWith(steps), "talk.json", kTargets);
        QVERIFY2(!r.deck, steps.c_str());
        QVERIFY2(r.error.rfind("talk.json: ", 0) == 0, r.error.c_str()); // names the file
        for (const auto& part : parts)
            QVERIFY2(r.error.find(part) != std::string::npos, (r.error + " lacks " + part).c_str());
    }
private Q_SLOTS:
    void stepsAccumulate() {
        const auto r = parseDeck(
            deckWith(R"({"preset": "sot-mram-vlsi2020", "page": "device", "spotlight": "device-resistance", )"
                     R"("caption": "The device of the paper."}, )"
                     R"({"set": {"device.tmr": 1.0}, "spotlight": "device-ra-vs-thickness", "caption": "Lower TMR."}, )"
                     R"({"page": "array", "caption": "Sweep.", )"
                     R"("animate": {"key": "array.rows", "from": 64, "to": 512, "seconds": 3}})"),
            "talk.json", kTargets);
        QVERIFY2(r.deck, r.error.c_str());
        const auto& steps = r.deck->steps;
        QCOMPARE(steps.size(), std::size_t(3));
        const auto sot = loadPresetFile(resolvePreset("sot-mram-vlsi2020"));
        QVERIFY(sot.preset);
        QVERIFY(steps[0].params == sot.preset->params);
        QVERIFY(steps[0].pinned && *steps[0].pinned == sot.preset->pinned);
        QCOMPARE(steps[1].params.device.tmr, 1.0); // on top of the previous step
        QCOMPARE(steps[1].params.device.cd_nm, sot.preset->params.device.cd_nm);
        QVERIFY(!steps[1].pinned);
        QCOMPARE(steps[2].params.array.rows, 512); // the animation's end value
        QVERIFY(steps[2].animation);
        QCOMPARE(steps[2].animation->from, 64.0);
        QCOMPARE(steps[2].animation->seconds, 3.0);
        QVERIFY(steps[2].spotlight.empty());
    }
    void badDecksNameFileAndStep() {
        const std::string ok = R"({"caption": "fine"}, )";
        expectError(ok + R"({"set": {"device.nope": 1}, "caption": "x"})", {"step 2", "device.nope"});
        expectError(ok + R"({"set": {"device.cd_nm": 900}, "caption": "x"})", {"step 2", "device.cd_nm", "900"});
        expectError(R"({"preset": "no-such-preset", "caption": "x"})", {"step 1", "no-such-preset"});
        expectError(ok + ok + R"({"page": "energy", "caption": "x"})", {"step 3", "energy"});
        expectError(R"({"page": "device", "spotlight": "array-al-map", "caption": "x"})",
                    {"step 1", "array-al-map"});
        expectError(R"({"page": "device"})", {"step 1", "caption"});
        expectError(R"({"caption": "x", "colour": "red"})", {"step 1", "colour"});
        expectError(R"({"caption": "x", "animate": {"key": "device.tmr", "from": 0.5, "to": 9, "seconds": 2}})",
                    {"step 1", "device.tmr", "9"});
        expectError(R"({"caption": "x", "animate": {"key": "device.tmr", "from": 0.5, "to": 1, "seconds": 99}})",
                    {"step 1", "seconds"});
        expectError(R"({"caption": ")" + std::string(kMaxCaptionChars + 1, 'a') + R"("})", {"step 1", "caption"});
        QVERIFY(!parseDeck("{", "talk.json", kTargets).deck);
        QVERIFY(!parseDeck(R"({"schema": 1, "steps": []})", "talk.json", kTargets).deck);
        QVERIFY(!parseDeck(R"({"schema": 2, "steps": [{"caption": "x"}]})", "talk.json", kTargets).deck);
    }
    void shippedDecksParse() {
        int decks = 0;
        for (const auto& e : std::filesystem::directory_iterator(shippedDeckDir())) {
            if (e.path().extension() != ".json")
                continue;
            const auto r = loadDeckFile(e.path(), {});
            QVERIFY2(r.deck, r.error.c_str());
            QVERIFY(r.deck->steps.size() >= 4);
            ++decks;
        }
        QVERIFY(decks >= 2);
    }
    void presetsCarryPinnedSliders() {
        Preset preset{"mine", "a test", defaultParams(), {"device.tmr", "array.rows"}};
        const auto back = parsePreset(presetToJson(preset), "x.json");
        QVERIFY2(back.preset, back.error.c_str());
        QVERIFY(back.preset->pinned == preset.pinned);
        // Older presets (no "pinned") still load; bad lists are refused with the key named.
        QVERIFY(parsePreset(R"({"schema": 1, "params": {}})", "x.json").preset->pinned.empty());
        auto bad = parsePreset(R"({"schema": 1, "pinned": ["device.tmr", "device.nope"]})", "x.json");
        QVERIFY(!bad.preset && bad.error.find("device.nope") != std::string::npos);
        bad = parsePreset(R"({"schema": 1, "pinned": ["device.tmr", "device.tmr"]})", "x.json");
        QVERIFY(!bad.preset && bad.error.find("twice") != std::string::npos);
        QVERIFY(!parsePreset(R"({"schema": 1, "pinned": "device.tmr"})", "x.json").preset);
    }
    void shippedPresetsPinTheDesignCardSliders() {
        const std::vector<std::string> card = {"device.mgo_thickness_nm", "device.cd_nm", "device.tmr",
                                               "array.rows", "array.cols", "array.r_al_ohm", "array.r_sl_ohm"};
        for (const auto& path : listPresets(shippedPresetDir())) {
            const auto r = loadPresetFile(path);
            QVERIFY2(r.preset, r.error.c_str());
            QVERIFY2(r.preset->pinned == card, path.string().c_str());
        }
    }
};

QTEST_APPLESS_MAIN(TestDeck)
#include "test_deck.moc"
