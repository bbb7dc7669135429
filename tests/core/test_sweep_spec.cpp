// The sweep spec (core/sweep): grid values (linear, log, integer keys), random and latin-hypercube
// draws (reproducible from the seed, inside the range, one point per stratum), the point's Params.
#include "sweep/sweep_points.h"
#include "sweep/sweep_spec.h"

#include <QtTest>
#include <algorithm>
#include <set>

using namespace aimc::core;
using namespace aimc::core::sweep;

class TestSweepSpec : public QObject {
    Q_OBJECT
    static SweepSpec parse(const std::string& text) {
        auto r = parseSweepSpec(text, "t.json");
        if (!r.spec)
            qFatal("%s", r.error.c_str());
        return *r.spec;
    }
private Q_SLOTS:
    void gridValues() {
        const auto s = parse(R"({"schema": 1, "vary": {
            "device.mgo_thickness_nm": {"from": 2.2, "to": 2.6, "steps": 5},
            "array.rows": {"from": 64, "to": 1024, "steps": 5, "scale": "log"},
            "array.cell_model": ["re", "cse"]}, "metrics": ["energy"]})");
        QCOMPARE(s.pointCount(), 50LL);
        QCOMPARE(s.vary[0].values, (std::vector<double>{2.2, 2.3, 2.4, 2.5, 2.6}));
        QCOMPARE(s.vary[1].values, (std::vector<double>{64, 128, 256, 512, 1024}));
        const auto pts = enumeratePoints(s);
        QCOMPARE(pts[1], (std::vector<double>{2.2, 64, 1})); // the last key varies fastest
        const auto p = pointParams(s, pts[49]);
        QCOMPARE(p.array.rows, 1024);
        QCOMPARE(p.array.cell_model, CellModel::CurrentSource);
        QCOMPARE(pointSetArgs(s, pts[49]).back(), std::string("array.cell_model=cse"));
    }

    void latinHypercubeAndRandom() {
        const std::string vary = R"("vary": {"device.cd_nm": {"from": 40, "to": 120},
            "device.tmr": {"from": 0.5, "to": 3, "scale": "log"}}, "metrics": ["device"]})";
        const auto lhs = parse(R"({"schema": 1, "sample": {"latin-hypercube": 50, "seed": 3}, )" + vary);
        const auto pts = enumeratePoints(lhs);
        QCOMPARE(pts.size(), std::size_t(50));
        std::set<int> strata;
        for (const auto& p : pts) {
            QVERIFY(p[0] >= 40 && p[0] <= 120 && p[1] >= 0.5 && p[1] <= 3);
            strata.insert(static_cast<int>((p[0] - 40) / 80 * 50));
        }
        QCOMPARE(strata.size(), std::size_t(50)); // one point in each fiftieth of the cd range
        QCOMPARE(enumeratePoints(lhs), pts);      // the same seed, the same points
        const auto rnd = parse(R"({"schema": 1, "sample": {"random": 50, "seed": 4}, )" + vary);
        QVERIFY(enumeratePoints(rnd) != pts);
        QCOMPARE(enumeratePoints(rnd), enumeratePoints(parse(R"({"schema": 1, "sample": {"random": 50, "seed": 4}, )" + vary)));
    }

    void errorsNameTheLine() {
        const auto r = parseSweepSpec("{\"schema\": 1,\n\"vary\": {\"device.cd_nm\": {\"from\": 40, \"to\": 120}},\n\"metrics\": [\"device\"]}", "g.json");
        QVERIFY(!r.spec);
        QVERIFY2(r.error.find("g.json:2: vary.device.cd_nm: a grid needs \"steps\"") == 0, r.error.c_str());
        const auto c = parseSweepSpec(R"({"schema": 1, "vary": {"device.cd_nm": [60]}, "metrics": ["device"],
            "constraints": {"energy.tops_per_w": {">=": 100}}})", "c.json");
        QVERIFY2(c.error.find("'energy.tops_per_w' is not a column of this sweep") != std::string::npos, c.error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestSweepSpec)
#include "test_sweep_spec.moc"
