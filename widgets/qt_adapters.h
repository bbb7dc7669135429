// Core results (std::vector, Eigen) to Qt containers for the plots.
#pragma once

#include <QVector>
#include <span>
#include <vector>

namespace aimc::widgets {

inline QVector<double> toQVector(std::span<const double> v, double scale = 1.0) {
    QVector<double> out(static_cast<qsizetype>(v.size()));
    for (std::size_t i = 0; i < v.size(); ++i)
        out[static_cast<qsizetype>(i)] = v[i] * scale;
    return out;
}

} // namespace aimc::widgets
