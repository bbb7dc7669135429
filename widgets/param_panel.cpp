#include "param_panel.h"

#include "param_control.h"
#include "params/param_table.h"
#include "technology_selector.h"

#include <QScrollArea>
#include <QToolBox>
#include <QVBoxLayout>

namespace aimc::widgets {

QString ParamPanel::groupTitle(const QString& group) {
    if (group == QLatin1String("device"))
        return tr("Device");
    if (group == QLatin1String("array"))
        return tr("Crossbar array");
    if (group == QLatin1String("periphery"))
        return tr("Periphery and energy");
    if (group == QLatin1String("sim"))
        return tr("Simulation");
    return group;
}

ParamPanel::ParamPanel(QWidget* parent) : QWidget(parent) {
    m_selector = new TechnologySelector;
    connect(m_selector, &TechnologySelector::technologyEdited, this, [this](core::Technology t) {
        Q_EMIT paramEdited(QStringLiteral("device.technology"), static_cast<double>(t), false);
    });
    m_toolBox = new QToolBox;
    QString currentGroup;
    QVBoxLayout* groupLayout = nullptr;
    for (const auto& d : core::paramTable()) {
        const QString group = QString::fromUtf8(d.group().data(), static_cast<int>(d.group().size()));
        if (group != currentGroup) {
            if (groupLayout)
                groupLayout->addStretch(1);
            currentGroup = group;
            auto* content = new QWidget;
            groupLayout = new QVBoxLayout(content);
            auto* scroll = new QScrollArea;
            scroll->setWidget(content);
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            m_toolBox->addItem(scroll, groupTitle(group));
        }
        auto* c = new ParamControl(d);
        groupLayout->addWidget(c);
        c->setVisible(d.key != "device.technology"); // the selector above stands for it
        m_controls.insert(QString::fromUtf8(d.key.data(), static_cast<int>(d.key.size())), c);
        connect(c, &ParamControl::valueEdited, this, &ParamPanel::paramEdited);
        connect(c, &ParamControl::note, this, &ParamPanel::note);
        connect(c, &ParamControl::pinToggled, this, &ParamPanel::pinToggled);
    }
    if (groupLayout)
        groupLayout->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_selector);
    layout->addWidget(m_toolBox);
    setMinimumWidth(300);
}

void ParamPanel::setPinned(const QStringList& keys) {
    for (auto it = m_controls.cbegin(); it != m_controls.cend(); ++it)
        it.value()->setPinned(keys.contains(it.key()));
}

void ParamPanel::setParams(const core::Params& params) {
    for (auto* c : std::as_const(m_controls))
        c->setValue(c->descriptor().get(params));
    m_selector->setParams(params);
    filterDeviceKeys(params.device.technology);
}

void ParamPanel::filterDeviceKeys(core::Technology t) {
    for (auto* c : std::as_const(m_controls)) {
        const auto& d = c->descriptor();
        if (d.group() == "device" && d.key != "device.technology")
            c->setVisible(d.appliesTo(t));
    }
    m_toolBox->setItemText(0, tr("Device: %1").arg(technologyName(t)));
}

} // namespace aimc::widgets
