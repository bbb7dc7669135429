// Runs the built `aimc` (AIMC_CLI_PATH, set by tests/app/CMakeLists.txt) and captures its result.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

struct CliRun {
    int code = -1; // -1: did not finish or crashed
    QByteArray out, err;
};

inline CliRun runCli(const QStringList& args, int timeoutMs = 60000) {
    QProcess p;
    p.start(QStringLiteral(AIMC_CLI_PATH), args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
