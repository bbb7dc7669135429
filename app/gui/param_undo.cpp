#include "param_undo.h"

#include "param_control.h"
#include "params/param_table.h"

#include <QCoreApplication>

namespace aimc::app {

ParamChange::ParamChange(const core::Params& before, const core::Params& after, const QString& key,
                         bool dragging, Apply apply)
    : m_before(before), m_after(after), m_key(key), m_open(dragging), m_apply(std::move(apply)) {
    const auto* d = core::findParam(key.toStdString());
    setText(QCoreApplication::translate("ParamChange", "Change %1")
                .arg(d ? widgets::paramLabel(*d) : key));
}

bool ParamChange::mergeWith(const QUndoCommand* other) {
    const auto* o = static_cast<const ParamChange*>(other);
    if (!m_open || o->m_key != m_key)
        return false;
    m_after = o->m_after;
    m_open = o->m_open;
    return true;
}

} // namespace aimc::app
