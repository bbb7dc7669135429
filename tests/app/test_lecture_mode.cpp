// Lecture mode as a lecturer drives it (issue 15): pinned sliders on the lecture panel move the
// same parameters as the full panel through the one undo stack; pins are saved with the preset;
// double-click / Esc spotlight a plot; decks step with PageDown / PageUp and bad decks are refused
// with the file and the step named, the current state kept.
#include "test_timeouts.h"
#include "compute_controller.h"
#include "deck_player.h"
#include "lecture_panel.h"
#include "main_window.h"
#include "page_view.h"
#include "param_control.h"
#include "param_panel.h"
#include "plot_widget.h"
#include "compute_page.h"

#include <QLabel>
#include <QSlider>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace aimc;

class TestLectureMode : public QObject {
    Q_OBJECT
    std::unique_ptr<app::MainWindow> m_window;
    void waitIdle() {
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->isBusy(), aimc::test::scaledMs(30000));
        QCoreApplication::processEvents();
    }
    static QString shippedPreset() { return QStringLiteral(AIMC_SOURCE_DIR "/presets/sot-mram-vlsi2020.json"); }
private Q_SLOTS:
    void init() {
        QCoreApplication::setOrganizationName(QStringLiteral("aimc-test-lecture"));
        m_window = std::make_unique<app::MainWindow>();
        m_window->setInteractive(false);
        m_window->setPresentationMode(false);
        m_window->show();
        waitIdle();
    }
    void cleanup() { m_window.reset(); }

    void pinnedSlidersShareTheUndoStack() {
        QVERIFY(m_window->openPreset(shippedPreset()));
        const QStringList card = {"device.mgo_thickness_nm", "device.cd_nm", "device.tmr", "array.rows",
                                  "array.cols", "array.r_al_ohm", "array.r_sl_ohm"};
        QCOMPARE(m_window->pinned(), card);
        QCOMPARE(m_window->lecturePanel()->pinned(), card);
        waitIdle();
        const int undoBefore = m_window->undoStack()->count();
        const double cdBefore = m_window->params().device.cd_nm;
        auto* pinned = m_window->lecturePanel()->control(QStringLiteral("device.cd_nm"));
        auto* full = m_window->paramPanel()->control(QStringLiteral("device.cd_nm"));
        QVERIFY(pinned && full && pinned != full);
        pinned->slider()->setSliderDown(true); // a drag on the lecture panel
        for (int i = 0; i < 5; ++i)
            pinned->slider()->setValue(pinned->slider()->value() - 20);
        pinned->slider()->setSliderDown(false);
        const double cdAfter = m_window->params().device.cd_nm;
        QVERIFY(cdAfter < cdBefore);
        QCOMPARE(full->value(), cdAfter); // the full panel mirrors it
        QCOMPARE(m_window->undoStack()->count(), undoBefore + 1); // one drag, one undo step
        m_window->undoStack()->undo();
        QCOMPARE(m_window->params().device.cd_nm, cdBefore);
        QCOMPARE(pinned->value(), cdBefore);
        // And the other way round: the full panel moves the pinned slider.
        full->spinBox()->setValue(100);
        QCOMPARE(pinned->value(), 100.0);
        QCOMPARE(pinned->spinBox()->value(), 100.0);
        waitIdle();
    }
    void pinsAreSavedWithThePreset() {
        auto* sigma = m_window->paramPanel()->control(QStringLiteral("device.sigma_radius_nm"));
        sigma->pinAction()->trigger();
        QVERIFY(m_window->pinned().contains(QStringLiteral("device.sigma_radius_nm")));
        QVERIFY(m_window->lecturePanel()->control(QStringLiteral("device.sigma_radius_nm")));
        QVERIFY(m_window->isWindowModified());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pins.json"));
        QVERIFY(m_window->savePresetTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"pinned\""));
        // Unpin from the lecture panel's own row.
        m_window->lecturePanel()->control(QStringLiteral("device.sigma_radius_nm"))->pinAction()->trigger();
        QCoreApplication::processEvents();
        QVERIFY(!m_window->pinned().contains(QStringLiteral("device.sigma_radius_nm")));
        QVERIFY(!sigma->pinAction()->isChecked());
        QVERIFY(m_window->openPreset(path));
        QCOMPARE(m_window->pinned(), QStringList{QStringLiteral("device.sigma_radius_nm")});
        waitIdle();
    }
    void doubleClickSpotlightsAndEscReturns() {
        for (bool presenting : {false, true}) {
            m_window->setPresentationMode(presenting);
            auto* view = m_window->currentView();
            auto* plot = view->visiblePlots().front();
            QTest::mouseDClick(plot, Qt::LeftButton, {}, plot->rect().center());
            QCOMPARE(view->spotlitPlot(), plot);
            QCOMPARE(view->visiblePlots(), QList<widgets::PlotWidget*>{plot});
            QVERIFY(plot->isVisible());
            QVERIFY(view->page()->keyNumberWidgets().front()->isVisible()); // numbers beside it
            QTest::keyClick(m_window.get(), Qt::Key_Escape);
            QVERIFY(!view->spotlitPlot());
            QVERIFY(plot->isVisible()); // back in its page (or its presentation view)
        }
        m_window->setPresentationMode(false);
    }
    void deckStepsWithPageDownAndUp() {
        QString error;
        QVERIFY2(m_window->openDeck(QStringLiteral("doevenspeck-device-to-accuracy"), &error), qPrintable(error));
        auto* deck = m_window->deckPlayer();
        QCOMPARE(deck->stepIndex(), 0);
        QVERIFY(m_window->isPresenting());
        QVERIFY(m_window->captionLabel()->isVisible());
        QCOMPARE(m_window->captionLabel()->text(), app::DeckPlayer::caption(deck->deck()->steps[0]));
        QTest::keyClick(m_window.get(), Qt::Key_PageDown);
        QCOMPARE(deck->stepIndex(), 1);
        deck->finishAnimation();
        QVERIFY(m_window->params() == deck->deck()->steps[1].params);
        QTest::keyClick(m_window.get(), Qt::Key_PageUp);
        QCOMPARE(deck->stepIndex(), 0);
        QVERIFY(deck->isAnimating()); // step 1 sweeps the MgO thickness
        deck->finishAnimation();
        QVERIFY(m_window->params() == deck->deck()->steps[0].params);
        waitIdle();
    }
    void badDecksAreRefusedAndStateKept() {
        QVERIFY(m_window->openDeck(QStringLiteral("doevenspeck-device-to-accuracy")));
        m_window->deckPlayer()->goTo(1);
        m_window->deckPlayer()->finishAnimation();
        const auto before = m_window->params();
        QTemporaryDir dir;
        const QByteArray ok = R"({"caption": "Fine."}, )";
        const std::pair<QByteArray, QString> bad[] = {
            {ok + R"({"set": {"device.bogus": 1}, "caption": "x"})", "step 2"},
            {ok + ok + R"({"set": {"device.tmr": 99}, "caption": "x"})", "step 3"},
            {R"({"preset": "no-such-preset", "caption": "x"})", "step 1"},
            {ok + R"({"page": "nowhere", "caption": "x"})", "step 2"},
            {R"({"page": "device", "spotlight": "array-sl-profile", "caption": "x"})", "step 1"}};
        for (const auto& [steps, where] : bad) {
            const QString path = dir.filePath(QStringLiteral("bad-deck.json"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"schema": 1, "name": "bad", "steps": [)" + steps + "]}");
            f.close();
            QString error;
            QVERIFY(!m_window->openDeck(path, &error));
            QVERIFY2(error.contains(QStringLiteral("bad-deck.json")) && error.contains(where), qPrintable(error));
            QVERIFY(m_window->params() == before);              // parameters kept
            QCOMPARE(m_window->deckPlayer()->stepIndex(), 1);   // the deck that was playing, too
        }
        waitIdle();
    }
};

QTEST_MAIN(TestLectureMode)
#include "test_lecture_mode.moc"
