#include "network_page.h"

#include "network_page_data.h"
#include "plot_widget.h"
#include "units.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>

namespace aimc::widgets {
namespace {
QString pct(double a) { return QString::number(100 * a, 'f', 2) + QStringLiteral(" %"); }

QImage testImage(const core::nn::Dataset& d, int index) {
    const auto* px = d.image(index);
    if (d.channels == 1) {
        QImage img(d.width, d.height, QImage::Format_Grayscale8);
        for (int y = 0; y < d.height; ++y)
            std::copy(px + y * d.width, px + (y + 1) * d.width, img.scanLine(y));
        return img;
    }
    QImage img(d.width, d.height, QImage::Format_RGB888);
    const int plane = d.width * d.height;
    for (int y = 0; y < d.height; ++y)
        for (int x = 0; x < d.width; ++x)
            img.setPixelColor(x, y, QColor(px[y * d.width + x], px[plane + y * d.width + x],
                                           px[2 * plane + y * d.width + x]));
    return img;
}
// An empty plot says why it is empty instead of showing a bare 0..5 frame.
void showPlaceholder(PlotWidget* plot, const QString& text) {
    auto* label = new QCPItemText(plot);
    label->position->setType(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(0.5, 0.5);
    label->setText(text);
    label->setColor(Qt::gray);
    label->setFont(plot->plotStyle().font(11));
    plot->legend->setVisible(false);
}

// A series with its ± band (the spread over chips) filled between two unlisted graphs.
void addBandedSeries(PlotWidget* plot, const QString& name, int color, const QVector<double>& x,
                     const QVector<double>& y, const QVector<double>& lo, const QVector<double>& hi) {
    const QPen pen = plot->seriesPen(color);
    QColor fill = pen.color();
    fill.setAlpha(50);
    auto* low = plot->addGraph();
    low->setData(x, lo, true);
    low->setPen(Qt::NoPen);
    low->removeFromLegend();
    auto* high = plot->addGraph();
    high->setData(x, hi, true);
    high->setPen(Qt::NoPen);
    high->setBrush(fill);
    high->setChannelFillGraph(low);
    high->removeFromLegend();
    auto* g = plot->addGraph();
    g->setName(name);
    g->setPen(pen);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    g->setData(x, y, true);
}
} // namespace

NetworkPage::NetworkPage(QWidget* parent)
    : ComputePage(parent), m_cache(std::make_shared<NetworkCache>()) {
    m_model = new QComboBox;
    m_dataset = new QComboBox;
    m_dataset->addItem(QStringLiteral("mnist"));
    m_dataset->addItem(QStringLiteral("fashion-mnist"));
    m_dataset->setEditable(true);
    m_dataset->setToolTip(tr("A data set name (mnist, fashion-mnist) or a path to IDX/CIFAR files or an image folder."));
    m_ir = new QComboBox;
    m_ir->addItem(tr("exact (transfer matrices)"), QStringLiteral("exact"));
    m_ir->addItem(tr("attenuation map (fast)"), QStringLiteral("map"));
    m_ir->addItem(tr("off (device variation only)"), QStringLiteral("off"));
    m_ronSweep = new QCheckBox(tr("Accuracy vs R_ON sweep"));
    m_ronSweep->setChecked(true);
    m_ronReference = new QComboBox;
    m_ronReference->addItem(tr("Fig. 16: same chips, IR drop on vs off"));
    m_ronReference->addItem(tr("Fig. 16: ideal devices, IR drop only"));
    populateModels();
    for (auto* box : {m_model, m_dataset, m_ir, m_ronReference})
        connect(box, &QComboBox::currentIndexChanged, this, &ComputePage::recomputeRequested);
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        // A shipped model knows its data set: follow it.
        const QString ds = m_model->currentData(Qt::UserRole + 1).toString();
        if (!ds.isEmpty() && ds != m_dataset->currentText())
            m_dataset->setCurrentText(ds);
    });
    connect(m_ronSweep, &QCheckBox::toggled, this, &ComputePage::recomputeRequested);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Model:")));
    controls->addWidget(m_model, 2);
    controls->addWidget(new QLabel(tr("Test set:")));
    controls->addWidget(m_dataset, 1);
    controls->addWidget(new QLabel(tr("IR drop:")));
    controls->addWidget(m_ir, 1);
    controls->addWidget(m_ronSweep);
    controls->addWidget(m_ronReference, 1);

    m_accuracy = new QLabel(QStringLiteral("—"));
    QFont big = m_accuracy->font();
    big.setPointSizeF(big.pointSizeF() * 3.2);
    big.setBold(true);
    m_accuracy->setFont(big);
    m_details = new QLabel;
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setFormat(tr("chip %v of %m"));
    auto* summary = new QVBoxLayout;
    summary->addWidget(new QLabel(tr("Accuracy on the arrays (mean ± std over chips)")));
    summary->addWidget(m_accuracy);
    summary->addWidget(m_progress);
    summary->addWidget(m_details);
    summary->addStretch(1);

    m_curves = new PlotWidget(QStringLiteral("network-accuracy-vs-sigma"));
    m_ron = new PlotWidget(QStringLiteral("network-accuracy-vs-ron"));
    m_confusion = new PlotWidget(QStringLiteral("network-confusion-matrix"));
    m_plots = {m_curves, m_ron, m_confusion};
    for (auto* p : {m_curves, m_ron}) {
        p->legend->setVisible(true);
        p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);
    }
    m_curves->setTitle(tr("Accuracy vs weight noise (Fig. 13b/14b)"));
    m_curves->setAxisLabels(tr("σ_w,test [LSB]"), tr("Accuracy [%]"));
    m_ron->setTitle(tr("Error increase from IR drop vs R_ON (Fig. 16)"));
    m_ron->setAxisLabels(tr("R_ON [MΩ]"), tr("Error increase, same chips IR on − off [%]"));
    m_confusion->setTitle(tr("Confusion matrix (chip 1)"));
    m_confusion->setAxisLabels(tr("Predicted class"), tr("True class"));

    auto* stripWidget = new QWidget;
    m_strip = new QHBoxLayout(stripWidget);
    m_strip->addStretch(1);
    auto* stripScroll = new QScrollArea;
    stripScroll->setWidget(stripWidget);
    stripScroll->setWidgetResizable(true);
    stripScroll->setFixedHeight(120);

    auto* grid = new QGridLayout;
    grid->addLayout(summary, 0, 0);
    grid->addWidget(m_confusion, 0, 1);
    grid->addWidget(m_curves, 1, 0);
    grid->addWidget(m_ron, 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(grid, 1);
    layout->addWidget(new QLabel(tr("Misclassified test images (true → predicted), chip 1:")));
    layout->addWidget(stripScroll);
}

void NetworkPage::populateModels() {
    for (const auto& m : core::analog::listModels(core::analog::shippedModelDir())) {
        if (m.spiking) // the ternary array path cannot run it (docs/model.md §10)
            continue;
        m_model->addItem(QString::fromStdString(m.name), QString::fromStdString(m.path));
        m_model->setItemData(m_model->count() - 1, QString::fromStdString(m.dataset), Qt::UserRole + 1);
    }
    if (m_model->count() == 0)
        m_model->addItem(tr("(no shipped models found)"), QString());
    // Start on the paper's network (MNIST, trained without noise) and its test set.
    const int preferred = m_model->findText(QStringLiteral("lenet5-mnist-s00"));
    m_model->setCurrentIndex(std::max(0, preferred));
    const QString ds = m_model->currentData(Qt::UserRole + 1).toString();
    if (!ds.isEmpty())
        m_dataset->setCurrentText(ds);
}

QList<QWidget*> NetworkPage::keyNumberWidgets() const { return {m_accuracy, m_details}; }

PageJob NetworkPage::makeJob(const core::Params& params, Quality quality) const {
    NetworkSelection sel;
    sel.model = m_model->currentData().toString().toStdString();
    sel.dataset = m_dataset->currentText().toStdString();
    sel.ir = *core::analog::parseIrMode(m_ir->currentData().toString().toStdString());
    sel.ronSweep = m_ronSweep->isChecked();
    sel.ronIdealDevices = m_ronReference->currentIndex() == 1;
    return [params, sel, coarse = quality == Quality::Coarse, cache = m_cache](const JobContext& ctx) {
        // Progress and the early accuracy go through the controller's channel, which delivers them
        // only while this is the page's newest job.
        auto progress = [&ctx](const NetworkProgress& p) {
            ctx.post([p](ComputePage& page) { static_cast<NetworkPage&>(page).showProgress(p); });
        };
        auto partial = [&ctx](std::shared_ptr<const NetworkPageData> d) {
            ctx.post([d](ComputePage& page) { page.showResult(d, Quality::Full); });
        };
        return AnyResult(computeNetworkPageData(params, sel, coarse, cache, ctx.stop, progress, partial));
    };
}

void NetworkPage::showProgress(const NetworkProgress& p) {
    m_progress->setRange(0, std::max(1, p.total));
    m_progress->setValue(p.done);
    switch (p.stage) {
    case NetworkProgress::Stage::Chips:
        m_progress->setFormat(tr("chip %v of %m"));
        if (p.done > 0 && p.done < p.total) // streaming: the chips finished so far
            m_accuracy->setText(pct(p.meanSoFar) + QStringLiteral(" …"));
        break;
    case NetworkProgress::Stage::SigmaCurves:
        m_progress->setFormat(tr("σ_w curves: model %v of %m"));
        break;
    case NetworkProgress::Stage::RonSweep:
        m_progress->setFormat(tr("R_ON sweep: point %v of %m"));
        break;
    }
}

void NetworkPage::showResult(const AnyResult& result, Quality) {
    m_data = std::static_pointer_cast<const NetworkPageData>(result);
    const auto& d = *m_data;
    if (!d.error.empty() || !d.accuracy) {
        m_accuracy->setText(QStringLiteral("—"));
        m_details->setText(QStringLiteral("<span style='color:#b00'>%1</span>").arg(QString::fromStdString(d.error).toHtmlEscaped()));
        return;
    }
    const auto& a = *d.accuracy;
    m_accuracy->setText(QStringLiteral("%1 ± %2").arg(pct(a.mean), pct(a.std)));
    m_details->setText(
        tr("<table cellspacing='3'>"
           "<tr><td>Ideal ternary network, same DAC and ADC</td><td align='right'><b>%1</b></td></tr>"
           "<tr><td>Ideal ternary network, no ADC</td><td align='right'><b>%2</b></td></tr>"
           "<tr><td>Test images, chips</td><td align='right'><b>%3, %4</b></td></tr>"
           "<tr><td>Device: R_ON (1/mean G_P), σ_w(±1)</td><td align='right'><b>%5, %6 LSB</b></td></tr>"
           "<tr><td>IR drop, crossbar solves</td><td align='right'><b>%7, %8</b></td></tr>"
           "<tr><td>Compute time</td><td align='right'><b>%9 s</b></td></tr></table>%10")
            .arg(pct(a.ideal), pct(a.idealNoAdc))
            .arg(a.images).arg(a.chipAccuracies.size())
            .arg(siFormat(d.ronOhm, QStringLiteral("Ω"))).arg(d.deviceSigmaW, 0, 'f', 3)
            .arg(m_ir->itemText(std::max(0, m_ir->findData(QString::fromLatin1(core::analog::toString(a.ir))))))
            .arg(a.solves)
            .arg(a.seconds, 0, 'f', 2)
            .arg(d.coarse ? tr("<p style='color:gray'>Preview on a subset; the full test set follows.</p>") : QString()));
    m_progress->setFormat(d.coarse ? tr("preview done, full test set running") : tr("done: %m chips"));
    m_progress->setRange(0, std::max<int>(1, static_cast<int>(a.chipAccuracies.size())));
    m_progress->setValue(static_cast<int>(a.chipAccuracies.size()));
    renderCurves();
    renderRon();
    renderConfusion();
    renderMisclassified();
    for (auto* p : m_plots)
        p->replot(QCustomPlot::rpQueuedReplot);
}

void NetworkPage::renderCurves() {
    const auto& d = *m_data;
    m_curves->clearGraphs();
    m_curves->clearItems();
    if (!d.curves) {
        showPlaceholder(m_curves, tr("Computed with the full pass…"));
        return;
    }
    int color = 0;
    for (const auto& c : *d.curves) {
        QVector<double> acc, lo, hi;
        for (std::size_t i = 0; i < c.accuracy.size(); ++i) {
            acc << 100 * c.accuracy[i];
            lo << 100 * (c.accuracy[i] - c.spread[i]);
            hi << 100 * (c.accuracy[i] + c.spread[i]);
        }
        addBandedSeries(m_curves, tr("%1 (σ_w,train = %2)").arg(QString::fromStdString(c.name)).arg(c.sigmaTrain, 0, 'f', 2),
                        color++, QVector<double>(c.sigma.begin(), c.sigma.end()), acc, lo, hi);
    }
    m_curves->legend->setVisible(true);
    auto* mark = m_curves->addGraph();
    mark->setName(tr("this device and array (σ_w = %1)").arg(d.deviceSigmaW, 0, 'f', 3));
    mark->setLineStyle(QCPGraph::lsNone);
    mark->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, Qt::black, 14));
    mark->setData({d.deviceSigmaW}, {100 * d.accuracy->mean});
    m_curves->rescaleAxes();
    m_curves->xAxis->setRangeLower(0);
}

void NetworkPage::renderRon() {
    const auto& d = *m_data;
    if ((d.coarse || d.partial) && !d.ronSweep && m_ron->graphCount() > 0)
        return; // keep the last full sweep while the preview runs
    m_ron->clearGraphs();
    m_ron->clearItems();
    if (!d.ronSweep || d.ronSweep->curves.empty()) {
        showPlaceholder(m_ron, d.selection.ronSweep ? tr("Computed with the full pass…")
                                                    : tr("Sweep switched off"));
        return;
    }
    const auto& s = *d.ronSweep;
    const int chips = static_cast<int>(s.accuracyOff.size());
    int color = 0;
    for (const auto& c : s.curves) {
        QVector<double> x, y, lo, hi;
        for (const auto& p : c.points) {
            x << p.ronOhm * 1e-6;
            y << 100 * p.increase;
            lo << 100 * (p.increase - p.spread);
            hi << 100 * (p.increase + p.spread);
        }
        const QString name = color == 0 ? tr("r_SL = %1 Ω (this array)").arg(c.wireOhm) : tr("r_SL = %1 Ω").arg(c.wireOhm);
        addBandedSeries(m_ron, name, color++, x, y, lo, hi);
    }
    if (s.current) {
        auto* mark = m_ron->addGraph();
        mark->setName(tr("current device (%1)").arg(siFormat(s.current->ronOhm, QStringLiteral("Ω"))));
        mark->setLineStyle(QCPGraph::lsNone);
        mark->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, Qt::black, 14));
        mark->setData({s.current->ronOhm * 1e-6}, {100 * s.current->increase});
    }
    // What the band is and how the IR drop was computed, as a legend entry (the plot is narrow).
    auto* band = m_ron->addGraph();
    band->setName(tr("± 1 std, %1 chips × %2 images").arg(chips).arg(s.images));
    band->setPen(Qt::NoPen);
    band->setBrush(QColor(128, 128, 128, 60));
    m_ron->setTitle(tr("Error increase from IR drop vs R_ON (Fig. 16; %1 × %2 arrays, IR: attenuation map)")
                        .arg(d.arrayRows).arg(d.arrayCols));
    // The pairing is stated on the axis.
    m_ron->setAxisLabels(tr("R_ON [MΩ]"), d.selection.ronIdealDevices ? tr("Error increase vs ideal network [%]")
                                                                      : tr("Error increase, same chips IR on − off [%]"));
    m_ron->legend->setVisible(true);
    setLogScale(m_ron->xAxis, true);
    m_ron->rescaleAxes();
}

void NetworkPage::renderConfusion() {
    const auto& d = *m_data;
    m_confusion->clearPlottables();
    const int n = static_cast<int>(d.confusion.size());
    if (n == 0)
        return;
    auto* map = new QCPColorMap(m_confusion->xAxis, m_confusion->yAxis);
    map->setName(tr("images"));
    map->data()->setSize(n, n);
    map->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
    for (int t = 0; t < n; ++t)
        for (int p = 0; p < n; ++p) // log colour scale: empty cells are left transparent
            map->data()->setCell(p, t, d.confusion[t][p] > 0 ? double(d.confusion[t][p]) : qQNaN());
    if (!m_confusionScale) {
        m_confusionScale = new QCPColorScale(m_confusion);
        m_confusion->plotLayout()->addElement(1, 1, m_confusionScale);
        m_confusionScale->setLabel(tr("Images (log scale)"));
        m_confusionScale->setDataScaleType(QCPAxis::stLogarithmic);
        m_confusionScale->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    }
    map->setColorScale(m_confusionScale);
    QCPColorGradient gradient(QCPColorGradient::gpJet); // no white end: the diagonal stays visible
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    map->setGradient(gradient);
    map->setDataScaleType(QCPAxis::stLogarithmic);
    map->rescaleDataRange();
    map->setInterpolate(false);
    m_confusion->rescaleAxes();
    m_confusion->xAxis->setRange(-0.5, n - 0.5);
    m_confusion->yAxis->setRange(-0.5, n - 0.5);
}

void NetworkPage::renderMisclassified() {
    while (m_strip->count() > 1) {
        auto* item = m_strip->takeAt(0);
        delete item->widget();
        delete item;
    }
    const auto& d = *m_data;
    const auto& test = d.inputs->data.test;
    const auto& pred = d.accuracy->predictions;
    for (int index : d.misclassified) {
        auto* cell = new QLabel;
        cell->setPixmap(QPixmap::fromImage(testImage(test, index).scaled(56, 56)));
        cell->setToolTip(tr("test image %1").arg(index));
        auto* text = new QLabel(QStringLiteral("%1 → %2").arg(test.labels[index]).arg(pred[index]));
        text->setAlignment(Qt::AlignCenter);
        auto* box = new QWidget;
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(2, 2, 2, 2);
        v->addWidget(cell);
        v->addWidget(text);
        m_strip->insertWidget(m_strip->count() - 1, box);
    }
}

} // namespace aimc::widgets
