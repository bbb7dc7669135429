// One tab of the main window: the page's own desktop grid or, in presentation mode, its plots in
// views of one or two (paged with the buttons above them), and the spotlight: one plot filling the
// view with the page's key numbers beside it (double-click a plot; Esc returns).
#pragma once

#include <QList>
#include <QWidget>

class QButtonGroup;
class QHBoxLayout;
class QToolButton;

namespace aimc::widgets {

class ComputePage;
class PlotStage;
class PlotWidget;

class PageView : public QWidget {
    Q_OBJECT
public:
    explicit PageView(ComputePage* page, QWidget* parent = nullptr);
    ~PageView() override;

    ComputePage* page() const { return m_page; }
    void setPresenting(bool on);
    bool isPresenting() const { return m_presenting; }

    bool spotlight(const QString& exportName); // false: no such plot on this page
    void spotlight(PlotWidget* plot);
    void endSpotlight();
    PlotWidget* spotlitPlot() const { return m_spotlit; }

    int viewCount() const;
    int currentView() const { return m_view; }
    void setView(int index); // clamped
    void stepView(int delta) { setView(m_view + delta); }
    int plotsPerView() const;
    // The plots on screen now: the page's (desktop), the current view's, or the spotlit one.
    QList<PlotWidget*> visiblePlots() const;

Q_SIGNALS:
    void spotlightChanged(bool on);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void rebuildNavigation();

    ComputePage* m_page;
    PlotStage* m_stage;
    QWidget* m_nav;
    QHBoxLayout* m_navButtons;
    QButtonGroup* m_viewGroup;
    QToolButton* m_previous;
    QToolButton* m_next;
    PlotWidget* m_spotlit = nullptr;
    bool m_presenting = false;
    int m_view = 0;
    int m_perView = 1;
};

} // namespace aimc::widgets
