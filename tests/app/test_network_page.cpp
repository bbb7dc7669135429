// The Network page as a user drives it: with a model and MNIST present, the accuracy appears, and
// a slider on the parameter panel changes it (issue 6). The model is an untrained LeNet-5 saved
// to a temporary folder (the shipped ones are checked by the networks tests and the README runs).
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

class TestNetworkPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_models;
private Q_SLOTS:
    void initTestCase() {
        if (!std::filesystem::exists(core::nn::dataRoot() / "mnist"))
            AIMC_SKIP("MNIST is not fetched (scripts/fetch-data.sh)");
        core::nn::ArchSpec spec;
        core::nn::Network net(spec, 3);
        core::nn::ModelInfo info;
        info.arch = spec;
        info.dataset = "mnist";
        QVERIFY(!core::nn::saveModel(m_models.filePath("untrained-mnist.aimcnn").toStdString(), net, info));
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
        QTRY_VERIFY_WITH_TIMEOUT(complete(), 120000);
        auto first = page->lastData();
        QVERIFY2(first->error.empty(), first->error.c_str());
        QVERIFY(first->accuracy);
        QCOMPARE(first->accuracy->images, 200);
        QCOMPARE(static_cast<int>(first->accuracy->chipAccuracies.size()), 2);
        QVERIFY(page->accuracyLabel()->text().contains(QStringLiteral("±")));
        QCOMPARE(first->ronSweep.size(), std::size_t(6));
        // Drag the radius-variation slider: a new chip population, a new accuracy result.
        auto* sigma = panel->control(QStringLiteral("device.sigma_radius_nm"));
        QSignalSpy shown(window.controller(), &app::ComputeController::resultShown);
        sigma->slider()->setValue(sigma->slider()->maximum());
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000); // the preview arrives first
        QTRY_VERIFY_WITH_TIMEOUT(page->lastData() != first && complete(), 120000);
        const auto second = page->lastData();
        QVERIFY(second->deviceSigmaW > 2 * first->deviceSigmaW);
        QVERIFY(second->accuracy->chipAccuracies != first->accuracy->chipAccuracies);
        QCOMPARE(second->accuracy->ideal, first->accuracy->ideal); // the digital reference stays
    }
};

QTEST_MAIN(TestNetworkPage)
#include "test_network_page.moc"
