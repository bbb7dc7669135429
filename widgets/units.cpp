#include "units.h"

#include <QObject>
#include <cmath>

namespace aimc::widgets {

ScaledUnit siUnit(double typical, const QString& baseUnit) {
    struct Prefix {
        int exponent;
        const char* symbol;
    };
    static const Prefix prefixes[] = {{12, "T"}, {9, "G"}, {6, "M"}, {3, "k"}, {0, ""},
                                      {-3, "m"}, {-6, "µ"}, {-9, "n"}, {-12, "p"}, {-15, "f"}};
    const double a = std::abs(typical);
    for (const auto& p : prefixes)
        if (a >= std::pow(10.0, p.exponent) || p.exponent == -15)
            return {std::pow(10.0, -p.exponent), QString::fromUtf8(p.symbol) + baseUnit};
    return {1.0, baseUnit};
}

QString significant(double value, int digits) {
    if (value == 0 || !std::isfinite(value))
        return QString::number(value);
    const int magnitude = static_cast<int>(std::floor(std::log10(std::abs(value))));
    if (magnitude >= digits + 3 || magnitude < -4)
        return QString::number(value, 'e', digits - 1);
    return QString::number(value, 'f', std::max(0, digits - 1 - magnitude));
}

QString siFormat(double value, const QString& baseUnit, int precision) {
    if (value == 0 || !std::isfinite(value))
        return QString::number(value) + QLatin1Char(' ') + baseUnit;
    const auto u = siUnit(value, baseUnit);
    return significant(value * u.scale, precision) + QLatin1Char(' ') + u.unit;
}

QString durationText(double seconds) {
    constexpr double kYear = 365.25 * 24 * 3600;
    // exp(Δ) overflows to inf for large MTJs: any such time is "for ever" on a human scale.
    if (std::isnan(seconds))
        return QStringLiteral("—");
    if (seconds > 1e30)
        return QObject::tr("> 1e30 s (longer than the age of the universe)");
    if (seconds < 60)
        return siFormat(seconds, QStringLiteral("s"));
    if (seconds < kYear)
        return QObject::tr("%1 s (%2 days)").arg(seconds, 0, 'g', 3).arg(seconds / 86400, 0, 'g', 3);
    return QObject::tr("%1 s (%2 years)").arg(seconds, 0, 'g', 3).arg(seconds / kYear, 0, 'g', 3);
}

} // namespace aimc::widgets
