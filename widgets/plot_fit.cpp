#include "plot_fit.h"

#include "plot_style.h"
#include "text_placement.h"

#include <QFontMetrics>
#include <QTextLayout>
#include <qcustomplot.h>

namespace aimc::widgets {
namespace {
constexpr int kTitleLines = 2;
constexpr int kAxisLabelLines = 2;
constexpr int kMinTicks = 2;
constexpr double kShrinkStep = 0.92;     // per layout pass
constexpr double kMinTickFontShare = 0.7; // of the style's size (tick labels, legends)

bool horizontal(const QCPAxis* axis) { return axis->orientation() == Qt::Horizontal; }

int axisLength(const QCPAxis* axis) {
    const QRect r = axis->axisRect()->rect();
    return horizontal(axis) ? r.width() : r.height();
}

QList<QCPAxis*> allAxes(QCustomPlot* plot) {
    QList<QCPAxis*> axes;
    for (auto* axis : plotAxes(plot)) // colour scales included
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

namespace {
QStringList greedyLines(const QString& flat, const QFont& font, int width, int maxLines);
} // namespace

QString wrapToWidth(const QString& text, const QFont& font, int width, int maxLines) {
    if (text.isEmpty() || width <= 0 || textSize(text, font).width() <= width)
        return text;
    const QString flat = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    QStringList lines = greedyLines(flat, font, width, maxLines);
    // Balance: the narrowest width that still needs no more lines, so that a title breaks as
    // "Energy of one MVM / (Cosemans Fig. 7)" rather than leaving "7)" alone on its line.
    if (lines.size() > 1 && !lines.back().endsWith(QChar(0x2026))) {
        int lo = width / lines.size(), hi = width;
        while (hi - lo > 4) {
            const int mid = (lo + hi) / 2;
            const QStringList trial = greedyLines(flat, font, mid, maxLines);
            if (trial.size() <= lines.size() && !trial.back().endsWith(QChar(0x2026)))
                hi = mid;
            else
                lo = mid;
        }
        lines = greedyLines(flat, font, hi, maxLines);
    }
    return lines.join(QLatin1Char('\n'));
}

namespace {
// Lines of at most `width` px (word or CJK-character breaks); the last allowed line is elided.
QStringList greedyLines(const QString& flat, const QFont& font, int width, int maxLines) {
    QStringList lines;
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
    return lines;
}
} // namespace

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
    if (plot->legend && plot->legend->visible()) {
        if (plot->legend->outerRect().width() > width)
            problems << QStringLiteral("legend is wider than its plot (%1 > %2 px)")
                            .arg(plot->legend->outerRect().width()).arg(width);
        for (int i = 0; i < plot->legend->itemCount(); ++i) { // squeezed entries are cut
            const QCPLayoutElement* item = plot->legend->item(i);
            if (!item || item->outerRect().width() >= item->minimumOuterSizeHint().width())
                continue;
            auto* entry = qobject_cast<QCPPlottableLegendItem*>(plot->legend->item(i));
            problems << QStringLiteral("legend entry '%1' is cut (%2 < %3 px)")
                            .arg(entry ? entry->plottable()->name() : QString())
                            .arg(item->outerRect().width()).arg(item->minimumOuterSizeHint().width());
        }
    }
    return problems;
}

QStringList plotTextProblems(QCustomPlot* plot) {
    QStringList problems;
    QList<QPair<QCPItemText*, QRectF>> texts; // labels on the plot must not be cut or overlap
    for (int i = 0; i < plot->itemCount(); ++i) {
        auto* t = qobject_cast<QCPItemText*>(plot->item(i));
        if (!t || !t->visible() || t->text().isEmpty() || t->rotation() != 0)
            continue;
        const QRectF rect = textItemRect(t, t->positionAlignment(), t->text());
        const QRectF clip = textItemClip(plot, t);
        if (!clip.adjusted(-1, -1, 1, 1).contains(rect))
            problems << QStringLiteral("text '%1' is cut at the edge of the plot").arg(t->text().simplified());
        for (const auto& [other, otherRect] : std::as_const(texts))
            if (rect.adjusted(1, 1, -1, -1).intersects(otherRect))
                problems << QStringLiteral("texts '%1' and '%2' overlap").arg(t->text().simplified(), other->text().simplified());
        texts.append({t, rect});
    }
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

bool PlotFitter::shrinkTickLabels(QCPAxis* axis) {
    auto it = std::find_if(m_tickFonts.begin(), m_tickFonts.end(), [&](const auto& e) { return e.first == axis; });
    if (it == m_tickFonts.end())
        it = m_tickFonts.insert(m_tickFonts.end(), {QPointer<QCPAxis>(axis), axis->tickLabelFont()});
    QFont font = axis->tickLabelFont();
    if (font.pointSizeF() * kShrinkStep < it->second.pointSizeF() * kMinTickFontShare)
        return false; // as small as a slide allows: the check reports what still overlaps
    font.setPointSizeF(font.pointSizeF() * kShrinkStep);
    axis->setTickLabelFont(font);
    return true;
}

bool PlotFitter::fit(QCustomPlot* plot, bool firstPass) {
    bool changed = false;
    if (firstPass) { // a new size or new data: start from the tickers' own counts and fonts
        for (const auto& [ticker, count] : std::as_const(m_tickCounts))
            if (auto alive = ticker.toStrongRef())
                alive->setTickCount(count);
        m_tickCounts.clear();
        for (const auto& [axis, font] : std::as_const(m_tickFonts))
            if (axis)
                axis->setTickLabelFont(font);
        m_tickFonts.clear();
        if (m_legendFont) {
            plot->legend->setFont(*m_legendFont);
            m_legendFont.reset();
        }
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
        if (!ticker || !tickLabelsOverlap(axis))
            continue;
        // Numbers thin out; categories (a text ticker) cannot, so their font shrinks a little.
        if (ticker->tickCount() > kMinTicks && !ticker.dynamicCast<QCPAxisTickerText>()) {
            const bool known = std::any_of(m_tickCounts.begin(), m_tickCounts.end(),
                                           [&](const auto& e) { return e.first.toStrongRef() == ticker; });
            if (!known)
                m_tickCounts.append({ticker.toWeakRef(), ticker->tickCount()});
            ticker->setTickCount(ticker->tickCount() - 1);
            changed = true;
        } else {
            changed |= shrinkTickLabels(axis);
        }
    }
    if (legendOutside(plot) && plot->legend->itemCount() > 0) {
        int widest = 0, items = 0;
        for (int i = 0; i < plot->legend->itemCount(); ++i)
            if (auto* item = plot->legend->item(i)) { // wrapped grids have empty cells
                widest = std::max(widest, item->minimumOuterSizeHint().width());
                ++items;
            }
        if (widest > viewportTextWidth(plot)) { // one entry longer than the plot: a smaller font
            if (!m_legendFont)
                m_legendFont = plot->legend->font();
            QFont font = plot->legend->font();
            if (font.pointSizeF() * kShrinkStep >= m_legendFont->pointSizeF() * kMinTickFontShare) {
                font.setPointSizeF(font.pointSizeF() * kShrinkStep);
                plot->legend->setFont(font);
                return true;
            }
        }
        const int spacing = plot->legend->columnSpacing();
        const int columns = std::clamp((viewportTextWidth(plot) + spacing) / std::max(1, widest + spacing), 1,
                                       std::max(1, items));
        if (plot->legend->wrap() != columns) {
            plot->legend->setWrap(columns);
            plot->legend->setFillOrder(plot->legend->fillOrder(), true); // re-flow into the new columns
            changed = true;
        }
    }
    return changed;
}

} // namespace aimc::widgets
