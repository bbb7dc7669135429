// The Array page: fed a computed result (as the controller would), the heat maps hold data with
// units, both SL profiles and every column error are plotted, clamped sizes and a failed solve
// are shown as such, and PNGs of the page are written for a look (array_page*.png in the build
// directory).
#include "array_page.h"
#include "array_page_data.h"
#include "plot_widget.h"

#include <QLabel>
#include <QtTest>

using namespace aimc;
using namespace aimc::widgets;

class TestArrayPage : public QObject {
    Q_OBJECT
    static void feed(ArrayPage& page, const core::Params& p) {
        auto job = page.makeJob(p, Quality::Full);
        page.showResult(job(std::stop_token{}), Quality::Full);
    }
    static QCPColorMap* mapOf(PlotWidget* plot) {
        return qobject_cast<QCPColorMap*>(plot->plottable(0));
    }
    static bool grabTo(ArrayPage& page, const char* name) {
        for (auto* plot : page.plots())
            plot->replot(QCustomPlot::rpImmediateRefresh);
        return page.grab().save(QStringLiteral(AIMC_BINARY_DIR "/") + QLatin1String(name));
    }
private Q_SLOTS:
    void mapsHaveData() {
        ArrayPage page;
        page.resize(1600, 950);
        core::Params p;
        p.device.mgo_thickness_nm = 2.0; // ~600 kΩ: a clearly visible IR drop
        p.array.rows = 512;
        p.array.cols = 512;
        p.array.activation_density = 0.8;
        feed(page, p);
        const auto d = page.lastData();
        QVERIFY(d && d->result->solution.ok());
        QCOMPARE(page.plots().size(), 6);
        for (auto* plot : {page.alMapPlot(), page.slMapPlot(), page.ratioMapPlot()}) {
            auto* map = mapOf(plot);
            QVERIFY(map);
            QVERIFY(map->data()->keySize() > 100 && map->data()->valueSize() > 100);
            QVERIFY2(!map->colorScale()->axis()->label().isEmpty(), qPrintable(plot->exportName()));
            QVERIFY(map->dataRange().size() > 0);
        }
        // 512 x 1024 cells are solved in full and shown as 2 x 2 blocks.
        QCOMPARE(d->result->physicalCols, 1024);
        QCOMPARE(d->blockRows, 2);
        QCOMPARE(d->blockCols, 2);
        QVERIFY(page.statusLabel()->text().contains(QStringLiteral("full 512 × 1024")));
        QVERIFY(mapOf(page.ratioMapPlot())->dataRange().lower < 1.0);
        for (auto* plot : page.plots()) {
            QVERIFY2(!plot->title().isEmpty(), qPrintable(plot->exportName()));
            QVERIFY2(!plot->xAxis->label().isEmpty() && !plot->yAxis->label().isEmpty(),
                     qPrintable(plot->exportName()));
            QVERIFY(plot->plottableCount() > 0);
        }
        auto* profile = page.plots()[3];
        QCOMPARE(profile->graphCount(), 2); // resistive and current-source side by side
        QCOMPARE(profile->graph(0)->dataCount(), 512);
        QCOMPARE(page.plots()[4]->graph(0)->dataCount(), 1024); // every column
        QVERIFY(page.numbersLabel()->text().contains(QStringLiteral("max IR drop")));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(grabTo(page, "array_page.png"));
    }
    void clampedAndFailedAreShown() {
        ArrayPage page;
        page.resize(1600, 950);
        core::Params p;
        p.array.rows = 3000; // beyond the solver's 2048: clamped, with a note
        p.array.cols = 4;
        feed(page, p);
        QVERIFY(page.statusLabel()->text().contains(QStringLiteral("array.rows")));
        QCOMPARE(page.lastData()->result->rows, 2048);
        // A solve that cannot converge hides the maps and says so.
        ArrayPage failing;
        failing.resize(1600, 950);
        const auto data = std::make_shared<ArrayPageData>();
        auto result = std::make_shared<core::array::IrDropResult>();
        result->solution.status = core::array::SolveStatus::NotConverged;
        result->solution.message = "iteration limit reached";
        result->solution.residual = 3e-4;
        data->result = result;
        data->rCell = {1e4, 1e8};
        data->tResistive = {1e-12, 1e-8};
        data->iCell = {1e-9, 1e-5};
        data->tCurrentSource = {1e-8, 1e-12};
        failing.showResult(data, Quality::Full);
        QVERIFY(failing.statusLabel()->text().contains(QStringLiteral("did not converge")));
        QVERIFY(failing.alMapPlot()->isHidden());
        failing.show();
        QVERIFY(QTest::qWaitForWindowExposed(&failing));
        QVERIFY(grabTo(failing, "array_page_failed.png"));
    }
};

QTEST_MAIN(TestArrayPage)
#include "test_array_page.moc"
