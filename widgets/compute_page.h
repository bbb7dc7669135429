// A page of the main window whose content is computed from the parameters off the GUI thread.
// The ComputeController (app/) calls makeJob() on the GUI thread, runs the returned job on a worker
// (latest wins, coarse first then full: docs/architecture.md) and hands the result back to showResult().
// It is the one channel between a job and its page: progress and partial results go through
// JobContext::post, and a job that throws has its message shown as an error banner on the page.
#pragma once

#include "params/params.h"

#include <QList>
#include <QString>
#include <QWidget>
#include <functional>
#include <memory>
#include <stop_token>

class QLabel;

namespace aimc::widgets {

class PlotWidget;
class ComputePage;

enum class Quality { Coarse, Full };
using AnyResult = std::shared_ptr<const void>;

// What a running job is given: its stop token, and a way to reach its page while it runs.
struct JobContext {
    using PageCall = std::function<void(ComputePage&)>;
    JobContext(std::stop_token s = {}, std::function<void(PageCall)> p = {}) : stop(std::move(s)), m_post(std::move(p)) {}
    // Jobs that only need to be stoppable take a std::stop_token.
    operator std::stop_token() const { return stop; }
    // Runs `call` on the GUI thread with the page, only while this job is still the page's newest
    // (progress, partial results). Does nothing once stop was requested or without a controller.
    void post(PageCall call) const {
        if (m_post && !stop.stop_requested())
            m_post(std::move(call));
    }
    std::stop_token stop;

private:
    std::function<void(PageCall)> m_post;
};
// Runs on a worker thread: must not touch widgets; returns nullptr when stop was requested.
// May throw: the controller shows the message on the page (showJobError).
using PageJob = std::function<AnyResult(const JobContext&)>;

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

    // The banner over the top of the page for a job that failed (an exception); cleared by the
    // next result shown. Called by the ComputeController.
    void showJobError(const QString& message);
    void clearJobError();
    // The banner's text, empty when hidden (tests).
    QString jobError() const;

protected:
    bool event(QEvent* e) override;

Q_SIGNALS:
    // A page-local control (e.g. a log-axis box) changed what is computed: recompute this page.
    void recomputeRequested();

private:
    void placeBanner();
    QLabel* m_errorBanner = nullptr;
};

} // namespace aimc::widgets
