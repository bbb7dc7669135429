// Hostile and meaningless inputs (issue 13): each reproducer of the reliability report, made at
// test time, is refused with a message that names the file and the key/field, promptly, without a
// crash (these run under ASan/UBSan in CI too), a memory blow-up or a partial file left behind.
#include "cli_run.h"
#include "io/atomic_file.h"
#include "io/preset.h"
#include "model_header_edit.h"
#include "nn/dataset.h"
#include "nn/model_file.h"
#include "params/param_table.h"
#include "params/validate_params.h"
#include "units.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <zlib.h>

using namespace aimc;

namespace {
void writeBytes(const QString& path, const std::string& bytes) {
    std::ofstream(path.toStdString(), std::ios::binary) << bytes;
}
std::string be32(std::uint32_t v) {
    return {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
}
std::string idxHeader(std::initializer_list<std::uint32_t> dims) {
    std::string h{0, 0, 8, char(dims.size())};
    for (auto d : dims)
        h += be32(d);
    return h;
}
std::string dataError(const std::function<void()>& fn) {
    try {
        fn();
    } catch (const core::nn::DataError& e) {
        return e.what();
    }
    return "(no error)";
}
bool contains(const std::string& s, const QString& what) { return QString::fromStdString(s).contains(what); }

// A valid model file of the shipped architecture with its JSON header edited by `edit`.
std::string editedModel(const std::function<void(nlohmann::ordered_json&)>& edit) {
    core::nn::ArchSpec arch;
    arch.name = "lenet5-classic";
    core::nn::Network net(arch, 1);
    core::nn::ModelInfo info;
    info.arch = arch;
    info.dataset = "synthetic";
    return editModelHeader(core::nn::serializeModel(net, info), edit);
}
} // namespace

class TestBadInputs : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void deeplyNestedPresetIsRefusedNotACrash() {
        const std::string deep = R"({"schema":1,"params":{"device.tmr":)" + std::string(100000, '[') +
                                 std::string(100000, ']') + "}}";
        writeBytes(path("deep.json"), deep);
        const auto r = core::loadPresetFile(path("deep.json").toStdString());
        QVERIFY(!r.preset);
        QVERIFY2(contains(r.error, "deep.json") && contains(r.error, "params.device.tmr") &&
                     contains(r.error, "nested deeper than 64"), r.error.c_str());
        const auto cli = runCli({"device", "--preset", path("deep.json")});
        QCOMPARE(cli.code, 2);
        QVERIFY2(cli.err.contains("deep.json") && cli.err.contains("nested deeper"), cli.err.constData());
        // A deep value where a scalar is expected is described, not dump()ed.
        const std::string wide = R"({"schema":1,"params":{"device.tmr":[[[[1]]]]}})";
        const auto w = core::parsePreset(wide, "wide.json");
        QVERIFY2(!w.preset && contains(w.error, "device.tmr") && contains(w.error, "a list of 1 values"), w.error.c_str());
    }
    void numbersBeyondDoubleNameTheKey() {
        const std::pair<const char*, const char*> cases[] = {{R"({"schema":1,"params":{"device.tmr":1e400}})", "params.device.tmr"},
                                                             {R"({"schema":1,"params":{"device.tmr":-1e400}})", "params.device.tmr"},
                                                             {R"({"schema":-1e400})", "schema"}};
        for (const auto& [text, key] : cases) {
            writeBytes(path("huge.json"), text);
            const auto r = core::loadPresetFile(path("huge.json").toStdString());
            QVERIFY(!r.preset);
            QVERIFY2(contains(r.error, "huge.json") && contains(r.error, key) && contains(r.error, "out of range"),
                     r.error.c_str());
            const auto cli = runCli({"device", "--preset", path("huge.json")});
            QCOMPARE(cli.code, 2);
            QVERIFY2(cli.err.contains("huge.json") && cli.err.contains(key), cli.err.constData());
        }
    }
    void specialFilesAreRefusedPromptly() {
        QVERIFY(::mkfifo(path("fifo.json").toLocal8Bit().constData(), 0600) == 0);
        QElapsedTimer t;
        t.start();
        const auto fifo = core::loadPresetFile(path("fifo.json").toStdString());
        QVERIFY2(!fifo.preset && contains(fifo.error, "fifo.json") && contains(fifo.error, "pipe"), fifo.error.c_str());
        const auto cli = runCli({"device", "--preset", path("fifo.json")}, 20000);
        QCOMPARE(cli.code, 2); // not blocked for ever
        QVERIFY(t.elapsed() < 15000);
        const auto zero = core::loadPresetFile("/dev/zero");
        QVERIFY2(!zero.preset && contains(zero.error, "/dev/zero") && contains(zero.error, "device"), zero.error.c_str());
        QVERIFY(contains(dataError([] { core::nn::readIdxFile("/dev/zero"); }), "is a device"));
        const auto folder = core::loadPresetFile(m_dir.path().toStdString());
        QVERIFY2(!folder.preset && contains(folder.error, "folder"), folder.error.c_str());
        const auto model = core::nn::loadModel("/dev/zero");
        QVERIFY2(!model.model && contains(model.error, "device"), model.error.c_str());
    }
    void idxDimensionsThatWrapAreRefused() {
        // 24 bytes: 4 dimensions whose product wraps size_t (2^28 · 2^28 · 2^28 · 2^28 = 2^112).
        const std::string wrap = idxHeader({1u << 28, 1u << 28, 1u << 28, 1u << 28}) + std::string(4, '\0');
        QCOMPARE(wrap.size(), std::size_t(24));
        writeBytes(path("wrap-idx"), wrap);
        const auto e = dataError([&] { core::nn::readIdxFile(path("wrap-idx").toStdString()); });
        QVERIFY2(contains(e, "wrap-idx") && contains(e, "promise more than"), e.c_str());
        // Exactly 2^64 (wraps to 0 in size_t): 2^16 · 2^16 · 2^16 · 2^16.
        writeBytes(path("wrap0-idx"), idxHeader({1u << 16, 1u << 16, 1u << 16, 1u << 16}));
        QVERIFY(contains(dataError([&] { core::nn::readIdxFile(path("wrap0-idx").toStdString()); }), "promise more than"));
        // Images of 46341 x 46341 pixels (H·W overflows int): 2 GiB promised, refused before reading.
        writeBytes(path("big-images"), idxHeader({1, 46341, 46341}));
        writeBytes(path("labels"), idxHeader({1}) + std::string(1, '\0'));
        const auto big = dataError([&] { core::nn::readIdxPair(path("big-images").toStdString(), path("labels").toStdString()); });
        QVERIFY2(contains(big, "big-images") && contains(big, "promise more than"), big.c_str());
        // The same through `aimc train` on a data folder of such files.
        QDir().mkpath(path("evil"));
        for (const char* name : {"train-images-idx3-ubyte", "t10k-images-idx3-ubyte"})
            writeBytes(path(QStringLiteral("evil/") + name), wrap);
        for (const char* name : {"train-labels-idx1-ubyte", "t10k-labels-idx1-ubyte"})
            writeBytes(path(QStringLiteral("evil/") + name), idxHeader({1}) + std::string(1, '\0'));
        const auto cli = runCli({"train", "--dataset", path("evil"), "--out", path("evil.aimcnn")});
        QCOMPARE(cli.code, 2);
        QVERIFY2(cli.err.contains("train-images-idx3-ubyte") && cli.err.contains("promise more than"), cli.err.constData());
        QVERIFY(!QFile::exists(path("evil.aimcnn")));
    }
    void gzipBombStopsAtTheDeclaredSize() {
        // 100 labels declared, 256 MiB of zeros behind them: read no further than 101 bytes.
        const QString bomb = path("bomb-labels.gz");
        gzFile f = gzopen(bomb.toLocal8Bit().constData(), "wb9");
        const std::string h = idxHeader({100});
        gzwrite(f, h.data(), unsigned(h.size()));
        const std::string zeros(1 << 20, '\0');
        for (int i = 0; i < 256; ++i)
            gzwrite(f, zeros.data(), unsigned(zeros.size()));
        gzclose(f);
        QElapsedTimer t;
        t.start();
        const auto e = dataError([&] { core::nn::readIdxFile(bomb.toStdString()); });
        QVERIFY2(contains(e, "bomb-labels.gz") && contains(e, "unexpected bytes after the data"), e.c_str());
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed()))); // inflating all takes far longer
        // A stream that promises 1 GiB + 1 byte is refused before inflating anything.
        gzFile g = gzopen(path("huge-labels.gz").toLocal8Bit().constData(), "wb");
        const std::string hh = idxHeader({1u << 15, 1u << 15, 2});
        gzwrite(g, hh.data(), unsigned(hh.size()));
        gzclose(g);
        QVERIFY(contains(dataError([&] { core::nn::readIdxFile(path("huge-labels.gz").toStdString()); }), "promise more than"));
    }
    void modelHeadersThatDoNotFitTheirBody() {
        const std::pair<std::function<void(nlohmann::ordered_json&)>, const char*> cases[] = {
            {[](auto& h) { h["arch"]["input"] = {1, 46341, 46341}; }, "arch.input"},
            {[](auto& h) { h["arch"]["input"] = {1, 28, 2147483647}; }, "arch.input"},
            // Files of the first releases carry no layer list: it comes from the name and widths.
            {[](auto& h) { h["arch"].erase("layers"), h["arch"]["widths"] = {16, 32, 60000, 84}; }, "more weights than"},
            {[](auto& h) { h["arch"].erase("layers"), h["arch"]["widths"] = {2147483647, 16, 120, 84}; }, "out of range"},
            // A layer list of a named architecture must be that architecture's.
            {[](auto& h) { h["arch"]["widths"] = {16, 32, 128, 2000000}; }, "not that of architecture"},
            // A custom list is bounded by itself: one wide layer is refused before anything is built.
            {[](auto& h) {
                 h["arch"]["name"] = "custom";
                 for (auto& layer : h["arch"]["layers"])
                     if (layer["kind"] == "fc") {
                         layer["outputs"] = 60000;
                         break;
                     }
             }, "more weights than"},
            {[](auto& h) { h["tensors"][1]["offset"] = h["tensors"][0]["offset"]; }, "share bytes"},
        };
        for (const auto& [edit, what] : cases) {
            writeBytes(path("evil.aimcnn"), editedModel(edit));
            QElapsedTimer t;
            t.start();
            const auto r = core::nn::loadModel(path("evil.aimcnn").toStdString());
            QVERIFY(!r.model);
            QVERIFY2(contains(r.error, "evil.aimcnn") && contains(r.error, what), r.error.c_str());
            QVERIFY(t.elapsed() < 2000);
        }
        // The unedited file loads (the checks refuse only what is wrong).
        writeBytes(path("good.aimcnn"), editedModel([](auto&) {}));
        const auto good = core::nn::loadModel(path("good.aimcnn").toStdString());
        QVERIFY2(good.model, good.error.c_str());
        // A header that is not an object, or whose fields have the wrong type, names the section.
        writeBytes(path("evil.aimcnn"), editedModel([](auto& h) { h["recipe"]["epochs"] = "many"; }));
        const auto typed = core::nn::loadModel(path("evil.aimcnn").toStdString());
        QVERIFY2(!typed.model && contains(typed.error, "\"recipe\""), typed.error.c_str());
    }
    void meaninglessDevicesAreRefused() {
        auto p = core::defaultParams();
        p.device.cd_nm = 20;
        p.device.cd_bias_nm = 40; // eCD = -20 nm
        auto issue = core::validateParams(p);
        QVERIFY(issue && issue->key == "device.cd_bias_nm");
        QVERIFY2(contains(issue->message, "eCD") && contains(issue->message, "-20"), issue->message.c_str());
        p.device.cd_nm = 40; // eCD = 0
        QVERIFY(core::validateParams(p));
        p.device.cd_nm = 40.5; // eCD = 0.5 nm: below the 1 nm we model
        QVERIFY(core::validateParams(p));
        p.device.cd_nm = 41;
        QVERIFY(!core::validateParams(p));
        p.device.v_read_v = 0.5;
        p.device.v_breakdown_v = 0.4;
        issue = core::validateParams(p);
        QVERIFY(issue && issue->key == "device.v_read_v");
        // Out of range set in code (not through the table) is caught too.
        auto q = core::defaultParams();
        q.device.tmr = 99;
        QVERIFY(core::validateParams(q) && core::validateParams(q)->key == "device.tmr");
        // Every path: --set, a preset, a sweep-free deck step go through the same check.
        const auto cli = runCli({"device", "--set", "device.cd_nm=20", "--set", "device.cd_bias_nm=40"});
        QCOMPARE(cli.code, 2);
        QVERIFY2(cli.err.contains("device.cd_bias_nm") && cli.err.contains("eCD"), cli.err.constData());
        writeBytes(path("ecd.json"), R"({"schema":1,"params":{"device.cd_nm":20,"device.cd_bias_nm":40}})");
        const auto preset = core::loadPresetFile(path("ecd.json").toStdString());
        QVERIFY2(!preset.preset && contains(preset.error, "ecd.json") && contains(preset.error, "eCD"), preset.error.c_str());
    }
    void accuracyAppliesTheSolverSizeLimit() {
        QElapsedTimer t;
        t.start();
        const auto cli = runCli({"accuracy", "--model", "lenet5-mnist-s00", "--dataset", "mnist", "--preset",
                                 "sot-mram-vlsi2020", "--set", "array.rows=8192", "--set", "array.cols=8192"});
        QCOMPARE(cli.code, 2);
        QVERIFY2(cli.err.contains("array.rows") && cli.err.contains("2048"), cli.err.constData());
        QVERIFY(t.elapsed() < 60000); // it ran past 300 s before
    }
    void retentionBeyondDoubleIsNotInf() {
        QCOMPARE(widgets::durationText(std::numeric_limits<double>::infinity()),
                 QStringLiteral("> 1e30 s (longer than the age of the universe)"));
        QVERIFY(!widgets::durationText(1e300).contains(QStringLiteral("inf")));
        QVERIFY(widgets::durationText(1e9).contains(QStringLiteral("years")));
    }
    void atomicWritesLeaveNoTemporaryFiles() {
        // A failed rename (the target is a folder) removes the temporary file.
        QDir().mkpath(path("target/sub"));
        const auto err = core::writeFileAtomic(path("target").toStdString(), "x");
        QVERIFY(err && contains(*err, "target"));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("target.tmp-*")}, QDir::Files).isEmpty());
        // A run killed before its rename leaves "<target>.tmp-<pid>"; the next write removes it once
        // that process is gone, but never the file of a live process (pid 1 always lives).
        QProcess dead;
        dead.start(QStringLiteral("sleep"), {QStringLiteral("0.2")});
        QVERIFY(dead.waitForStarted());
        const qint64 deadPid = dead.processId();
        QVERIFY(deadPid > 1 && dead.waitForFinished());
        const QString stale = path("out.json.tmp-") + QString::number(deadPid);
        const QString live = path("out.json.tmp-1");
        writeBytes(stale, std::string(1000, 'x'));
        writeBytes(live, "y");
        QVERIFY(!core::writeFileAtomic(path("out.json").toStdString(), "{}\n"));
        QVERIFY(!QFile::exists(stale));
        QVERIFY(QFile::exists(live));
        QFile out(path("out.json"));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), QByteArray("{}\n"));
    }
};

QTEST_GUILESS_MAIN(TestBadInputs)
#include "test_bad_inputs.moc"
