// What a person would see cut or overlapping, measured instead of looked at (issue 15): used by
// the presentation-mode GUI test for every page, window size and language.
#pragma once

#include <QStringList>

class QWidget;

namespace aimc::widgets {

// Lays out and checks everything visible under `root`: each plot (plotFitProblems: titles, axis
// labels, tick labels, legends) and each label, whose text (a rich-text table laid out at the
// label's width, or plain text) must fit its width, and its height unless it scrolls.
// One line per problem, naming the plot or the label's text.
// checked (optional) counts the plots and labels measured.
QStringList layoutProblems(QWidget* root, int* checked = nullptr);
// The text items of the visible plots that are cut or overlap (plotTextProblems), for reports.
QStringList textItemProblems(QWidget* root);

} // namespace aimc::widgets
