// aimc-explorer: the desktop application.
#include "deck_player.h"
#include "io/preset.h"
#include "main_window.h"
#include "page_view.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

namespace {
void installTranslators(QApplication& app) {
    const QString code = aimc::app::Settings().language();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("aimc"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app); // Qt's own dialogs (file dialogs, buttons)
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}
} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AiMC Explorer"));
    QApplication::setApplicationName(QStringLiteral("aimc-explorer"));
    QApplication::setApplicationVersion(QStringLiteral(AIMC_VERSION));
    installTranslators(app);

    QCommandLineParser cli;
    cli.setApplicationDescription(QApplication::translate("main", "AiMC Explorer: analog in-memory computing with MRAM"));
    cli.addHelpOption();
    cli.addVersionOption();
    QCommandLineOption preset(QStringLiteral("preset"), QApplication::translate("main", "Open this preset (a file, or a shipped preset's name)."), QStringLiteral("file"));
    QCommandLineOption page(QStringLiteral("page"), QApplication::translate("main", "Show this page (device, array, precharge, energy, network, technologies)."), QStringLiteral("id"));
    QCommandLineOption presentation(QStringLiteral("presentation"), QApplication::translate("main", "Start in presentation mode."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QApplication::translate("main", "Save a PNG of the window after the given delay and quit."), QStringLiteral("file"));
    QCommandLineOption delay(QStringLiteral("screenshot-delay"), QApplication::translate("main", "Milliseconds before the screenshot."), QStringLiteral("ms"), QStringLiteral("2500"));
    QCommandLineOption deck(QStringLiteral("deck"), QApplication::translate("main", "Present this deck (a file, or a shipped deck's name)."), QStringLiteral("file"));
    QCommandLineOption step(QStringLiteral("step"), QApplication::translate("main", "Start the deck at this step (from 1)."), QStringLiteral("n"), QStringLiteral("1"));
    QCommandLineOption spotlight(QStringLiteral("spotlight"), QApplication::translate("main", "Spotlight this plot (its export name) on the page shown."), QStringLiteral("plot"));
    QCommandLineOption size(QStringLiteral("size"), QApplication::translate("main", "Window size in pixels, e.g. 1280x720."), QStringLiteral("WxH"));
    cli.addOptions({preset, page, presentation, screenshot, delay, deck, step, spotlight, size});
    cli.process(app);

    aimc::app::MainWindow window;
    // Before the window is shown and sized: the desktop grid needs more room than a projector.
    if (cli.isSet(presentation) || cli.isSet(deck))
        window.setPresentationMode(true);
    if (cli.isSet(preset)) {
        // A shipped preset's name works as in `aimc --preset`; a refusal goes to stderr, not to a
        // modal dialog that would block --screenshot before the window exists.
        window.setInteractive(false);
        const auto path = aimc::core::resolvePreset(cli.value(preset).toStdString());
        QString error;
        if (!window.openPreset(QString::fromStdString(path.string()), &error))
            std::fprintf(stderr, "aimc-explorer: %s\n", qPrintable(error));
        window.setInteractive(true);
    }
    if (cli.isSet(page) && !window.showPage(cli.value(page)))
        std::fprintf(stderr, "aimc-explorer: no page '%s'\n", qPrintable(cli.value(page)));
    if (cli.isSet(size)) {
        const QStringList wh = cli.value(size).split(QLatin1Char('x'));
        if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
            window.resize(wh[0].toInt(), wh[1].toInt());
        else
            std::fprintf(stderr, "aimc-explorer: --size wants WxH, e.g. 1280x720\n");
    }
    window.show();
    if (cli.isSet(spotlight) && !window.currentView()->spotlight(cli.value(spotlight)))
        std::fprintf(stderr, "aimc-explorer: no plot '%s' on this page\n", qPrintable(cli.value(spotlight)));
    if (cli.isSet(deck)) {
        window.setInteractive(false); // a refused deck is reported on stderr, not in a dialog
        QString error;
        if (!window.openDeck(cli.value(deck), &error))
            std::fprintf(stderr, "aimc-explorer: %s\n", qPrintable(error));
        else if (const int n = cli.value(step).toInt(); !window.deckPlayer()->goTo(n - 1))
            std::fprintf(stderr, "aimc-explorer: the deck has %d steps; --step %s is not one of them\n",
                         window.deckPlayer()->stepCount(), qPrintable(cli.value(step)));
        window.setInteractive(true);
    }
    if (cli.isSet(screenshot)) {
        const QString file = cli.value(screenshot);
        QTimer::singleShot(cli.value(delay).toInt(), &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
