#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace madoguchi::test;

namespace {

// Runs madoguchi-cli through /bin/sh: the commands `setup` first, then the program with `redirection`
// (e.g. "> /dev/full") after its arguments.
CliResult runInShell(const QStringList &arguments, const QString &setup, const QString &redirection = {})
{
    QStringList quoted;
    for (const QString &argument : arguments)
        quoted << QStringLiteral("'%1'").arg(QString(argument).replace(QLatin1Char('\''), QStringLiteral("'\\''")));
    QProcess process;
    process.start(QStringLiteral("/bin/sh"),
                  {QStringLiteral("-c"), QStringLiteral("%1 exec '%2' %3 %4")
                                             .arg(setup, cliPath(), quoted.join(QLatin1Char(' ')), redirection)});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Runs madoguchi-cli in a shell that limits the size of the files it writes to 2 KiB (ulimit -f counts
// blocks of 1024 bytes), so every write beyond fails as on a full disk; SIGXFSZ is ignored so that the
// program sees the failed write instead of being killed.
CliResult runWithSmallDisk(const QStringList &arguments)
{
    return runInShell(arguments, QStringLiteral("trap '' XFSZ; ulimit -f 2;"));
}

// Runs madoguchi-cli with its standard output on /dev/full, where every write fails with ENOSPC.
CliResult runWithFullStandardOutput(const QStringList &arguments)
{
    return runInShell(arguments, QString(), QStringLiteral("> /dev/full"));
}

} // namespace

TEST_CASE("an export that cannot be written whole fails and keeps the good file that was there", "[realdata]")
{
    const QString suffix = GENERATE(QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("gpkg"),
                                    QStringLiteral("pdf"), QStringLiteral("svg"), QStringLiteral("png"));
    INFO(suffix.toStdString());
    QTemporaryDir dir;
    const QString out = QDir(dir.path()).filePath(QStringLiteral("出力.") + suffix);
    const QByteArray good = "a good file from before";
    writeFile(QDir(dir.path()), QFileInfo(out).fileName(), good);

    const bool table = suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx") || suffix == QLatin1String("gpkg");
    QStringList arguments{QStringLiteral("export"), table ? QStringLiteral("table") : QStringLiteral("map"),
                          sampleProject(), QStringLiteral("--out"), out, QStringLiteral("--scenario"),
                          QStringLiteral("2016年方針")};
    if (suffix == QLatin1String("png"))
        arguments << QStringLiteral("--paper") << QStringLiteral("800x600");
    const CliResult result = runWithSmallDisk(arguments);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("error: ")));
    CHECK(result.err.contains(QFileInfo(out).fileName()));
    CHECK_FALSE(result.err.contains(QStringLiteral("Wrote")));
    // The system's reason and what to do, in every format — not a library's code (libxlsxwriter prints
    // its own line too; the program's message is the one after "error: ").
    const QString message = result.err.mid(result.err.indexOf(QStringLiteral("error: ")));
    CHECK(message.contains(QStringLiteral("File too large")));
    CHECK_FALSE(message.contains(QStringLiteral("ZIP_ERRNO")));
    CHECK_FALSE(message.contains(QStringLiteral("Unknown error")));
    CHECK_FALSE(message.contains(QStringLiteral("sqlite3")));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == good);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QFileInfo(out).fileName()});
}

TEST_CASE("optimise's files that cannot be written whole fail and keep the good file that was there", "[realdata]")
{
    // The CSV (4 KiB), the GeoPackage and the project's copy (4 KiB) are each larger than the disk allows.
    const QString suffix = GENERATE(QStringLiteral("csv"), QStringLiteral("gpkg"), QStringLiteral("madoguchi"));
    INFO(suffix.toStdString());
    QTemporaryDir dir;
    const QString out = QDir(dir.path()).filePath(QStringLiteral("最適化.") + suffix);
    const QByteArray good = "a good file from before";
    writeFile(QDir(dir.path()), QFileInfo(out).fileName(), good);

    QStringList arguments{QStringLiteral("optimise"), sampleProject(), QStringLiteral("--scenario"),
                          QStringLiteral("2016年方針")};
    if (suffix == QLatin1String("madoguchi"))
        arguments << QStringLiteral("--closures") << QStringLiteral("7") << QStringLiteral("--save-scenario")
                  << QStringLiteral("最適7") << QStringLiteral("--project-out") << out;
    else
        arguments << QStringLiteral("--out") << out;
    const CliResult result = runWithSmallDisk(arguments);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("error: ")));
    CHECK(result.err.contains(QFileInfo(out).fileName()));
    CHECK_FALSE(result.err.contains(QStringLiteral("Wrote")));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == good);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QFileInfo(out).fileName()});
}

TEST_CASE("a command whose standard output cannot be written fails and says so", "[realdata]")
{
    sharedDataDir();
    const QList<QStringList> cases = {
        {QStringLiteral("evaluate"), sampleProject(), QStringLiteral("--format"), QStringLiteral("text")},
        {QStringLiteral("evaluate"), sampleProject(), QStringLiteral("--scenario"), QStringLiteral("2016年方針")},
        {QStringLiteral("scenarios"), sampleProject()},
        {QStringLiteral("optimise"), sampleProject()},
        {QStringLiteral("optimise"), sampleProject(), QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("optimise"), QStringLiteral("--help")},
        {QStringLiteral("help")},
        {QStringLiteral("--version")},
        {QStringLiteral("evaluate"), QStringLiteral("--help")},
        {QStringLiteral("export"), QStringLiteral("--help")},
        {QStringLiteral("export"), QStringLiteral("map"), QStringLiteral("--help")},
    };
    for (const QStringList &arguments : cases) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliResult result = runWithFullStandardOutput(arguments);
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("error: cannot write to standard output: No space left on device\n")));
    }
}

TEST_CASE("a command that writes nothing on standard output does not fail on an unwritable one", "[realdata]")
{
    sharedDataDir();
    QTemporaryDir dir;
    const QString out = QDir(dir.path()).filePath(QStringLiteral("評価.csv"));
    const CliResult result = runWithFullStandardOutput(
        {QStringLiteral("export"), QStringLiteral("table"), sampleProject(), QStringLiteral("--out"), out});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(QFileInfo::exists(out));
    CHECK_FALSE(result.err.contains(QStringLiteral("standard output")));
}

TEST_CASE("optimise saves no project when its table cannot be written to standard output", "[realdata]")
{
    sharedDataDir();
    QTemporaryDir dir;
    const QString projectOut = QDir(dir.path()).filePath(QStringLiteral("copy.madoguchi"));
    const CliResult result = runWithFullStandardOutput(
        {QStringLiteral("optimise"), sampleProject(), QStringLiteral("--closures"), QStringLiteral("7"),
         QStringLiteral("--save-scenario"), QStringLiteral("最適7"), QStringLiteral("--project-out"), projectOut});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("cannot write to standard output")));
    CHECK_FALSE(QFileInfo::exists(projectOut));
}
