#include "testsupport.h"

#include "core/diagnostic.h"
#include "gis/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>

#include <csignal>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using madoguchi::InputError;
using madoguchi::gis::AtomicFile;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Every entry of the folder but . and .., hidden ones too.
QStringList entries(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// While it lives, no file of this process may grow beyond `bytes`: writes beyond fail with EFBIG, as a
// full disk fails them with ENOSPC (SIGXFSZ, which would end the process, is ignored meanwhile).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        REQUIRE(::getrlimit(RLIMIT_FSIZE, &mPrevious) == 0);
        mPreviousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = mPrevious;
        limit.rlim_cur = bytes;
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &mPrevious);
        std::signal(SIGXFSZ, mPreviousHandler);
    }

private:
    rlimit mPrevious{};
    void (*mPreviousHandler)(int) = nullptr;
};

} // namespace

TEST_CASE("a committed atomic file replaces the target and leaves nothing else", "[atomicfile]")
{
    QTemporaryDir dir;
    const QString path = madoguchi::test::writeFile(QDir(dir.path()), QStringLiteral("評価.csv"), "old");
    {
        AtomicFile file(path);
        CHECK(file.path() == path);
        CHECK(QFileInfo(file.temporaryPath()).absolutePath() == QFileInfo(path).absolutePath());
        file.write("new ");
        REQUIRE(file.device()->write("content") == 7);
        CHECK(contents(path) == "old"); // nothing shows before the commit
        file.commit();
    }
    CHECK(contents(path) == "new content");
    CHECK(entries(dir) == QStringList{QStringLiteral("評価.csv")});
}

TEST_CASE("an atomic file dropped without commit leaves the target as it was", "[atomicfile]")
{
    QTemporaryDir dir;
    const QString path = madoguchi::test::writeFile(QDir(dir.path()), QStringLiteral("t.csv"), "good");
    {
        AtomicFile file(path);
        file.write("half");
    }
    CHECK(contents(path) == "good");
    CHECK(entries(dir) == QStringList{QStringLiteral("t.csv")});
}

TEST_CASE("a write that fails for want of space fails the commit and keeps the good file", "[atomicfile]")
{
    QTemporaryDir dir;
    const QString path = madoguchi::test::writeFile(QDir(dir.path()), QStringLiteral("t.csv"), "good");
    const QByteArray big(64 * 1024, 'x');

    SECTION("write() throws at once, naming the file and the system's reason")
    {
        AtomicFile file(path);
        const FileSizeLimit limit(4096);
        try {
            file.write(big);
            FAIL("the write did not fail");
        } catch (const InputError &error) {
            CHECK(error.diagnostic().file == path);
            CHECK(error.diagnostic().message.contains(QStringLiteral("File too large")));
            CHECK_FALSE(error.diagnostic().hint.isEmpty());
        }
        CHECK_THROWS_AS(file.commit(), InputError);
    }
    SECTION("a failed write through the device is remembered and commit() throws")
    {
        AtomicFile file(path);
        {
            const FileSizeLimit limit(4096);
            CHECK(file.device()->write(big) == -1);
        }
        CHECK_THROWS_AS(file.commit(), InputError);
    }
    CHECK(contents(path) == "good");
    CHECK(entries(dir) == QStringList{QStringLiteral("t.csv")});
}

TEST_CASE("a writer that creates the file by name gets a free name beside the target", "[atomicfile]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("out.gpkg"));
    SECTION("committed")
    {
        AtomicFile file(path, AtomicFile::Creation::ByWriter);
        CHECK(file.temporaryPath().endsWith(QStringLiteral(".gpkg")));
        CHECK_FALSE(QFileInfo::exists(file.temporaryPath()));
        madoguchi::test::writeFile(QDir(dir.path()), QFileInfo(file.temporaryPath()).fileName(), "written");
        file.commit();
        CHECK(contents(path) == "written");
        CHECK(entries(dir) == QStringList{QStringLiteral("out.gpkg")});
    }
    SECTION("a writer that wrote nothing fails the commit")
    {
        AtomicFile file(path, AtomicFile::Creation::ByWriter);
        CHECK_THROWS_AS(file.commit(), InputError);
        CHECK(entries(dir).isEmpty());
    }
}

TEST_CASE("the temporaries of a writer killed outright are removed by the next write to the target",
          "[atomicfile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = QDir(dir.path()).filePath(QStringLiteral("結果.gpkg"));
    madoguchi::test::writeFile(QDir(dir.path()), QStringLiteral("結果.gpkg"), "good");
    // A child process begins the write as the GeoPackage writer does, SQLite's journal beside it, and is
    // killed before it can commit or clean up.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        AtomicFile file(path, AtomicFile::Creation::ByWriter);
        for (const char *suffix : {"", "-journal"}) {
            QFile written(file.temporaryPath() + QLatin1String(suffix));
            if (!written.open(QIODevice::WriteOnly) || written.write("half") != 4)
                ::_exit(2);
            written.close();
        }
        ::raise(SIGKILL);
        ::_exit(3);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));
    const QString stale = QStringLiteral("結果.gpkg.tmp-%1-").arg(child);
    const QStringList left = entries(dir);
    REQUIRE(left.size() == 3);
    CHECK(left.filter(stale).size() == 2);

    // The temporaries of a process that runs (this test's parent) and files merely named alike stay.
    const QString running = QStringLiteral("結果.gpkg.tmp-%1-aB3dE6.gpkg").arg(::getppid());
    const QStringList others{running, QStringLiteral("結果.gpkg.tmp-notes.txt"), QStringLiteral("他.gpkg.tmp-1-aB3dE6.gpkg")};
    for (const QString &name : others)
        madoguchi::test::writeFile(QDir(dir.path()), name, "keep");

    {
        AtomicFile file(path, AtomicFile::Creation::Open);
        file.write("new");
        file.commit();
    }
    CHECK(contents(path) == "new");
    QStringList expected = others;
    expected << QStringLiteral("結果.gpkg");
    expected.sort();
    QStringList after = entries(dir);
    after.sort();
    CHECK(after == expected);
}

TEST_CASE("an atomic file needs an existing folder and no folder in the target's place", "[atomicfile]")
{
    QTemporaryDir dir;
    CHECK_THROWS_AS(AtomicFile(QDir(dir.path()).filePath(QStringLiteral("missing/t.csv"))), InputError);
    QDir(dir.path()).mkdir(QStringLiteral("t.csv"));
    CHECK_THROWS_AS(AtomicFile(QDir(dir.path()).filePath(QStringLiteral("t.csv"))), InputError);
}
