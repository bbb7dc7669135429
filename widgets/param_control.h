// One parameter row: label, slider and spin box (or check box / combo box) with unit and tooltip,
// all driven by the parameter's descriptor.
#pragma once

#include "params/param_table.h"

#include <QDoubleSpinBox>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;

namespace aimc::widgets {

// A spin box that accepts any typed number and clamps it to the range, reporting the clamp,
// instead of silently refusing the keystrokes.
class ClampingSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QValidator::State validate(QString& text, int& pos) const override;
    double valueFromText(const QString& text) const override;

Q_SIGNALS:
    void clamped(double typed, double applied) const;
};

class ParamControl : public QWidget {
    Q_OBJECT
public:
    ParamControl(const core::ParamDescriptor& descriptor, QWidget* parent = nullptr);
    const core::ParamDescriptor& descriptor() const { return m_d; }
    // Mirrors a value without emitting valueEdited.
    void setValue(double value);
    double value() const { return m_value; }
    QSlider* slider() const { return m_slider; }
    ClampingSpinBox* spinBox() const { return m_spin; }
    // Right-click → "Pin to lecture panel": whether this parameter is on the lecture panel.
    QAction* pinAction() const { return m_pin; }
    void setPinned(bool on); // mirrors, without emitting pinToggled

Q_SIGNALS:
    // dragging: true while a slider drag is in progress (undo merges those steps)
    void valueEdited(const QString& key, double value, bool dragging);
    void note(const QString& text);
    void pinToggled(const QString& key, bool pinned);

private:
    int toSliderPos(double v) const;
    double fromSliderPos(int pos) const;
    void commit(double v, bool dragging);

    const core::ParamDescriptor& m_d;
    double m_value = 0;
    QSlider* m_slider = nullptr;
    ClampingSpinBox* m_spin = nullptr;
    QCheckBox* m_check = nullptr;
    QComboBox* m_combo = nullptr;
    QAction* m_pin = nullptr;
};

QString paramLabel(const core::ParamDescriptor& d);
QString paramDescription(const core::ParamDescriptor& d);

} // namespace aimc::widgets
