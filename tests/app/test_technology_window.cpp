// Issue 9 in the main window: the technology selector never leaves parameters that
// checkTechnology() rejects (measured without data is refused, IGZO brings cell_model = cse in one
// undo step), bad measured files change nothing, a good one is one undoable change, presets save
// the file relative to themselves and open it again, and the Device page adapts to the technology.
#include "test_timeouts.h"
#include "compute_controller.h"
#include "device/measured_devices.h"
#include "device/technology.h"
#include "device_page.h"
#include "device_page_data.h"
#include "main_window.h"
#include "param_control.h"
#include "param_panel.h"
#include "plot_widget.h"
#include "technology_selector.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace aimc;

class TestTechnologyWindow : public QObject {
    Q_OBJECT
    std::unique_ptr<app::MainWindow> m_window;
    QTemporaryDir m_dir;
    const QString m_csv = QStringLiteral(AIMC_SOURCE_DIR "/presets/measured/sot-mram-synthetic.csv");

    void waitIdle() {
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->isBusy(), aimc::test::scaledMs(30000));
        QCoreApplication::processEvents();
    }
    void choose(core::Technology t) {
        auto* combo = m_window->paramPanel()->technologySelector()->comboBox();
        combo->setCurrentIndex(combo->findData(static_cast<int>(t)));
    }
    widgets::DevicePage* devicePage() const { return qobject_cast<widgets::DevicePage*>(m_window->pages().front()); }
    bool valid() const { return !core::checkTechnology(m_window->params().device, m_window->params().array); }

private Q_SLOTS:
    void init() {
        QCoreApplication::setOrganizationName(QStringLiteral("aimc-test"));
        m_window = std::make_unique<app::MainWindow>();
        m_window->setInteractive(false);
        m_window->resize(1500, 950);
        m_window->show();
        waitIdle();
    }
    void cleanup() { m_window.reset(); }

    void measuredWithoutDataIsRefused() {
        const core::Params before = m_window->params();
        const int steps = m_window->undoStack()->count();
        choose(core::Technology::Measured);
        QCOMPARE(m_window->params(), before);
        QCOMPARE(m_window->undoStack()->count(), steps);
        QVERIFY(valid());
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Import measured devices")));
        // The selector snapped back.
        QCOMPARE(m_window->paramPanel()->technologySelector()->technology(), core::Technology::SotMram);
    }

    void igzoSetsCellModelInOneUndoStep() {
        const core::Params before = m_window->params();
        QCOMPARE(before.array.cell_model, core::CellModel::Resistive);
        const int steps = m_window->undoStack()->count();
        choose(core::Technology::Igzo2T1C);
        QCOMPARE(m_window->params().device.technology, core::Technology::Igzo2T1C);
        QCOMPARE(m_window->params().array.cell_model, core::CellModel::CurrentSource);
        QVERIFY(valid());
        QCOMPARE(m_window->undoStack()->count(), steps + 1);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("cse")));
        // The IGZO keys are shown, the MTJ ones hidden.
        auto* panel = m_window->paramPanel();
        QVERIFY(!panel->control(QStringLiteral("device.igzo_i_on_na"))->isHidden());
        QVERIFY(panel->control(QStringLiteral("device.mgo_thickness_nm"))->isHidden());
        // A resistive cell under IGZO is refused.
        auto* cell = panel->control(QStringLiteral("array.cell_model"));
        const core::Params igzo = m_window->params();
        Q_EMIT cell->valueEdited(QStringLiteral("array.cell_model"), 0, false);
        QCOMPARE(m_window->params(), igzo);
        QVERIFY(valid());
        // The Device page shows currents and the drift plot, no RA(t) or Fig. 11.
        waitIdle();
        auto data = devicePage()->lastData();
        QVERIFY(data && data->device->strengthIsCurrent);
        QVERIFY(data->device->rp.empty());
        QVERIFY(!devicePage()->driftPlot()->isHidden());
        QVERIFY(devicePage()->driftPlot()->graphCount() >= 2);
        QVERIFY(devicePage()->strengthPlot()->xAxis->label().contains(QStringLiteral("current")));
        QCOMPARE(devicePage()->plots().size(), 3); // current, weights, drift
        QVERIFY(devicePage()->keyNumbersLabel()->text().contains(widgets::technologyName(core::Technology::Igzo2T1C)));
        m_window->undoStack()->undo();
        QCOMPARE(m_window->params(), before);
    }

    void pcmDeviceShowsDriftAndWriteNumbers() {
        choose(core::Technology::ProjectionPcm);
        QCOMPARE(m_window->params().device.technology, core::Technology::ProjectionPcm);
        waitIdle();
        auto data = devicePage()->lastData();
        QVERIFY(data && data->drifts && !data->mtj);
        QVERIFY(!data->device->strengthIsCurrent);
        const auto& t = data->driftTimeS;
        QCOMPARE(t.front(), 1.0);
        QVERIFY(std::abs(t.back() / (10 * 365.25 * 86400) - 1) < 1e-9);
        // Drift lowers the conductance after the read time and raises it before (R grows as t^nu).
        QVERIFY(data->driftOn.front() > 1.0 && data->driftOn.back() < 1.0);
        const QString numbers = devicePage()->keyNumbersLabel()->text();
        QVERIFY(numbers.contains(QStringLiteral("V_WR")));
        QVERIFY(numbers.contains(QStringLiteral("%1 V").arg(*data->device->write.vWriteV, 0, 'f', 2)));
        QVERIFY(devicePage()->plots().size() == 4); // resistance, conductance, weights, drift
    }

    void presetThatCheckTechnologyRejectsIsRefused() {
        const core::Params before = m_window->params();
        const QString path = m_dir.filePath(QStringLiteral("igzo-resistive.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schema": 1, "name": "x", "description": "", "params": {"device.technology": "igzo-2t1c"}})");
        f.close();
        QString error;
        QVERIFY(!m_window->openPreset(path, &error));
        QVERIFY2(error.contains(QStringLiteral("array.cell_model")), qPrintable(error));
        QCOMPARE(m_window->params(), before);
    }

    void badMeasuredFileChangesNothing() {
        const core::Params before = m_window->params();
        const int steps = m_window->undoStack()->count();
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("state,resistance_ohm\nP,1e6\nAP,-3\n");
        f.close();
        QString error;
        QVERIFY(!m_window->importMeasuredFile(bad, &error));
        QVERIFY2(error.contains(bad + QStringLiteral(":3:")) && error.contains(QStringLiteral("resistance_ohm")), qPrintable(error));
        QVERIFY(!m_window->importMeasuredFile(m_dir.filePath(QStringLiteral("missing.csv")), &error));
        QCOMPARE(m_window->params(), before);
        QCOMPARE(m_window->undoStack()->count(), steps);
    }

    void importIsOneUndoableChangeAndPresetsRoundTrip() {
        const core::Params before = m_window->params();
        QVERIFY(m_window->importMeasuredFile(m_csv));
        const auto& d = m_window->params().device;
        QCOMPARE(d.technology, core::Technology::Measured);
        QVERIFY(d.measured && d.measured->devices == 2000);
        QVERIFY(valid());
        const QString csv = QString::fromStdString(d.measured_path);
        QCOMPARE(csv, QFileInfo(m_csv).absoluteFilePath());
        // Save next to a copy of the file's folder: the preset holds a relative path.
        QDir(m_dir.path()).mkpath(QStringLiteral("presets"));
        const QString preset = m_dir.filePath(QStringLiteral("presets/mine.json"));
        QVERIFY(m_window->savePresetTo(preset));
        QFile f(preset);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString stored = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("measured_file")).toString();
        QVERIFY2(!stored.isEmpty() && QDir::isRelativePath(stored), qPrintable(stored));
        QCOMPARE(QFileInfo(QDir(m_dir.filePath(QStringLiteral("presets"))).filePath(stored)).canonicalFilePath(),
                 QFileInfo(m_csv).canonicalFilePath());
        m_window->undoStack()->undo();
        QCOMPARE(m_window->params(), before);
        QVERIFY(m_window->openPreset(preset));
        const auto& o = m_window->params().device;
        QCOMPARE(o.technology, core::Technology::Measured);
        QVERIFY(o.measured && o.measured->devices == 2000);
        QCOMPARE(QFileInfo(QString::fromStdString(o.measured_path)).canonicalFilePath(), QFileInfo(m_csv).canonicalFilePath());
        // The Device page shows resistances, no RA(t), Fig. 11 or drift; retention not known.
        waitIdle();
        auto data = devicePage()->lastData();
        QVERIFY(data && !data->mtj && !data->drifts);
        QVERIFY(devicePage()->driftPlot()->isHidden());
        // In their place the MTJ fit of the P/AP data, with its KS distance.
        QVERIFY(!devicePage()->fitPlot()->isHidden());
        QCOMPARE(devicePage()->fitPlot()->graphCount(), 2);
        QVERIFY(data->measuredFit && data->measuredFit->fit.ok);
        QVERIFY(devicePage()->keyNumbersLabel()->text().contains(QString::number(data->measuredFit->fit.ksDistanceP, 'f', 3)));
        QVERIFY(devicePage()->keyNumbersLabel()->text().contains(QStringLiteral("not known")));
    }
};

QTEST_MAIN(TestTechnologyWindow)
#include "test_technology_window.moc"
