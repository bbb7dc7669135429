#include "page_view.h"

#include "compute_page.h"
#include "plot_stage.h"
#include "plot_widget.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace aimc::widgets {
namespace {
// Two plots side by side only where each still gets a projector-sized share of the width: not at
// 1920 × 1080 with the lecture panel (a bar chart's category labels no longer fit at ×1.7).
constexpr int kTwoPlotMinWidth = 2000;
} // namespace

PageView::PageView(ComputePage* page, QWidget* parent)
    : QWidget(parent), m_page(page), m_stage(new PlotStage), m_nav(new QWidget),
      m_navButtons(new QHBoxLayout), m_viewGroup(new QButtonGroup(this)) {
    m_previous = new QToolButton;
    m_previous->setText(QStringLiteral("◀"));
    m_previous->setToolTip(tr("Previous plots"));
    m_next = new QToolButton;
    m_next->setText(QStringLiteral("▶"));
    m_next->setToolTip(tr("Next plots"));
    connect(m_previous, &QToolButton::clicked, this, [this] { stepView(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { stepView(1); });
    connect(m_viewGroup, &QButtonGroup::idClicked, this, &PageView::setView);
    auto* nav = new QHBoxLayout(m_nav);
    nav->setContentsMargins(0, 0, 0, 0);
    nav->addWidget(m_previous);
    nav->addLayout(m_navButtons);
    nav->addWidget(m_next);
    nav->addStretch(1);
    m_nav->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nav);
    // Not a QStackedWidget: a hidden page must not impose its desktop grid's minimum size.
    layout->addWidget(page, 1);
    layout->addWidget(m_stage, 1);
    m_stage->hide();
    for (auto* plot : page->plots())
        connect(plot, &QCustomPlot::mouseDoubleClick, this, [this, plot] {
            if (m_spotlit)
                endSpotlight();
            else
                spotlight(plot);
        });
}

PageView::~PageView() { m_stage->clear(); } // plots home before the page goes

void PageView::setPresenting(bool on) {
    m_presenting = on;
    m_perView = plotsPerView();
    rebuild();
}

bool PageView::spotlight(const QString& exportName) {
    for (auto* plot : m_page->plots())
        if (plot->exportName() == exportName) {
            spotlight(plot);
            return true;
        }
    return false;
}

void PageView::spotlight(PlotWidget* plot) {
    if (m_spotlit == plot)
        return;
    m_spotlit = plot;
    rebuild();
    Q_EMIT spotlightChanged(true);
}

void PageView::endSpotlight() {
    if (!m_spotlit)
        return;
    // Presentation continues on the view that holds the plot that was spotlit.
    const int index = static_cast<int>(m_page->plots().indexOf(m_spotlit));
    m_spotlit = nullptr;
    if (index >= 0)
        m_view = index / std::max(1, m_perView);
    rebuild();
    Q_EMIT spotlightChanged(false);
}

int PageView::viewCount() const {
    const auto n = static_cast<int>(m_page->plots().size());
    return (n + m_perView - 1) / std::max(1, m_perView);
}

void PageView::setView(int index) {
    m_view = std::clamp(index, 0, std::max(0, viewCount() - 1));
    if (m_presenting && !m_spotlit)
        rebuild();
}

int PageView::plotsPerView() const { return width() >= kTwoPlotMinWidth ? 2 : 1; }

QList<PlotWidget*> PageView::visiblePlots() const {
    if (m_spotlit || m_presenting)
        return m_stage->plots();
    return m_page->plots();
}

void PageView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (!m_presenting || plotsPerView() == m_perView)
        return;
    const int first = m_view * m_perView; // keep the first plot of the view on screen
    m_perView = plotsPerView();
    m_view = first / m_perView;
    rebuild();
}

void PageView::rebuild() {
    m_stage->clear();
    if (m_spotlit) {
        m_stage->showContent({m_spotlit}, m_page->keyNumberWidgets());
    } else if (m_presenting) {
        m_view = std::clamp(m_view, 0, std::max(0, viewCount() - 1));
        m_stage->showContent(m_page->plots().mid(m_view * m_perView, m_perView), m_page->keyNumberWidgets());
    }
    const bool staged = m_spotlit || m_presenting;
    m_page->setVisible(!staged);
    m_stage->setVisible(staged);
    rebuildNavigation();
}

void PageView::rebuildNavigation() {
    const bool paged = m_presenting && !m_spotlit && viewCount() > 1;
    m_nav->setVisible(paged);
    if (!paged)
        return;
    for (auto* b : m_viewGroup->buttons()) {
        m_viewGroup->removeButton(b);
        delete b;
    }
    const auto plots = m_page->plots();
    for (int v = 0; v < viewCount(); ++v) {
        auto* b = new QToolButton;
        b->setText(QString::number(v + 1));
        b->setCheckable(true);
        b->setChecked(v == m_view);
        QStringList titles;
        for (auto* p : plots.mid(v * m_perView, m_perView))
            titles << p->title();
        b->setToolTip(titles.join(QStringLiteral("\n")));
        m_viewGroup->addButton(b, v);
        m_navButtons->addWidget(b);
    }
    m_previous->setEnabled(m_view > 0);
    m_next->setEnabled(m_view + 1 < viewCount());
}

} // namespace aimc::widgets
