#include "validate_params.h"

#include "device/technology.h"
#include "param_table.h"

#include <sstream>

namespace aimc::core {
namespace {
std::string num(double v) {
    std::ostringstream os;
    os << v;
    return os.str();
}
bool isMtj(Technology t) { return t == Technology::SotMram || t == Technology::SttMram; }
} // namespace

std::optional<ParamIssue> validateParams(const Params& p) {
    for (const auto& d : paramTable())
        if (auto err = checkValue(d, d.get(p)))
            return ParamIssue{std::string(d.key), *err};
    const auto& dev = p.device;
    if (isMtj(dev.technology)) {
        const double ecd = dev.cd_nm - dev.cd_bias_nm;
        if (!(ecd >= kMinEcdNm))
            return ParamIssue{"device.cd_bias_nm", "device.cd_nm = " + num(dev.cd_nm) + " nm with device.cd_bias_nm = " +
                                                       num(dev.cd_bias_nm) + " nm gives eCD = nCD - bias = " + num(ecd) +
                                                       " nm; it must be at least " + num(kMinEcdNm) + " nm"};
        // docs/model.md §1: reading at or above the MgO breakdown voltage destroys the junction.
        if (!(dev.v_read_v < dev.v_breakdown_v))
            return ParamIssue{"device.v_read_v", "device.v_read_v = " + num(dev.v_read_v) +
                                                     " V is not below device.v_breakdown_v = " + num(dev.v_breakdown_v) +
                                                     " V (a read would break the MgO barrier)"};
    }
    if (auto err = checkTechnology(dev, p.array))
        return ParamIssue{"device.technology", *err};
    return std::nullopt;
}

} // namespace aimc::core
