// Test helpers for `aimc sweep` results files: specs written to a folder, rows read back.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <algorithm>

inline QString writeText(const QString& path, const QByteArray& text) {
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(text);
    return path;
}

inline QByteArray readText(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The data rows of a results file (after the comment and header lines), each without its last
// field (seconds, the only one that differs between runs), sorted by point index.
inline QList<QByteArray> comparableRows(const QString& path) {
    QList<QByteArray> rows = readText(path).split('\n');
    rows = rows.mid(2);
    rows.removeAll(QByteArray());
    for (auto& r : rows)
        r = r.left(r.lastIndexOf(','));
    std::sort(rows.begin(), rows.end(), [](const QByteArray& a, const QByteArray& b) {
        return a.left(a.indexOf(',')).toLongLong() < b.left(b.indexOf(',')).toLongLong();
    });
    return rows;
}

// The fields of one CSV row ("" inside quotes is a quote).
inline QList<QByteArray> splitCsvRow(const QByteArray& line) {
    QList<QByteArray> fields(1);
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"')
            fields.back() += line[++i];
        else if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted)
            fields.append(QByteArray());
        else
            fields.back() += c;
    }
    return fields;
}

// A spec of device + energy points quick enough for CTest (12 points).
inline QByteArray quickSpec(int samples = 5000) {
    return QByteArray(R"({"schema": 1, "base": "sot-mram-vlsi2020",
 "set": {"array.rows": 128, "sim.samples": )") + QByteArray::number(samples) + R"(},
 "vary": {"device.mgo_thickness_nm": {"from": 2.2, "to": 2.6, "steps": 4},
          "device.cd_nm": [60, 70, 80]},
 "metrics": ["device", "energy"]})";
}
