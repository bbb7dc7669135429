#include "text_placement.h"

#include "plot_fit.h"

#include <QList>
#include <QVariant>
#include <qcustomplot.h>

namespace aimc::widgets {
namespace {
// The page's own placement, kept on the item itself so that no table outlives a deleted item.
const char* const kPageAlignment = "aimcPageAlignment";
const char* const kPageText = "aimcPageText";
const char* const kShortText = "aimcShortText";
const char* const kFixedSide = "aimcFixedSide";
const char* const kHiddenHere = "aimcHiddenByPlacement";
const char* const kShownText = "aimcShownText";
const char* const kShownAlignment = "aimcShownAlignment";

// The page's side first, then its mirror image, then above and below the anchor, then the corners.
QList<Qt::Alignment> candidateSides(Qt::Alignment a) {
    const Qt::Alignment h = a & Qt::AlignHorizontal_Mask, v = a & Qt::AlignVertical_Mask;
    const Qt::Alignment mirror = h == Qt::AlignLeft ? Qt::AlignRight : h == Qt::AlignRight ? Qt::AlignLeft : h;
    QList<Qt::Alignment> out;
    for (const Qt::Alignment c :
         {a, mirror | v, Qt::AlignHCenter | Qt::AlignBottom, Qt::AlignHCenter | Qt::AlignTop, Qt::AlignLeft | v,
          Qt::AlignRight | v, Qt::AlignLeft | Qt::AlignBottom, Qt::AlignRight | Qt::AlignBottom,
          Qt::AlignLeft | Qt::AlignTop, Qt::AlignRight | Qt::AlignTop})
        if (!out.contains(c))
            out << c;
    return out;
}

// Back to what the page set. What the item shows differs from what placement last left only when
// the page set it anew: then that is the page's state.
void restorePageState(QCPItemText* t) {
    const bool changedByPage = t->property(kShownText).toString() != t->text() ||
                               t->property(kShownAlignment).toInt() != int(t->positionAlignment());
    if (!t->property(kPageAlignment).isValid() || changedByPage) {
        t->setProperty(kPageAlignment, int(t->positionAlignment()));
        t->setProperty(kPageText, t->text());
        return;
    }
    t->setPositionAlignment(Qt::Alignment(t->property(kPageAlignment).toInt()));
    t->setText(t->property(kPageText).toString());
    if (t->property(kHiddenHere).toBool()) {
        t->setVisible(true);
        t->setProperty(kHiddenHere, false);
    }
}

void remember(QCPItemText* t) {
    t->setProperty(kShownText, t->text());
    t->setProperty(kShownAlignment, int(t->positionAlignment()));
}
// The scatter markers of the visible graphs, which a label must not hide (at most a few thousand:
// dense curves have no markers).
QList<QRectF> markerRects(QCustomPlot* plot) {
    constexpr int kMaxMarkers = 4000;
    QList<QRectF> out;
    for (int g = 0; g < plot->graphCount(); ++g) {
        QCPGraph* graph = plot->graph(g);
        const QCPScatterStyle& style = graph->scatterStyle();
        if (!graph->visible() || style.isNone() || graph->dataCount() > kMaxMarkers - out.size())
            continue;
        const double half = style.size() / 2;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
            const QPointF c = graph->coordsToPixels(it->key, it->value);
            out << QRectF(c.x() - half, c.y() - half, 2 * half, 2 * half);
        }
    }
    return out;
}

// The bars of a bar chart (each stack as one rectangle, from zero to its top): a label above a bar
// must not land on its neighbour.
QList<QRectF> barRects(QCustomPlot* plot) {
    QList<QRectF> out;
    for (int p = 0; p < plot->plottableCount(); ++p) {
        auto* bars = qobject_cast<QCPBars*>(plot->plottable(p));
        if (!bars || !bars->visible() || bars->barAbove() || bars->widthType() != QCPBars::wtPlotCoords)
            continue;
        const double zero = bars->valueAxis()->coordToPixel(0);
        for (int i = 0; i < bars->dataCount(); ++i) {
            const double key = bars->data()->at(i)->key, half = bars->width() / 2;
            const double x0 = bars->keyAxis()->coordToPixel(key - half), x1 = bars->keyAxis()->coordToPixel(key + half);
            const QPointF top = bars->dataPixelPosition(i);
            out << QRectF(QPointF(std::min(x0, x1), std::min(top.y(), zero)), QPointF(std::max(x0, x1), std::max(top.y(), zero)));
        }
    }
    return out;
}
} // namespace

QRectF textItemRect(const QCPItemText* t, Qt::Alignment a, const QString& text) {
    const QMargins pad = t->padding();
    const QSizeF size = textSize(text, t->font()) + QSize(pad.left() + pad.right(), pad.top() + pad.bottom());
    QPointF corner = t->position->pixelPosition();
    corner.rx() -= a & Qt::AlignHCenter ? size.width() / 2 : a & Qt::AlignRight ? size.width() : 0;
    corner.ry() -= a & Qt::AlignVCenter ? size.height() / 2 : a & Qt::AlignBottom ? size.height() : 0;
    return {corner, size};
}

QRectF textItemClip(const QCustomPlot* plot, const QCPItemText* t) {
    // Even a label that may draw outside its axis rect belongs inside it: outside are tick labels.
    return t->clipAxisRect() ? QRectF(t->clipAxisRect()->rect()) : QRectF(plot->viewport());
}

void setShortText(QCPItemText* item, const QString& shortText) {
    if (item)
        item->setProperty(kShortText, shortText);
}

void keepSide(QCPItemText* item) {
    if (item)
        item->setProperty(kFixedSide, true);
}

void placeTextItems(QCustomPlot* plot) {
    // Runs on every replot: a plot without annotations (heat maps, most curves) costs nothing.
    bool anyText = false;
    for (int i = 0; i < plot->itemCount() && !anyText; ++i)
        anyText = qobject_cast<QCPItemText*>(plot->item(i)) != nullptr;
    if (!anyText)
        return;
    const QList<QRectF> markers = markerRects(plot);
    QList<QRectF> taken = barRects(plot);
    if (plot->legend && plot->legend->visible() && plot->legend->layout() != plot->plotLayout())
        taken << QRectF(plot->legend->outerRect()); // an inset legend covers the data
    for (int i = 0; i < plot->itemCount(); ++i) {
        auto* t = qobject_cast<QCPItemText*>(plot->item(i));
        if (!t || t->rotation() != 0)
            continue;
        restorePageState(t);
        if (!t->visible() || t->text().isEmpty()) {
            remember(t);
            continue;
        }
        const QRectF clip = textItemClip(plot, t).adjusted(-1, -1, 1, 1);
        const QPointF anchor = t->position->pixelPosition();
        auto free = [&](const QRectF& r) {
            if (!clip.contains(r))
                return false;
            const QRectF inner = r.adjusted(1, 1, -1, -1);
            auto hits = [&](const QRectF& o) { return inner.intersects(o); };
            auto hitsOther = [&](const QRectF& m) { return hits(m) && !m.contains(anchor); }; // its own point: fine
            return std::none_of(taken.begin(), taken.end(), hits) &&
                   std::none_of(markers.begin(), markers.end(), hitsOther);
        };
        QStringList texts{t->text()};
        if (const QString s = t->property(kShortText).toString(); !s.isEmpty())
            texts << s;
        bool placed = false;
        for (const QString& text : texts) {
            const auto sides = t->property(kFixedSide).toBool() ? QList<Qt::Alignment>{t->positionAlignment()}
                                                                 : candidateSides(t->positionAlignment());
            for (const Qt::Alignment a : sides) {
                const QRectF r = textItemRect(t, a, text);
                if (!free(r))
                    continue;
                t->setPositionAlignment(a);
                t->setText(text);
                taken << r;
                placed = true;
                break;
            }
            if (placed)
                break;
        }
        if (!placed) {
            t->setVisible(false);
            t->setProperty(kHiddenHere, true);
        }
        remember(t);
    }
}

} // namespace aimc::widgets
