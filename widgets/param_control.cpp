#include "param_control.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <cmath>

namespace aimc::widgets {
namespace {
constexpr int kSliderSteps = 1000;
}

QString paramLabel(const core::ParamDescriptor& d) {
    return QCoreApplication::translate("Param", std::string(d.label).c_str());
}

QString paramDescription(const core::ParamDescriptor& d) {
    return QCoreApplication::translate("Param", std::string(d.description).c_str());
}

QValidator::State ClampingSpinBox::validate(QString& text, int& pos) const {
    // Accept any number; the range is applied (and reported) when the text is interpreted.
    const QValidator::State s = QDoubleSpinBox::validate(text, pos);
    if (s != QValidator::Invalid)
        return s;
    bool ok = false;
    QString t = text;
    t.remove(suffix());
    locale().toDouble(t.trimmed(), &ok);
    return ok ? QValidator::Acceptable : QValidator::Intermediate;
}

double ClampingSpinBox::valueFromText(const QString& text) const {
    QString t = text;
    t.remove(suffix());
    bool ok = false;
    const double typed = locale().toDouble(t.trimmed(), &ok);
    if (!ok)
        return value();
    const double applied = std::clamp(typed, minimum(), maximum());
    if (applied != typed)
        Q_EMIT clamped(typed, applied);
    return applied;
}

ParamControl::ParamControl(const core::ParamDescriptor& d, QWidget* parent)
    : QWidget(parent), m_d(d), m_value(d.defaultValue) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 2, 0, 2);
    auto* label = new QLabel(paramLabel(d));
    const QString tip = QStringLiteral("<b>%1</b> <code>%2</code><br>%3")
                            .arg(paramLabel(d), QString::fromUtf8(d.key.data(), d.key.size()),
                                 paramDescription(d));
    setToolTip(tip);
    // Numeric rows put the slider and spin box on the next line, so the label may use the whole
    // width; check boxes and combo boxes share the label's line. Long labels wrap, never widen.
    label->setWordWrap(true);
    const bool ownLine = d.type == core::ParamType::Real || d.type == core::ParamType::Integer;
    grid->addWidget(label, 0, 0, 1, ownLine ? 3 : 2);
    const QString unit = QString::fromUtf8(d.unit.data(), static_cast<int>(d.unit.size()));
    switch (d.type) {
    case core::ParamType::Boolean:
        m_check = new QCheckBox;
        grid->addWidget(m_check, 0, 2, Qt::AlignRight);
        connect(m_check, &QCheckBox::toggled, this, [this](bool on) { commit(on ? 1 : 0, false); });
        break;
    case core::ParamType::Choice:
        m_combo = new QComboBox;
        for (auto c : d.choices)
            m_combo->addItem(QString::fromUtf8(c.data(), static_cast<int>(c.size())));
        grid->addWidget(m_combo, 0, 2);
        connect(m_combo, &QComboBox::currentIndexChanged, this,
                [this](int i) { commit(i, false); });
        break;
    default: {
        m_slider = new QSlider(Qt::Horizontal);
        const bool smallInt = d.type == core::ParamType::Integer && d.scale == core::SliderScale::Linear &&
                              d.max - d.min <= kSliderSteps;
        m_slider->setRange(0, smallInt ? static_cast<int>(d.max - d.min) : kSliderSteps);
        m_spin = new ClampingSpinBox;
        m_spin->setDecimals(d.decimals);
        m_spin->setRange(d.min, d.max);
        m_spin->setSingleStep(d.step);
        m_spin->setKeyboardTracking(false);
        if (!unit.isEmpty())
            m_spin->setSuffix(QLatin1Char(' ') + unit);
        m_spin->setMinimumWidth(110);
        grid->addWidget(m_slider, 1, 0, 1, 2);
        grid->addWidget(m_spin, 1, 2);
        connect(m_slider, &QSlider::valueChanged, this, [this](int pos) {
            commit(fromSliderPos(pos), m_slider->isSliderDown());
        });
        connect(m_slider, &QSlider::sliderReleased, this,
                [this] { commit(fromSliderPos(m_slider->value()), false); });
        connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double v) { commit(v, false); });
        connect(m_spin, &ClampingSpinBox::clamped, this, [this, unit](double typed, double applied) {
            Q_EMIT note(tr("%1: %2 is outside %3 … %4 %5; set to %6")
                            .arg(paramLabel(m_d)).arg(typed).arg(m_d.min).arg(m_d.max).arg(unit)
                            .arg(applied));
        });
    }
    }
    grid->setColumnStretch(0, 1);
    setValue(d.defaultValue);
    m_pin = new QAction(tr("Pin to lecture panel"), this);
    m_pin->setCheckable(true);
    addAction(m_pin);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_pin, &QAction::toggled, this, [this](bool on) {
        Q_EMIT pinToggled(QString::fromUtf8(m_d.key.data(), static_cast<int>(m_d.key.size())), on);
    });
}

void ParamControl::setPinned(bool on) {
    const QSignalBlocker b(m_pin);
    m_pin->setChecked(on);
}

int ParamControl::toSliderPos(double v) const {
    const double span = m_slider->maximum();
    double t = 0;
    if (m_d.scale == core::SliderScale::Log && m_d.min > 0)
        t = std::log(v / m_d.min) / std::log(m_d.max / m_d.min);
    else
        t = (v - m_d.min) / (m_d.max - m_d.min);
    return static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * span));
}

double ParamControl::fromSliderPos(int pos) const {
    const double t = static_cast<double>(pos) / m_slider->maximum();
    double v = m_d.scale == core::SliderScale::Log && m_d.min > 0
                   ? m_d.min * std::pow(m_d.max / m_d.min, t)
                   : m_d.min + t * (m_d.max - m_d.min);
    if (m_d.type == core::ParamType::Integer)
        v = std::round(v);
    else if (m_d.step > 0) // snap to the step so dragged values stay readable
        v = std::clamp(std::round(v / m_d.step) * m_d.step, m_d.min, m_d.max);
    return v;
}

void ParamControl::setValue(double v) {
    m_value = v;
    if (m_check) {
        const QSignalBlocker b(m_check);
        m_check->setChecked(v != 0);
    } else if (m_combo) {
        const QSignalBlocker b(m_combo);
        m_combo->setCurrentIndex(static_cast<int>(v));
    } else {
        const QSignalBlocker b1(m_slider), b2(m_spin);
        m_slider->setValue(toSliderPos(v));
        m_spin->setValue(v);
    }
}

void ParamControl::commit(double v, bool dragging) {
    if (m_spin && !m_spin->hasFocus()) {
        const QSignalBlocker b(m_spin);
        m_spin->setValue(v);
    }
    if (m_slider && !m_slider->isSliderDown()) {
        const QSignalBlocker b(m_slider);
        m_slider->setValue(toSliderPos(v));
    }
    if (v == m_value && dragging)
        return;
    m_value = v;
    Q_EMIT valueEdited(QString::fromUtf8(m_d.key.data(), static_cast<int>(m_d.key.size())), v,
                       dragging);
}

} // namespace aimc::widgets
