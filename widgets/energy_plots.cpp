#include "energy_plots.h"

#include "energy_page_data.h"
#include "plot_widget.h"
#include "text_placement.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>

namespace aimc::widgets::energy_plots {

void setLogAxis(QCPAxis* axis, bool powersOfTen) {
    setLogScale(axis, true);
    if (powersOfTen) {
        setPowersOfTenLabels(axis);
    } else {
        axis->setNumberFormat(QStringLiteral("gb"));
        axis->setNumberPrecision(6);
    }
}

void setIntegerAxis(QCPAxis* axis, double step) {
    axis->setScaleType(QCPAxis::stLinear);
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(step);
    axis->setTicker(ticker);
    axis->setNumberFormat(QStringLiteral("g"));
}

QCPGraph* addCurve(PlotWidget* plot, const QVector<double>& x, const QVector<double>& y,
                   const QString& name, int colorIndex, Qt::PenStyle style) {
    auto* g = plot->addGraph();
    g->setName(name);
    g->setPen(plot->seriesPen(colorIndex, 1.6, style));
    g->setData(x, y, true);
    return g;
}

QCPGraph* addPoints(PlotWidget* plot, const QVector<double>& x, const QVector<double>& y,
                    const QString& name, const QColor& color, QCPScatterStyle::ScatterShape shape,
                    double size) {
    auto* g = plot->addGraph();
    g->setName(name);
    g->setLineStyle(QCPGraph::lsNone);
    QPen pen(color);
    pen.setWidthF(plot->plotStyle().lineWidth(1.5));
    g->setPen(pen);
    g->setScatterStyle(QCPScatterStyle(shape, pen, QBrush(color), size * plot->plotStyle().scale));
    g->setData(x, y);
    return g;
}

QString infeasibleSuffix(const core::FeasibilityCheck& f) {
    // Short, for legends: the page's banner says why.
    return f.verdict == core::Feasibility::Ok ? QString()
                                              : QCoreApplication::translate("EnergyPage", " (infeasible)");
}

QCPGraph* addCurrentPoint(PlotWidget* plot, double x, double y, const core::FeasibilityCheck& f) {
    const bool ok = f.verdict == core::Feasibility::Ok;
    return addPoints(plot, {x}, {y},
                     QCoreApplication::translate("EnergyPage", "this configuration") + infeasibleSuffix(f),
                     ok ? QColor(Qt::black) : QColor(200, 0, 0),
                     ok ? QCPScatterStyle::ssStar : QCPScatterStyle::ssCross, ok ? 16 : 18);
}

QCPItemText* addLabel(PlotWidget* plot, double x, double y, const QString& text,
                      Qt::Alignment alignment, const QColor& color) {
    auto* label = new QCPItemText(plot);
    label->position->setType(QCPItemPosition::ptPlotCoords);
    label->position->setCoords(x, y);
    label->setPositionAlignment(alignment);
    label->setText(text);
    label->setColor(color);
    label->setFont(plot->plotStyle().font(8));
    label->setPadding(QMargins(5, 1, 5, 1));
    label->setClipToAxisRect(false);
    return label;
}

QCPItemText* addHorizontalLine(PlotWidget* plot, double y, const QString& label, const QColor& color,
                               Qt::PenStyle style) {
    auto* line = new QCPItemStraightLine(plot);
    line->point1->setCoords(1, y); // any two positive x: valid on linear and log axes
    line->point2->setCoords(2, y);
    line->setPen(QPen(color, plot->plotStyle().lineWidth(1.2), style));
    if (label.isEmpty())
        return nullptr;
    auto* text = addLabel(plot, 0, y, label, Qt::AlignLeft | Qt::AlignBottom, color);
    text->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(0.01, y);
    return text;
}

namespace {
struct KindStyle {
    core::PublishedKind kind;
    const char* label;
    int color;
    QCPScatterStyle::ScatterShape shape;
};
const KindStyle kKindStyles[] = {
    {core::PublishedKind::AnalogImc, QT_TRANSLATE_NOOP("EnergyPage", "analog IMC"), 0, QCPScatterStyle::ssDisc},
    {core::PublishedKind::DigitalImc, QT_TRANSLATE_NOOP("EnergyPage", "digital IMC"), 5, QCPScatterStyle::ssSquare},
    {core::PublishedKind::Digital, QT_TRANSLATE_NOOP("EnergyPage", "digital"), 1, QCPScatterStyle::ssTriangle},
    {core::PublishedKind::Simulation, QT_TRANSLATE_NOOP("EnergyPage", "simulated"), 3, QCPScatterStyle::ssDiamond},
    {core::PublishedKind::Projection, QT_TRANSLATE_NOOP("EnergyPage", "projection"), 2, QCPScatterStyle::ssTriangleInverted},
};

std::optional<double> xOf(const core::PublishedPoint& p, ComparisonAxis axis) {
    if (axis == ComparisonAxis::AreaEfficiency)
        return p.topsPerMm2;
    return p.actBits ? std::optional<double>(*p.actBits) : std::nullopt;
}
} // namespace

QString renderComparison(PlotWidget* plot, const EnergyPageData& data, ComparisonAxis axis) {
    const bool precision = axis == ComparisonAxis::Precision;
    double yLo = data.current.topsPerW, yHi = yLo;
    double xLo = precision ? 0.0 : data.current.topsPerMm2, xHi = precision ? 9.0 : xLo;
    for (const auto& p : data.published)
        if (const auto x = xOf(p, axis); x && p.kind != core::PublishedKind::Baseline) {
            xLo = std::min(xLo, *x), xHi = std::max(xHi, *x);
            yLo = std::min(yLo, p.topsPerW), yHi = std::max(yHi, p.topsPerW);
        }
    const double axisLo = precision ? xLo : xLo / 3, axisHi = precision ? xHi + 1 : xHi * 10;
    // Labels in the right third of the axis go above-left of their point, so they stay inside the
    // plot and clear of labels running right from points further left.
    auto labelSide = [&](double x) -> Qt::Alignment {
        const double f = precision ? (x - axisLo) / (axisHi - axisLo) : std::log(x / axisLo) / std::log(axisHi / axisLo);
        return f > 0.65 ? Qt::AlignRight | Qt::AlignBottom : Qt::AlignLeft | Qt::AlignVCenter;
    };
    QString refs;
    QStringList notShown;
    for (const auto& style : kKindStyles) {
        QVector<double> xs, ys;
        for (std::size_t i = 0; i < data.published.size(); ++i) {
            const auto& p = data.published[i];
            if (p.kind != style.kind)
                continue;
            const auto x = xOf(p, axis);
            if (!x) {
                notShown << QStringLiteral("[%1]").arg(i + 1);
                continue;
            }
            xs << *x;
            ys << p.topsPerW;
            auto* label = addLabel(plot, *x, p.topsPerW,
                                   QStringLiteral("[%1] %2").arg(i + 1).arg(QString::fromStdString(p.name)),
                                   labelSide(*x), PlotStyle::seriesColor(style.color).darker(130));
            setShortText(label, QStringLiteral("[%1]").arg(i + 1)); // the reference list names it
        }
        if (!xs.isEmpty())
            addPoints(plot, xs, ys, QCoreApplication::translate("EnergyPage", style.label),
                      PlotStyle::seriesColor(style.color), style.shape);
    }
    const double xCur = precision ? data.params.periphery.dac_bits : data.current.topsPerMm2;
    addCurrentPoint(plot, xCur, data.current.topsPerW, data.current.feasibility); // named in the legend

    if (precision)
        setIntegerAxis(plot->xAxis, 1.0);
    else
        setLogAxis(plot->xAxis);
    plot->xAxis->setRange(axisLo, axisHi);
    setLogAxis(plot->yAxis);
    for (const auto& p : data.published)
        if (p.kind == core::PublishedKind::Baseline)
            yLo = std::min(yLo, p.topsPerW), yHi = std::max(yHi, p.topsPerW);
    plot->yAxis->setRange(yLo / 3, yHi * 3);
    for (std::size_t i = 0; i < data.published.size(); ++i) {
        const auto& p = data.published[i];
        if (p.kind == core::PublishedKind::Baseline)
            setShortText(addHorizontalLine(plot, p.topsPerW,
                                           QStringLiteral("[%1] %2: %3 TOPS/W").arg(i + 1)
                                               .arg(QString::fromStdString(p.name)).arg(p.topsPerW, 0, 'g', 4),
                                           QColor(90, 90, 90)),
                         QStringLiteral("[%1]").arg(i + 1));
        refs += QStringLiteral("<b>[%1]</b> %2 <i>(%3)</i><br>")
                    .arg(i + 1)
                    .arg(QString::fromStdString(p.citation).toHtmlEscaped(),
                         QString::fromStdString(p.note).toHtmlEscaped());
    }
    plot->setTitle(QCoreApplication::translate("EnergyPage", "Published accelerators (Cosemans Fig. 9 idea)"));
    plot->setAxisLabels(precision ? QCoreApplication::translate("EnergyPage", "Activation precision [bit]")
                                  : QCoreApplication::translate("EnergyPage", "Area efficiency [TOPS/mm²]"),
                        QCoreApplication::translate("EnergyPage", "Energy efficiency [TOPS/W]"));
    if (!notShown.isEmpty())
        refs += QCoreApplication::translate("EnergyPage", "<span style='color:gray'>Not on this axis (value not reported): %1</span>")
                    .arg(notShown.join(QStringLiteral(", ")));
    return refs;
}

} // namespace aimc::widgets::energy_plots
