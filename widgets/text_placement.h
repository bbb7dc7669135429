// Annotations that do not collide (issue 15's open point): after each layout, every text item on a
// plot goes to the first side of its anchor where it is neither cut by the axis rect nor on top
// of an earlier text item, a data marker or an inset legend; one that fits nowhere shows its short form (if the
// page gave one) or is hidden until the plot is large enough again. Items keep their priority in
// the order the page added them. The page's own alignment and text are restored before each
// placement, so a larger plot (an export, a spotlight) shows the labels as the page wrote them.
#pragma once

#include <Qt>
#include <QRectF>
#include <QString>

class QCustomPlot;
class QCPItemText;

namespace aimc::widgets {

// The pixel rectangle `item` occupies with `text` at alignment `a` around its anchor, as last laid out.
QRectF textItemRect(const QCPItemText* item, Qt::Alignment a, const QString& text);
// Where the item may draw: its axis rect (outside it are the tick labels), else the viewport.
QRectF textItemClip(const QCustomPlot* plot, const QCPItemText* item);

// A shorter text for when the full one fits nowhere (a citation's "[8]" for "[8] Kneip 2023").
void setShortText(QCPItemText* item, const QString& shortText);

// The item may not move from the page's side of its anchor (a bar's total: beside the bar it would
// name the neighbour); it still takes its short form or is hidden when it does not fit there.
void keepSide(QCPItemText* item);

// Places every text item of `plot` on its last layout (see above).
void placeTextItems(QCustomPlot* plot);

} // namespace aimc::widgets
