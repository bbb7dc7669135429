// Presentation mode fits a projector (issue 15): every page, every presentation view and every
// spotlight, at 1280×720, 1366×768 and 1920×1080, in English, Chinese and Spanish, and every step
// of the shipped decks, measured with QFontMetrics against the layout (widgets/layout_check.h): no
// title or axis label wider than its plot, no overlapping tick labels, no cut table or label.
#include "test_timeouts.h"
#include "compute_controller.h"
#include "compute_page.h"
#include "deck_player.h"
#include "io/deck.h"
#include "io/preset.h"
#include "layout_check.h"
#include "main_window.h"
#include "page_view.h"
#include "params/param_table.h"
#include "plot_widget.h"

#include <QLabel>
#include <QSet>
#include <QSettings>
#include <QTranslator>
#include <QtTest>
#include <filesystem>

using namespace aimc;

namespace {
const QSize kSizes[] = {{1280, 720}, {1366, 768}, {1920, 1080}};
}

class TestPresentationFit : public QObject {
    Q_OBJECT
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<app::MainWindow> m_window;
    QSet<widgets::ComputePage*> m_shown; // pages that have shown a result since the last change
    int m_checked = 0;

    // The layout is measured once the visible page shows a result (the quick preview will do:
    // the Network page's full pass takes minutes on a loaded 2-core machine).
    void waitShown() {
        auto* page = m_window->currentView()->page();
        QTRY_VERIFY_WITH_TIMEOUT(m_shown.contains(page), aimc::test::scaledMs(120000));
        QCoreApplication::processEvents();
    }
    void openWindow(const QString& lang) {
        m_window.reset();
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        m_translator = std::make_unique<QTranslator>();
        if (lang != QLatin1String("en")) {
            QVERIFY(m_translator->load(QStringLiteral(AIMC_BINARY_DIR "/app/gui/aimc_%1.qm").arg(lang)));
            QCoreApplication::installTranslator(m_translator.get());
        }
        m_window = std::make_unique<app::MainWindow>();
        m_shown.clear();
        connect(m_window->controller(), &app::ComputeController::resultShown, this,
                [this](widgets::ComputePage* page) { m_shown.insert(page); });
        m_window->setInteractive(false);
        m_window->show();
        m_window->setPresentationMode(true);
    }
    void resize(QSize size) {
        m_window->resize(size);
        QCoreApplication::processEvents();
        QCOMPARE(m_window->size(), size); // nothing's minimum size forced a larger window
    }
    void check(const QString& where, QStringList& problems) {
        QCoreApplication::processEvents(); // results that arrived, then the layouts they changed
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        for (const QString& p : widgets::layoutProblems(m_window.get(), &m_checked))
            problems << where + QStringLiteral(": ") + p;
        for (const QString& p : widgets::textItemProblems(m_window.get())) // annotations placed clear
            problems << where + QStringLiteral(": ") + p;
    }
private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("aimc-test-presentation"));
        QSettings().clear();
    }
    void cleanupTestCase() {
        m_window.reset();
        qInfo("%d plots and labels measured", m_checked);
    }
    void pagesFit_data() {
        QTest::addColumn<QString>("lang");
        for (const char* lang : {"en", "zh_CN", "es"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }
    void pagesFit() {
        QFETCH(QString, lang);
        openWindow(lang);
        // A smaller network evaluation: the layout, not the accuracy, is under test here.
        m_window->editParam(QStringLiteral("sim.images"), 300, false);
        m_window->editParam(QStringLiteral("sim.chips"), 2, false);
        QStringList problems;
        for (const QSize size : kSizes) {
            resize(size);
            for (auto* view : m_window->views()) {
                QVERIFY(m_window->showPage(view->page()->pageId()));
                waitShown();
                const QString at = QStringLiteral("%1 %2×%3 %4").arg(lang).arg(size.width()).arg(size.height())
                                       .arg(view->page()->pageId());
                for (int v = 0; v < view->viewCount(); ++v) {
                    view->setView(v);
                    check(at + QStringLiteral(" view %1").arg(v + 1), problems);
                }
                for (auto* plot : view->page()->plots()) {
                    view->spotlight(plot);
                    check(at + QStringLiteral(" spotlight ") + plot->exportName(), problems);
                }
                view->endSpotlight();
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
    void decksFit_data() { pagesFit_data(); }
    void decksFit() {
        QFETCH(QString, lang);
        openWindow(lang);
        resize(kSizes[0]); // the smallest projector
        QStringList problems;
        int decks = 0;
        for (const auto& path : core::listPresets(core::shippedDeckDir())) {
            const QString file = QString::fromStdString(path.string());
            QString error;
            QVERIFY2(m_window->openDeck(file, &error), qPrintable(error));
            ++decks;
            auto* player = m_window->deckPlayer();
            core::Params previous = core::defaultParams();
            for (int i = 0; i < player->stepCount(); ++i) {
                const core::Params before = m_window->params();
                QVERIFY(player->goTo(i));
                player->finishAnimation();
                if (m_window->params() != before) // every page's result is out of date now
                    m_shown.clear();
                waitShown();
                const auto& step = player->deck()->steps[static_cast<std::size_t>(i)];
                const QString at = QStringLiteral("%1 %2 step %3").arg(lang, QFileInfo(file).fileName()).arg(i + 1);
                QVERIFY2(m_window->params() == step.params, qPrintable(at + QStringLiteral(": parameters")));
                // Derived again here: the preset's values (or the previous step's), then the changes.
                core::Params expected = previous;
                if (!step.preset.empty()) {
                    const auto preset = core::loadPresetFile(core::resolvePreset(step.preset));
                    QVERIFY(preset.preset);
                    expected = preset.preset->params;
                }
                for (const auto& [key, value] : step.changes)
                    core::findParam(key)->set(expected, value);
                if (step.animation)
                    core::findParam(step.animation->key)->set(expected, step.animation->to);
                QVERIFY2(m_window->params() == expected, qPrintable(at + QStringLiteral(": preset values")));
                previous = expected;
                if (!step.page.empty())
                    QCOMPARE(m_window->currentView()->page()->pageId(), QString::fromStdString(step.page));
                if (!step.spotlight.empty())
                    QCOMPARE(m_window->currentView()->spotlitPlot()->exportName(), QString::fromStdString(step.spotlight));
                QVERIFY2(m_window->captionLabel()->isVisible(), qPrintable(at));
                QCOMPARE(m_window->captionLabel()->text(), app::DeckPlayer::caption(step));
                if (lang != QLatin1String("en"))
                    QVERIFY2(m_window->captionLabel()->text() != QString::fromStdString(step.caption),
                             qPrintable(at + QStringLiteral(": caption not translated")));
                check(at, problems);
                QCOMPARE(m_window->size(), kSizes[0]); // the caption did not grow the window
            }
        }
        QVERIFY(decks >= 2);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestPresentationFit)
#include "test_presentation_fit.moc"
