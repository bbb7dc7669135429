// Device model against closed forms (docs/model.md §1-2) and its Monte Carlo against the analytic σ_w.
#include "device/device_monte_carlo.h"
#include "io/preset.h"
#include "params/param_table.h"
#include "util/job_runner.h"

#include <QtTest>
#include <cmath>

using namespace aimc::core;

class TestDeviceModel : public QObject {
    Q_OBJECT
private:
    static Params sotPreset() {
        auto r = loadPresetFile(std::filesystem::path(AIMC_SOURCE_DIR) / "presets/sot-mram-vlsi2020.json");
        if (!r.preset)
            qFatal("%s", r.error.c_str());
        return r.preset->params;
    }
private Q_SLOTS:
    void raFollowsExponential() {
        DeviceParams p;
        QCOMPARE(raOhmUm2(p, p.ra_ref_thickness_nm), p.ra_ref_ohm_um2);
        QVERIFY(std::abs(raOhmUm2(p, p.ra_ref_thickness_nm + p.ra_decay_nm) / p.ra_ref_ohm_um2 -
                         std::exp(1.0)) < 1e-12);
        // about a quarter decade per 0.1 nm at lambda = 0.17 nm (docs/model.md §1)
        const double decadesPer01 = std::log10(raOhmUm2(p, 2.5) / raOhmUm2(p, 2.4));
        QVERIFY(decadesPer01 > 0.2 && decadesPer01 < 0.3);
    }
    void tmrHalvesAtVh() {
        DeviceParams p;
        p.v_read_v = p.tmr_v_half_v;
        QVERIFY(std::abs(tmrAtRead(p) - p.tmr / 2) < 1e-15);
    }
    void presetGivesSixMegaohm() {
        const auto p = sotPreset();
        const auto r = simulateDevice(p.device, p.sim.samples, p.sim.seed);
        QVERIFY2(std::abs(r->rpStats.mean / 6e6 - 1) < 0.01, qPrintable(QString::number(r->rpStats.mean)));
        // σ/μ ≈ 18 % for σ_r = 3 nm (docs/model.md §2, known tension)
        QVERIFY(std::abs(r->gpStats.relSigma() - 0.18) < 0.01);
    }
    void monteCarloMatchesAnalytic() {
        const auto p = sotPreset();
        const auto r = simulateDevice(p.device, p.sim.samples, p.sim.seed);
        const auto& a = r->sigmaWAnalytic;
        QVERIFY(std::abs(r->wPlus1Stats.sigma / a.plus1 - 1) < 0.02);
        QVERIFY(std::abs(r->wMinus1Stats.sigma / a.minus1 - 1) < 0.02);
        QVERIFY(std::abs(r->wZeroStats.sigma / a.zero - 1) < 0.02);
        // means: +1, 0, -1 per LSB
        QVERIFY(std::abs(r->wPlus1Stats.mean - 1) < 0.01);
        QVERIFY(std::abs(r->wZeroStats.mean) < 0.01);
        QVERIFY(std::abs(r->wMinus1Stats.mean + 1) < 0.01);
        // analytic conductance moments against the sample
        QVERIFY(std::abs(r->gpStats.mean / r->analytic.gpMean - 1) < 0.005);
        QVERIFY(std::abs(r->gpStats.sigma / r->analytic.gpSigma - 1) < 0.02);
    }
    void raSpreadAddsVariation() {
        DeviceParams p = sotPreset().device;
        p.sigma_radius_nm = 0;
        p.sigma_ra_rel = 0.1;
        const auto r = simulateDevice(p, 200000, 7);
        // G ∝ 1/RA with RA lognormal of σ/μ = 0.1: G's σ/μ = 0.1 exactly too.
        QVERIFY(std::abs(r->analytic.gpSigma / r->analytic.gpMean - 0.1) < 1e-9);
        QVERIFY(std::abs(r->gpStats.relSigma() / 0.1 - 1) < 0.02);
    }
    void noVariationGivesExactLevels() {
        DeviceParams p;
        p.sigma_radius_nm = 0;
        const auto r = simulateDevice(p, 10000, 3);
        QCOMPARE(r->wPlus1Stats.sigma, 0.0);
        QVERIFY(std::abs(r->wPlus1Stats.mean - 1) < 1e-12);
        QCOMPARE(r->sigmaWAnalytic.zero, 0.0);
        QVERIFY(std::abs(r->rpStats.mean / nominalRp(p) - 1) < 1e-12);
    }
    void fig11InverseIsConsistent() {
        for (double tmr : {0.5, 1.5, 3.0})
            for (double target : {0.05, 0.15, 0.3}) {
                const double k = 1 / (1 + tmr);
                const double cpm = maxSigmaOverMuPm1(target, tmr);
                const double c0 = maxSigmaOverMuZero(target, tmr);
                const auto spm = analyticWeightSigmas({1.0, cpm, k, cpm * k});
                const auto s0 = analyticWeightSigmas({1.0, c0, k, c0 * k});
                QVERIFY(std::abs(spm.plus1 - target) < 1e-12);
                QVERIFY(std::abs(s0.zero - target) < 1e-12);
            }
        // Paper's reading of Fig. 11: at TMR 150 % and σ_w 15 %, σ/μ must stay below ~8 %.
        QVERIFY(std::abs(maxSigmaOverMuPm1(0.15, 1.5) - 0.0836) < 0.001);
    }
    void retentionScalesWithArea() {
        DeviceParams p;
        QCOMPARE(deltaKt(p), p.delta_ref * std::pow(ecdNm(p) / p.delta_ref_ecd_nm, 2));
        p.cd_nm = p.cd_bias_nm + p.delta_ref_ecd_nm / 2; // half the diameter: a quarter of Δ
        QVERIFY(std::abs(deltaKt(p) - p.delta_ref / 4) < 1e-12);
        QVERIFY(std::abs(retentionSeconds(p) - 1e-9 * std::exp(p.delta_ref / 4)) < 1e-20);
    }
    void deterministicAcrossThreadCounts() {
        const DeviceParams p;
        std::shared_ptr<const DeviceResult> one, two;
        runWithThreads(1, [&] { one = simulateDevice(p, 50000, 42); });
        runWithThreads(2, [&] { two = simulateDevice(p, 50000, 42); });
        QVERIFY(one->gp == two->gp);
        QVERIFY(one->wZero == two->wZero);
        const auto other = simulateDevice(p, 50000, 43);
        QVERIFY(other->gp != one->gp);
    }
    void cancelledRunReturnsNothing() {
        std::stop_source stop;
        stop.request_stop();
        QVERIFY(simulateDevice(DeviceParams{}, 1000000, 1, stop.get_token()) == nullptr);
    }
};

QTEST_GUILESS_MAIN(TestDeviceModel)
#include "test_device_model.moc"
