// A page of the main window whose content is computed from the parameters off the GUI thread.
// The ComputeController (app/) calls makeJob() on the GUI thread, runs the returned job on a worker
// (latest wins, coarse first then full: docs/architecture.md) and hands the result back to showResult().
#pragma once

#include "params/params.h"

#include <QList>
#include <QWidget>
#include <functional>
#include <memory>
#include <stop_token>

namespace aimc::widgets {

class PlotWidget;

enum class Quality { Coarse, Full };
using AnyResult = std::shared_ptr<const void>;
// Runs on a worker thread: must not touch widgets; returns nullptr when stop was requested.
using PageJob = std::function<AnyResult(std::stop_token)>;

class ComputePage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    // Short, stable identifier used for file names (export all) and settings.
    virtual QString pageId() const = 0;
    virtual QString title() const = 0;
    virtual PageJob makeJob(const core::Params& params, Quality quality) const = 0;
    virtual void showResult(const AnyResult& result, Quality quality) = 0;
    virtual QList<PlotWidget*> plots() const = 0;
    // The widgets holding the page's key numbers, shown beside a spotlit plot (PageView).
    virtual QList<QWidget*> keyNumberWidgets() const { return {}; }
    // False when one pass is already fast enough to need no coarse preview.
    virtual bool wantsCoarsePass() const { return true; }
    // Pages that need the current params for their static parts (e.g. ranges) get them here.
    virtual void paramsChanged(const core::Params&) {}

Q_SIGNALS:
    // A page-local control (e.g. a log-axis box) changed what is computed: recompute this page.
    void recomputeRequested();
};

} // namespace aimc::widgets
