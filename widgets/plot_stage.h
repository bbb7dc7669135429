// Where borrowed plots are shown large (presentation views and spotlight): the plots side by side
// and, beside them, the page's key numbers in a column that scrolls vertically, never sideways.
#pragma once

#include <QList>
#include <QWidget>
#include <memory>
#include <vector>

class QHBoxLayout;
class QScrollArea;
class QVBoxLayout;

namespace aimc::widgets {

class PlotWidget;
class WidgetLoan;

class PlotStage : public QWidget {
    Q_OBJECT
public:
    explicit PlotStage(QWidget* parent = nullptr);
    ~PlotStage() override;

    // Borrows the plots and the key-number widgets from their page (see WidgetLoan).
    void showContent(const QList<PlotWidget*>& plots, const QList<QWidget*>& numbers);
    // Gives everything back to the page.
    void clear();
    QList<PlotWidget*> plots() const { return m_plots; }
    QScrollArea* numbersArea() const { return m_side; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void sizeSide();

    QHBoxLayout* m_row;
    QScrollArea* m_side;
    QVBoxLayout* m_sideLayout;
    QList<PlotWidget*> m_plots;
    std::vector<std::unique_ptr<WidgetLoan>> m_loans;
};

} // namespace aimc::widgets
