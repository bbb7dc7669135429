// The descriptor table, --set parsing, preset round trip and every bad-preset case.
#include "io/atomic_file.h"
#include "io/file_read.h"
#include "io/preset.h"
#include "params/param_table.h"

#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <set>
#include <sys/resource.h>

using namespace aimc::core;
namespace fs = std::filesystem;

class TestParamsPresets : public QObject {
    Q_OBJECT
    static void expectError(const std::string& json, const std::vector<std::string>& parts) {
        const auto r = parsePreset(json, "my.json");
        QVERIFY2(!r.preset, json.c_str());
        for (const auto& part : parts)
            QVERIFY2(r.error.find(part) != std::string::npos,
                     qPrintable(QString::fromStdString(r.error + "  [missing: " + part + "]")));
        QVERIFY(r.error.rfind("my.json: ", 0) == 0); // every message names the file
    }
private Q_SLOTS:
    void tableIsConsistent() {
        std::set<std::string_view> keys;
        const Params defaults = defaultParams();
        for (const auto& d : paramTable()) {
            QVERIFY2(keys.insert(d.key).second, d.key.data());
            QVERIFY(d.min <= d.defaultValue && d.defaultValue <= d.max);
            QVERIFY(!checkValue(d, d.defaultValue));
            QVERIFY(!d.description.empty() && !d.label.empty());
            QCOMPARE(d.get(defaults), d.defaultValue);
            if (d.type == ParamType::Choice)
                QCOMPARE(static_cast<double>(d.choices.size() - 1), d.max);
        }
        // The struct initialisers mirror the table (one source of truth, checked).
        QVERIFY(Params{} == defaults);
        for (auto key : {"device.mgo_thickness_nm", "device.cd_nm", "device.cd_bias_nm",
                         "device.sigma_radius_nm", "device.sigma_ra_rel", "device.tmr",
                         "device.tmr_v_half_v", "device.v_read_v", "device.ra_ref_ohm_um2",
                         "device.ra_ref_thickness_nm", "device.ra_decay_nm", "device.delta_ref",
                         "sim.seed", "sim.samples"})
            QVERIFY2(findParam(key), key);
    }
    void assignments() {
        Params p = defaultParams();
        QVERIFY(!applyAssignment(p, "device.cd_nm=60"));
        QCOMPARE(p.device.cd_nm, 60.0);
        QVERIFY(!applyAssignment(p, "array.cell_model=cse"));
        QVERIFY(p.array.cell_model == CellModel::CurrentSource);
        QVERIFY(!applyAssignment(p, "array.differential=false"));
        QVERIFY(!p.array.differential);
        auto err = applyAssignment(p, "device.cd_nm=900");
        QVERIFY(err && err->find("[20, 200] nm") != std::string::npos);
        QVERIFY(applyAssignment(p, "device.nope=1")->find("device.nope") != std::string::npos);
        QVERIFY(applyAssignment(p, "device.cd_nm=abc"));
        QVERIFY(applyAssignment(p, "array.rows=2.5")); // integers only
        QVERIFY(applyAssignment(p, "array.cell_model=spice")->find("re, cse") != std::string::npos);
        QVERIFY(applyAssignment(p, "device.cd_nm"));
    }
    void roundTrip() {
        Preset preset{"mine", "a test", defaultParams(), {}};
        preset.params.device.tmr = 2.25;
        preset.params.array.rows = 512;
        preset.params.array.cell_model = CellModel::CurrentSource;
        preset.params.array.differential = false;
        preset.params.sim.seed = 4000000000u;
        const auto text = presetToJson(preset);
        QVERIFY(text.find("device.cd_nm") == std::string::npos); // defaults are not written
        const auto back = parsePreset(text, "x.json");
        QVERIFY2(back.preset, back.error.c_str());
        QVERIFY(back.preset->params == preset.params);
        QCOMPARE(back.preset->name, std::string("mine"));

        QTemporaryDir dir;
        const fs::path path = dir.filePath("p.json").toStdString();
        QVERIFY(!savePresetFile(path, preset));
        const auto loaded = loadPresetFile(path);
        QVERIFY(loaded.preset && loaded.preset->params == preset.params);
    }
    void shippedPresetsLoad() {
        const auto files = listPresets(fs::path(AIMC_SOURCE_DIR) / "presets");
        QVERIFY(files.size() >= 3);
        for (const auto& f : files) {
            const auto r = loadPresetFile(f);
            QVERIFY2(r.preset, r.error.c_str());
            QVERIFY(!r.preset->name.empty());
        }
        QVERIFY(fs::exists(resolvePreset("sot-mram-vlsi2020")));
    }
    void badPresetsAreRefused() {
        expectError(R"({"schema":1,"params":{"device.foo":1}})", {"unknown key", "device.foo"});
        expectError(R"({"schema":1,"params":{"device.cd_nm":500}})",
                    {"device.cd_nm", "500", "[20, 200] nm"});
        expectError(R"({"schema":1,"params":{"device.cd_nm":"big"}})",
                    {"device.cd_nm", "expected a number"});
        expectError(R"({"schema":1,"params":{"array.rows":12.5}})", {"array.rows", "integer"});
        expectError(R"({"schema":1,"params":{"array.differential":1}})",
                    {"array.differential", "true or false"});
        expectError(R"({"schema":1,"params":{"device.cd_nm":80)", {"not valid JSON"});
        expectError(R"({"schema":2,"params":{}})", {"schema 2", "newer"});
        expectError(R"({"params":{}})", {"schema"});
        expectError(R"([1,2])", {"object"});
        expectError(R"({"schema":1,"extra":true})", {"extra"});
        expectError("", {"not valid JSON"});
        QVERIFY(loadPresetFile("/nonexistent/x.json").error.find("/nonexistent/x.json") == 0);
    }
    void failedSaveKeepsOldFile() {
        QTemporaryDir dir;
        const fs::path path = dir.filePath("keep.json").toStdString();
        QVERIFY(!writeFileAtomic(path, "old"));
        // A directory where the temp file would go cannot be written: the target stays intact.
        fs::create_directory(dir.filePath("sub").toStdString());
        QVERIFY(writeFileAtomic(fs::path(dir.filePath("sub").toStdString()) / "missing/x.json", "new"));
        QCOMPARE(*readRegularFile(path).text, std::string("old"));
        QVERIFY(!writeFileAtomic(path, "new"));
        QCOMPARE(*readRegularFile(path).text, std::string("new"));
        QCOMPARE(fs::directory_iterator(dir.path().toStdString()) != fs::directory_iterator(), true);
        for (const auto& e : fs::directory_iterator(dir.path().toStdString()))
            QVERIFY2(e.path().string().find(".tmp-") == std::string::npos, "temp file left behind");
    }
    // A write that fails part-way (here: the file-size limit, as a full disk would) leaves the old
    // target, no temp file and no open descriptor; a temp file of a killed run is removed.
    void failedWriteLeavesNothingBehind() {
        QTemporaryDir dir;
        const fs::path path = dir.filePath("big.json").toStdString();
        QVERIFY(!writeFileAtomic(path, "old"));
        const fs::path stale = path.string() + ".tmp-999999999";
        QVERIFY(!writeFileAtomic(stale, "left by a killed run"));
        const auto openDescriptors = [] {
            return std::distance(fs::directory_iterator("/proc/self/fd"), fs::directory_iterator());
        };
        const auto fdsBefore = openDescriptors();
        rlimit old{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN); // EFBIG instead of the signal
        rlimit small = old;
        small.rlim_cur = 4096;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        const auto error = writeFileAtomic(path, std::string(100000, 'x'));
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(error);
        QVERIFY2(error->find(path.string()) == 0 && error->find("write failed") != std::string::npos, error->c_str());
        QCOMPARE(*readRegularFile(path).text, std::string("old"));
        QCOMPARE(openDescriptors(), fdsBefore);
        for (const auto& e : fs::directory_iterator(dir.path().toStdString()))
            QVERIFY2(e.path().string().find(".tmp-") == std::string::npos, e.path().c_str());
    }
};

QTEST_GUILESS_MAIN(TestParamsPresets)
#include "test_params_presets.moc"
