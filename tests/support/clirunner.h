#pragma once

#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace madoguchi::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs madoguchi-cli with the given arguments and waits for it (60 s at most).
inline CliResult runCli(const QStringList &arguments, const QString &workingDir = {})
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(cliPath(), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The sample project in the source tree.
inline QString sampleProject()
{
    return sourceDir() + QStringLiteral("/data/kumamoto/kumamoto.madoguchi");
}

// Splits CSV text (no quoted fields expected) into rows of cells.
inline std::vector<QStringList> parseSimpleCsv(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    std::vector<QStringList> rows;
    for (const QString &line : text.split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts)) {
        REQUIRE_FALSE(line.contains(QLatin1Char('"')));
        rows.push_back(line.split(QLatin1Char(',')));
    }
    return rows;
}

// RFC 4180 CSV: quoted cells may hold commas, quotes ("") and line breaks.
inline std::vector<QStringList> parseCsv(const QString &text)
{
    std::vector<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted && c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
            cell += c;
            ++i;
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (quoted || (c != QLatin1Char(',') && c != QLatin1Char('\r') && c != QLatin1Char('\n'))) {
            cell += c;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\n')) {
            row << cell;
            rows.push_back(row);
            row.clear();
            cell.clear();
        }
    }
    REQUIRE_FALSE(quoted);
    REQUIRE(cell.isEmpty());
    return rows;
}

} // namespace madoguchi::test
