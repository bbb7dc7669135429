#include "technology_edit.h"

#include "device/technology.h"
#include "params/validate_params.h"

#include <QCoreApplication>

namespace aimc::app {
TechnologyEdit resolveTechnologyEdit(const core::Params& current, const core::Params& next) {
    TechnologyEdit e{next, {}, {}, false};
    auto& d = e.params.device;
    const bool chosen = d.technology != current.device.technology;
    if (chosen && d.technology == core::Technology::Igzo2T1C &&
        e.params.array.cell_model != core::CellModel::CurrentSource) {
        e.params.array.cell_model = core::CellModel::CurrentSource;
        e.note = QCoreApplication::translate("TechnologyEdit", "IGZO 2T1C gain cells are current sources: array.cell_model set to cse as well "
                    "(one undo step).");
    }
    if (d.technology == core::Technology::Measured && !d.measured) {
        e.needsMeasuredImport = true;
        e.refusal = QCoreApplication::translate("TechnologyEdit", "Measured devices need a file: use File → Import measured devices…");
        return e;
    }
    if (const auto issue = core::validateParams(e.params))
        e.refusal = QCoreApplication::translate("TechnologyEdit", "Not applied: %1").arg(QString::fromStdString(issue->message));
    return e;
}

} // namespace aimc::app
