// The Network page as a user drives it: with a model and MNIST present, the accuracy appears, and
// a slider on the parameter panel changes it (issue 6), and Fig. 16 comes from paired chips (issue 14).
// The model is the shipped lenet5-mnist-s00, copied alone into a temporary model folder.
#include "test_timeouts.h"
#include "skip_policy.h"
#include "compute_controller.h"
#include "main_window.h"
#include "network_page.h"
#include "network_page_data.h"
#include "nn/dataset.h"
#include "nn/model_file.h"
#include "nn/network.h"
#include "param_control.h"
#include "param_panel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QtTest>

using namespace aimc;

// Fig. 16 on the page comes from paired chips: its IR-off accuracies are the variation-only
// accuracies of the chips chipAccuracy runs (same seeds, same images), and the IR-on accuracies of
// the current device's point are those chips' accuracies with the IR drop (the page's sweep: map).
void checkPairedSweep(const widgets::NetworkPageData& d, const core::Params& params) {
    QVERIFY(d.ronSweep);
    const auto& s = *d.ronSweep;
    QCOMPARE(s.curves.size(), std::size_t(3)); // the array's wire and two references
    QCOMPARE(s.curves[0].wireOhm, params.array.r_sl_ohm);
    for (const auto& c : s.curves)
        QCOMPARE(c.points.size(), std::size_t(6));
    QVERIFY(s.current);
    core::analog::AccuracyOptions o;
    o.images = s.images;
    o.chips = static_cast<int>(s.accuracyOff.size());
    o.seed = params.sim.seed;
    QVERIFY(o.chips >= 3);
    o.ir = core::analog::IrMode::Off;
    const auto off = core::analog::chipAccuracy(d.inputs->net, d.inputs->data, params, o);
    QVERIFY(off);
    QCOMPARE(off->chipAccuracies, s.accuracyOff);
    o.ir = core::analog::IrMode::Map;
    const auto on = core::analog::chipAccuracy(d.inputs->net, d.inputs->data, params, o);
    QVERIFY(on);
    QCOMPARE(on->chipAccuracies, s.current->accuracy);
}

class TestNetworkPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_models;
private Q_SLOTS:
    void initTestCase() {
        if (!std::filesystem::exists(core::nn::dataRoot() / "mnist"))
            AIMC_SKIP("MNIST is not fetched (scripts/fetch-data.sh)");
        // A trained model, so that chips differ in accuracy and the pairing check below can fail.
        QVERIFY(QFile::copy(QStringLiteral(AIMC_SOURCE_DIR "/resources/models/lenet5-mnist-s00.aimcnn"),
                            m_models.filePath(QStringLiteral("lenet5-mnist-s00.aimcnn"))));
        qputenv("AIMC_MODEL_DIR", m_models.path().toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("aimc-test"));
    }
    void sliderUpdatesAccuracy() {
        app::MainWindow window;
        window.setInteractive(false);
        auto* panel = window.paramPanel();
        panel->control(QStringLiteral("sim.images"))->spinBox()->setValue(200);
        panel->control(QStringLiteral("sim.chips"))->spinBox()->setValue(2);
        panel->control(QStringLiteral("array.rows"))->spinBox()->setValue(128);
        panel->control(QStringLiteral("array.cols"))->spinBox()->setValue(64);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("network")));
        widgets::NetworkPage* page = nullptr;
        for (auto* p : window.pages())
            page = page ? page : qobject_cast<widgets::NetworkPage*>(p);
        QVERIFY(page);
        const auto complete = [&] {
            const auto d = page->lastData();
            return d && !d->coarse && !d->partial && !window.controller()->isBusy();
        };
        QTRY_VERIFY_WITH_TIMEOUT(complete(), aimc::test::scaledMs(120000));
        auto first = page->lastData();
        QVERIFY2(first->error.empty(), first->error.c_str());
        QVERIFY(first->accuracy);
        QCOMPARE(first->accuracy->images, 200);
        QCOMPARE(static_cast<int>(first->accuracy->chipAccuracies.size()), 2);
        QVERIFY(page->accuracyLabel()->text().contains(QStringLiteral("±")));
        checkPairedSweep(*first, window.controller()->params());
        // Drag the radius-variation slider: a new chip population, a new accuracy result.
        auto* sigma = panel->control(QStringLiteral("device.sigma_radius_nm"));
        QSignalSpy shown(window.controller(), &app::ComputeController::resultShown);
        sigma->slider()->setValue(sigma->slider()->maximum());
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), aimc::test::scaledMs(30000)); // the preview arrives first
        QTRY_VERIFY_WITH_TIMEOUT(page->lastData() != first && complete(), aimc::test::scaledMs(120000));
        const auto second = page->lastData();
        QVERIFY(second->deviceSigmaW > 2 * first->deviceSigmaW);
        QVERIFY(second->accuracy->chipAccuracies != first->accuracy->chipAccuracies);
        QCOMPARE(second->accuracy->ideal, first->accuracy->ideal); // the digital reference stays
    }
};

QTEST_MAIN(TestNetworkPage)
#include "test_network_page.moc"
