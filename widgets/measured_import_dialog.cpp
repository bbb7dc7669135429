#include "measured_import_dialog.h"

#include "device/mtj_model.h"
#include "histogram_plot.h"
#include "measured_import_data.h"
#include "plot_widget.h"
#include "qt_adapters.h"
#include "units.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace aimc::widgets {

void plotMtjFitCdf(PlotWidget* plot, const MeasuredPreview& pv) {
    const auto gu = siUnit(pv.cdfG.empty() ? 1.0 : pv.cdfG.back(), QStringLiteral("S"));
    auto* data = plot->addGraph();
    data->setName(MeasuredImportDialog::tr("data (P)"));
    data->setLineStyle(QCPGraph::lsStepLeft);
    data->setPen(plot->seriesPen(1));
    data->setData(toQVector(pv.cdfG, gu.scale), QVector<double>(pv.cdfData.begin(), pv.cdfData.end()), true);
    auto* fit = plot->addGraph();
    fit->setName(MeasuredImportDialog::tr("fit: KS distance %1").arg(pv.fit.ksDistanceP, 0, 'f', 3));
    fit->setPen(plot->seriesPen(3, 1.6, Qt::DashLine));
    fit->setData(toQVector(pv.cdfG, gu.scale), QVector<double>(pv.cdfFit.begin(), pv.cdfFit.end()), true);
    plot->setTitle(MeasuredImportDialog::tr("MTJ fit, P state (cumulative)"));
    plot->setAxisLabels(MeasuredImportDialog::tr("Conductance [%1]").arg(gu.unit), MeasuredImportDialog::tr("Fraction of devices ≤ G"));
    plot->rescaleAxes();
    plot->yAxis->setRange(0, 1.05);
}

MeasuredImportDialog::MeasuredImportDialog(const core::DeviceParams& device, QWidget* parent)
    : QDialog(parent), m_raOhmUm2(core::raOhmUm2(device)) {
    setWindowTitle(tr("Import measured devices"));
    m_file = new QLineEdit;
    m_file->setPlaceholderText(tr("CSV file: state,resistance_ohm[,die,x,y,cd_nm]"));
    auto* browseButton = new QPushButton(tr("Browse…"));
    connect(browseButton, &QPushButton::clicked, this, &MeasuredImportDialog::browse);
    connect(m_file, &QLineEdit::returnPressed, this, [this] { loadFile(m_file->text()); });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:")));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);

    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_moments = new QLabel;
    m_moments->setTextFormat(Qt::RichText);
    m_moments->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_moments->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_moments->setMinimumWidth(300);
    m_histogram = new PlotWidget(QStringLiteral("measured-resistance"));
    m_cdf = new PlotWidget(QStringLiteral("measured-fit-cdf"));
    for (auto* p : {m_histogram, m_cdf}) {
        p->legend->setVisible(true);
        p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    }
    m_cdf->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_accept = buttons->addButton(tr("Use these devices"), QDialogButtonBox::AcceptRole);
    m_accept->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* grid = new QGridLayout;
    grid->addWidget(m_histogram, 0, 0);
    grid->addWidget(m_cdf, 0, 1);
    grid->addWidget(m_moments, 0, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_message);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);
    resize(1300, 560);
    render();
}

MeasuredImportDialog::~MeasuredImportDialog() = default;

std::shared_ptr<const core::MeasuredDevices> MeasuredImportDialog::devices() const {
    return m_preview ? m_preview->load.data : nullptr;
}

void MeasuredImportDialog::browse() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import measured devices"), m_file->text(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool MeasuredImportDialog::loadFile(const QString& path) {
    m_file->setText(path);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_preview = std::make_unique<MeasuredPreview>(previewMeasured(absolute.toStdString(), m_raOhmUm2));
    const bool ok = m_preview->load.data != nullptr;
    m_path = ok ? absolute : QString();
    render();
    return ok;
}

void MeasuredImportDialog::render() {
    for (auto* p : {m_histogram, m_cdf}) {
        p->clearGraphs();
        p->clearItems();
    }
    m_histogram->setTitle(tr("Measured resistance per state"));
    m_histogram->setAxisLabels(tr("Resistance [Ω]"), tr("Fraction of devices per bin"));
    m_cdf->setTitle(tr("MTJ fit, P state (cumulative)"));
    m_cdf->setAxisLabels(tr("Conductance [S]"), tr("Fraction of devices ≤ G"));
    const bool ok = m_preview && m_preview->load.data;
    m_accept->setEnabled(ok);
    if (!ok) {
        m_message->setStyleSheet(QStringLiteral("color: #b00020"));
        m_message->setText(m_preview ? tr("Cannot use this file: %1").arg(QString::fromStdString(m_preview->load.error))
                                     : tr("Choose a CSV file of measured devices."));
        m_moments->clear();
        m_histogram->replot(QCustomPlot::rpQueuedReplot);
        m_cdf->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const auto& pv = *m_preview;
    const auto& d = *pv.load.data;
    m_message->setStyleSheet(QString());
    m_message->setText(tr("%1: %n devices in %2 states. Nothing changes until you accept.", nullptr, d.devices)
                           .arg(QString::fromStdString(d.file))
                           .arg(d.levelNames.size()));
    double rMax = 0;
    for (const auto& h : pv.resistance)
        rMax = std::max(rMax, h.edges.back());
    const auto u = siUnit(rMax, QStringLiteral("Ω"));
    for (std::size_t l = 0; l < pv.resistance.size(); ++l) {
        const QString name = QString::fromStdString(d.levelNames[l]);
        addHistogramGraph(m_histogram, pv.resistance[l], u.scale, tr("%1 (data)").arg(name), static_cast<int>(l));
        if (l < pv.fitFraction.size()) {
            auto* g = m_histogram->addGraph();
            g->setName(tr("%1 (MTJ fit)").arg(name));
            g->setLineStyle(QCPGraph::lsStepCenter);
            g->setPen(m_histogram->seriesPen(static_cast<int>(l), 1.4, Qt::DashLine));
            g->setData(toQVector(pv.resistance[l].centers(), u.scale),
                       QVector<double>(pv.fitFraction[l].begin(), pv.fitFraction[l].end()), true);
        }
    }
    m_histogram->setAxisLabels(tr("Resistance [%1]").arg(u.unit), tr("Fraction of devices per bin"));
    m_histogram->rescaleAxes();
    m_histogram->yAxis->setRange(0, m_histogram->yAxis->range().upper * 1.3);

    QString fitText;
    if (pv.fit.ok) {
        plotMtjFitCdf(m_cdf, pv);
        fitText = tr("<tr><td colspan='2'><b>MTJ fit (RA = %1 Ω·µm² from the parameters)</b></td></tr>"
                     "<tr><td>eCD</td><td align='right'>%2 nm</td></tr>"
                     "<tr><td>σ of the radius</td><td align='right'>%3 nm</td></tr>"
                     "<tr><td>TMR at read voltage</td><td align='right'>%4 %</td></tr>"
                     "<tr><td>KS distance (P state)</td><td align='right'>%5</td></tr>")
                      .arg(significant(pv.fit.raOhmUm2, 4))
                      .arg(pv.fit.ecdNm, 0, 'f', 1)
                      .arg(pv.fit.sigmaRadiusNm, 0, 'f', 2)
                      .arg(100 * pv.fit.tmrAtRead, 0, 'f', 1)
                      .arg(pv.fit.ksDistanceP, 0, 'f', 3);
    } else {
        const QString why = pv.fit.message.empty() ? tr("the MTJ model fits P/AP data only")
                                                   : QString::fromStdString(pv.fit.message);
        fitText = tr("<tr><td colspan='2'><b>No MTJ fit:</b> %1</td></tr>").arg(why.toHtmlEscaped());
        auto* label = new QCPItemText(m_cdf);
        label->position->setType(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(0.5, 0.5);
        label->setText(tr("No MTJ fit for this file"));
        label->setColor(Qt::gray);
    }
    QString html = QStringLiteral("<table cellspacing='3'><tr><th align='left'>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                       .arg(tr("State"), tr("Devices"), tr("Mean G"), tr("σ/μ"));
    for (std::size_t l = 0; l < d.moments.size(); ++l) {
        const auto& m = d.moments[l];
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4 %</td></tr>")
                    .arg(QString::fromStdString(d.levelNames[l]).toHtmlEscaped())
                    .arg(d.conductance[l].size())
                    .arg(siFormat(m.mean, QStringLiteral("S")))
                    .arg(100 * m.sigma / m.mean, 0, 'f', 2);
    }
    html += QStringLiteral("</table><table cellspacing='3'>") + fitText + QStringLiteral("</table>");
    m_moments->setText(html);
    m_histogram->replot(QCustomPlot::rpQueuedReplot);
    m_cdf->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace aimc::widgets
