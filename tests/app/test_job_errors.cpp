// One compute channel (issue 13): a job that throws reaches its page as an error banner through
// the ComputeController — never swallowed, the page not left "running" — and the next good
// result clears it.
#include "test_timeouts.h"
#include "compute_controller.h"

#include <QLabel>
#include <QSignalSpy>
#include <QVBoxLayout>
#include <QtTest>
#include <stdexcept>

using namespace aimc;

namespace {

// A page whose job throws for TMR above 2 (a stand-in for a bug or an unforeseen input).
class ThrowingPage : public widgets::ComputePage {
public:
    ThrowingPage() {
        auto* layout = new QVBoxLayout(this);
        m_value = new QLabel(this);
        layout->addWidget(m_value);
    }
    QString pageId() const override { return QStringLiteral("throwing"); }
    QString title() const override { return QStringLiteral("Throwing"); }
    bool wantsCoarsePass() const override { return false; }
    widgets::PageJob makeJob(const core::Params& params, widgets::Quality) const override {
        const double tmr = params.device.tmr;
        return [tmr](const widgets::JobContext&) -> widgets::AnyResult {
            if (tmr > 2)
                throw std::runtime_error("model failed at TMR " + std::to_string(tmr));
            return std::make_shared<const double>(tmr);
        };
    }
    void showResult(const widgets::AnyResult& result, widgets::Quality) override {
        shown = *std::static_pointer_cast<const double>(result);
        m_value->setText(QString::number(shown));
    }
    QList<widgets::PlotWidget*> plots() const override { return {}; }
    double shown = -1;

private:
    QLabel* m_value = nullptr;
};

} // namespace

class TestJobErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exceptionBecomesBannerAndNextResultClearsIt() {
        app::ComputeController controller;
        ThrowingPage page;
        page.resize(640, 360);
        page.show();
        controller.addPage(&page);
        controller.setVisiblePage(&page);
        QSignalSpy failed(&controller, &app::ComputeController::jobFailed);
        QSignalSpy shown(&controller, &app::ComputeController::resultShown);

        core::Params p = controller.params();
        p.device.tmr = 1.5;
        controller.setParams(p);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, aimc::test::scaledMs(20000));
        QCOMPARE(page.jobError(), QString());

        p.device.tmr = 3;
        controller.setParams(p);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, aimc::test::scaledMs(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy(), aimc::test::scaledMs(20000)); // not "running" for ever
        QVERIFY2(page.jobError().contains(QStringLiteral("model failed at TMR 3")), qPrintable(page.jobError()));
        QVERIFY(page.jobError().contains(failed.front().at(1).toString()));
        QCOMPARE(page.shown, 1.5); // the last good result stays; no result for the failed params
        QVERIFY(page.grab().save(QStringLiteral(AIMC_BINARY_DIR "/job_error_banner.png")));

        p.device.tmr = 1.8;
        controller.setParams(p);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, aimc::test::scaledMs(20000));
        QCOMPARE(page.shown, 1.8);
        QCOMPARE(page.jobError(), QString()); // cleared by the next result
        QCOMPARE(failed.count(), 1);
    }
};

QTEST_MAIN(TestJobErrors)
#include "test_job_errors.moc"
