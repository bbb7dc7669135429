#include "param_table.h"

#include <charconv>
#include <cmath>
#include <sstream>
#include <vector>

namespace aimc::core {

std::span<const ParamDescriptor> paramTable() {
    static const std::vector<ParamDescriptor> table = [] {
        std::vector<ParamDescriptor> all;
        for (auto group : {deviceParamDescriptors(), arrayParamDescriptors(),
                           peripheryParamDescriptors(), simParamDescriptors()})
            all.insert(all.end(), group.begin(), group.end());
        return all;
    }();
    return table;
}

const ParamDescriptor* findParam(std::string_view key) {
    for (const auto& d : paramTable())
        if (d.key == key)
            return &d;
    return nullptr;
}

Params defaultParams() {
    Params p;
    for (const auto& d : paramTable())
        d.set(p, d.defaultValue);
    return p;
}

namespace {
std::string numberText(double v) {
    std::ostringstream os;
    os.precision(12);
    os << v;
    return os.str();
}
std::string rangeText(const ParamDescriptor& d) {
    if (d.type == ParamType::Choice) {
        std::string s = "one of";
        for (std::size_t i = 0; i < d.choices.size(); ++i) {
            s.append(i ? ", " : " ");
            s.append(d.choices[i]);
        }
        return s;
    }
    if (d.type == ParamType::Boolean)
        return "true or false";
    std::ostringstream os; // (not operator+: GCC 12 warns falsely, PR 105329)
    os << '[' << numberText(d.min) << ", " << numberText(d.max) << ']';
    if (!d.unit.empty())
        os << ' ' << d.unit;
    return os.str();
}
} // namespace

std::optional<std::string> checkValue(const ParamDescriptor& d, double value) {
    const bool integral = d.type != ParamType::Real;
    if (!std::isfinite(value) || value < d.min || value > d.max ||
        (integral && value != std::floor(value)))
        return std::string(d.key) + " = " + numberText(value) + " is outside the allowed range " +
               rangeText(d);
    return std::nullopt;
}

std::string formatValue(const ParamDescriptor& d, double value) {
    switch (d.type) {
    case ParamType::Boolean:
        return value != 0 ? "true" : "false";
    case ParamType::Choice: {
        const auto i = static_cast<std::size_t>(value);
        return i < d.choices.size() ? std::string(d.choices[i]) : numberText(value);
    }
    default:
        return numberText(value);
    }
}

std::optional<std::string> parseValue(const ParamDescriptor& d, std::string_view text,
                                      double& value) {
    const std::string key(d.key);
    switch (d.type) {
    case ParamType::Boolean:
        if (text == "true" || text == "1" || text == "on") {
            value = 1;
            return std::nullopt;
        }
        if (text == "false" || text == "0" || text == "off") {
            value = 0;
            return std::nullopt;
        }
        return key + ": expected true or false, got '" + std::string(text) + "'";
    case ParamType::Choice:
        for (std::size_t i = 0; i < d.choices.size(); ++i)
            if (d.choices[i] == text) {
                value = static_cast<double>(i);
                return std::nullopt;
            }
        return key + ": '" + std::string(text) + "' is not " + rangeText(d);
    default: {
        double v = 0;
        const auto* end = text.data() + text.size();
        auto [ptr, ec] = std::from_chars(text.data(), end, v);
        if (ec != std::errc() || ptr != end || text.empty())
            return key + ": expected a number, got '" + std::string(text) + "'";
        if (auto err = checkValue(d, v))
            return err;
        value = v;
        return std::nullopt;
    }
    }
}

std::optional<std::string> applyAssignment(Params& params, std::string_view assignment) {
    const auto eq = assignment.find('=');
    if (eq == std::string_view::npos)
        return "expected key=value, got '" + std::string(assignment) + "'";
    const auto key = assignment.substr(0, eq);
    const auto* d = findParam(key);
    if (!d)
        return "unknown parameter key '" + std::string(key) + "' (aimc params lists them)";
    double v = 0;
    if (auto err = parseValue(*d, assignment.substr(eq + 1), v))
        return err;
    d->set(params, v);
    return std::nullopt;
}

std::string paramReferenceMarkdown() {
    std::ostringstream os;
    os << "| key | unit | default | range | description |\n|---|---|---|---|---|\n";
    for (const auto& d : paramTable())
        os << "| `" << d.key << "` | " << d.unit << " | " << formatValue(d, d.defaultValue)
           << " | " << rangeText(d) << " | " << d.description << " |\n";
    return os.str();
}

} // namespace aimc::core
