// aimc sweep: every row equals the single commands for the same point bit for bit; a sweep killed
// part-way and resumed gives the file of an uninterrupted run; bad input is refused naming the key
// or line and no results file is overwritten.
#include "cli_run.h"
#include "sweep_files.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <cstring>

class TestCliSweep : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // The CSV cell equals the JSON value: numbers as the same double (bit for bit), the rest as text.
    static bool sameValue(const QJsonValue& v, const QByteArray& cell) {
        if (v.isDouble()) {
            bool ok = false;
            const double a = v.toDouble(), b = cell.toDouble(&ok);
            return ok && std::memcmp(&a, &b, sizeof a) == 0;
        }
        if (v.isBool())
            return cell == (v.toBool() ? "true" : "false");
        if (v.isArray()) {
            const auto parts = cell.split(';');
            const auto a = v.toArray();
            if (parts.size() != a.size())
                return false;
            for (qsizetype i = 0; i < a.size(); ++i)
                if (!sameValue(a[i], parts[i]))
                    return false;
            return true;
        }
        return v.toString().toUtf8() == cell;
    }

    // Runs the single command and compares each key of its --json with the row; the count compared.
    static int compareWithCommand(const QList<QByteArray>& header, const QList<QByteArray>& cells, const char* metric,
                                  const QStringList& args) {
        const auto single = runCli(args, 300000);
        if (single.code != 0)
            qFatal("%s", single.err.constData());
        const auto j = QJsonDocument::fromJson(single.out).object();
        int compared = 0;
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (it.key() == "solve_ms" || it.key() == "seconds")
                continue; // timings: not sweep columns
            const QByteArray column = QByteArray(metric) + "." + it.key().toUtf8();
            const auto c = header.indexOf(column);
            if (c < 0 || !sameValue(it.value(), cells[c]))
                qFatal("%s differs: row '%s', command '%s'", column.constData(), c < 0 ? "(none)" : cells[c].constData(),
                       QJsonDocument(QJsonObject{{"v", it.value()}}).toJson(QJsonDocument::Compact).constData());
            ++compared;
        }
        return compared;
    }

private Q_SLOTS:
    void rowsEqualTheSingleCommands() {
        const QString model = QStringLiteral(AIMC_SOURCE_DIR "/resources/models/lenet5-mnist-s30.aimcnn");
        // (moc does not read raw string literals: plain ones here)
        const QString spec = writeText(path("consistency.json"),
            "{\"schema\": 1, \"base\": \"sot-mram-vlsi2020\",\n"
            " \"set\": {\"array.rows\": 64, \"array.cols\": 32, \"sim.samples\": 3000, \"array.r_driver_ohm\": 20},\n"
            " \"vary\": {\"device.mgo_thickness_nm\": [2.3, 2.5], \"array.placement\": [\"near\", \"far\"]},\n"
            " \"metrics\": [\"device\", \"energy\", \"irdrop\", \"accuracy\"],\n"
            " \"accuracy\": {\"model\": \"" + model.toUtf8() +
            "\", \"dataset\": \"mnist\", \"chips\": 2, \"images\": 40, \"ir\": \"map\"}}");
        const QString out = path("consistency.csv");
        const auto r = runCli({"sweep", spec, "--out", out, "--threads", "2"}, 300000);
        QVERIFY2(r.code == 0, r.err.constData());
        const auto lines = readText(out).split('\n');
        QVERIFY(lines[0].startsWith("# aimc-sweep schema=1 spec="));
        const auto header = lines[1].split(',');
        QCOMPARE(header.first(), QByteArray("point"));
        QCOMPARE(header.last(), QByteArray("seconds"));
        QCOMPARE(header[header.size() - 2], QByteArray("status"));
        int rows = 0, compared = 0;
        for (const auto& line : lines.mid(2)) {
            if (line.isEmpty())
                continue;
            ++rows;
            const auto cells = splitCsvRow(line);
            QCOMPARE(cells.size(), header.size());
            QCOMPARE(cells[header.indexOf("status")], QByteArray("ok"));
            QStringList setArgs{"--preset", "sot-mram-vlsi2020", "--set", "array.rows=64", "--set", "array.cols=32",
                                "--set", "sim.samples=3000", "--set", "array.r_driver_ohm=20"};
            for (const char* key : {"device.mgo_thickness_nm", "array.placement"})
                setArgs << "--set" << QString("%1=%2").arg(key, QString::fromUtf8(cells[header.indexOf(key)]));
            for (const char* metric : {"device", "energy", "irdrop", "accuracy"}) {
                QStringList args{metric, "--json"};
                if (QByteArray(metric) == "accuracy")
                    args << "--model" << model << "--dataset" << "mnist" << "--chips" << "2" << "--images" << "40"
                         << "--ir" << "map";
                compared += compareWithCommand(header, cells, metric, args + setArgs);
            }
        }
        QCOMPARE(rows, 4);
        QVERIFY(compared > 4 * 60);
    }

    // A choice key added after the sweep was written (device.technology) works through the table:
    // each technology's row equals the single commands; the one the commands refuse is an error row.
    void newChoiceKeysJustWork() {
        const QString spec = writeText(path("technology.json"),
            "{\"schema\": 1, \"set\": {\"sim.samples\": 3000},\n"
            " \"vary\": {\"device.technology\": [\"sot-mram\", \"stt-mram\", \"igzo-2t1c\", \"projection-pcm\", \"measured\"]},\n"
            " \"metrics\": [\"device\", \"energy\"]}");
        const QString out = path("technology.csv");
        const auto r = runCli({"sweep", spec, "--out", out}, 300000);
        QVERIFY2(r.code == 0, r.err.constData());
        const auto lines = readText(out).split('\n');
        const auto header = splitCsvRow(lines[1]);
        int ok = 0;
        for (const auto& line : lines.mid(2)) {
            if (line.isEmpty())
                continue;
            const auto cells = splitCsvRow(line);
            const QString tech = QString::fromUtf8(cells[1]);
            const QStringList setArgs{"--set", "sim.samples=3000", "--set", "device.technology=" + tech};
            const QByteArray status = cells[header.indexOf("status")];
            if (status != "ok") { // refused by the cross-key rules: the command says the same
                const auto single = runCli(QStringList{"device", "--json"} + setArgs);
                QVERIFY(single.code != 0);
                QVERIFY2(single.err.contains(status.mid(7)), (status + " / " + single.err).constData());
                continue;
            }
            ++ok;
            for (const char* metric : {"device", "energy"})
                QVERIFY(compareWithCommand(header, cells, metric, QStringList{metric, "--json"} + setArgs) > 10);
        }
        QVERIFY(ok >= 2); // sot-mram and stt-mram at least; igzo needs cse cells, measured a file
    }

    void killedAndResumedEqualsUninterrupted() {
        const QString spec = writeText(path("resume.json"), quickSpec(400000));
        const QString whole = path("whole.csv"), cut = path("cut.csv");
        QCOMPARE(runCli({"sweep", spec, "--out", whole, "--threads", "1"}, 300000).code, 0);
        QProcess p;
        p.start(QStringLiteral(AIMC_CLI_PATH), {"sweep", spec, "--out", cut, "--threads", "1"});
        QVERIFY(p.waitForStarted());
        for (int i = 0; i < 3000 && readText(cut).count('\n') < 5; ++i) // comment, header, 3 rows
            QThread::msleep(5);
        p.kill(); // SIGKILL: no handler runs
        QVERIFY(p.waitForFinished());
        const auto partial = readText(cut);
        const auto done = partial.count('\n') - 2;
        QVERIFY2(done >= 3 && done < 12, QByteArray::number(done).constData());
        QVERIFY(partial.endsWith('\n')); // no half row
        // A torn last row as an interrupted append would leave it: dropped on resume.
        QFile f(cut);
        QVERIFY(f.open(QIODevice::Append));
        f.write("11,2.6,80,6485");
        f.close();
        const auto r = runCli({"sweep", spec, "--out", cut, "--resume", "--threads", "1"}, 300000);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.err.contains("already in the file"));
        QCOMPARE(comparableRows(cut), comparableRows(whole));
        QCOMPARE(comparableRows(cut).size(), 12);
    }

    void refusals_data() {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("mentions");
        const QByteArray head = "{\"schema\": 1, \"base\": \"sot-mram-vlsi2020\",";
        QTest::newRow("unknown key") << head + "\n\"vary\": {\n \"device.cd_nm\": [60],\n \"device.mgo_thicknes\": [2.4]},\n\"metrics\": [\"device\"]}"
                                     << QStringList{} << "spec.json:4: vary: unknown parameter key 'device.mgo_thicknes'";
        QTest::newRow("range outside limits") << head + "\n\"vary\": {\"array.rows\": {\"from\": 64, \"to\": 9000, \"steps\": 3}}, \"metrics\": [\"energy\"]}"
                                              << QStringList{} << "spec.json:2: array.rows = 9000 is outside the allowed range [1, 8192]";
        QTest::newRow("empty list") << head + "\n\"vary\": {\"device.cd_nm\": []}, \"metrics\": [\"device\"]}"
                                    << QStringList{} << "vary.device.cd_nm: empty list";
        QTest::newRow("zero steps") << head + "\n\"vary\": {\"device.cd_nm\": {\"from\": 60, \"to\": 80, \"steps\": 0}}, \"metrics\": [\"device\"]}"
                                    << QStringList{} << "vary.device.cd_nm.steps";
        QTest::newRow("over the point limit") << head + "\n\"vary\": {\"device.cd_nm\": {\"from\": 40, \"to\": 120, \"steps\": 101},\n \"device.tmr\": {\"from\": 0.5, \"to\": 2.5, \"steps\": 100}}, \"metrics\": [\"energy\"]}"
                                              << QStringList{} << "spec.json:2: vary: 10100 points is more than 10000; pass --force";
        QTest::newRow("bad JSON") << head + "\n\"vary\": {\"device.cd_nm\": [60,]}}" << QStringList{} << "spec.json:2: not valid JSON";
        QTest::newRow("unknown metric") << head + "\n\"vary\": {\"device.cd_nm\": [60]}, \"metrics\": [\"power\"]}" << QStringList{} << "unknown metric \"power\"";
        QTest::newRow("bad shard") << head + "\n\"vary\": {\"device.cd_nm\": [60]}, \"metrics\": [\"device\"]}" << QStringList{"--shard", "3/2"} << "--shard";
    }

    void refusals() {
        QFETCH(QByteArray, spec);
        QFETCH(QStringList, extra);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString specFile = writeText(dir.filePath("spec.json"), spec);
        const QString out = dir.filePath("r.csv");
        const auto r = runCli(QStringList{"sweep", specFile, "--out", out} + extra);
        QCOMPARE(r.code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
        QVERIFY(!QFile::exists(out)); // refused before any file is made
    }

    void neverOverwritesResults() {
        QTemporaryDir dir;
        const QString a = writeText(dir.filePath("a.json"), quickSpec());
        QByteArray other = quickSpec();
        other.replace("[60, 70, 80]", "[60, 70, 90]");
        const QString b = writeText(dir.filePath("b.json"), other);
        const QString out = dir.filePath("r.csv");
        QCOMPARE(runCli({"sweep", a, "--out", out}).code, 0);
        const auto before = readText(out);
        auto r = runCli({"sweep", a, "--out", out}); // exists, no --resume
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("exists; pass --resume"), r.err.constData());
        r = runCli({"sweep", b, "--out", out, "--resume"}); // another spec's results
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("r.csv:1: results of a different sweep spec"), r.err.constData());
        r = runCli({"sweep", a, "--out", out, "--resume", "--shard", "1/2"}); // another shard's
        QCOMPARE(r.code, 2);
        QCOMPARE(readText(out), before);
        r = runCli({"sweep", a, "--out", out, "--resume"}); // the same spec: nothing left to do
        QCOMPARE(r.code, 0);
        QCOMPARE(readText(out), before);
    }
};

QTEST_GUILESS_MAIN(TestCliSweep)
#include "test_cli_sweep.moc"
