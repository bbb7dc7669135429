#include "settings_dialog.h"

#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>

namespace aimc::app {

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox;
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("中文 (简体)"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings().language())));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Language:"), m_language);
    form->addRow(new QLabel(tr("A new language applies the next time AiMC Explorer starts.")));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::accept() {
    const QString code = m_language->currentData().toString();
    if (code != Settings().language()) {
        Settings().setLanguage(code);
        QMessageBox::information(this, windowTitle(),
                                 tr("The language will change when you restart AiMC Explorer."));
    }
    QDialog::accept();
}

} // namespace aimc::app
