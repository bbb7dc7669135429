#include "main_window.h"

#include "array_page.h"
#include "precharge_page.h"
#include "compute_controller.h"
#include "device/measured_devices.h"
#include "device/technology.h"
#include "deck_player.h"
#include "device_page.h"
#include "energy_page.h"
#include "explore_page.h"
#include "export_dialog.h"
#include "io/preset.h"
#include "measured_import_dialog.h"
#include "lecture_panel.h"
#include "network_page.h"
#include "page_view.h"
#include "param_panel.h"
#include "param_undo.h"
#include "params/param_table.h"
#include "params/validate_params.h"
#include "plot_widget.h"
#include "settings.h"
#include "settings_dialog.h"
#include "technologies_page.h"
#include "technology_edit.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QCursor>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace aimc::app {
namespace {
// Presentation mode: plot fonts and pens ×1.7, widget text 13 pt, status and captions larger.
constexpr double kPresentationScale = 1.7;
constexpr double kPresentationPt = 13.0;
constexpr double kDesktopPt = 9.0;
constexpr double kStatusPt = 16.0;
constexpr double kCaptionPt = 18.0;

QStringList toQStringList(const std::vector<std::string>& v) {
    QStringList out;
    for (const auto& s : v)
        out << QString::fromStdString(s);
    return out;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_params(core::defaultParams()), m_presetParams(m_params),
      m_controller(new ComputeController(this)), m_panel(new widgets::ParamPanel),
      m_lecture(new widgets::LecturePanel), m_panels(new QWidget), m_tabs(new QTabWidget),
      m_caption(new QLabel), m_deckLabel(new QLabel), m_deck(new DeckPlayer(this)),
      m_undo(new QUndoStack(this)), m_computeLabel(new QLabel) {
    m_presetName = tr("Defaults");
    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_tabs, 1);
    centralLayout->addWidget(m_caption);
    m_caption->setWordWrap(true);
    // Its width follows the window, never the other way round (a long caption must not widen a
    // 1280 px window); its height follows the wrapped text at that width.
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setStyleSheet(QStringLiteral("QLabel { background: #202020; color: white; padding: 6px; }"));
    m_caption->hide();
    setCentralWidget(central);
    // Not a QStackedWidget: the hidden full panel must not impose its minimum size while presenting.
    auto* panels = new QVBoxLayout(m_panels);
    panels->setContentsMargins(0, 0, 0, 0);
    panels->addWidget(m_panel);
    panels->addWidget(m_lecture);
    m_lecture->hide();
    auto* dock = new QDockWidget(tr("Parameters"), this);
    dock->setObjectName(QStringLiteral("parameters"));
    dock->setWidget(m_panels);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    addPage(new widgets::DevicePage);
    addPage(new widgets::ArrayPage);
    addPage(new widgets::PrechargePage);
    addPage(new widgets::EnergyPage);
    addPage(new widgets::NetworkPage);
    addPage(new widgets::TechnologiesPage);
    auto* explore = new widgets::ExplorePage;
    addPage(explore);
    connect(explore, &widgets::ExplorePage::pointChosen, this, [this](const core::Params& p, const QString& what) {
        if (auto issue = core::validateParams(p)) // an error row of the sweep
            return statusBar()->showMessage(QString::fromStdString(issue->message), 10000);
        m_undo->push(new ParamChange(m_params, p, what, false, [this](const core::Params& q) { applyParams(q); }));
    });

    statusBar()->addPermanentWidget(m_deckLabel);
    statusBar()->addPermanentWidget(m_computeLabel);
    for (auto* panel : {static_cast<QWidget*>(m_panel), static_cast<QWidget*>(m_lecture)}) {
        auto note = [this](const QString& text) { statusBar()->showMessage(text, 8000); };
        if (auto* full = qobject_cast<widgets::ParamPanel*>(panel)) {
            connect(full, &widgets::ParamPanel::paramEdited, this, &MainWindow::editParam);
            connect(full, &widgets::ParamPanel::note, this, note);
            connect(full, &widgets::ParamPanel::pinToggled, this, &MainWindow::setPinnedKey);
        } else if (auto* lecture = qobject_cast<widgets::LecturePanel*>(panel)) {
            connect(lecture, &widgets::LecturePanel::paramEdited, this, &MainWindow::editParam);
            connect(lecture, &widgets::LecturePanel::note, this, note);
            connect(lecture, &widgets::LecturePanel::pinToggled, this, &MainWindow::setPinnedKey);
        }
    }
    connect(m_deck, &DeckPlayer::stepShown, this, [this](int index, const QString& caption) {
        m_caption->setText(caption);
        m_caption->show();
        // Short: the status bar must not widen the window beyond a projector's width.
        m_deckLabel->setText(QStringLiteral("%1/%2").arg(index + 1).arg(m_deck->stepCount()));
        m_deckLabel->setToolTip(QString::fromStdString(m_deck->deck()->name));
    });
    connect(m_deck, &DeckPlayer::closed, this, [this] {
        m_caption->hide();
        m_deckLabel->clear();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (i >= 0 && i < m_pages.size())
            m_controller->setVisiblePage(m_pages[i]);
    });
    connect(m_controller, &ComputeController::resultShown, this,
            [this](widgets::ComputePage* page, widgets::Quality q, double ms) {
                m_computeLabel->setText(tr("%1: %2 ms (%3)")
                                            .arg(page->title())
                                            .arg(ms, 0, 'f', ms < 10 ? 1 : 0)
                                            .arg(q == widgets::Quality::Coarse ? tr("preview")
                                                                               : tr("full")));
            });
    createMenus();
    createLectureMenus();
    m_panel->setParams(m_params);
    m_controller->setParams(m_params);
    m_controller->setVisiblePage(m_pages.front());
    updateTitle();
    resize(1500, 950);
    Settings settings;
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    setPresentationMode(settings.presentationMode());
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(widgets::ComputePage* page) {
    m_pages << page;
    m_views << new widgets::PageView(page);
    m_tabs->addTab(m_views.back(), page->title());
    m_controller->addPage(page);
}

void MainWindow::createMenus() {
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open preset…"), QKeySequence::Open, this, &MainWindow::openPresetDialog);
    auto* shipped = file->addMenu(tr("Shipped presets"));
    for (const auto& path : core::listPresets(core::shippedPresetDir())) {
        const QString p = QString::fromStdString(path.string());
        shipped->addAction(QFileInfo(p).completeBaseName(), this, [this, p] { openPreset(p); });
    }
    m_recentMenu = file->addMenu(tr("Recent presets"));
    rebuildRecentMenu();
    file->addAction(tr("&Save preset"), QKeySequence::Save, this, &MainWindow::savePreset);
    file->addAction(tr("Save preset &as…"), QKeySequence::SaveAs, this, &MainWindow::savePresetAs);
    file->addSeparator();
    file->addAction(tr("&Import measured devices…"), this, &MainWindow::importMeasuredDialog);
    file->addSeparator();
    file->addAction(tr("&Export all figures…"), QKeySequence(tr("Ctrl+E")), this,
                    &MainWindow::exportAllFigures);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    auto* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    auto* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Reset all parameters to defaults"), this, &MainWindow::resetToDefaults);

    auto* view = menuBar()->addMenu(tr("&View"));
    m_presentationAction = view->addAction(tr("&Presentation mode"));
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);
    view->addSeparator();
    view->addAction(tr("&Settings…"), this, [this] { SettingsDialog(this).exec(); });

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About AiMC Explorer"), this, &MainWindow::showAbout);
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = Settings().recentPresets();
    for (const QString& path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openPreset(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::editParam(const QString& key, double value, bool dragging) {
    const auto* d = core::findParam(key.toStdString());
    if (!d)
        return;
    core::Params next = m_params;
    d->set(next, value);
    if (next == m_params && dragging)
        return;
    const TechnologyEdit edit = resolveTechnologyEdit(m_params, next);
    if (!edit.refusal.isEmpty()) {
        m_panel->setParams(m_params); // the control snaps back
        statusBar()->showMessage(edit.refusal, 10000);
        if (edit.needsMeasuredImport && m_interactive)
            importMeasuredDialog();
        return;
    }
    if (!edit.note.isEmpty())
        statusBar()->showMessage(edit.note, 10000);
    m_undo->push(new ParamChange(m_params, edit.params, key, dragging,
                                 [this](const core::Params& p) { applyParams(p); }));
}

void MainWindow::importMeasuredDialog() {
    widgets::MeasuredImportDialog dialog(m_params.device, this);
    if (m_params.device.measured)
        dialog.loadFile(QString::fromStdString(m_params.device.measured_path));
    if (dialog.exec() == QDialog::Accepted && dialog.devices())
        applyMeasured(dialog.path(), dialog.devices());
}

bool MainWindow::importMeasuredFile(const QString& path, QString* error) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto loaded = core::loadMeasuredCsv(absolute.toStdString());
    if (!loaded.data) {
        const QString message = QString::fromStdString(loaded.error);
        if (error)
            *error = message;
        reportError(tr("Cannot import measured devices"), message);
        return false; // current parameters stay as they are
    }
    applyMeasured(absolute, std::move(loaded.data));
    return true;
}

void MainWindow::applyMeasured(const QString& path, std::shared_ptr<const core::MeasuredDevices> data) {
    core::Params next = m_params;
    next.device.technology = core::Technology::Measured;
    next.device.measured_path = path.toStdString();
    next.device.measured = std::move(data);
    auto* change = new ParamChange(m_params, next, QStringLiteral("device.technology"), false,
                                   [this](const core::Params& p) { applyParams(p); });
    change->setText(tr("Import measured devices (%1)").arg(QFileInfo(path).fileName()));
    m_undo->push(change);
}

void MainWindow::applyParams(const core::Params& params) {
    m_params = params;
    m_panel->setParams(params);
    m_lecture->setParams(params);
    m_controller->setParams(params);
    updateTitle();
}

void MainWindow::updateTitle() {
    setWindowTitle(QStringLiteral("%1[*] — AiMC Explorer").arg(m_presetName));
    setWindowModified(m_params != m_presetParams || m_pinned != m_presetPinned);
}

bool MainWindow::openPreset(const QString& path, QString* error) {
    const auto result = core::loadPresetFile(path.toStdString());
    if (!result.preset) {
        const QString message = QString::fromStdString(result.error);
        if (error)
            *error = message;
        reportError(tr("Cannot open preset"), message);
        return false; // current parameters stay as they are
    }
    if (const auto issue = core::validateParams(result.preset->params)) {
        const QString message = QStringLiteral("%1: %2").arg(path, QString::fromStdString(issue->message));
        if (error)
            *error = message;
        reportError(tr("Cannot open preset"), message);
        return false;
    }
    m_presetPath = path;
    m_presetName = result.preset->name.empty() ? QFileInfo(path).completeBaseName()
                                               : QString::fromStdString(result.preset->name);
    m_presetParams = result.preset->params;
    if (!result.preset->pinned.empty()) // a preset without pinned sliders keeps the current ones
        setPinned(toQStringList(result.preset->pinned));
    m_presetPinned = m_pinned;
    m_undo->push(new ParamChange(m_params, result.preset->params, tr("preset"), false,
                                 [this](const core::Params& p) { applyParams(p); }));
    Settings().addRecentPreset(QFileInfo(path).absoluteFilePath());
    rebuildRecentMenu();
    updateTitle();
    return true;
}

bool MainWindow::savePresetTo(const QString& path, QString* error) {
    core::Preset preset{m_presetName.toStdString(), "Saved from AiMC Explorer", m_params, {}};
    for (const QString& key : std::as_const(m_pinned))
        preset.pinned.push_back(key.toStdString());
    auto& measured = preset.params.device.measured_path; // stored relative to the preset
    if (!measured.empty())
        measured = QDir(QFileInfo(path).absolutePath()).relativeFilePath(QString::fromStdString(measured)).toStdString();
    QSaveFile file(path); // atomic: the old file survives any failure
    QString message;
    if (!file.open(QIODevice::WriteOnly))
        message = tr("%1: cannot write (%2)").arg(path, file.errorString());
    else {
        file.write(QByteArray::fromStdString(core::presetToJson(preset)));
        if (!file.commit())
            message = tr("%1: write failed (%2)").arg(path, file.errorString());
    }
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        reportError(tr("Cannot save preset"), message);
        return false;
    }
    m_presetPath = path;
    m_presetParams = m_params;
    m_presetPinned = m_pinned;
    Settings().addRecentPreset(QFileInfo(path).absoluteFilePath());
    rebuildRecentMenu();
    updateTitle();
    return true;
}

void MainWindow::openPresetDialog() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open preset"), QString::fromStdString(core::shippedPresetDir().string()),
        tr("Presets (*.json)"));
    if (!path.isEmpty())
        openPreset(path);
}

void MainWindow::savePreset() {
    // Shipped presets are never overwritten from the GUI: they are the reference points.
    const QString shipped = QString::fromStdString(core::shippedPresetDir().string());
    if (m_presetPath.isEmpty() || QFileInfo(m_presetPath).absolutePath() == QFileInfo(shipped).absoluteFilePath())
        savePresetAs();
    else
        savePresetTo(m_presetPath);
}

void MainWindow::savePresetAs() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save preset"), QStringLiteral("my-preset.json"),
                                                      tr("Presets (*.json)"));
    if (!path.isEmpty())
        savePresetTo(path.endsWith(QLatin1String(".json")) ? path : path + QStringLiteral(".json"));
}

void MainWindow::exportAllFigures() {
    QList<widgets::PlotWidget*> plots;
    for (auto* page : m_pages)
        plots << page->plots();
    widgets::ExportDialog dialog(plots, this);
    dialog.exec();
}

void MainWindow::resetToDefaults() {
    m_undo->push(new ParamChange(m_params, core::defaultParams(), tr("all"), false,
                                 [this](const core::Params& p) { applyParams(p); }));
}

void MainWindow::setPresentationMode(bool on) {
    if (m_presentationAction && m_presentationAction->isChecked() != on)
        m_presentationAction->setChecked(on); // re-enters through toggled
    widgets::PlotStyle style;
    style.scale = on ? kPresentationScale : 1.0;
    style.legendOutside = on;
    for (auto* page : m_pages)
        for (auto* plot : page->plots())
            plot->setPlotStyle(style);
    QFont font = QApplication::font();
    font.setPointSizeF(on ? kPresentationPt : kDesktopPt);
    QFont status = QApplication::font();
    status.setPointSizeF(on ? kStatusPt : kDesktopPt);
    QFont caption = status;
    caption.setPointSizeF(kCaptionPt);
    for (auto* view : m_views) {
        view->setFont(font);
        view->setPresenting(on);
    }
    m_lecture->setFont(status);
    m_panel->setVisible(!on);
    m_lecture->setVisible(on);
    statusBar()->setFont(status);
    m_caption->setFont(on ? caption : font);
    Settings().setPresentationMode(on);
}

bool MainWindow::isPresenting() const { return m_presentationAction && m_presentationAction->isChecked(); }

widgets::PageView* MainWindow::currentView() const {
    const int i = m_tabs->currentIndex();
    return i >= 0 && i < m_views.size() ? m_views[i] : nullptr;
}

bool MainWindow::showPage(const QString& pageId) {
    for (int i = 0; i < m_pages.size(); ++i)
        if (m_pages[i]->pageId() == pageId) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    return false;
}

void MainWindow::createLectureMenus() {
    auto* view = menuBar()->actions().at(2)->menu(); // File, Edit, View
    view->addSeparator();
    auto add = [this](QMenu* menu, const QString& text, const QKeySequence& key, auto slot) {
        auto* a = menu->addAction(text, this, slot);
        a->setShortcut(key);
        addAction(a); // also while the menu bar is hidden
        return a;
    };
    add(view, tr("Spotlight the plot under the mouse"), QKeySequence(Qt::Key_F), &MainWindow::spotlightUnderCursor);
    add(view, tr("End the spotlight"), QKeySequence(Qt::Key_Escape), [this] {
        if (auto* v = currentView())
            v->endSpotlight();
    });
    add(view, tr("Next plots"), QKeySequence(Qt::Key_BracketRight), [this] { currentView()->stepView(1); });
    add(view, tr("Previous plots"), QKeySequence(Qt::Key_BracketLeft), [this] { currentView()->stepView(-1); });

    auto* deck = menuBar()->insertMenu(menuBar()->actions().at(3), new QMenu(tr("&Deck"), this))->menu();
    deck->addAction(tr("&Open deck…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open deck"), QString::fromStdString(core::shippedDeckDir().string()), tr("Decks (*.json)"));
        if (!path.isEmpty())
            openDeck(path);
    });
    auto* shipped = deck->addMenu(tr("Shipped decks"));
    for (const auto& path : core::listPresets(core::shippedDeckDir())) { // the same *.json listing
        const QString p = QString::fromStdString(path.string());
        shipped->addAction(QFileInfo(p).completeBaseName(), this, [this, p] { openDeck(p); });
    }
    add(deck, tr("Next step"), QKeySequence(Qt::Key_PageDown), [this] { step(1); });
    add(deck, tr("Previous step"), QKeySequence(Qt::Key_PageUp), [this] { step(-1); });
    deck->addAction(tr("Close deck"), m_deck, &DeckPlayer::close);
}

void MainWindow::setPinned(const QStringList& keys) {
    m_pinned = keys;
    m_panel->setPinned(keys);
    m_lecture->setPinned(keys);
    updateTitle();
}

void MainWindow::setPinnedKey(const QString& key, bool on) {
    QStringList keys = m_pinned;
    keys.removeAll(key);
    if (on)
        keys << key;
    setPinned(keys);
}

void MainWindow::spotlightUnderCursor() {
    auto* view = currentView();
    const auto plots = view->visiblePlots();
    if (plots.isEmpty())
        return;
    for (auto* plot : plots)
        if (plot->rect().contains(plot->mapFromGlobal(QCursor::pos()))) {
            view->spotlight(plot);
            return;
        }
    view->spotlight(plots.front());
}

void MainWindow::step(int delta) {
    if (m_deck->isActive())
        m_deck->goTo(m_deck->stepIndex() + delta);
    else if (auto* v = currentView())
        v->stepView(delta);
}

void MainWindow::showDeckStep(const core::Params& params, const QStringList& pinned, const QString& page,
                              const QString& spotlight, const QString& undoText) {
    if (!pinned.isEmpty())
        setPinned(pinned);
    if (params != m_params)
        m_undo->push(new ParamChange(m_params, params, undoText, false,
                                     [this](const core::Params& p) { applyParams(p); }));
    if (!page.isEmpty())
        showPage(page);
    if (spotlight.isEmpty())
        currentView()->endSpotlight();
    else
        currentView()->spotlight(spotlight);
}

bool MainWindow::openDeck(const QString& path, QString* error) {
    QString message;
    if (!m_deck->load(path, &message)) {
        if (error)
            *error = message;
        reportError(tr("Cannot open deck"), message);
        return false;
    }
    setPresentationMode(true);
    return true;
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About AiMC Explorer"),
                       tr("<b>AiMC Explorer %1</b><p>Explore analog in-memory computing with MRAM: "
                          "device variation, IR drop, energy and network accuracy.</p>"
                          "<p>GPL-3.0-or-later. Plots by QCustomPlot.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::reportError(const QString& title, const QString& message) {
    statusBar()->showMessage(message, 10000);
    if (m_interactive)
        QMessageBox::critical(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    event->accept();
}

} // namespace aimc::app
