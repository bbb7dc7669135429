// Export writes valid, non-empty PDF, SVG, PNG and CSV, and the CSV holds exactly the data plotted.
#include "plot_exporter.h"
#include "plot_widget.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace aimc::widgets;

class TestPlotExport : public QObject {
    Q_OBJECT
    static QByteArray head(const QString& path, int n) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
    }
    static PlotWidget* makePlot() {
        auto* plot = new PlotWidget(QStringLiteral("test-plot"));
        plot->setTitle(QStringLiteral("Test"));
        plot->setAxisLabels(QStringLiteral("Thickness [nm]"), QStringLiteral("RA [Ω·µm²]"));
        auto* g = plot->addGraph();
        g->setName(QStringLiteral("curve, one"));
        g->setData({1, 2, 3}, {10, 20, 30});
        auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(QStringLiteral("bars"));
        bars->setData({1.5, 2.5}, {5, 6});
        plot->rescaleAxes();
        return plot;
    }
private Q_SLOTS:
    void formats() {
        QTemporaryDir dir;
        std::unique_ptr<PlotWidget> plot(makePlot());
        plot->resize(600, 400);
        ExportOptions o;
        o.widthMm = 120;
        o.heightMm = 80;
        o.dpi = 200;
        const struct {
            ExportOptions::Format f;
            QByteArray magic;
        } cases[] = {{ExportOptions::Format::Pdf, "%PDF"},
                     {ExportOptions::Format::Png, "\x89PNG"},
                     {ExportOptions::Format::Svg, "<?xml"}};
        for (const auto& c : cases) {
            o.format = c.f;
            const QString path = dir.filePath("fig." + ExportOptions::suffix(c.f));
            QVERIFY(!exportPlot(plot.get(), path, o));
            QVERIFY2(QFileInfo(path).size() > 500, qPrintable(path));
            QCOMPARE(head(path, c.magic.size()), c.magic);
        }
        // PNG pixel size follows mm and DPI: 120 mm at 200 dpi = 945 px.
        const QImage img(dir.filePath("fig.png"));
        QVERIFY(std::abs(img.width() - 945) <= 2);
        QVERIFY(std::abs(img.height() - 630) <= 2);
        QVERIFY(std::abs(img.dotsPerMeterX() - 200 / 0.0254) < 2);
        // SVG is a real drawing with the axis label in it.
        QFile svg(dir.filePath("fig.svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray svgText = svg.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("<path") || svgText.contains("<polyline"));
        // No temporary files left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);
    }
    void csvHoldsThePlottedData() {
        std::unique_ptr<PlotWidget> plot(makePlot());
        const QString csv = plotDataCsv(plot.get());
        const QStringList lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 3 + 2);
        QCOMPARE(lines[0], QStringLiteral("series,Thickness [nm],RA [Ω·µm²]"));
        QCOMPARE(lines[1], QStringLiteral("\"curve, one\",1,10"));
        QCOMPARE(lines[5], QStringLiteral("bars,2.5,6"));
        QTemporaryDir dir;
        ExportOptions o;
        o.format = ExportOptions::Format::Csv;
        QVERIFY(!exportPlot(plot.get(), dir.filePath("d.csv"), o));
        QFile f(dir.filePath("d.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), csv);
    }
    void colorMapCsv() {
        PlotWidget plot(QStringLiteral("map"));
        auto* map = new QCPColorMap(plot.xAxis, plot.yAxis);
        map->data()->setSize(2, 3);
        map->data()->setRange(QCPRange(0, 1), QCPRange(0, 2));
        map->data()->setCell(1, 2, 7.5);
        const QStringList lines = plotDataCsv(&plot).trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 6);
        QVERIFY(lines[0].endsWith(",value"));
        QVERIFY(lines.contains(QStringLiteral("series0,1,2,7.5")));
    }
    void badTargetReportsAndKeepsOldFile() {
        QTemporaryDir dir;
        std::unique_ptr<PlotWidget> plot(makePlot());
        ExportOptions o;
        o.format = ExportOptions::Format::Png;
        auto err = exportPlot(plot.get(), dir.filePath("no/such/dir/fig.png"), o);
        QVERIFY(err && err->contains("fig.png"));
        o.widthMm = 0;
        QVERIFY(exportPlot(plot.get(), dir.filePath("fig.png"), o));
    }
    void presentationStyleScalesFonts() {
        std::unique_ptr<PlotWidget> plot(makePlot());
        const double before = plot->xAxis->labelFont().pointSizeF();
        const double pen = plot->graph(0)->pen().widthF();
        PlotStyle big;
        big.scale = 2.0;
        plot->setPlotStyle(big);
        QCOMPARE(plot->xAxis->labelFont().pointSizeF(), 2 * before);
        QCOMPARE(plot->graph(0)->pen().widthF(), 2 * pen);
        plot->setPlotStyle(PlotStyle{});
        QCOMPARE(plot->graph(0)->pen().widthF(), pen);
    }
};

QTEST_MAIN(TestPlotExport)
#include "test_plot_export.moc"
