#include "plot_stage.h"

#include "plot_widget.h"
#include "widget_loan.h"

#include <QHBoxLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <algorithm>

namespace aimc::widgets {
namespace {
// The key-number column: a third of the stage with one plot, a quarter with two, within limits
// that keep a table readable and leave the plots most of the room.
constexpr double kSideShareOne = 0.34;
constexpr double kSideShareTwo = 0.25;
constexpr int kSideMin = 300;
constexpr int kSideMax = 520;
} // namespace

PlotStage::PlotStage(QWidget* parent) : QWidget(parent) {
    m_row = new QHBoxLayout(this);
    m_row->setContentsMargins(0, 0, 0, 0);
    auto* sideContent = new QWidget;
    m_sideLayout = new QVBoxLayout(sideContent);
    m_sideLayout->setContentsMargins(6, 6, 6, 6);
    m_sideLayout->addStretch(1);
    m_side = new QScrollArea;
    m_side->setWidget(sideContent);
    m_side->setWidgetResizable(true);
    m_side->setFrameShape(QFrame::NoFrame);
    m_side->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_row->addWidget(m_side);
}

PlotStage::~PlotStage() { clear(); }

void PlotStage::showContent(const QList<PlotWidget*>& plots, const QList<QWidget*>& numbers) {
    clear();
    m_plots = plots;
    int at = 0;
    for (auto* plot : plots) {
        m_loans.push_back(std::make_unique<WidgetLoan>(plot));
        m_row->insertWidget(at++, plot, 1);
        m_loans.back()->showInNewPlace();
    }
    int sideAt = 0;
    for (auto* w : numbers) {
        m_loans.push_back(std::make_unique<WidgetLoan>(w));
        m_sideLayout->insertWidget(sideAt++, w);
        m_loans.back()->showInNewPlace();
    }
    m_side->setVisible(!numbers.isEmpty());
    sizeSide();
}

void PlotStage::clear() {
    m_loans.clear(); // each loan puts its widget back
    m_plots.clear();
}

void PlotStage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    sizeSide();
}

void PlotStage::sizeSide() {
    const double share = m_plots.size() > 1 ? kSideShareTwo : kSideShareOne;
    m_side->setFixedWidth(std::clamp(static_cast<int>(width() * share), kSideMin, kSideMax));
}

} // namespace aimc::widgets
