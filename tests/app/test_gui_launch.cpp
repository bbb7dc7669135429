// The GUI's command line: `--preset` takes a shipped preset's name like `aimc --preset`, and a
// refused preset is reported on stderr without a modal dialog, so `--screenshot` still finishes.
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Launch {
    bool finished = false;
    int code = -1;
    QByteArray err;
};

Launch launch(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(AIMC_EXPLORER_PATH), args);
    Launch r;
    r.finished = p.waitForFinished(60000);
    if (!r.finished)
        p.kill();
    r.code = p.exitCode();
    r.err = p.readAllStandardError();
    return r;
}
} // namespace

class TestGuiLaunch : public QObject {
    Q_OBJECT
private slots:
    void shippedPresetByName() {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        const Launch r = launch({"--preset", "stt-mram", "--screenshot", png, "--screenshot-delay", "300"});
        QVERIFY2(r.finished, "aimc-explorer --preset stt-mram --screenshot did not finish");
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.err.contains("cannot"), r.err.constData());
        QVERIFY(QFileInfo(png).size() > 10000);
    }
    void refusedPresetGoesToStderr() {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        const Launch r = launch({"--preset", "no-such-preset", "--screenshot", png, "--screenshot-delay", "100"});
        QVERIFY2(r.finished, "a refused --preset blocked the screenshot (a modal dialog?)");
        QVERIFY2(r.err.contains("no-such-preset"), r.err.constData());
        QVERIFY(QFileInfo(png).size() > 10000);
    }
};

QTEST_GUILESS_MAIN(TestGuiLaunch)
#include "test_gui_launch.moc"
