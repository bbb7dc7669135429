#include "technology_table.h"

#include "io/preset.h"

#include <array>

namespace aimc::core {
namespace {
const std::array kShipped{
    ShippedTechnology{Technology::SotMram, "sot-mram-vlsi2020", "15 % at R_ON = 6 MΩ", "6 MΩ", "< 1 V", "Doevenspeck Table I"},
    ShippedTechnology{Technology::SttMram, "stt-mram", "< 15 %", "< 10 kΩ", "< 1 V", "Doevenspeck Table I"},
    ShippedTechnology{Technology::ProjectionPcm, "projection-pcm-iedm2019", "< 15 %", "< 10 MΩ", "> 2 V", "Doevenspeck Table I (PCM)"},
    ShippedTechnology{Technology::Igzo2T1C, "igzo-2t1c-iedm2019", "σ/range < 10 % (write-verify)", "I_cell < 1 µA", "—", "Cosemans §V"},
    ShippedTechnology{Technology::Measured, "measured-sot-mram-synthetic", "—", "—", "—", "your data"},
};
const std::array kPaperOnly{
    ShippedTechnology{Technology::SotMram, "flash", "< 15 %", "programmable", "> 7 V", "Doevenspeck Table I (Flash)"},
    ShippedTechnology{Technology::SotMram, "rram", "≫ 15 %", "at R_ON > 1 MΩ", "V_FORM > 3 V", "Doevenspeck Table I (RRAM)"},
};
} // namespace

Params technologyParams(const Params& current, const Params& technologyPreset) {
    Params p = current;
    p.device = technologyPreset.device;
    p.array.cell_model = makeTechnology(p.device)->nativeCellModel();
    return p;
}

namespace {
constexpr int kRonSamples = 20000;

void fillRow(TechnologyRow& row, const Params& current, const Params& technologyPreset) {
    row.params = technologyParams(current, technologyPreset);
    const auto tech = makeTechnology(row.params.device);
    row.sigmaW = analyticWeightSigmas(onOffMoments(*tech));
    row.currentCell = tech->nativeCellModel() == CellModel::CurrentSource;
    // R_ON as Table I means it: the mean resistance of on devices (Monte Carlo; MTJ: 6.0 MΩ).
    const auto mc = simulateDevice(row.params.device, kRonSamples, row.params.sim.seed);
    if (row.currentCell)
        row.iCellA = mc->gpStats.mean;
    else
        row.ronOhm = mc->rpStats.mean;
    row.write = tech->writePath();
    row.retentionS = tech->retentionSeconds();
    const EnergyReport e = evaluateEnergy(row.params);
    row.topsPerW = e.topsPerW;
    row.feasibility = e.feasibility.verdict;
}
} // namespace

std::span<const ShippedTechnology> shippedTechnologies() { return kShipped; }
std::span<const ShippedTechnology> paperOnlyTechnologies() { return kPaperOnly; }

std::vector<TechnologyRow> technologyRows(const Params& current) {
    std::vector<TechnologyRow> rows;
    for (const ShippedTechnology& s : kShipped) {
        TechnologyRow row;
        row.shipped = s;
        if (s.technology == current.device.technology) { // the device the user has now
            fillRow(row, current, current);
            rows.push_back(std::move(row));
            continue;
        }
        const auto loaded = loadPresetFile(resolvePreset(std::string(s.preset)));
        if (!loaded.preset) {
            row.error = loaded.error;
            rows.push_back(std::move(row));
            continue;
        }
        fillRow(row, current, loaded.preset->params);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace aimc::core
