// SI prefixes for axis labels and numbers: 6.0 MΩ rather than 6000000 Ω.
#pragma once

#include <QString>

namespace aimc::widgets {

struct ScaledUnit {
    double scale; // multiply a value in the base unit by this
    QString unit; // e.g. "MΩ"
};

// The prefix that puts `typical` (in the base unit) between 1 and 1000.
ScaledUnit siUnit(double typical, const QString& baseUnit);
// `digits` significant digits, trailing zeros kept: 6.00, 14.6, 20000
QString significant(double value, int digits = 3);
// "6.00 MΩ"
QString siFormat(double value, const QString& baseUnit, int precision = 3);
// Human duration: "1.1e17 s (3.6e9 years)"
QString durationText(double seconds);

} // namespace aimc::widgets
