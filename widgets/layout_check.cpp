#include "layout_check.h"

#include "plot_fit.h"
#include "plot_widget.h"

#include <QAbstractScrollArea>
#include <QFontMetrics>
#include <QLabel>
#include <QTextDocument>

namespace aimc::widgets {
namespace {
bool scrolls(const QWidget* w, const QWidget* root) {
    for (const QWidget* p = w->parentWidget(); p && p != root; p = p->parentWidget())
        if (qobject_cast<const QAbstractScrollArea*>(p))
            return true;
    return false;
}

QString shortText(const QLabel* label) {
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText().simplified().left(60);
}

// The size the label's text needs at the label's width (wrapped labels) or on one line.
QSize neededSize(const QLabel* label, int width) {
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (rich) {
        QTextDocument doc;
        doc.setDefaultFont(label->font());
        doc.setDocumentMargin(0);
        doc.setHtml(label->text());
        doc.setTextWidth(label->wordWrap() ? width : -1);
        return QSize(static_cast<int>(std::ceil(doc.idealWidth())),
                     static_cast<int>(std::ceil(doc.size().height())));
    }
    const QFontMetrics fm(label->font());
    const int flags = label->wordWrap() ? Qt::TextWordWrap : 0;
    return fm.boundingRect(QRect(0, 0, label->wordWrap() ? width : 100000, 100000), flags, label->text()).size();
}
} // namespace

QStringList textItemProblems(QWidget* root) {
    QStringList problems;
    for (auto* plot : root->findChildren<PlotWidget*>())
        if (plot->isVisible())
            for (const QString& p : plotTextProblems(plot))
                problems << plot->exportName() + QStringLiteral(": ") + p;
    return problems;
}

QStringList layoutProblems(QWidget* root, int* checked) {
    QStringList problems;
    int count = 0;
    for (auto* plot : root->findChildren<PlotWidget*>()) {
        if (!plot->isVisible())
            continue;
        plot->replot(QCustomPlot::rpImmediateRefresh);
        ++count;
        for (const QString& p : plotFitProblems(plot))
            problems << plot->exportName() + QStringLiteral(": ") + p;
    }
    for (auto* label : root->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        ++count;
        const QRect cr = label->contentsRect();
        const QSize need = neededSize(label, cr.width());
        if (need.width() > cr.width() + 1)
            problems << QStringLiteral("label '%1' is cut: needs %2 px, has %3")
                            .arg(shortText(label)).arg(need.width()).arg(cr.width());
        else if (!scrolls(label, root) && need.height() > cr.height() + 1)
            problems << QStringLiteral("label '%1' is cut: needs %2 px of height, has %3")
                            .arg(shortText(label)).arg(need.height()).arg(cr.height());
    }
    if (checked)
        *checked += count;
    return problems;
}

} // namespace aimc::widgets
