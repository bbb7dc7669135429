// What a parameter edit implies for the technology (issue 9), decided before it is pushed on the
// undo stack, so the app never holds parameters that checkTechnology() rejects:
// - IGZO 2T1C gain cells are current sources: choosing igzo-2t1c also sets array.cell_model = cse,
//   in the same (single) undoable change;
// - measured devices need data: choosing measured without a file asks for the import instead;
// - anything else checkTechnology() rejects (e.g. array.cell_model = re under IGZO) is refused.
#pragma once

#include "params/params.h"

#include <QString>

namespace aimc::app {

struct TechnologyEdit {
    core::Params params;          // what to apply (the edit plus what it implies)
    QString note;                 // status text for an implied change
    QString refusal;              // non-empty: refuse the edit, keep the current parameters
    bool needsMeasuredImport = false;
};

TechnologyEdit resolveTechnologyEdit(const core::Params& current, const core::Params& next);

} // namespace aimc::app
