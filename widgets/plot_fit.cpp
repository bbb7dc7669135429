#include "plot_fit.h"

#include <QFontMetrics>
#include <QTextLayout>
#include <qcustomplot.h>

namespace aimc::widgets {
namespace {
constexpr int kTitleLines = 2;
constexpr int kAxisLabelLines = 2;
constexpr int kMinTicks = 2;

bool horizontal(const QCPAxis* axis) { return axis->orientation() == Qt::Horizontal; }

int axisLength(const QCPAxis* axis) {
    const QRect r = axis->axisRect()->rect();
    return horizontal(axis) ? r.width() : r.height();
}

// The axes of every axis rect, colour scales included (their axis rect is a layout element too).
QList<QCPAxis*> allAxes(QCustomPlot* plot) {
    QList<QCPAxis*> axes;
    for (auto* rect : plot->axisRects())
        for (auto* axis : rect->axes())
            if (axis->visible())
                axes << axis;
    return axes;
}

QList<QCPTextElement*> titles(QCustomPlot* plot) {
    QList<QCPTextElement*> out;
    for (auto* e : plot->plotLayout()->elements(true))
        if (auto* t = qobject_cast<QCPTextElement*>(e))
            out << t;
    return out;
}

int viewportTextWidth(const QCustomPlot* plot) { return plot->viewport().width() - 8; }

bool legendOutside(const QCustomPlot* plot) {
    return plot->legend && plot->legend->visible() && plot->legend->layout() == plot->plotLayout();
}
} // namespace

QSize textSize(const QString& text, const QFont& font) {
    return QFontMetrics(font).boundingRect(QRect(0, 0, 100000, 100000), Qt::AlignLeft | Qt::AlignTop, text).size();
}

QString wrapToWidth(const QString& text, const QFont& font, int width, int maxLines) {
    if (text.isEmpty() || width <= 0 || textSize(text, font).width() <= width)
        return text;
    QStringList lines;
    const QString flat = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    QTextLayout layout(flat, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) { // the last allowed line takes the rest, elided
            const QString rest = flat.mid(line.textStart()).trimmed();
            lines << QFontMetrics(font).elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << flat.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines.join(QLatin1Char('\n'));
}

bool tickLabelsOverlap(const QCPAxis* axis) {
    if (!axis->visible() || !axis->tickLabels())
        return false;
    const auto ticks = axis->tickVector();
    const auto labels = axis->tickVectorLabels();
    const QFontMetrics fm(axis->tickLabelFont());
    const int gap = fm.height() / 3; // a third of a line between neighbours, at least
    const double lo = horizontal(axis) ? axis->axisRect()->left() : axis->axisRect()->top();
    const double hi = lo + axisLength(axis);
    bool havePrevious = false;
    double previousPos = 0, previousHalf = 0;
    for (int i = 0; i < ticks.size() && i < labels.size(); ++i) {
        const double pos = axis->coordToPixel(ticks[i]);
        if (pos < lo - 1 || pos > hi + 1 || labels[i].isEmpty())
            continue;
        const QSize s = textSize(labels[i], axis->tickLabelFont());
        const double half = (horizontal(axis) ? s.width() : s.height()) / 2.0;
        if (havePrevious && std::abs(pos - previousPos) < previousHalf + half + gap)
            return true;
        havePrevious = true;
        previousPos = pos;
        previousHalf = half;
    }
    return false;
}

QStringList plotFitProblems(QCustomPlot* plot) {
    QStringList problems;
    const int width = plot->viewport().width();
    for (auto* t : titles(plot))
        if (textSize(t->text(), t->font()).width() > width)
            problems << QStringLiteral("title '%1' is wider than its plot (%2 px)").arg(t->text()).arg(width);
    for (auto* axis : allAxes(plot)) {
        const QSize s = textSize(axis->label(), axis->labelFont());
        if (!axis->label().isEmpty() && s.width() > axisLength(axis))
            problems << QStringLiteral("axis label '%1' is longer than its axis (%2 px)")
                            .arg(axis->label()).arg(axisLength(axis));
        if (tickLabelsOverlap(axis))
            problems << QStringLiteral("tick labels of axis '%1' overlap: %2")
                            .arg(axis->label(), axis->tickVectorLabels().toList().join(QLatin1Char(' ')));
    }
    if (plot->legend && plot->legend->visible() && plot->legend->outerRect().width() > width)
        problems << QStringLiteral("legend is wider than its plot (%1 > %2 px)")
                        .arg(plot->legend->outerRect().width()).arg(width);
    return problems;
}

bool PlotFitter::fitText(const void* id, const QString& current, const QFont& font, int width,
                         int maxLines, QString& out) {
    if (!m_shown.contains(id) || current != m_shown.value(id))
        m_full[id] = current; // set anew by the page since we last wrapped it
    out = wrapToWidth(m_full.value(id), font, width, maxLines);
    m_shown[id] = out;
    return out != current;
}

bool PlotFitter::fit(QCustomPlot* plot, bool firstPass) {
    bool changed = false;
    if (firstPass) { // a new size or new data: start from the tickers' own counts
        for (const auto& [ticker, count] : std::as_const(m_tickCounts))
            if (auto alive = ticker.toStrongRef())
                alive->setTickCount(count);
        m_tickCounts.clear();
    }
    for (auto* t : titles(plot)) {
        QString text;
        if (fitText(t, t->text(), t->font(), viewportTextWidth(plot), kTitleLines, text)) {
            t->setText(text);
            changed = true;
        }
    }
    for (auto* axis : allAxes(plot)) {
        QString text;
        if (!axis->label().isEmpty() &&
            fitText(axis, axis->label(), axis->labelFont(), axisLength(axis), kAxisLabelLines, text)) {
            axis->setLabel(text);
            changed = true;
        }
        auto ticker = axis->ticker();
        if (ticker && tickLabelsOverlap(axis) && ticker->tickCount() > kMinTicks) {
            const bool known = std::any_of(m_tickCounts.begin(), m_tickCounts.end(),
                                           [&](const auto& e) { return e.first.toStrongRef() == ticker; });
            if (!known)
                m_tickCounts.append({ticker.toWeakRef(), ticker->tickCount()});
            ticker->setTickCount(ticker->tickCount() - 1);
            changed = true;
        }
    }
    if (legendOutside(plot) && plot->legend->itemCount() > 0) {
        int widest = 0, items = 0;
        for (int i = 0; i < plot->legend->itemCount(); ++i)
            if (auto* item = plot->legend->item(i)) { // wrapped grids have empty cells
                widest = std::max(widest, item->minimumOuterSizeHint().width());
                ++items;
            }
        const int spacing = plot->legend->columnSpacing();
        const int columns = std::clamp((viewportTextWidth(plot) + spacing) / std::max(1, widest + spacing), 1,
                                       std::max(1, items));
        if (plot->legend->wrap() != columns) {
            plot->legend->setWrap(columns);
            changed = true;
        }
    }
    return changed;
}

} // namespace aimc::widgets
