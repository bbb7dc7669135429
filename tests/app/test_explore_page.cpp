// The Explore page (issue 12): a shipped sweep's results load, the Pareto front is the set of
// non-dominated points, the heat map covers the grid, a click loads the point's parameters into the
// main window and undo restores them; a sweep run from the page writes a file `aimc sweep` accepts.
// With AIMC_SCREENSHOT=file.png the window is saved after the click (README screenshot).
#include "explore_page.h"
#include "explore_plots.h"
#include "explore_sweep_panel.h"
#include "main_window.h"
#include "params/param_table.h"

#include <QSignalSpy>
#include <algorithm>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace aimc;

class TestExplorePage : public QObject {
    Q_OBJECT
    static widgets::ExplorePage* explorePage(app::MainWindow& w) {
        for (auto* p : w.pages())
            if (auto* e = qobject_cast<widgets::ExplorePage*>(p))
                return e;
        return nullptr;
    }
private Q_SLOTS:
    void shippedResultsClickAndUndo() {
        app::MainWindow w;
        w.setInteractive(false);
        w.resize(1600, 1000);
        auto* page = explorePage(w);
        QVERIFY(page);
        QVERIFY(w.showPage("explore"));
        w.show();
        QString error;
        QVERIFY2(page->openResults(AIMC_SOURCE_DIR "/resources/sweeps/results/sot-mgo-cd-window.csv", &error), qPrintable(error));
        QCOMPARE(page->table().cells.size(), std::size_t(25));
        // Accuracy against R_ON (higher R_ON: less read current and power), coloured by CD.
        QVERIFY(page->setScatterColumns("device.r_p_mean_ohm", "accuracy.accuracy_mean", "device.cd_nm"));
        QVERIFY(page->setHeatMetric("accuracy.accuracy_mean"));
        // The front: exactly the points that no other point beats in one and matches in the other.
        const auto& t = page->table();
        const int rx = t.column("device.r_p_mean_ohm"), ry = t.column("accuracy.accuracy_mean");
        const auto& front = page->scatter()->front();
        QVERIFY(front.size() >= 3);
        for (std::size_t r = 0; r < t.numbers.size(); ++r) {
            bool dominated = false;
            for (const auto& n : t.numbers)
                dominated = dominated || (n[rx] >= t.numbers[r][rx] && n[ry] >= t.numbers[r][ry] &&
                                          (n[rx] > t.numbers[r][rx] || n[ry] > t.numbers[r][ry]));
            QCOMPARE(std::find(front.begin(), front.end(), int(r)) != front.end(), !dominated);
        }
        QTest::qWait(200);
        // Click the heat-map cell of a point: its parameters reach the main window, undo restores them.
        const core::Params before = w.params();
        const int row = 18; // MgO 2.5 nm, CD 90 nm: inside the window
        const double thickness = t.numbers[row][t.column("device.mgo_thickness_nm")];
        auto* heat = page->heatMap();
        QPoint pixel;
        for (int x = 0; x < heat->width() && pixel.isNull(); x += 3)
            for (int y = 0; y < heat->height(); y += 3)
                if (heat->rowAt({x, y}) == row) {
                    pixel = {x, y};
                    break;
                }
        QVERIFY(!pixel.isNull());
        QTest::mouseClick(heat, Qt::LeftButton, {}, pixel);
        QCOMPARE(w.params().device.mgo_thickness_nm, thickness);
        QCOMPARE(w.params().device.cd_nm, t.numbers[row][t.column("device.cd_nm")]);
        QCOMPARE(w.params().array.rows, before.array.rows); // only the varied keys change
        QTest::qWait(300);
        if (const QByteArray shot = qgetenv("AIMC_SCREENSHOT"); !shot.isEmpty())
            QVERIFY(w.grab().save(QString::fromLocal8Bit(shot)));
        w.undoStack()->undo();
        QCOMPARE(w.params(), before);
    }

    void sweepRunFromThePage() {
        widgets::ExplorePage page;
        QTemporaryDir dir;
        const QString out = dir.filePath("page.csv");
        QSignalSpy done(page.sweepPanel(), &widgets::ExploreSweepPanel::finished);
        page.sweepPanel()->run(out);
        QVERIFY(done.wait(120000));
        QVERIFY2(QFile::exists(out), qPrintable(done.first().at(1).toString()));
        QCOMPARE(done.first().at(1).toString(), QString());
        QCOMPARE(page.table().cells.size(), std::size_t(25)); // 5 × 5 points, opened when done
        QVERIFY(QFile::exists(out + ".spec.json"));
        // Cancel: stops early, the rows so far are complete.
        const QString cut = dir.filePath("cut.csv");
        done.clear();
        page.sweepPanel()->run(cut);
        page.sweepPanel()->cancel();
        QVERIFY(done.wait(120000));
        QVERIFY(!page.sweepPanel()->running());
    }
};

QTEST_MAIN(TestExplorePage)
#include "test_explore_page.moc"
