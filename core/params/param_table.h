// The single descriptor table (docs/architecture.md "Parameters: one source of truth"): it drives
// the GUI sliders, the CLI's --set, preset validation and the README's parameter reference.
#pragma once

#include "params.h"

#include <optional>
#include <span>
#include <type_traits>
#include <string>
#include <string_view>

// Marks a string for Qt Linguist without pulling Qt into core: lupdate is run with
// -tr-function-alias QT_TRANSLATE_NOOP+=AIMC_TR_NOOP. The widgets translate labels at run time
// with QCoreApplication::translate(context, text).
#define AIMC_TR_NOOP(context, text) text

namespace aimc::core {

enum class ParamType { Real, Integer, Boolean, Choice };
enum class SliderScale { Linear, Log };

struct ParamDescriptor {
    std::string_view key;         // dotted, never renamed once shipped
    std::string_view label;       // short UI label (translation context "Param")
    std::string_view unit;        // SI unit text, empty for dimensionless
    ParamType type;
    double min;
    double max;
    double defaultValue;
    double step;
    SliderScale scale;
    int decimals;                 // shown in spin boxes
    std::string_view description; // tooltip and reference text (context "Param")
    std::span<const std::string_view> choices; // Choice: the names, value = index
    double (*get)(const Params&);
    void (*set)(Params&, double);
    unsigned technologies = ~0u; // device keys: the technologies they apply to (technologyBit)

    bool appliesTo(Technology t) const { return (technologies >> static_cast<unsigned>(t)) & 1u; }

    std::string_view group() const { return key.substr(0, key.find('.')); }
};

// Every parameter, grouped (device, array, periphery, sim) in display order.
std::span<const ParamDescriptor> paramTable();
const ParamDescriptor* findParam(std::string_view key);

// Params with every descriptor's default.
Params defaultParams();

// Empty when the value is allowed, otherwise a message naming the key, value and range.
std::optional<std::string> checkValue(const ParamDescriptor& d, double value);

// Text form of a value (choice name, true/false, number), as the CLI and presets show it.
std::string formatValue(const ParamDescriptor& d, double value);
// Parses the text form; the error names the key and what was expected.
std::optional<std::string> parseValue(const ParamDescriptor& d, std::string_view text,
                                      double& value);

// Applies "key=value" (CLI --set). Returns an error message or nothing.
std::optional<std::string> applyAssignment(Params& params, std::string_view assignment);

// A markdown table of the parameters (the README's reference is generated from this).
std::string paramReferenceMarkdown();

// Per-group tables, concatenated by paramTable().
std::span<const ParamDescriptor> deviceParamDescriptors();
std::span<const ParamDescriptor> arrayParamDescriptors();
std::span<const ParamDescriptor> peripheryParamDescriptors();
std::span<const ParamDescriptor> simParamDescriptors();

// Short names for the per-group descriptor tables (*_param_table.cpp).
constexpr unsigned technologyBit(Technology t) { return 1u << static_cast<unsigned>(t); }

namespace table_shorthand {
inline constexpr ParamType R = ParamType::Real;
inline constexpr ParamType I = ParamType::Integer;
inline constexpr SliderScale Lin = SliderScale::Linear;
inline constexpr SliderScale Log = SliderScale::Log;
} // namespace table_shorthand

namespace detail {
template <class T> double toDouble(T v) {
    if constexpr (std::is_enum_v<T>)
        return static_cast<double>(static_cast<int>(v));
    else
        return static_cast<double>(v);
}
template <class T> void fromDouble(T& field, double v) {
    if constexpr (std::is_enum_v<T>)
        field = static_cast<T>(static_cast<int>(v));
    else if constexpr (std::is_same_v<T, bool>)
        field = v != 0.0;
    else if constexpr (std::is_integral_v<T>)
        field = static_cast<T>(v + (v < 0 ? -0.5 : 0.5));
    else
        field = static_cast<T>(v);
}
} // namespace detail

} // namespace aimc::core

// Accessor pair for a descriptor: the getter and setter of one Params field.
#define AIMC_FIELD(field)                                                                          \
    .get = [](const ::aimc::core::Params& p) { return ::aimc::core::detail::toDouble(p.field); },  \
    .set = [](::aimc::core::Params& p, double v) { ::aimc::core::detail::fromDouble(p.field, v); }
