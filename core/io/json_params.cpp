#include "json_params.h"

#include "json_guard.h"

#include <algorithm>

namespace aimc::core {

std::optional<std::string> jsonToParamValue(const ParamDescriptor& d, const nlohmann::json& v,
                                            double& out) {
    const std::string key(d.key);
    switch (d.type) {
    case ParamType::Boolean:
        if (!v.is_boolean())
            return key + ": expected true or false, got " + describeJson(v);
        out = v.get<bool>() ? 1 : 0;
        return std::nullopt;
    case ParamType::Choice:
        if (!v.is_string())
            return key + ": expected a string, got " + describeJson(v);
        return parseValue(d, v.get<std::string>(), out);
    case ParamType::Integer:
        if (!v.is_number_integer())
            return key + ": expected an integer, got " + describeJson(v);
        out = v.get<double>();
        return checkValue(d, out);
    case ParamType::Real:
        if (!v.is_number())
            return key + ": expected a number, got " + describeJson(v);
        out = v.get<double>();
        return checkValue(d, out);
    }
    return key + ": unsupported type";
}

std::optional<std::string> applyJsonParams(const nlohmann::json& object, Params& params) {
    if (!object.is_object())
        return std::string("expected an object of key: value");
    for (const auto& [key, value] : object.items()) {
        const auto* d = findParam(key);
        if (!d)
            return "unknown key '" + key + "' (aimc params lists the keys)";
        double v = 0;
        if (auto err = jsonToParamValue(*d, value, v))
            return err;
        d->set(params, v);
    }
    return std::nullopt;
}

std::optional<std::string> jsonToKeyList(const nlohmann::json& list, std::vector<std::string>& out) {
    if (!list.is_array())
        return std::string("expected a list of parameter keys");
    out.clear();
    for (const auto& item : list) {
        if (!item.is_string())
            return "expected a parameter key (a string), got " + describeJson(item);
        const auto key = item.get<std::string>();
        if (!findParam(key))
            return "unknown key '" + key + "' (aimc params lists the keys)";
        if (std::find(out.begin(), out.end(), key) != out.end())
            return "key '" + key + "' is listed twice";
        out.push_back(key);
    }
    return std::nullopt;
}

} // namespace aimc::core
