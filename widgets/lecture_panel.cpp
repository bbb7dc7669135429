#include "lecture_panel.h"

#include "param_control.h"
#include "params/param_table.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace aimc::widgets {
namespace {
constexpr int kMaxWidth = 420;
// Large handles and values, readable from the back of a lecture hall.
const char* const kStyle = R"(
QWidget { font-size: 15pt; }
QSlider { min-height: 34px; }
QSlider::groove:horizontal { height: 8px; background: #c8c8c8; border-radius: 4px; }
QSlider::sub-page:horizontal { background: #56b4e9; border-radius: 4px; }
QSlider::handle:horizontal { width: 30px; height: 30px; margin: -11px 0; border-radius: 15px;
                             background: #0072b2; border: 2px solid #ffffff; }
QDoubleSpinBox { font-weight: bold; }
)";
} // namespace

LecturePanel::LecturePanel(QWidget* parent) : QWidget(parent), m_params(core::defaultParams()) {
    setStyleSheet(QString::fromLatin1(kStyle));
    setMaximumWidth(kMaxWidth); // the plots keep most of a 1280 px projector
    auto* content = new QWidget;
    m_rows = new QVBoxLayout(content);
    m_empty = new QLabel(tr("No sliders are pinned. Right-click a parameter in the full panel "
                            "(View → Presentation mode off) and choose “Pin to lecture panel”."));
    m_empty->setWordWrap(true);
    m_rows->addWidget(m_empty);
    m_rows->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(scroll);
}

void LecturePanel::setPinned(const QStringList& keys) {
    if (keys == m_keys)
        return;
    for (auto* c : std::as_const(m_controls)) { // later: a row's own pin action may be unpinning it
        c->hide();
        c->deleteLater();
    }
    m_controls.clear();
    m_keys.clear();
    for (const QString& key : keys) {
        const auto* d = core::findParam(key.toStdString());
        if (!d || m_controls.contains(key))
            continue;
        auto* c = new ParamControl(*d);
        c->setPinned(true);
        c->setValue(d->get(m_params));
        connect(c, &ParamControl::valueEdited, this, &LecturePanel::paramEdited);
        connect(c, &ParamControl::note, this, &LecturePanel::note);
        connect(c, &ParamControl::pinToggled, this, &LecturePanel::pinToggled);
        m_rows->insertWidget(static_cast<int>(m_keys.size()), c);
        m_controls.insert(key, c);
        m_keys << key;
    }
    m_empty->setVisible(m_keys.isEmpty());
}

void LecturePanel::setParams(const core::Params& params) {
    m_params = params;
    for (auto* c : std::as_const(m_controls))
        c->setValue(c->descriptor().get(params));
}

} // namespace aimc::widgets
