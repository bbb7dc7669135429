// The technology selector at the top of the parameter panel (issue 9): the device.technology
// choice with each technology's display name; the panel shows only that technology's device keys.
#pragma once

#include "params/params.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace aimc::widgets {

// Display name of a technology ("SOT-MRAM", "Measured devices", ...), translated.
QString technologyName(core::Technology t);
// The key text of the choice ("sot-mram", ...).
QString technologyKeyText(core::Technology t);

class TechnologySelector : public QWidget {
    Q_OBJECT
public:
    explicit TechnologySelector(QWidget* parent = nullptr);
    // Mirrors the parameters without emitting technologyEdited.
    void setParams(const core::Params& params);
    core::Technology technology() const;
    QComboBox* comboBox() const { return m_combo; }

Q_SIGNALS:
    void technologyEdited(core::Technology technology);

private:
    QComboBox* m_combo;
    QLabel* m_detail;
};

} // namespace aimc::widgets
