// The main window: parameter panel (dock), pages as tabs, menus, presets, undo and the status bar.
#pragma once

#include "params/params.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QMenu;
class QTabWidget;
class QUndoStack;

namespace aimc::core {
struct MeasuredDevices;
}

namespace aimc::widgets {
class ComputePage;
class LecturePanel;
class PageView;
class ParamPanel;
} // namespace aimc::widgets

namespace aimc::app {

class ComputeController;
class DeckPlayer;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads a preset file; on error shows a dialog (when interactive) and keeps the current state.
    bool openPreset(const QString& path, QString* error = nullptr);
    bool savePresetTo(const QString& path, QString* error = nullptr);
    // Loads a measured-devices CSV and selects it (one undoable change); on error shows the
    // parser's message and changes nothing. The dialog (File menu) previews before this.
    bool importMeasuredFile(const QString& path, QString* error = nullptr);
    void setPresentationMode(bool on);
    bool isPresenting() const;
    bool showPage(const QString& pageId);
    widgets::PageView* currentView() const;
    QList<widgets::PageView*> views() const { return m_views; }
    // A parameter edit as a slider makes it (undo merges the steps of one drag).
    void editParam(const QString& key, double value, bool dragging);
    // The lecture panel's sliders, in order; saved with the preset.
    void setPinned(const QStringList& keys);
    QStringList pinned() const { return m_pinned; }
    // One deck step: its parameters as one undo step, its pinned sliders, page and spotlight.
    void showDeckStep(const core::Params& params, const QStringList& pinned, const QString& page,
                      const QString& spotlight, const QString& undoText);
    bool openDeck(const QString& path, QString* error = nullptr);
    DeckPlayer* deckPlayer() const { return m_deck; }
    QLabel* captionLabel() const { return m_caption; }

    ComputeController* controller() const { return m_controller; }
    widgets::ParamPanel* paramPanel() const { return m_panel; }
    widgets::LecturePanel* lecturePanel() const { return m_lecture; }
    QUndoStack* undoStack() const { return m_undo; }
    QList<widgets::ComputePage*> pages() const { return m_pages; }
    const core::Params& params() const { return m_params; }
    void setInteractive(bool on) { m_interactive = on; } // tests: no modal dialogs

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(widgets::ComputePage* page);
    void createMenus();
    void createLectureMenus();
    void setPinnedKey(const QString& key, bool on);
    void spotlightUnderCursor();
    void step(int delta); // PageDown/PageUp: the deck's steps, else the presentation views
    void rebuildRecentMenu();
    void applyParams(const core::Params& params);
    void importMeasuredDialog();
    void applyMeasured(const QString& path, std::shared_ptr<const core::MeasuredDevices> data);
    void updateTitle();
    void openPresetDialog();
    void savePreset();
    void savePresetAs();
    void exportAllFigures();
    void resetToDefaults();
    void showAbout();
    void reportError(const QString& title, const QString& message);

    core::Params m_params;
    core::Params m_presetParams; // as loaded or saved: the "modified" marker compares to this
    QString m_presetPath;
    QString m_presetName;
    QStringList m_pinned;
    QStringList m_presetPinned;
    ComputeController* m_controller;
    widgets::ParamPanel* m_panel;
    widgets::LecturePanel* m_lecture;
    QWidget* m_panels; // the full panel, or the lecture panel while presenting
    QTabWidget* m_tabs;
    QLabel* m_caption;
    QLabel* m_deckLabel;
    DeckPlayer* m_deck;
    QList<widgets::ComputePage*> m_pages;
    QList<widgets::PageView*> m_views;
    QUndoStack* m_undo;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_computeLabel;
    QAction* m_presentationAction = nullptr;
    bool m_interactive = true;
};

} // namespace aimc::app
