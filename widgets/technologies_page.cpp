#include "technologies_page.h"

#include "analog/network_inputs.h"
#include "network_page_data.h"
#include "technologies_page_data.h"
#include "technology_selector.h"
#include "units.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace aimc::widgets {
namespace {
QString text(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QTableWidgetItem* cell(const QString& shown, const QVariant& value = {}) {
    auto* item = new QTableWidgetItem(shown);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (value.isValid())
        item->setData(Qt::UserRole, value);
    return item;
}

QString feasibilityText(core::Feasibility f) {
    switch (f) {
    case core::Feasibility::Ok:
        return TechnologiesPage::tr("feasible");
    case core::Feasibility::TooFast:
        return TechnologiesPage::tr("too fast to settle");
    case core::Feasibility::TooSlow:
        return TechnologiesPage::tr("too slow for the clock");
    }
    return {};
}
} // namespace

TechnologiesPage::TechnologiesPage(QWidget* parent)
    : ComputePage(parent), m_cache(std::make_shared<NetworkCache>()) {
    m_model = new QComboBox;
    m_model->addItem(tr("(no network: table only)"), QString());
    for (const auto& m : core::analog::listModels(core::analog::shippedModelDir())) {
        if (m.spiking) // the ternary array path cannot run it (docs/model.md §10)
            continue;
        m_model->addItem(QString::fromStdString(m.name), QString::fromStdString(m.path));
        m_model->setItemData(m_model->count() - 1, QString::fromStdString(m.dataset), Qt::UserRole + 1);
    }
    m_model->setCurrentIndex(std::max(0, m_model->findText(QStringLiteral("lenet5-mnist-s00"))));
    connect(m_model, &QComboBox::currentIndexChanged, this, &ComputePage::recomputeRequested);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Technology"), tr("σ_w −1 / 0 / +1 [LSB]"), tr("R_ON or I_cell"),
                                        tr("V_WR"), tr("Writable"), tr("Retention"), tr("TOPS/W (feasibility)"),
                                        tr("Network accuracy"), tr("Paper source")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Network for the accuracy column:")));
    controls->addWidget(m_model);
    controls->addStretch(1);
    auto* heading = new QLabel(tr("<b>Doevenspeck Table I, live</b>: every shipped technology on the current array, "
                                  "periphery and simulation settings (its device from its shipped preset; the "
                                  "current technology with your device, highlighted), beside the papers' values. "
                                  "Flash and RRAM are Table I rows the product does not model."));
    heading->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(controls);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
}

PageJob TechnologiesPage::makeJob(const core::Params& params, Quality quality) const {
    const std::string model = m_model->currentData().toString().toStdString();
    const std::string dataset = m_model->currentData(Qt::UserRole + 1).toString().toStdString();
    const bool withAccuracy = quality == Quality::Full;
    return [params, model, dataset, withAccuracy, cache = m_cache](std::stop_token stop) {
        return AnyResult(computeTechnologiesPageData(params, model, dataset, withAccuracy, cache, stop));
    };
}

void TechnologiesPage::showResult(const AnyResult& result, Quality quality) {
    m_data = std::static_pointer_cast<const TechnologiesPageData>(result);
    m_accuracyShown = quality == Quality::Full;
    fillRows();
}

void TechnologiesPage::fillRows() {
    const auto& d = *m_data;
    const auto paperOnly = core::paperOnlyTechnologies();
    m_table->setRowCount(static_cast<int>(d.rows.size() + paperOnly.size()));
    const QString modelPath = m_model->currentData().toString();
    for (int i = 0; i < static_cast<int>(d.rows.size()); ++i) {
        const auto& r = d.rows[static_cast<std::size_t>(i)];
        const auto t = r.shipped.technology;
        auto* name = cell(technologyName(t), static_cast<int>(t));
        name->setToolTip(tr("device.technology = %1, preset %2").arg(technologyKeyText(t), text(r.shipped.preset)));
        m_table->setItem(i, Name, name);
        for (int c = SigmaW; c < ColumnCount; ++c)
            m_table->setItem(i, c, cell(QString()));
        m_table->setItem(i, Source, cell(text(r.shipped.paperSource)));
        if (!r.error.empty()) {
            auto* e = cell(tr("cannot be built: %1").arg(QString::fromStdString(r.error)));
            e->setForeground(QColor(176, 0, 32));
            m_table->setItem(i, SigmaW, e);
            addPaperValues(i, r.shipped);
            continue;
        }
        m_table->setItem(i, SigmaW, cell(QStringLiteral("%1 / %2 / %3").arg(r.sigmaW.minus1, 0, 'f', 3)
                                             .arg(r.sigmaW.zero, 0, 'f', 3).arg(r.sigmaW.plus1, 0, 'f', 3),
                                         QVariantList{r.sigmaW.minus1, r.sigmaW.zero, r.sigmaW.plus1}));
        m_table->setItem(i, Strength, r.currentCell
                                          ? cell(tr("I_cell %1").arg(siFormat(r.iCellA, QStringLiteral("A"))), r.iCellA)
                                          : cell(tr("R_ON %1").arg(siFormat(r.ronOhm, QStringLiteral("Ω"))), r.ronOhm));
        m_table->setItem(i, VWrite, r.write.vWriteV ? cell(QStringLiteral("%1 V").arg(*r.write.vWriteV, 0, 'f', 2), *r.write.vWriteV)
                                                    : cell(tr("not known")));
        auto* writable = cell(r.write.writable ? tr("yes") : tr("no"), r.write.writable);
        writable->setToolTip(QString::fromStdString(r.write.reason));
        if (!r.write.writable)
            writable->setForeground(QColor(176, 0, 32));
        m_table->setItem(i, Writable, writable);
        m_table->setItem(i, Retention, r.retentionS ? cell(durationText(*r.retentionS).replace(QStringLiteral(" ("), QStringLiteral("\n(")), *r.retentionS)
                                                    : cell(tr("not known")));
        auto* tops = cell(QStringLiteral("%1\n%2").arg(significant(r.topsPerW)).arg(feasibilityText(r.feasibility)), r.topsPerW);
        if (r.feasibility != core::Feasibility::Ok)
            tops->setForeground(QColor(176, 0, 32));
        m_table->setItem(i, TopsPerW, tops);
        QTableWidgetItem* acc = nullptr;
        const auto index = static_cast<std::size_t>(i);
        if (modelPath.isEmpty())
            acc = cell(QStringLiteral("—"));
        else if (!m_accuracyShown)
            acc = cell(tr("computing…"));
        else if (!d.networkError.empty())
            acc = cell(tr("network not loaded"));
        else if (index < d.accuracy.size() && d.accuracy[index]) {
            const auto& a = *d.accuracy[index];
            acc = cell(QStringLiteral("%1 ± %2 %").arg(100 * a.mean, 0, 'f', 1).arg(100 * a.std, 0, 'f', 1) +
                           (a.irModeled ? QString() : QLatin1Char(' ') + tr("(IR off)")),
                       a.mean);
            acc->setToolTip(tr("Digital ternary reference with the same converters: %1 %").arg(100 * a.ideal, 0, 'f', 1));
        } else
            acc = cell(QStringLiteral("—"));
        m_table->setItem(i, Accuracy, acc);
        addPaperValues(i, r.shipped);
        if (t == d.current)
            for (int c = 0; c < ColumnCount; ++c) {
                auto* item = m_table->item(i, c);
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setBackground(QColor(255, 244, 204));
            }
    }
    fillPaperOnlyRows(static_cast<int>(d.rows.size()));
    // Columns as wide as their content up to a cap (long paper values wrap), rows as high as needed.
    m_table->resizeColumnsToContents();
    for (int c = 0; c < ColumnCount; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 190));
    m_table->resizeRowsToContents();

    QString status;
    if (modelPath.isEmpty())
        status = tr("No network chosen: the accuracy column is empty.");
    else if (!d.networkError.empty())
        status = tr("The network could not be loaded: %1").arg(QString::fromStdString(d.networkError).toHtmlEscaped());
    else if (!m_accuracyShown)
        status = tr("Computing the network accuracy per technology in the background…");
    else
        status = tr("Accuracy of %1 on %2: the first %3 test images × %4 chips per technology (a live estimate; "
                    "the Network page and <code>aimc technologies</code> run the full set), IR drop by attenuation map "
                    "for resistive cells and off for current-source cells (their IR drop is not in the network path). "
                    "Computed in the background in %5 s.")
                     .arg(m_model->currentText(), QString::fromStdString(d.dataset))
                     .arg(d.images).arg(d.chips).arg(d.accuracySeconds, 0, 'f', 1);
    m_status->setText(status);
}

void TechnologiesPage::fillPaperOnlyRows(int firstRow) {
    const auto paperOnly = core::paperOnlyTechnologies();
    for (int k = 0; k < static_cast<int>(paperOnly.size()); ++k) {
        const auto& s = paperOnly[static_cast<std::size_t>(k)];
        const int i = firstRow + k;
        const QString name = s.preset == "flash" ? tr("Flash (Table I only)") : tr("RRAM (Table I only)");
        m_table->setItem(i, Name, cell(name));
        for (int c = SigmaW; c < ColumnCount; ++c)
            m_table->setItem(i, c, cell(c == SigmaW ? tr("not modelled") : QString()));
        m_table->setItem(i, Source, cell(text(s.paperSource)));
        addPaperValues(i, s);
        for (int c = 0; c < ColumnCount; ++c)
            m_table->item(i, c)->setForeground(Qt::gray);
    }
}

void TechnologiesPage::addPaperValues(int row, const core::ShippedTechnology& s) {
    const std::pair<int, std::string_view> paper[] = {{SigmaW, s.paperSigmaW}, {Strength, s.paperRon}, {VWrite, s.paperVwr}};
    for (const auto& [column, value] : paper) {
        auto* item = m_table->item(row, column);
        item->setData(PaperRole, text(value));
        if (value != "—")
            item->setText((item->text().isEmpty() ? QString() : item->text() + QLatin1Char('\n')) +
                          tr("paper: %1").arg(text(value)));
    }
}

} // namespace aimc::widgets
