// The GUI as a user drives it: sliders change the Device page, presets load or are refused
// without losing state, undo/redo, and latest-wins delivery of background results.
#include "test_timeouts.h"
#include "compute_controller.h"
#include "device_page.h"
#include "device_page_data.h"
#include "main_window.h"
#include "param_control.h"
#include "param_panel.h"

#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QThread>
#include <QUndoStack>
#include <QtTest>

using namespace aimc;

class TestMainWindow : public QObject {
    Q_OBJECT
    std::unique_ptr<app::MainWindow> m_window;
    widgets::DevicePage* devicePage() const {
        return qobject_cast<widgets::DevicePage*>(m_window->pages().front());
    }
    void waitIdle() {
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->isBusy(), aimc::test::scaledMs(20000));
        QCoreApplication::processEvents();
    }
    static void writeFile(const QString& path, const QByteArray& text) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
private Q_SLOTS:
    void init() {
        QCoreApplication::setOrganizationName(QStringLiteral("aimc-test"));
        m_window = std::make_unique<app::MainWindow>();
        m_window->setInteractive(false);
        m_window->show();
        waitIdle();
    }
    void cleanup() { m_window.reset(); }

    void sliderMovesDevicePage() {
        auto data = devicePage()->lastData();
        QVERIFY(data);
        const double before = data->device->rpStats.mean;
        auto* cd = m_window->paramPanel()->control(QStringLiteral("device.cd_nm"));
        QVERIFY(cd);
        // Drag the slider to the left: smaller CD, higher resistance.
        cd->slider()->setSliderDown(true);
        for (int i = 0; i < 10; ++i)
            cd->slider()->setValue(cd->slider()->value() - 10);
        cd->slider()->setSliderDown(false);
        waitIdle();
        QVERIFY(m_window->params().device.cd_nm < 80);
        data = devicePage()->lastData();
        QCOMPARE(data->params.cd_nm, m_window->params().device.cd_nm);
        QVERIFY(data->device->rpStats.mean > before * 1.2);
        QVERIFY(m_window->isWindowModified());
        // The whole drag is one undo step.
        QCOMPARE(m_window->undoStack()->count(), 1);
        m_window->undoStack()->undo();
        waitIdle();
        QCOMPARE(m_window->params().device.cd_nm, 80.0);
        QCOMPARE(devicePage()->lastData()->device->rpStats.mean, before);
        m_window->undoStack()->redo();
        QVERIFY(m_window->params().device.cd_nm < 80);
    }
    void typedOutOfRangeValueIsClamped() {
        auto* cd = m_window->paramPanel()->control(QStringLiteral("device.cd_nm"));
        QSignalSpy notes(m_window->paramPanel(), &widgets::ParamPanel::note);
        cd->spinBox()->setFocus();
        cd->spinBox()->selectAll();
        QTest::keyClicks(cd->spinBox(), QStringLiteral("900"));
        QTest::keyClick(cd->spinBox(), Qt::Key_Return);
        QCOMPARE(m_window->params().device.cd_nm, 200.0);
        QVERIFY(!notes.isEmpty()); // the user is told the value was clamped
        QVERIFY(notes.front().front().toString().contains(QStringLiteral("900")));
    }
    void latestResultWins() {
        QSignalSpy shown(m_window->controller(), &app::ComputeController::resultShown);
        const int droppedBefore = m_window->controller()->droppedResults();
        // Each result shown must be for the parameters current when it is shown: a superseded
        // job's result (computed for an older value) is dropped, never displayed.
        QVector<double> shownCd, currentCd;
        QObject scope; // the connection ends with this function, however it returns
        connect(m_window->controller(), &app::ComputeController::resultShown, &scope, [&] {
            shownCd << devicePage()->lastData()->params.cd_nm;
            currentCd << m_window->params().device.cd_nm;
        });
        auto* cd = m_window->paramPanel()->control(QStringLiteral("device.cd_nm"));
        for (int v = 40; v <= 60; ++v) {
            // 21 changes faster than they can be computed; the pause lets the job of the previous
            // value finish its preview and queue it, so that it arrives after the next change.
            cd->spinBox()->setValue(v);
            QCoreApplication::processEvents();
            QThread::msleep(60);
        }
        waitIdle();
        QVERIFY(!shownCd.isEmpty());
        QCOMPARE(shownCd.back(), 60.0);
        QCOMPARE(shownCd, currentCd); // fails when stale results are shown (no generation check)
        QVERIFY(m_window->controller()->droppedResults() > droppedBefore); // superseded results were dropped
        QVERIFY(shown.count() < 2 * 21);
    }
    void presetRoundTripAndBadPresets() {
        QTemporaryDir dir;
        auto* tmr = m_window->paramPanel()->control(QStringLiteral("device.tmr"));
        tmr->spinBox()->setValue(2.0);
        const QString path = dir.filePath("mine.json");
        QVERIFY(m_window->savePresetTo(path));
        QVERIFY(!m_window->isWindowModified());
        tmr->spinBox()->setValue(1.0);
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->openPreset(path));
        QCOMPARE(m_window->params().device.tmr, 2.0);

        const auto before = m_window->params();
        // Hostile ones too (issue 13): nested 100 000 deep (a stack overflow once), numbers beyond
        // a double (an uncaught exception once), eCD = nCD - bias below 1 nm.
        const QByteArray deep = R"({"schema":1,"params":{"device.tmr":)" + QByteArray(100000, '[') +
                                QByteArray(100000, ']') + "}}";
        const QByteArray bad[] = {R"({"schema":1,"params":{"device.tmr":99}})",
                                  R"({"schema":1,"params":{"device.bogus":1}})",
                                  R"({"schema":1,"params":{"device.tmr":"x"}})",
                                  R"({"schema":1,"params":{"device.tmr":)",
                                  R"({"schema":9,"params":{}})",
                                  deep,
                                  R"({"schema":1,"params":{"device.tmr":1e400}})",
                                  R"({"schema":-1e400})",
                                  R"({"schema":1,"params":{"device.cd_nm":20,"device.cd_bias_nm":40}})"};
        for (const auto& text : bad) {
            writeFile(dir.filePath("bad.json"), text);
            QString error;
            QVERIFY(!m_window->openPreset(dir.filePath("bad.json"), &error));
            QVERIFY2(error.contains("bad.json"), qPrintable(error));
            QVERIFY(m_window->params() == before); // state kept
        }
        // The good file was not touched by the failed loads.
        QVERIFY(m_window->openPreset(path));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
