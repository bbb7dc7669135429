#include "explore_page.h"

#include "explore_plots.h"
#include "explore_sweep_panel.h"
#include "params/param_table.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QToolTip>
#include <QVBoxLayout>

namespace aimc::widgets {

ExplorePage::ExplorePage(QWidget* parent)
    : ComputePage(parent), m_current(core::defaultParams()), m_file(new QLabel(tr("No results loaded."))),
      m_x(new QComboBox), m_y(new QComboBox), m_colour(new QComboBox), m_metric(new QComboBox),
      m_maxX(new QCheckBox(tr("higher is better"))), m_maxY(new QCheckBox(tr("higher is better"))),
      m_scatter(new ScatterPlot), m_heat(new HeatMapPlot), m_panel(new ExploreSweepPanel) {
    auto* open = new QPushButton(tr("Open results…"));
    auto* top = new QHBoxLayout;
    top->addWidget(open);
    top->addWidget(m_file, 1);
    auto* runBox = new QGroupBox(tr("Run a sweep from the current parameters"));
    (new QVBoxLayout(runBox))->addWidget(m_panel);
    auto* axes = new QHBoxLayout;
    for (auto [label, w] : {std::pair{tr("x"), static_cast<QWidget*>(m_x)}, {QString(), m_maxX}, {tr("y"), m_y},
                            {QString(), m_maxY}, {tr("colour"), m_colour}, {tr("heat map"), m_metric}}) {
        if (!label.isEmpty())
            axes->addWidget(new QLabel(label));
        axes->addWidget(w, qobject_cast<QComboBox*>(w) ? 1 : 0);
    }
    m_maxX->setChecked(true);
    m_maxY->setChecked(true);
    auto* split = new QSplitter;
    split->addWidget(m_scatter);
    split->addWidget(m_heat);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(runBox);
    layout->addLayout(axes);
    layout->addWidget(split, 1);
    m_scatter->setTitle(tr("Results: Pareto front"));
    m_heat->setTitle(tr("Design window"));
    for (auto* plot : {static_cast<QWidget*>(m_scatter), static_cast<QWidget*>(m_heat)}) {
        plot->setMouseTracking(true);
        plot->installEventFilter(this);
    }
    connect(open, &QPushButton::clicked, this, &ExplorePage::openDialog);
    for (auto* box : {m_x, m_y, m_colour, m_metric})
        connect(box, &QComboBox::currentIndexChanged, this, &ExplorePage::redraw);
    for (auto* box : {m_maxX, m_maxY})
        connect(box, &QCheckBox::toggled, this, &ExplorePage::redraw);
    connect(m_panel, &ExploreSweepPanel::finished, this, [this](const QString& path, const QString& error) {
        if (error.isEmpty() || QFileInfo::exists(path))
            openResults(path);
    });
}

PageJob ExplorePage::makeJob(const core::Params& params, Quality) const {
    return [params](std::stop_token) -> AnyResult { return std::make_shared<const core::Params>(params); };
}

void ExplorePage::showResult(const AnyResult& result, Quality) {
    m_current = *static_cast<const core::Params*>(result.get());
    m_panel->setBase(m_current);
}

QList<PlotWidget*> ExplorePage::plots() const { return {m_scatter, m_heat}; }

void ExplorePage::openDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open sweep results"), QString(), tr("Sweep results (*.csv)"));
    QString error;
    if (!path.isEmpty() && !openResults(path, &error))
        m_file->setText(error);
}

bool ExplorePage::openResults(const QString& path, QString* error) {
    auto t = core::sweep::loadResultsTable(path.toStdString());
    if (!t.error.empty()) {
        if (error)
            *error = QString::fromStdString(t.error);
        return false;
    }
    m_table = std::move(t);
    m_chosen = -1;
    m_file->setText(tr("%1: %2 points").arg(QFileInfo(path).fileName()).arg(m_table.cells.size()));
    fillColumnBoxes();
    redraw();
    return true;
}

void ExplorePage::fillColumnBoxes() {
    const QSignalBlocker bx(m_x), by(m_y), bc(m_colour), bm(m_metric);
    const auto numeric = m_table.numericColumns();
    for (auto* box : {m_x, m_y, m_colour, m_metric}) {
        box->clear();
        for (const auto& c : numeric)
            if (c != "point")
                box->addItem(QString::fromStdString(c));
    }
    // Defaults: accuracy against TOPS/W when both are there, coloured by the first varied key.
    const auto pick = [](QComboBox* box, std::initializer_list<const char*> names, int fallback) {
        for (const char* n : names)
            if (const int i = box->findText(QLatin1String(n)); i >= 0)
                return box->setCurrentIndex(i);
        box->setCurrentIndex(std::min(fallback, box->count() - 1));
    };
    const auto params = m_table.parameterColumns();
    pick(m_x, {"energy.tops_per_w", "device.r_p_mean_ohm"}, 0);
    pick(m_y, {"accuracy.accuracy_mean", "device.sigma_w_plus1"}, 1);
    m_colour->setCurrentIndex(params.empty() ? 0 : m_colour->findText(QString::fromStdString(params.front())));
    pick(m_metric, {"accuracy.accuracy_mean", "device.r_p_mean_ohm"}, 0);
}

bool ExplorePage::setScatterColumns(const QString& x, const QString& y, const QString& colour, bool maximizeX,
                                    bool maximizeY) {
    const int ix = m_x->findText(x), iy = m_y->findText(y), ic = m_colour->findText(colour);
    if (ix < 0 || iy < 0 || ic < 0)
        return false;
    const QSignalBlocker bx(m_x), by(m_y), bc(m_colour), mx(m_maxX), my(m_maxY);
    m_maxX->setChecked(maximizeX);
    m_maxY->setChecked(maximizeY);
    m_x->setCurrentIndex(ix);
    m_y->setCurrentIndex(iy);
    m_colour->setCurrentIndex(ic);
    redraw();
    return true;
}

bool ExplorePage::setHeatMetric(const QString& metric) {
    const int i = m_metric->findText(metric);
    if (i >= 0)
        m_metric->setCurrentIndex(i);
    return i >= 0;
}

void ExplorePage::redraw() {
    if (m_table.columns.empty() || m_x->count() == 0)
        return;
    const auto col = [this](QComboBox* b) { return m_table.column(b->currentText().toStdString()); };
    m_scatter->draw(m_table, col(m_x), col(m_y), col(m_colour), m_maxX->isChecked(), m_maxY->isChecked());
    m_heat->draw(m_table, col(m_metric));
    m_scatter->markRow(m_chosen);
    m_heat->markRow(m_chosen);
}

QString ExplorePage::rowText(int row) const {
    QStringList lines;
    const auto& cells = m_table.cells[std::size_t(row)];
    QStringList shown;
    for (const auto& c : m_table.parameterColumns())
        shown << QString::fromStdString(c);
    for (auto* box : {m_x, m_y, m_colour, m_metric})
        if (!shown.contains(box->currentText()))
            shown << box->currentText();
    shown << QStringLiteral("constraints_met") << QStringLiteral("status");
    for (const auto& name : shown)
        if (const int c = m_table.column(name.toStdString()); c >= 0)
            lines << QStringLiteral("%1 = %2").arg(name, QString::fromStdString(cells[std::size_t(c)]));
    lines << tr("(click to load these parameters)");
    return lines.join(QLatin1Char('\n'));
}

void ExplorePage::choosePoint(int row) {
    if (row < 0 || row >= int(m_table.cells.size()))
        return;
    m_chosen = row;
    m_scatter->markRow(row);
    m_heat->markRow(row);
    Q_EMIT pointChosen(m_table.pointParams(row, m_current),
                       tr("sweep point %1").arg(QString::fromStdString(m_table.cells[std::size_t(row)][0])));
}

bool ExplorePage::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::MouseMove && event->type() != QEvent::MouseButtonRelease)
        return ComputePage::eventFilter(watched, event);
    const auto* me = static_cast<QMouseEvent*>(event);
    const QPoint pos = me->position().toPoint();
    const int row = watched == m_scatter ? m_scatter->rowAt(pos) : m_heat->rowAt(pos);
    if (event->type() == QEvent::MouseMove) {
        if (row >= 0)
            QToolTip::showText(me->globalPosition().toPoint(), rowText(row), static_cast<QWidget*>(watched));
        else
            QToolTip::hideText();
    } else if (row >= 0 && me->button() == Qt::LeftButton) {
        choosePoint(row);
    }
    return ComputePage::eventFilter(watched, event);
}

} // namespace aimc::widgets
