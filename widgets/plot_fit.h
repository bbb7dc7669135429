// Making a laid-out plot fit its size (issue 15): titles and axis labels wrapped (then elided) to
// the plot, tick labels thinned until neighbours no longer touch, a legend below the data wrapped
// into as many columns as fit. The same measurements report what still does not fit, for tests.
#pragma once

#include <QFont>
#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QWeakPointer>
#include <optional>
#include <QString>
#include <QStringList>

class QCustomPlot;
class QCPAxis;
class QCPAxisTicker;

namespace aimc::widgets {

// `text` broken at word (or CJK character) boundaries into at most maxLines lines of at most
// `width` pixels; the last line is elided when the text needs more.
QString wrapToWidth(const QString& text, const QFont& font, int width, int maxLines);
// Width and height in pixels of (possibly multi-line) text.
QSize textSize(const QString& text, const QFont& font);

// True when two neighbouring tick labels of the axis, as last laid out, touch or overlap.
bool tickLabelsOverlap(const QCPAxis* axis);

// Everything in the plot's last layout that does not fit: a title or an axis label wider than
// its plot, overlapping tick labels, a legend wider than the plot. Empty when all fits.
QStringList plotFitProblems(QCustomPlot* plot);
// Text items on the plot (annotations, bar labels) cut at its edge or overlapping each other
// (placeTextItems, text_placement.h, moves or hides them so that none is).
QStringList plotTextProblems(QCustomPlot* plot);

class PlotFitter {
public:
    // Adapts the plot to its last layout. firstPass: a new replot starts (tick counts go back
    // to their defaults). Returns true when something changed and the plot must be laid out again.
    bool fit(QCustomPlot* plot, bool firstPass);

private:
    bool fitText(const void* id, const QString& current, const QFont& font, int width,
                 int maxLines, QString& out);
    QHash<const void*, QString> m_full;  // the text as set by the page
    QHash<const void*, QString> m_shown; // the text as last wrapped here
    bool shrinkTickLabels(QCPAxis* axis);
    QList<QPair<QWeakPointer<QCPAxisTicker>, int>> m_tickCounts; // the counts before thinning
    QList<QPair<QPointer<QCPAxis>, QFont>> m_tickFonts;          // the fonts before shrinking
    std::optional<QFont> m_legendFont;                           // the legend's, before shrinking
};

} // namespace aimc::widgets
