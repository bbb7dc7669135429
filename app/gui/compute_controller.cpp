#include "compute_controller.h"

#include <QMetaObject>
#include <chrono>
#include <exception>
#include <string>

namespace aimc::app {

using widgets::AnyResult;
using widgets::Quality;

ComputeController::ComputeController(QObject* parent) : QObject(parent) {}

ComputeController::~ComputeController() {
    for (auto& s : m_slots)
        s.stop.request_stop();
    m_runner.waitAll(); // the only wait on the GUI thread: at shutdown
}

void ComputeController::addPage(widgets::ComputePage* page) {
    Slot slot;
    slot.page = page;
    m_slots.push_back(slot);
    connect(page, &widgets::ComputePage::recomputeRequested, this, [this, page] { recompute(page); });
    page->paramsChanged(m_params);
}

void ComputeController::setVisiblePage(widgets::ComputePage* page) {
    m_visible = page;
    for (auto& s : m_slots)
        if (s.page == page && s.stale)
            request(s);
}

void ComputeController::setParams(const core::Params& params) {
    m_params = params;
    for (auto& s : m_slots) {
        s.page->paramsChanged(params);
        if (s.page == m_visible) {
            request(s);
            continue;
        }
        // A hidden page computes when shown; what it is computing now is for old parameters:
        // stop it and drop its result (a newer one would otherwise be shown after it).
        s.stale = true;
        s.pending = false;
        ++s.generation;
        if (s.running)
            s.stop.request_stop();
    }
}

void ComputeController::recompute(widgets::ComputePage* page) {
    for (auto& s : m_slots)
        if (s.page == page) {
            s.stale = true;
            if (page == m_visible)
                request(s);
        }
}

bool ComputeController::isBusy() const {
    for (const auto& s : m_slots)
        if (s.running)
            return true;
    return false;
}

QList<widgets::ComputePage*> ComputeController::busyPages() const {
    QList<widgets::ComputePage*> out;
    for (const auto& s : m_slots)
        if (s.running)
            out << s.page;
    return out;
}

void ComputeController::request(Slot& slot) {
    slot.stale = false;
    ++slot.generation; // anything still in flight is now stale
    if (slot.running) {
        slot.stop.request_stop();
        slot.pending = true; // overwrites any earlier pending request: latest wins
        return;
    }
    start(slot);
}

void ComputeController::start(Slot& slot) {
    const int index = static_cast<int>(&slot - m_slots.data());
    slot.running = true;
    slot.pending = false;
    slot.stop = std::stop_source();
    const auto generation = slot.generation;
    QVector<std::pair<Quality, widgets::PageJob>> passes;
    if (slot.page->wantsCoarsePass())
        passes.push_back({Quality::Coarse, slot.page->makeJob(m_params, Quality::Coarse)});
    passes.push_back({Quality::Full, slot.page->makeJob(m_params, Quality::Full)});
    // Progress and partial results reach the page only while this job is its newest.
    auto post = [this, index, generation](widgets::JobContext::PageCall call) {
        QMetaObject::invokeMethod(this, [this, index, generation, call] {
            if (m_slots[index].generation == generation)
                call(*m_slots[index].page);
        }, Qt::QueuedConnection);
    };
    m_runner.run([this, index, generation, passes, ctx = widgets::JobContext(slot.stop.get_token(), post)] {
        for (const auto& [quality, job] : passes) {
            if (ctx.stop.stop_requested())
                break;
            const auto t0 = std::chrono::steady_clock::now();
            AnyResult result;
            std::string error;
            try {
                result = job(ctx);
            } catch (const std::exception& e) { // a bug or an unforeseen input: shown, not swallowed
                error = e.what();
            } catch (...) {
                error = "unknown error";
            }
            if (!error.empty()) {
                QMetaObject::invokeMethod(this, [this, index, generation, error] {
                    deliverError(index, generation, QString::fromStdString(error));
                }, Qt::QueuedConnection);
                break;
            }
            const double ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
            if (!result)
                break;
            QMetaObject::invokeMethod(this, [this, index, generation, result, q = quality, ms] {
                deliver(index, generation, result, q, ms);
            }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(this, [this, index] { jobDone(index); }, Qt::QueuedConnection);
    });
    updateBusy();
}

void ComputeController::deliver(int index, std::uint64_t generation, const AnyResult& result,
                                Quality quality, double ms) {
    Slot& slot = m_slots[index];
    if (generation != slot.generation) {
        ++m_dropped;
        Q_EMIT resultDropped(slot.page);
        return;
    }
    slot.page->clearJobError();
    slot.page->showResult(result, quality);
    Q_EMIT resultShown(slot.page, quality, ms);
}

void ComputeController::deliverError(int index, std::uint64_t generation, const QString& message) {
    Slot& slot = m_slots[index];
    if (generation != slot.generation) { // the parameters changed since: the new job decides
        ++m_dropped;
        Q_EMIT resultDropped(slot.page);
        return;
    }
    slot.page->showJobError(message);
    Q_EMIT jobFailed(slot.page, message);
}

void ComputeController::jobDone(int index) {
    Slot& slot = m_slots[index];
    slot.running = false;
    if (slot.pending)
        start(slot);
    updateBusy();
}

void ComputeController::updateBusy() {
    const bool busy = isBusy();
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
}

} // namespace aimc::app
