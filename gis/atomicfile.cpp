#include "gis/atomicfile.h"

#include "core/diagnostic.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <limits>

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

namespace madoguchi::gis {

namespace {

struct AtomicFileText
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFileText)
};

// Writes all of `size` bytes, retrying short writes and interruptions. 0 or the errno of the failure.
int writeAll(int descriptor, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t written = ::write(descriptor, data, std::size_t(size));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        data += written;
        size -= written;
    }
    return 0;
}

bool syncPath(const QString &path, int flags)
{
    const int descriptor = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (descriptor < 0)
        return false;
    const bool synced = ::fsync(descriptor) == 0;
    ::close(descriptor);
    return synced;
}

// Removes the temporaries of `fileName` in `folder` that a writer left when it was killed (kill -9, a
// power cut): those named after a process that no longer runs. Those of running processes, and files
// of other names, are left alone.
void removeStaleTemporaries(const QString &folder, const QString &fileName, const QString &suffix)
{
    const QRegularExpression pattern(QLatin1Char('^') + QRegularExpression::escape(fileName)
                                     + QStringLiteral("\\.tmp-(\\d+)-[A-Za-z0-9]{6}")
                                     + QRegularExpression::escape(suffix) + QStringLiteral("(-wal|-shm|-journal)?$"));
    const QDir dir(folder);
    for (const QString &entry : dir.entryList({fileName + QStringLiteral(".tmp-*")}, QDir::Files | QDir::Hidden)) {
        const QRegularExpressionMatch match = pattern.match(entry);
        if (!match.hasMatch())
            continue;
        bool ok = false;
        const qint64 pid = match.captured(1).toLongLong(&ok);
        if (!ok || pid <= 0 || pid > std::numeric_limits<pid_t>::max() || pid == ::getpid())
            continue;
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue; // the writer runs (or may: another user's process)
        const QByteArray path = QFile::encodeName(dir.filePath(entry));
        struct stat status {};
        if (::lstat(path.constData(), &status) == 0 && S_ISREG(status.st_mode))
            ::unlink(path.constData());
    }
}

} // namespace

QString writeErrorReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString writeErrorHint(int error)
{
    if (error == ENOSPC || error == EDQUOT)
        return AtomicFileText::tr("free some space on the disk or choose another folder; an existing file was left "
                                  "as it was");
    if (error == EFBIG)
        return AtomicFileText::tr("the file is larger than this system allows; choose another folder or a smaller "
                                  "output");
    if (error == EACCES || error == EPERM || error == EROFS)
        return AtomicFileText::tr("choose a folder you may write into");
    return AtomicFileText::tr("check that the folder exists and that you may write into it, and that there is "
                              "space on the disk; an existing file was left as it was");
}

// The temporary file as a QIODevice for Qt's writers: every write goes straight to the descriptor and
// is checked.
class AtomicFile::Device : public QIODevice
{
public:
    explicit Device(AtomicFile &file) : mFile(file) { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (!mFile.mFailure.isEmpty())
            return -1;
        if (const int error = writeAll(mFile.mDescriptor, data, size)) {
            mFile.mFailure = writeErrorReason(error);
            mFile.mFailureErrno = error;
            setErrorString(mFile.mFailure);
            return -1;
        }
        return size;
    }

private:
    AtomicFile &mFile;
};

AtomicFile::AtomicFile(const QString &path, Creation creation)
    : mPath(path), mAbsolutePath(QFileInfo(path).absoluteFilePath())
{
    const QFileInfo target(mAbsolutePath);
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir())
        throw InputError(mPath, QString(), AtomicFileText::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder)),
                         AtomicFileText::tr("choose an existing folder"));
    if (target.isDir())
        throw InputError(mPath, QString(), AtomicFileText::tr("a folder of that name is in the way"),
                         AtomicFileText::tr("choose another file name"));

    // Beside the target, named after it, this process and keeping its suffix (some writers choose the
    // format by it): "t.xlsx.tmp-4711-a1B2c3.xlsx".
    const QString suffix = target.suffix().isEmpty() ? QString() : QLatin1Char('.') + target.suffix();
    removeStaleTemporaries(folder, target.fileName(), suffix);
    QByteArray name = QFile::encodeName(folder + QLatin1Char('/') + target.fileName()
                                        + QStringLiteral(".tmp-%1-XXXXXX").arg(::getpid()) + suffix);
    const int descriptor = ::mkostemps(name.data(), int(QFile::encodeName(suffix).size()), O_CLOEXEC);
    if (descriptor < 0) {
        const int error = errno;
        throw InputError(mPath, QString(),
                         AtomicFileText::tr("cannot create a file in %1: %2").arg(QDir::toNativeSeparators(folder), writeErrorReason(error)),
                         writeErrorHint(error));
    }
    // mkostemps makes the file 0600; a new export gets the permissions any new file gets here.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(descriptor, 0666 & ~mask);
    mTemporaryPath = QFile::decodeName(name);
    if (creation == Creation::Open) {
        mDescriptor = descriptor;
    } else {
        ::close(descriptor);
        ::unlink(name.constData());
    }
}

AtomicFile::~AtomicFile()
{
    mDevice.reset();
    if (mDescriptor >= 0)
        ::close(mDescriptor);
    if (!mCommitted)
        removeTemporary();
}

void AtomicFile::removeTemporary()
{
    // SQLite (GeoPackage) may leave a journal beside the file it wrote.
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(mTemporaryPath + QLatin1String(suffix));
}

void AtomicFile::fail(const QString &reason, int error)
{
    throw InputError(mPath, QString(), AtomicFileText::tr("cannot write the file: %1").arg(reason), writeErrorHint(error));
}

void AtomicFile::write(const QByteArray &bytes)
{
    if (mDescriptor < 0)
        fail(AtomicFileText::tr("it is not open for writing"));
    if (!mFailure.isEmpty())
        fail(mFailure, mFailureErrno);
    if (const int error = writeAll(mDescriptor, bytes.constData(), bytes.size())) {
        mFailure = writeErrorReason(error);
        mFailureErrno = error;
        fail(mFailure, error);
    }
}

QIODevice *AtomicFile::device()
{
    if (!mDevice)
        mDevice = std::make_unique<Device>(*this);
    return mDevice.get();
}

void AtomicFile::commit()
{
    if (mCommitted)
        return;
    if (!mFailure.isEmpty())
        fail(mFailure, mFailureErrno);
    if (mDescriptor >= 0) {
        mDevice.reset();
        const bool synced = ::fsync(mDescriptor) == 0;
        const int syncError = errno;
        const bool closed = ::close(mDescriptor) == 0;
        const int closeError = errno;
        mDescriptor = -1;
        if (!synced)
            fail(AtomicFileText::tr("it could not be flushed to disk (%1)").arg(writeErrorReason(syncError)), syncError);
        if (!closed)
            fail(writeErrorReason(closeError), closeError);
    } else {
        struct stat status{};
        if (::stat(QFile::encodeName(mTemporaryPath).constData(), &status) != 0 || !S_ISREG(status.st_mode))
            fail(AtomicFileText::tr("the writer did not create it"));
        if (!syncPath(mTemporaryPath, O_RDONLY)) {
            const int error = errno;
            fail(AtomicFileText::tr("it could not be flushed to disk (%1)").arg(writeErrorReason(error)), error);
        }
    }
    // POSIX rename replaces the target atomically: readers see the old file or the new one.
    if (::rename(QFile::encodeName(mTemporaryPath).constData(), QFile::encodeName(mAbsolutePath).constData()) != 0) {
        const int error = errno;
        fail(AtomicFileText::tr("cannot put the new file in place: %1").arg(writeErrorReason(error)), error);
    }
    mCommitted = true;
    // The rename itself is durable once the folder is synced; a failure here loses nothing written.
    syncPath(QFileInfo(mAbsolutePath).absolutePath(), O_RDONLY | O_DIRECTORY);
    // A journal SQLite left belongs to the temporary name, not to the target.
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(mTemporaryPath + QLatin1String(suffix));
}

} // namespace madoguchi::gis
