// The Explore page (issue 12): results of a design-space sweep, opened from a CSV or run here.
// A scatter of two result columns coloured by a third with the Pareto front, a heat map of a metric
// over the two varied parameters with the constraint boundary; hover shows a point's values, a
// click loads its parameters into the main window (which makes it undoable).
#pragma once

#include "compute_page.h"
#include "sweep/results_table.h"

class QCheckBox;
class QComboBox;
class QLabel;

namespace aimc::widgets {

class ExploreSweepPanel;
class HeatMapPlot;
class ScatterPlot;

class ExplorePage : public ComputePage {
    Q_OBJECT
public:
    explicit ExplorePage(QWidget* parent = nullptr);
    QString pageId() const override { return QStringLiteral("explore"); }
    QString title() const override { return tr("Explore"); }
    PageJob makeJob(const core::Params& params, Quality quality) const override;
    void showResult(const AnyResult& result, Quality quality) override;
    QList<PlotWidget*> plots() const override;
    bool wantsCoarsePass() const override { return false; }

    // Loads a results CSV; the error names the file and line.
    bool openResults(const QString& path, QString* error = nullptr);
    // Columns by name (tests, scripts); false when one is missing.
    bool setScatterColumns(const QString& x, const QString& y, const QString& colour, bool maximizeX = true,
                           bool maximizeY = true);
    bool setHeatMetric(const QString& metric);
    // What a click on the point of `row` does.
    void choosePoint(int row);
    const core::sweep::ResultsTable& table() const { return m_table; }
    ScatterPlot* scatter() const { return m_scatter; }
    HeatMapPlot* heatMap() const { return m_heat; }
    ExploreSweepPanel* sweepPanel() const { return m_panel; }

Q_SIGNALS:
    void pointChosen(const aimc::core::Params& params, const QString& description);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillColumnBoxes();
    void redraw();
    QString rowText(int row) const;
    void openDialog();

    core::sweep::ResultsTable m_table;
    core::Params m_current;
    QLabel* m_file;
    QComboBox *m_x, *m_y, *m_colour, *m_metric;
    QCheckBox *m_maxX, *m_maxY;
    ScatterPlot* m_scatter;
    HeatMapPlot* m_heat;
    ExploreSweepPanel* m_panel;
    int m_chosen = -1;
};

} // namespace aimc::widgets
