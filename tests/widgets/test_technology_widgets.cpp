// Issue 9's widgets: the technology selector filters the device keys; the import dialog refuses
// every kind of bad measured file with the parser's message (file, line, field) and offers
// nothing to accept; a good file shows histograms, the fit and its KS distance; the Technologies
// page shows one row per shipped technology with core::technologyRows()'s numbers.
#include "skip_policy.h"
#include "device/measured_devices.h"
#include "device/technology_table.h"
#include "measured_import_dialog.h"
#include "param_control.h"
#include "param_panel.h"
#include "params/param_table.h"
#include "plot_widget.h"
#include "technologies_page.h"
#include "technologies_page_data.h"
#include "technology_selector.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace aimc;
using namespace aimc::widgets;

class TestTechnologyWidgets : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString write(const QString& name, const QByteArray& text) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text);
        return path;
    }
private Q_SLOTS:
    void selectorFiltersDeviceKeys() {
        ParamPanel panel;
        for (auto t : {core::Technology::SotMram, core::Technology::SttMram, core::Technology::Igzo2T1C,
                       core::Technology::ProjectionPcm, core::Technology::Measured}) {
            core::Params p = core::defaultParams();
            p.device.technology = t;
            panel.setParams(p);
            QCOMPARE(panel.technologySelector()->technology(), t);
            int shown = 0;
            for (const auto& d : core::paramTable()) {
                if (d.group() != "device" || d.key == "device.technology")
                    continue;
                auto* c = panel.control(QString::fromUtf8(d.key.data(), static_cast<qsizetype>(d.key.size())));
                QVERIFY(c);
                QVERIFY2(c->isHidden() == !d.appliesTo(t), d.key.data());
                shown += !c->isHidden();
            }
            QVERIFY(shown >= 1); // v_read_v applies to every technology
        }
        // The selector stands for the device.technology key, whose own row is hidden.
        QVERIFY(panel.control(QStringLiteral("device.technology"))->isHidden());
        QVERIFY(!panel.control(QStringLiteral("array.rows"))->isHidden());
        // Choosing in the selector reports the key edit (the main window pushes it on the undo stack).
        QSignalSpy spy(&panel, &ParamPanel::paramEdited);
        auto* combo = panel.technologySelector()->comboBox();
        combo->setCurrentIndex(combo->findData(static_cast<int>(core::Technology::ProjectionPcm)));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("device.technology"));
        QCOMPARE(spy.at(0).at(1).toDouble(), static_cast<double>(core::Technology::ProjectionPcm));
        // Mirroring does not echo.
        panel.setParams(core::defaultParams());
        QCOMPARE(spy.count(), 1);
    }

    void importDialogRefusesBadFiles_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("line");  // ":<line>:" expected in the message, empty if none applies
        QTest::addColumn<QString>("field");
        QTest::newRow("missing column") << QByteArray("state,die\nP,0\nAP,1\n") << ":1:" << "resistance_ohm";
        QTest::newRow("negative resistance") << QByteArray("state,resistance_ohm\nP,1e6\nAP,-2e6\n") << ":3:" << "resistance_ohm";
        QTest::newRow("non-numeric resistance") << QByteArray("state,resistance_ohm\nP,1e6\nAP,abc\n") << ":3:" << "resistance_ohm";
        QTest::newRow("unknown state") << QByteArray("state,resistance_ohm\nP,1e6\nQ,2e6\n") << ":3:" << "state";
        QTest::newRow("no devices for a state") << QByteArray("state,resistance_ohm\nP,1e6\nP,1.1e6\n") << "" << "state";
    }
    void importDialogRefusesBadFiles() {
        QFETCH(QByteArray, text);
        QFETCH(QString, line);
        QFETCH(QString, field);
        const QString path = write(QStringLiteral("bad.csv"), text);
        MeasuredImportDialog dialog(core::defaultParams().device);
        QVERIFY(!dialog.loadFile(path));
        const QString message = dialog.messageLabel()->text();
        QVERIFY2(message.contains(path), qPrintable(message));
        if (!line.isEmpty())
            QVERIFY2(message.contains(path + line), qPrintable(message));
        QVERIFY2(message.contains(field), qPrintable(message));
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QVERIFY(!dialog.devices());
        QVERIFY(dialog.path().isEmpty());
        QCOMPARE(dialog.histogramPlot()->graphCount(), 0);
    }
    void importDialogRefusesMissingPath() {
        MeasuredImportDialog dialog(core::defaultParams().device);
        const QString path = m_dir.filePath(QStringLiteral("does-not-exist.csv"));
        QVERIFY(!dialog.loadFile(path));
        QVERIFY2(dialog.messageLabel()->text().contains(path), qPrintable(dialog.messageLabel()->text()));
        QVERIFY(!dialog.acceptButton()->isEnabled());
    }
    void importDialogPreviewsAGoodFile() {
        const QString path = QStringLiteral(AIMC_SOURCE_DIR "/presets/measured/sot-mram-synthetic.csv");
        const core::DeviceParams device = core::defaultParams().device;
        MeasuredImportDialog dialog(device);
        QVERIFY(dialog.loadFile(path));
        QVERIFY(dialog.acceptButton()->isEnabled());
        QVERIFY(dialog.devices());
        QCOMPARE(dialog.devices()->devices, 2000);
        QCOMPARE(dialog.histogramPlot()->graphCount(), 4); // P and AP: data and fit
        QCOMPARE(dialog.cdfPlot()->graphCount(), 2);
        const auto fit = core::fitMtj(*dialog.devices(), core::raOhmUm2(device));
        QVERIFY(fit.ok);
        QVERIFY(dialog.momentsLabel()->text().contains(QString::number(fit.ksDistanceP, 'f', 3)));
        QVERIFY(dialog.momentsLabel()->text().contains(QString::number(fit.ecdNm, 'f', 1)));
        dialog.show();
        for (auto* plot : {dialog.histogramPlot(), dialog.cdfPlot()})
            plot->replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY(dialog.grab().save(QStringLiteral(AIMC_BINARY_DIR "/measured_import_dialog.png")));
        // A bad file afterwards takes the offer back.
        QVERIFY(!dialog.loadFile(write(QStringLiteral("bad2.csv"), "state,resistance_ohm\nP,x\n")));
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QVERIFY(!dialog.devices());
    }

    void technologiesPageMatchesCore() {
        TechnologiesPage page;
        page.resize(1500, 700);
        page.modelBox()->setCurrentIndex(0); // no network: the table only
        core::Params p = core::defaultParams();
        p.array.rows = 128;
        auto job = page.makeJob(p, Quality::Full);
        page.showResult(job(std::stop_token{}), Quality::Full);
        const auto rows = core::technologyRows(p);
        const auto* table = page.table();
        QCOMPARE(table->rowCount(), static_cast<int>(rows.size() + core::paperOnlyTechnologies().size()));
        QCOMPARE(static_cast<int>(rows.size()), static_cast<int>(core::shippedTechnologies().size()));
        QVERIFY(rows.size() >= 5);
        for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
            const auto& r = rows[static_cast<std::size_t>(i)];
            QVERIFY2(r.error.empty(), r.error.c_str());
            auto value = [&](int c) { return table->item(i, c)->data(Qt::UserRole); };
            QCOMPARE(value(TechnologiesPage::Name).toInt(), static_cast<int>(r.shipped.technology));
            QCOMPARE(table->item(i, TechnologiesPage::Name)->text(), technologyName(r.shipped.technology));
            const auto sigma = value(TechnologiesPage::SigmaW).toList();
            QCOMPARE(sigma.size(), 3);
            QCOMPARE(sigma[0].toDouble(), r.sigmaW.minus1);
            QCOMPARE(sigma[1].toDouble(), r.sigmaW.zero);
            QCOMPARE(sigma[2].toDouble(), r.sigmaW.plus1);
            QCOMPARE(value(TechnologiesPage::Strength).toDouble(), r.currentCell ? r.iCellA : r.ronOhm);
            QCOMPARE(value(TechnologiesPage::VWrite).isValid(), r.write.vWriteV.has_value());
            if (r.write.vWriteV)
                QCOMPARE(value(TechnologiesPage::VWrite).toDouble(), *r.write.vWriteV);
            QCOMPARE(value(TechnologiesPage::Writable).toBool(), r.write.writable);
            QCOMPARE(value(TechnologiesPage::Retention).isValid(), r.retentionS.has_value());
            if (r.retentionS)
                QCOMPARE(value(TechnologiesPage::Retention).toDouble(), *r.retentionS);
            QCOMPARE(value(TechnologiesPage::TopsPerW).toDouble(), r.topsPerW);
            // The paper's values beside ours.
            const auto paper = [](std::string_view v) { return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())); };
            QCOMPARE(table->item(i, TechnologiesPage::Strength)->data(TechnologiesPage::PaperRole).toString(), paper(r.shipped.paperRon));
            QCOMPARE(table->item(i, TechnologiesPage::SigmaW)->data(TechnologiesPage::PaperRole).toString(), paper(r.shipped.paperSigmaW));
            QCOMPARE(table->item(i, TechnologiesPage::VWrite)->data(TechnologiesPage::PaperRole).toString(), paper(r.shipped.paperVwr));
            if (r.shipped.paperRon != "—")
                QVERIFY(table->item(i, TechnologiesPage::Strength)->text().contains(paper(r.shipped.paperRon)));
            // The current technology (SOT-MRAM here) is highlighted, the others are not.
            QCOMPARE(table->item(i, TechnologiesPage::Name)->font().bold(), r.shipped.technology == p.device.technology);
        }
        // Table I's paper-only rows are greyed.
        for (int i = static_cast<int>(rows.size()); i < table->rowCount(); ++i)
            QCOMPARE(table->item(i, TechnologiesPage::Name)->foreground().color(), QColor(Qt::gray));
        const bool grabbed = page.grab().save(QStringLiteral(AIMC_BINARY_DIR "/technologies_page.png"));
        QVERIFY(grabbed);
    }

    void technologiesPageCoarsePassWaitsForAccuracy() {
        TechnologiesPage page;
        if (page.modelBox()->count() < 2)
            AIMC_SKIP("no shipped model found");
        page.modelBox()->setCurrentIndex(1);
        auto job = page.makeJob(core::defaultParams(), Quality::Coarse);
        page.showResult(job(std::stop_token{}), Quality::Coarse);
        QVERIFY(page.lastData()->accuracy.empty());
        QCOMPARE(page.table()->item(0, TechnologiesPage::Accuracy)->text(), TechnologiesPage::tr("computing…"));
        // A stopped job delivers nothing (latest wins).
        std::stop_source stop;
        stop.request_stop();
        QVERIFY(!page.makeJob(core::defaultParams(), Quality::Full)(stop.get_token()));
    }
};

QTEST_MAIN(TestTechnologyWidgets)
#include "test_technology_widgets.moc"
