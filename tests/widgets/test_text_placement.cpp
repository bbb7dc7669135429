// Annotations clear of each other, of markers, bars and the plot's edge (widgets/text_placement.h):
// a crowded synthetic plot is placed without an overlap, a label that fits nowhere takes its short
// form or is hidden and comes back when the plot grows, a label the page set anew keeps the new
// text, and the Energy page at a projector's 1280 × 720 has no cut or overlapping annotation.
#include "energy_page.h"
#include "plot_fit.h"
#include "plot_widget.h"
#include "text_placement.h"

#include <QtTest>

using namespace aimc;
using namespace aimc::widgets;

namespace {
QCPItemText* label(PlotWidget& plot, double x, double y, const QString& text, Qt::Alignment a) {
    auto* t = new QCPItemText(&plot);
    t->position->setType(QCPItemPosition::ptPlotCoords);
    t->position->setCoords(x, y);
    t->setPositionAlignment(a);
    t->setText(text);
    t->setPadding(QMargins(5, 1, 5, 1));
    t->setClipToAxisRect(false);
    return t;
}

void layOut(PlotWidget& plot, QSize size) {
    plot.resize(size);
    plot.show(); // a hidden widget defers its resize event, and with it the plot's viewport
    QCoreApplication::processEvents();
    QCOMPARE(plot.viewport().size(), size);
    plot.replot(QCustomPlot::rpImmediateRefresh);
}

// A plot with x in [x0, x1] and y in [0, 10].
std::unique_ptr<PlotWidget> makePlot(const char* name, double x0 = 0, double x1 = 10) {
    auto plot = std::make_unique<PlotWidget>(QString::fromLatin1(name));
    plot->xAxis->setRange(x0, x1);
    plot->yAxis->setRange(0, 10);
    return plot;
}

int hidden(PlotWidget& plot) {
    int n = 0;
    for (int i = 0; i < plot.itemCount(); ++i)
        if (auto* t = qobject_cast<QCPItemText*>(plot.item(i)); t && !t->visible())
            ++n;
    return n;
}
} // namespace

class TestTextPlacement : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void crowdedPlotHasNoOverlap() {
        auto owner = makePlot("crowded");
        PlotWidget& plot = *owner;
        auto* g = plot.addGraph();
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 8));
        QVector<double> xs, ys;
        for (int i = 0; i < 12; ++i) { // a cluster: every label's first choice hits a neighbour
            xs << 2 + 0.6 * (i % 4);
            ys << 4 + 0.5 * (i / 4);
            setShortText(label(plot, xs.back(), ys.back(), QStringLiteral("[%1] a long citation label").arg(i + 1),
                               Qt::AlignLeft | Qt::AlignVCenter),
                         QStringLiteral("[%1]").arg(i + 1));
        }
        g->setData(xs, ys);
        layOut(plot, {420, 300});
        QVERIFY(plotTextProblems(&plot).isEmpty());
        auto* first = qobject_cast<QCPItemText*>(plot.item(0));
        QVERIFY2(first->visible(), "the first label has priority");
        bool someShort = false;
        for (int i = 0; i < plot.itemCount(); ++i)
            if (auto* t = qobject_cast<QCPItemText*>(plot.item(i)); t->visible() && t->text().size() <= 4)
                someShort = true;
        QVERIFY2(someShort, "crowded labels fall back to their short form");

        layOut(plot, {4000, 1600}); // room for every label as the page wrote it
        QVERIFY(plotTextProblems(&plot).isEmpty());
        QCOMPARE(hidden(plot), 0);
        for (int i = 0; i < plot.itemCount(); ++i)
            QVERIFY(qobject_cast<QCPItemText*>(plot.item(i))->text().endsWith(QLatin1String("citation label")));
    }
    void labelAtTheEdgeMovesInside() {
        auto owner = makePlot("edge");
        PlotWidget& plot = *owner;
        auto* t = label(plot, 9.8, 5, QStringLiteral("running off the right edge"), Qt::AlignLeft | Qt::AlignVCenter);
        layOut(plot, {400, 300});
        QVERIFY(t->visible());
        QCOMPARE(t->positionAlignment() & Qt::AlignHorizontal_Mask, Qt::AlignRight);
        QVERIFY(plotTextProblems(&plot).isEmpty());
    }
    void keptSideHidesRatherThanMoves() {
        auto owner = makePlot("bars", 0.4, 3.6);
        PlotWidget& plot = *owner;
        auto* a = label(plot, 2, 5, QStringLiteral("a very wide label on the middle bar"), Qt::AlignHCenter | Qt::AlignBottom);
        auto* b = label(plot, 3, 5, QStringLiteral("a very wide label on the right bar"), Qt::AlignHCenter | Qt::AlignBottom);
        keepSide(a);
        keepSide(b);
        layOut(plot, {340, 240});
        QCOMPARE(a->positionAlignment(), Qt::AlignHCenter | Qt::AlignBottom);
        QCOMPARE(b->positionAlignment(), Qt::AlignHCenter | Qt::AlignBottom);
        QVERIFY(plotTextProblems(&plot).isEmpty());
        QVERIFY(a->visible());  // first come, first placed
        QVERIFY(!b->visible()); // cut at the edge on its only side
    }
    void pageSetTextWins() {
        auto owner = makePlot("reset");
        PlotWidget& plot = *owner;
        auto* t = label(plot, 9.8, 5, QStringLiteral("old text"), Qt::AlignLeft | Qt::AlignVCenter);
        layOut(plot, {400, 300});
        t->setText(QStringLiteral("new"));
        t->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        layOut(plot, {2000, 300});
        QCOMPARE(t->text(), QStringLiteral("new"));
        QCOMPARE(t->positionAlignment(), Qt::AlignLeft | Qt::AlignVCenter); // room again: the page's side
    }
    void energyPageAtProjectorSize() {
        EnergyPage page;
        page.resize(1000, 660); // the page's share of a 1280 × 720 window beside the parameter panel
        auto job = page.makeJob(core::Params{}, Quality::Full);
        page.showResult(job(std::stop_token{}), Quality::Full);
        page.show();
        QCoreApplication::processEvents();
        for (auto* plot : page.plots()) {
            plot->replot(QCustomPlot::rpImmediateRefresh);
            const QStringList problems = plotTextProblems(plot);
            QVERIFY2(problems.isEmpty(), qPrintable(plot->exportName() + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
        }
        int shown = 0;
        for (int i = 0; i < page.comparisonPlot()->itemCount(); ++i)
            if (auto* t = qobject_cast<QCPItemText*>(page.comparisonPlot()->item(i)); t && t->visible())
                ++shown;
        QVERIFY2(shown >= 6, "most published points keep a label (at least their citation number)");
    }
};

QTEST_MAIN(TestTextPlacement)
#include "test_text_placement.moc"
