// The lecture panel (issue 15): only the pinned parameters' sliders, with large handles and large
// value labels, in place of the full parameter panel while presenting. Its rows are ParamControls
// like the full panel's, so they edit the same parameters through the same signal (one undo stack).
#pragma once

#include "params/params.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace aimc::widgets {

class ParamControl;

class LecturePanel : public QWidget {
    Q_OBJECT
public:
    explicit LecturePanel(QWidget* parent = nullptr);
    // One row per key, in this order (unknown keys are skipped).
    void setPinned(const QStringList& keys);
    QStringList pinned() const { return m_keys; }
    void setParams(const core::Params& params);
    ParamControl* control(const QString& key) const { return m_controls.value(key); }

Q_SIGNALS:
    void paramEdited(const QString& key, double value, bool dragging);
    void note(const QString& text);
    void pinToggled(const QString& key, bool pinned);

private:
    QVBoxLayout* m_rows;
    QLabel* m_empty;
    QStringList m_keys;
    QHash<QString, ParamControl*> m_controls;
    core::Params m_params;
};

} // namespace aimc::widgets
