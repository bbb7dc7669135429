#include "technology_selector.h"

#include "device/measured_devices.h"
#include "device/technology.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace aimc::widgets {
namespace {
constexpr core::Technology kAll[] = {core::Technology::SotMram, core::Technology::SttMram,
                                     core::Technology::Measured, core::Technology::Igzo2T1C,
                                     core::Technology::ProjectionPcm};
} // namespace

QString technologyName(core::Technology t) {
    switch (t) {
    case core::Technology::SotMram:
        return TechnologySelector::tr("SOT-MRAM");
    case core::Technology::SttMram:
        return TechnologySelector::tr("STT-MRAM");
    case core::Technology::Measured:
        return TechnologySelector::tr("Measured devices");
    case core::Technology::Igzo2T1C:
        return TechnologySelector::tr("IGZO 2T1C gain cell");
    case core::Technology::ProjectionPcm:
        return TechnologySelector::tr("Projection PCM");
    }
    return technologyKeyText(t);
}

QString technologyKeyText(core::Technology t) {
    const auto k = core::technologyKey(t);
    return QString::fromUtf8(k.data(), static_cast<qsizetype>(k.size()));
}

TechnologySelector::TechnologySelector(QWidget* parent) : QWidget(parent) {
    m_combo = new QComboBox;
    for (auto t : kAll)
        m_combo->addItem(QStringLiteral("%1  (%2)").arg(technologyName(t), technologyKeyText(t)),
                         static_cast<int>(t));
    m_combo->setToolTip(tr("<b>Technology</b> <code>device.technology</code><br>The device behind every "
                           "cell; the device section below shows only its parameters."));
    m_detail = new QLabel;
    m_detail->setWordWrap(true);
    m_detail->setStyleSheet(QStringLiteral("color: gray"));
    auto* title = new QLabel(tr("<b>Device technology</b>"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(title);
    layout->addWidget(m_combo);
    layout->addWidget(m_detail);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int i) {
        Q_EMIT technologyEdited(static_cast<core::Technology>(m_combo->itemData(i).toInt()));
    });
}

core::Technology TechnologySelector::technology() const {
    return static_cast<core::Technology>(m_combo->currentData().toInt());
}

void TechnologySelector::setParams(const core::Params& params) {
    const QSignalBlocker block(m_combo);
    m_combo->setCurrentIndex(m_combo->findData(static_cast<int>(params.device.technology)));
    const auto& d = params.device;
    if (d.technology == core::Technology::Measured && d.measured)
        m_detail->setText(tr("%1: %n devices", nullptr, d.measured->devices)
                              .arg(QFileInfo(QString::fromStdString(d.measured_path)).fileName()));
    else
        m_detail->clear();
    m_detail->setVisible(!m_detail->text().isEmpty());
}

} // namespace aimc::widgets
