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
class ParamPanel;
} // namespace aimc::widgets

namespace aimc::app {

class ComputeController;

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
    bool showPage(const QString& pageId);

    ComputeController* controller() const { return m_controller; }
    widgets::ParamPanel* paramPanel() const { return m_panel; }
    QUndoStack* undoStack() const { return m_undo; }
    QList<widgets::ComputePage*> pages() const { return m_pages; }
    const core::Params& params() const { return m_params; }
    void setInteractive(bool on) { m_interactive = on; } // tests: no modal dialogs

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(widgets::ComputePage* page);
    void createMenus();
    void rebuildRecentMenu();
    void onParamEdited(const QString& key, double value, bool dragging);
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
    ComputeController* m_controller;
    widgets::ParamPanel* m_panel;
    QTabWidget* m_tabs;
    QList<widgets::ComputePage*> m_pages;
    QUndoStack* m_undo;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_computeLabel;
    QAction* m_presentationAction = nullptr;
    bool m_interactive = true;
};

} // namespace aimc::app
