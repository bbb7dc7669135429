// The Energy page: built, fed a computed result (as the controller would), every plot has data,
// every number is shown with its unit, the infeasible marker appears, and a PNG of the page is
// written for a look (energy_page.png in the build directory).
#include "energy_page.h"
#include "energy_page_data.h"
#include "io/preset.h"
#include "params/param_table.h"
#include "plot_widget.h"

#include <QComboBox>
#include <QLabel>
#include <QtTest>

using namespace aimc;
using namespace aimc::widgets;

class TestEnergyPage : public QObject {
    Q_OBJECT
    static core::Params fairyTale() {
        auto r = core::loadPresetFile(std::filesystem::path(AIMC_SOURCE_DIR) / "presets/fairy-tale-22nm-iedm2019.json");
        if (!r.preset)
            qFatal("%s", r.error.c_str());
        return r.preset->params;
    }
    static void feed(EnergyPage& page, const core::Params& p) {
        auto job = page.makeJob(p, Quality::Full);
        page.showResult(job(std::stop_token{}), Quality::Full);
    }
    static int points(QCustomPlot* plot) {
        int n = 0;
        for (int i = 0; i < plot->plottableCount(); ++i)
            if (auto* g = qobject_cast<QCPGraph*>(plot->plottable(i)))
                n += g->dataCount();
            else if (auto* b = qobject_cast<QCPBars*>(plot->plottable(i)))
                n += b->dataCount();
        return n;
    }
    // Plots replot queued: flush before grabbing.
    static bool grabTo(EnergyPage& page, const char* name) {
        for (auto* plot : page.plots())
            plot->replot(QCustomPlot::rpImmediateRefresh);
        return page.grab().save(QStringLiteral(AIMC_BINARY_DIR "/") + QLatin1String(name));
    }
private Q_SLOTS:
    void plotsHaveData() {
        EnergyPage page;
        page.resize(1600, 950);
        feed(page, fairyTale());
        QCOMPARE(page.plots().size(), 5);
        for (auto* plot : page.plots()) {
            QVERIFY2(points(plot) > 0, qPrintable(plot->exportName()));
            QVERIFY2(!plot->title().isEmpty(), qPrintable(plot->exportName()));
            QVERIFY2(!plot->yAxis->label().isEmpty(), qPrintable(plot->exportName()));
        }
        for (auto* plot : {page.comparisonPlot(), page.sizeSweepPlot(), page.bitsSweepPlot(), page.weightsAreaPlot()})
            QVERIFY2(!plot->xAxis->label().isEmpty(), qPrintable(plot->exportName()));
        // 5 stacked components x (this config + the paper's three sizes)
        QCOMPARE(page.breakdownPlot()->plottableCount(), 5);
        QCOMPARE(points(page.breakdownPlot()), 20);
        const auto data = page.lastData();
        QVERIFY(data->paperError.empty());
        QVERIFY(std::abs(data->paper[1].topsPerW / 10131 - 1) < 1e-3);
        QVERIFY2(data->publishedError.empty(), data->publishedError.c_str());
        QVERIFY2(data->networksError.empty(), data->networksError.c_str());
        QVERIFY(!data->networks.empty());
        QVERIFY(page.weightsAreaPlot()->itemCount() >= int(data->networks.size()));
        QVERIFY(page.headlineLabel()->text().contains(QStringLiteral("10131")));
        QVERIFY(page.headlineLabel()->text().contains(QStringLiteral("TOPS/W")));
        QVERIFY(page.headlineLabel()->text().contains(QStringLiteral("fJ/MAC")));
        QVERIFY(page.feasibilityLabel()->text().contains(QStringLiteral("Feasible")));
        // the other renderings of the same result
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.barUnitBox()->setCurrentIndex(1);
        page.comparisonAxisBox()->setCurrentIndex(1);
        QVERIFY(points(page.comparisonPlot()) > 0);
        QCOMPARE(page.comparisonPlot()->xAxis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(grabTo(page, "energy_page_alt.png"));
        page.comparisonAxisBox()->setCurrentIndex(0);
        page.barUnitBox()->setCurrentIndex(0);
        QCOMPARE(page.comparisonPlot()->xAxis->scaleType(), QCPAxis::stLinear);
        QVERIFY(grabTo(page, "energy_page.png"));
    }
    void infeasibleIsMarked() {
        EnergyPage page;
        core::Params p = fairyTale();
        QVERIFY(!core::applyAssignment(p, "periphery.f_mvm_mhz=1000"));
        feed(page, p);
        QVERIFY(page.feasibilityLabel()->text().contains(QStringLiteral("INFEASIBLE")));
        QVERIFY(page.feasibilityLabel()->text().contains(QStringLiteral("too slow")));
        bool marked = false;
        for (int i = 0; i < page.sizeSweepPlot()->plottableCount(); ++i)
            marked = marked || page.sizeSweepPlot()->plottable(i)->name().contains(QStringLiteral("infeasible"));
        QVERIFY(marked);
        page.resize(1600, 950);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(grabTo(page, "energy_page_infeasible.png"));
    }
};

QTEST_MAIN(TestEnergyPage)
#include "test_energy_page.moc"
