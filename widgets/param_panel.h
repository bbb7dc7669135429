// The parameter panel: one collapsible section per parameter group, generated from the
// descriptor table. It mirrors Params (without feedback) and reports edits.
#pragma once

#include "params/params.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QToolBox;

namespace aimc::widgets {

class ParamControl;
class TechnologySelector;

class ParamPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParamPanel(QWidget* parent = nullptr);
    void setParams(const core::Params& params);
    ParamControl* control(const QString& key) const { return m_controls.value(key); }
    static QString groupTitle(const QString& group);
    TechnologySelector* technologySelector() const { return m_selector; }
    // Mirrors the lecture panel's set into each row's pin action.
    void setPinned(const QStringList& keys);

Q_SIGNALS:
    void paramEdited(const QString& key, double value, bool dragging);
    void note(const QString& text);
    void pinToggled(const QString& key, bool pinned);

private:
    // Shows the device keys that apply to `t` only (ParamDescriptor::appliesTo).
    void filterDeviceKeys(core::Technology t);

    TechnologySelector* m_selector = nullptr;
    QToolBox* m_toolBox = nullptr;
    QHash<QString, ParamControl*> m_controls;
};

} // namespace aimc::widgets
