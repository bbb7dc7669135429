#pragma once

#include <QDialog>

class QComboBox;

namespace aimc::app {

// Preferences: the interface language (applied at the next start, remembered in Settings).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    void accept() override;

private:
    QComboBox* m_language;
};

} // namespace aimc::app
