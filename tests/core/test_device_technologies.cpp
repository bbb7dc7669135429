// The device technologies (docs/model.md §7): the interface's moments against Monte Carlo, the
// write paths, drift and leakage against their closed forms, and measured devices end to end.
#include "device/device_monte_carlo.h"
#include "device/igzo_technology.h"
#include "device/measured_devices.h"
#include "device/mtj_technology.h"
#include "device/pcm_technology.h"
#include "device/technology_table.h"
#include "io/preset.h"
#include "params/param_table.h"
#include "util/rng.h"
#include "util/stats.h"

#include <QtTest>
#include <cmath>
#include <numbers>
#include <sstream>

using namespace aimc::core;

namespace {
Params preset(const char* name) {
    auto r = loadPresetFile(resolvePreset(name));
    if (!r.preset)
        qFatal("%s", r.error.c_str());
    return r.preset->params;
}

// Monte Carlo moments of one level of a technology.
Moments sampled(const DeviceTechnology& t, int level, int n, std::uint64_t seed) {
    Rng rng(seed);
    std::vector<double> x(static_cast<std::size_t>(n));
    for (auto& v : x)
        v = t.sample(level, rng);
    return moments(x);
}

// A measured-devices CSV drawn from the MTJ model (eCD, σ_r, RA, TMR at read), n per state.
std::string mtjCsv(double ecdNm, double sigmaRNm, double ra, double tmr, int n, std::uint64_t seed) {
    Rng rng(seed);
    std::ostringstream os;
    os.precision(17);
    os << "# generated in the test\nstate,resistance_ohm,die\n";
    for (int i = 0; i < 2 * n; ++i) {
        const double r = (0.5 * ecdNm + sigmaRNm * rng.normal()) * 1e-3;
        const double rp = ra / (std::numbers::pi * r * r);
        os << (i % 2 ? "AP," : "P,") << (i % 2 ? rp * (1 + tmr) : rp) << "," << i / 100 << "\n";
    }
    return os.str();
}
} // namespace

class TestDeviceTechnologies : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyTechnologyMomentsMatchItsSampler() {
        for (const char* name : {"sot-mram-vlsi2020", "stt-mram", "igzo-2t1c-iedm2019", "projection-pcm-iedm2019"}) {
            const auto tech = makeTechnology(preset(name).device);
            for (int level : {tech->offLevel(), tech->onLevel()}) {
                const auto m = tech->moments(level);
                const auto s = sampled(*tech, level, 200000, 11 + level);
                QVERIFY2(std::abs(s.mean / m.mean - 1) < 0.003, name);
                QVERIFY2(std::abs(s.sigma / m.sigma - 1) < 0.02, name);
            }
        }
    }
    void sttPresetIsKiloohmAndWritable() {
        const auto p = preset("stt-mram");
        const auto r = simulateDevice(p.device, 20000, 1);
        QCOMPARE(r->technology, Technology::SttMram);
        QVERIFY(r->rpStats.mean > 1e3 && r->rpStats.mean < 10e3); // Table I: R_ON < 10 kΩ
        QVERIFY(r->write.writable);
        QVERIFY(*r->write.vWriteV < 1.0);
    }
    void sttWithTheSotBarrierCannotBeWritten() {
        auto d = preset("stt-mram").device;
        d.mgo_thickness_nm = preset("sot-mram-vlsi2020").device.mgo_thickness_nm; // 2.4 nm
        const auto w = makeTechnology(d)->writePath();
        QVERIFY(!w.writable);
        // V_WR = J_c RA = 0.02 A/µm² x 20 kΩ·µm² = 400 V
        QVERIFY(std::abs(*w.vWriteV - 0.02 * raOhmUm2(d)) < 1e-9);
        QVERIFY(w.reason.find("cannot be written") != std::string::npos);
        // SOT writes through its track: the same barrier is writable there.
        d.technology = Technology::SotMram;
        QVERIFY(makeTechnology(d)->writePath().writable);
    }
    void igzoLeakageAndWriteVerify() {
        auto d = preset("igzo-2t1c-iedm2019").device;
        const IgzoTechnology t(d);
        const double nUt = d.igzo_slope_n * kThermalVoltage300K;
        const double tau = d.igzo_c_store_ff * 1e-15 * nUt / (d.igzo_i_leak_ya * 1e-24);
        QVERIFY(std::abs(t.driftFactor(1, d.t_read_s + 1000) -
                         std::exp(-1000 / tau)) < 1e-12);
        // Retention counts from programming: the on current has lost half the on-off window.
        const double f = t.driftFactor(1, *t.retentionSeconds()) * std::exp(-d.t_read_s / tau);
        QVERIFY(std::abs(f - (1 - 0.5 * (1 - 1 / d.igzo_on_off_ratio))) < 1e-9);
        // Without write-verify the V_th spread gives a lognormal of σ_ln = σ_Vth / (n U_T).
        d.igzo_verify_tol = 0;
        const IgzoTechnology raw(d);
        QVERIFY(std::abs(raw.lnSigmaUnverified() - d.igzo_sigma_vth_mv * 1e-3 / nUt) < 1e-12);
        QVERIFY(raw.moments(1).sigma / raw.moments(1).mean > 10 * t.moments(1).sigma / t.moments(1).mean);
    }
    void pcmDriftFollowsPowerLaw() {
        auto d = preset("projection-pcm-iedm2019").device;
        d.pcm_nu_sigma = 0; // every device drifts alike: G(t)/G(t_read) = (t/t_read)^-ν exactly
        const PcmTechnology t(d);
        QVERIFY(std::abs(t.driftFactor(3, 10 * d.t_read_s) - std::pow(10.0, -d.pcm_nu_mean)) < 1e-12);
        QCOMPARE(t.levels(), d.pcm_levels);
        QVERIFY(t.programmed(t.onLevel()) > t.programmed(0));
        // A later read drifts every level down.
        auto later = d;
        later.t_read_s *= 1000;
        QVERIFY(PcmTechnology(later).moments(t.onLevel()).mean < t.moments(t.onLevel()).mean);
    }
    void measuredMomentsAndFit() {
        const DeviceParams sot = preset("sot-mram-vlsi2020").device;
        const double ecd = 66, sigmaR = 3, ra = raOhmUm2(sot), tmr = tmrAtRead(sot);
        const auto load = parseMeasuredCsv(mtjCsv(ecd, sigmaR, ra, tmr, 20000, 5), "gen.csv");
        QVERIFY2(load.data, load.error.c_str());
        const MeasuredDevices& data = *load.data;
        QCOMPARE(data.devices, 40000);
        DeviceParams d = sot;
        d.technology = Technology::Measured;
        d.measured = load.data;
        const auto r = simulateDevice(d, 100000, 3);
        // Analytic σ_w per level from the file's sample moments (docs/model.md §2), exactly.
        const Moments gp = moments(data.conductance[1]), gap = moments(data.conductance[0]);
        const double lsb = gp.mean - gap.mean;
        QCOMPARE(r->sigmaWAnalytic.plus1, std::hypot(gp.sigma, gap.sigma) / lsb);
        QCOMPARE(r->sigmaWAnalytic.zero, std::numbers::sqrt2 * gap.sigma / lsb);
        // Resampled moments within the Monte-Carlo error; Monte-Carlo σ_w within 2 %.
        QVERIFY(std::abs(r->gpStats.mean / gp.mean - 1) < 0.003);
        QVERIFY(std::abs(r->gapStats.mean / gap.mean - 1) < 0.003);
        QVERIFY(std::abs(r->gpStats.relSigma() / gp.relSigma() - 1) < 0.02);
        QVERIFY(std::abs(r->gapStats.relSigma() / gap.relSigma() - 1) < 0.02);
        QVERIFY(std::abs(r->wPlus1Stats.sigma / r->sigmaWAnalytic.plus1 - 1) < 0.02);
        QVERIFY(std::abs(r->wZeroStats.sigma / r->sigmaWAnalytic.zero - 1) < 0.02);
        QVERIFY(std::abs(r->wMinus1Stats.sigma / r->sigmaWAnalytic.minus1 - 1) < 0.02);
        // The MTJ fit recovers the generating eCD and σ_r.
        const MtjFit fit = fitMtj(data, ra);
        QVERIFY2(fit.ok, fit.message.c_str());
        QVERIFY2(std::abs(fit.ecdNm / ecd - 1) < 0.02, qPrintable(QString::number(fit.ecdNm)));
        QVERIFY2(std::abs(fit.sigmaRadiusNm / sigmaR - 1) < 0.05, qPrintable(QString::number(fit.sigmaRadiusNm)));
        QVERIFY(std::abs(fit.tmrAtRead / tmr - 1) < 0.02);
        QVERIFY(fit.ksDistanceP < 0.02);
        QVERIFY(!r->retentionS); // resistances say nothing about retention
    }
    void measuredBadInputNamesFileLineField() {
        struct Case {
            const char* text;
            const char* expect;
        };
        const Case cases[] = {
            {"state\nP\n", "gen.csv:1: "},                                  // missing resistance column
            {"state,resistance_ohm\nP,100\nAP,-5\n", "gen.csv:3: resistance_ohm"}, // negative
            {"state,resistance_ohm\nP,abc\nAP,200\n", "gen.csv:2: resistance_ohm"}, // non-numeric
            {"state,resistance_ohm\nP,100\nQ,200\n", "gen.csv:3: state: 'Q'"},    // unknown state
            {"state,resistance_ohm\nP,100\nP,110\n", "no devices for state AP"},   // a state without devices
            {"state,resistance_ohm\n0,100\n2,50\n", "no devices for state 1"},     // a gap in the levels
            {"state,resistance_ohm\nP,300\nAP,100\n", "gen.csv:2: state: P"},     // P above AP in R
            {"state,resistance_ohm,colour\nP,1,red\n", "unknown column 'colour'"},
        };
        for (const auto& c : cases) {
            const auto r = parseMeasuredCsv(c.text, "gen.csv");
            QVERIFY2(!r.data, c.text);
            QVERIFY2(r.error.find(c.expect) != std::string::npos, qPrintable(QString::fromStdString(r.error)));
        }
        const auto missing = loadMeasuredCsv("/nonexistent/devices.csv");
        QVERIFY(!missing.data);
        QVERIFY(missing.error.find("/nonexistent/devices.csv") != std::string::npos);
    }
    void checkTechnologyRefusesMeaninglessSettings() {
        Params p = defaultParams();
        p.device.cd_nm = 20;
        p.device.cd_bias_nm = 40; // eCD = -20 nm
        QVERIFY(checkTechnology(p.device, p.array)->find("device.cd_nm") != std::string::npos);
        p = defaultParams();
        p.device.technology = Technology::Measured;
        QVERIFY(checkTechnology(p.device, p.array)->find("measured") != std::string::npos);
        p.device.technology = Technology::Igzo2T1C;
        QVERIFY(checkTechnology(p.device, p.array)->find("array.cell_model") != std::string::npos);
        p.array.cell_model = CellModel::CurrentSource;
        QVERIFY(!checkTechnology(p.device, p.array));
    }
    void presetStoresMeasuredFileRelative() {
        QTemporaryDir dir;
        const std::string csv = mtjCsv(66, 3, 20000, 1.44, 50, 1);
        QDir().mkpath(dir.filePath("data"));
        QFile f(dir.filePath("data/dev.csv"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv.c_str());
        f.close();
        Preset pr;
        pr.name = "m";
        pr.params = defaultParams();
        pr.params.device.technology = Technology::Measured;
        pr.params.device.measured_path = dir.filePath("data/dev.csv").toStdString();
        const std::string file = dir.filePath("m.json").toStdString();
        QVERIFY(!savePresetFile(file, pr));
        QFile saved(QString::fromStdString(file));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("\"measured_file\": \"data/dev.csv\""));
        const auto back = loadPresetFile(file);
        QVERIFY2(back.preset, back.error.c_str());
        QVERIFY(back.preset->params.device.measured);
        QCOMPARE(back.preset->params.device.measured->devices, 100);
        // A preset whose measured file is broken is refused naming both files.
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write("state,resistance_ohm\nP,-1\n");
        f.close();
        const auto bad = loadPresetFile(file);
        QVERIFY(!bad.preset);
        QVERIFY(bad.error.find("m.json") != std::string::npos && bad.error.find("dev.csv:2") != std::string::npos);
    }
    void technologyRowsCoverEveryShippedTechnology() {
        const auto rows = technologyRows(preset("sot-mram-vlsi2020"));
        QCOMPARE(rows.size(), shippedTechnologies().size());
        for (const auto& r : rows)
            QVERIFY2(r.error.empty(), r.error.c_str());
        QVERIFY(std::abs(rows[0].ronOhm / 6e6 - 1) < 0.01);       // SOT: R_ON = 6 MΩ (Table I)
        QVERIFY(rows[1].ronOhm < 10e3 && rows[1].write.writable); // STT: < 10 kΩ, writable
        QCOMPARE(rows[3].params.array.cell_model, CellModel::CurrentSource); // IGZO reads as a CSE
        QVERIFY(rows[3].iCellA < 1e-6);                          // Cosemans: I_cell < 1 µA
    }
};

QTEST_GUILESS_MAIN(TestDeviceTechnologies)
#include "test_device_technologies.moc"
