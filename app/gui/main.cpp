// aimc-explorer: the desktop application.
#include "main_window.h"
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
    QCommandLineOption preset(QStringLiteral("preset"), QApplication::translate("main", "Open this preset file."), QStringLiteral("file"));
    QCommandLineOption page(QStringLiteral("page"), QApplication::translate("main", "Show this page (device, array, precharge, energy, network, technologies)."), QStringLiteral("id"));
    QCommandLineOption presentation(QStringLiteral("presentation"), QApplication::translate("main", "Start in presentation mode."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QApplication::translate("main", "Save a PNG of the window after the given delay and quit."), QStringLiteral("file"));
    QCommandLineOption delay(QStringLiteral("screenshot-delay"), QApplication::translate("main", "Milliseconds before the screenshot."), QStringLiteral("ms"), QStringLiteral("2500"));
    cli.addOptions({preset, page, presentation, screenshot, delay});
    cli.process(app);

    aimc::app::MainWindow window;
    if (cli.isSet(presentation))
        window.setPresentationMode(true);
    if (cli.isSet(preset))
        window.openPreset(cli.value(preset));
    if (cli.isSet(page) && !window.showPage(cli.value(page)))
        std::fprintf(stderr, "aimc-explorer: no page '%s'\n", qPrintable(cli.value(page)));
    window.show();
    if (cli.isSet(screenshot)) {
        const QString file = cli.value(screenshot);
        QTimer::singleShot(cli.value(delay).toInt(), &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
