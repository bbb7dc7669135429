#include "technology.h"

#include "igzo_technology.h"
#include "measured_devices.h"
#include "mtj_model.h"
#include "mtj_technology.h"
#include "params/validate_params.h"
#include "pcm_technology.h"

#include <stdexcept>

namespace aimc::core {

std::string_view technologyKey(Technology t) {
    switch (t) {
    case Technology::SotMram: return "sot-mram";
    case Technology::SttMram: return "stt-mram";
    case Technology::Measured: return "measured";
    case Technology::Igzo2T1C: return "igzo-2t1c";
    case Technology::ProjectionPcm: return "projection-pcm";
    }
    return "?";
}

std::unique_ptr<const DeviceTechnology> makeTechnology(const DeviceParams& p) {
    switch (p.technology) {
    case Technology::SotMram: return std::make_unique<SotMramTechnology>(p);
    case Technology::SttMram: return std::make_unique<SttMramTechnology>(p);
    case Technology::Igzo2T1C: return std::make_unique<IgzoTechnology>(p);
    case Technology::ProjectionPcm: return std::make_unique<PcmTechnology>(p);
    case Technology::Measured:
        if (!p.measured)
            throw std::invalid_argument("device.technology = measured needs a measured-devices file");
        return std::make_unique<MeasuredTechnology>(p.measured);
    }
    throw std::invalid_argument("unknown device.technology");
}

std::optional<std::string> checkTechnology(const DeviceParams& d, const ArrayParams& a) {
    switch (d.technology) {
    case Technology::SotMram:
    case Technology::SttMram:
        if (!(ecdNm(d) >= kMinEcdNm))
            return "device.cd_nm = " + std::to_string(d.cd_nm) + " nm with device.cd_bias_nm = " +
                   std::to_string(d.cd_bias_nm) + " nm leaves no electrical diameter (eCD = nCD - bias must be >= 1 nm)";
        return std::nullopt;
    case Technology::Measured:
        if (!d.measured)
            return std::string("device.technology = measured needs a measured-devices file (--measured FILE, "
                               "or \"measured_file\" in the preset)");
        return std::nullopt;
    case Technology::Igzo2T1C:
        if (a.cell_model != CellModel::CurrentSource)
            return std::string("device.technology = igzo-2t1c: the gain cell is a current source; "
                               "set array.cell_model = cse");
        return std::nullopt;
    case Technology::ProjectionPcm:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace aimc::core
