// The Precharge page (issue 10): fed a computed result as the controller would, it draws the
// waveforms with the pulse ends and both transfer curves; the transient's drawn energy equals the
// energy model's summation-line term at the same swing; meaningless pulses show the refusal.
#include "plot_widget.h"
#include "precharge_page.h"
#include "precharge_page_data.h"

#include <QLabel>
#include <QtTest>

using namespace aimc;
using namespace aimc::widgets;

class TestPrechargePage : public QObject {
    Q_OBJECT
    static void feed(PrechargePage& page, const core::Params& p) {
        auto job = page.makeJob(p, Quality::Full);
        page.showResult(job(std::stop_token{}), Quality::Full);
    }
private Q_SLOTS:
    void drawsTheTransientAndTheTransferCurves() {
        PrechargePage page;
        page.resize(1400, 800);
        core::Params p;
        p.array.rows = 64;
        p.array.cols = 16;
        p.array.i_cell_ua = 0.005; // current-source lines stay saturated on every random input
        feed(page, p);
        const auto d = page.lastData();
        QVERIFY(d && d->error.empty());
        // Four lines against time plus the pulse-end markers; two curves plus the exact line.
        QCOMPARE(page.waveformPlot()->graphCount(), 5);
        QCOMPARE(page.transferPlot()->graphCount(), 3);
        QVERIFY(page.waveformPlot()->graph(4)->dataCount() == static_cast<int>(d->transient.pulseEnds.size()));
        QCOMPARE(static_cast<int>(d->resistive.ideal.size()), 48 * 16);
        // Resistive lines compress; saturated current sources give the exact MVM.
        QVERIFY(d->resistive.deviationRms > 0.01);
        QVERIFY(d->currentSource.deviationRms < 1e-9);
        // The energy the precharge restores is the energy model's summation-line term.
        QVERIFY(std::abs(d->transient.energySlJ * 1e12 / d->energyModelSlPj - 1) < 1e-9);
        QVERIFY(page.numbersLabel()->text().contains(QStringLiteral("Precharge scheme")));
    }
    void showsTheRefusal() {
        PrechargePage page;
        core::Params p;
        p.periphery.t_lsb_ps = 1000; // 31 ns pulses against a 10 ns MVM period
        feed(page, p);
        QVERIFY(!page.lastData()->error.empty());
        QVERIFY(page.numbersLabel()->text().contains(QStringLiteral("periphery.t_lsb_ps")));
        QVERIFY(page.waveformPlot()->isHidden());
    }
};

QTEST_MAIN(TestPrechargePage)
#include "test_precharge_page.moc"
