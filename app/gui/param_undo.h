// Undo/redo of parameter changes: each command holds the whole Params before and after, so undo
// is exact; consecutive steps of one slider drag merge into one command.
#pragma once

#include "params/params.h"

#include <QUndoCommand>
#include <functional>

namespace aimc::app {

class ParamChange : public QUndoCommand {
public:
    using Apply = std::function<void(const core::Params&)>;
    ParamChange(const core::Params& before, const core::Params& after, const QString& key,
                bool dragging, Apply apply);
    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    core::Params m_before, m_after;
    QString m_key;
    bool m_open; // still dragging: the next step of the same drag merges
    Apply m_apply;
};

} // namespace aimc::app
