// Owns the current Params and computes the pages off the GUI thread (docs/architecture.md, "latest wins"):
// each change bumps a page's generation and stops its running job; at most one job runs and
// one waits per page; a finished result is shown only if it is still the newest. The visible page
// computes at once; hidden pages are marked stale and compute when they are shown.
#pragma once

#include "compute_page.h"
#include "params/params.h"
#include "util/job_runner.h"

#include <QObject>
#include <QVector>
#include <cstdint>
#include <stop_token>

namespace aimc::app {

class ComputeController : public QObject {
    Q_OBJECT
public:
    explicit ComputeController(QObject* parent = nullptr);
    ~ComputeController() override;

    void addPage(widgets::ComputePage* page);
    void setVisiblePage(widgets::ComputePage* page);
    void setParams(const core::Params& params);
    const core::Params& params() const { return m_params; }
    void recompute(widgets::ComputePage* page);
    bool isBusy() const;
    // The pages whose job is still running (tests, diagnostics).
    QList<widgets::ComputePage*> busyPages() const;
    int droppedResults() const { return m_dropped; }

Q_SIGNALS:
    void resultShown(widgets::ComputePage* page, widgets::Quality quality, double milliseconds);
    void resultDropped(widgets::ComputePage* page);
    // A job threw; its page shows the message as an error banner.
    void jobFailed(widgets::ComputePage* page, const QString& message);
    void busyChanged(bool busy);

private:
    struct Slot {
        widgets::ComputePage* page = nullptr;
        std::uint64_t generation = 0;
        bool running = false;
        bool pending = false;
        bool stale = true;
        std::stop_source stop;
    };
    void request(Slot& slot);
    void start(Slot& slot);
    void deliver(int index, std::uint64_t generation, const widgets::AnyResult& result,
                 widgets::Quality quality, double ms);
    void deliverError(int index, std::uint64_t generation, const QString& message);
    void jobDone(int index);
    void updateBusy();

    core::Params m_params;
    QVector<Slot> m_slots;
    widgets::ComputePage* m_visible = nullptr;
    int m_dropped = 0;
    bool m_busy = false;
    core::JobRunner m_runner; // last member: destroyed (and waited for) first
};

} // namespace aimc::app
