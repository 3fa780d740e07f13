#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;

namespace madoguchi::gis {

// The one way Madoguchi writes a file (an export, the project file): the file appears complete or not
// at all. The bytes go to a temporary file beside the target (the same folder, so that the rename is
// atomic); commit() checks that every write, the flush and the sync to disk succeeded, then renames the
// temporary file over the target and syncs the folder. On any failure — a full disk (ENOSPC), a file
// size limit (EFBIG), an I/O error — or when the object is destroyed without commit(), the temporary
// file is removed and an existing file at the target stays as it was.
//
// Three ways to fill it: write() for bytes; device() for Qt writers (QPdfWriter, QSvgGenerator,
// QImage::save), whose every write is checked the same way; or temporaryPath() for libraries that
// create the file themselves by name (GDAL, libxlsxwriter) — with Creation::ByWriter the name is
// reserved but no file is left there, since some writers (GDAL's GeoPackage driver) refuse to create
// over an existing file; such a writer's own errors must be checked by the caller, commit() checks the
// file is there and syncs it.
//
// A writer killed outright (kill -9, a power cut) cannot remove its temporary file: the temporary's name
// carries the writer's process id ("t.xlsx.tmp-4711-a1B2c3.xlsx"), and the next AtomicFile for the same
// target removes those of processes that no longer run.
//
// Errors are InputError naming the target file, the system's reason and what to do. Not thread-safe;
// one object per file.
// The system's words for the errno of a failed write, and what to do about it (free some space, choose
// a folder you may write into …), for the messages of writers that fail outside AtomicFile (e.g.
// libxlsxwriter's zip archive).
QString writeErrorReason(int error);
QString writeErrorHint(int error);

class AtomicFile
{
public:
    enum class Creation {
        Open,     // the temporary file is created and opened for write() and device()
        ByWriter, // the temporary name is reserved; the writer creates the file at temporaryPath()
    };

    // Throws InputError when the target's folder does not exist, a folder stands at the target, or no
    // file can be created in the folder.
    explicit AtomicFile(const QString &path, Creation creation = Creation::Open);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    // The target, as given (messages name it so).
    const QString &path() const { return mPath; }
    const QString &temporaryPath() const { return mTemporaryPath; }

    // Appends `bytes` (Creation::Open). Throws InputError when they cannot all be written.
    void write(const QByteArray &bytes);
    // A write-only device over the temporary file (Creation::Open), owned by this object. A failed write
    // returns -1 to the writer and is remembered: commit() then throws with its reason.
    QIODevice *device();

    // Syncs the temporary file to disk, renames it over the target and syncs the folder. Throws
    // InputError when anything written before failed or any of these steps fails (nothing is left then).
    void commit();

private:
    class Device;
    [[noreturn]] void fail(const QString &reason, int error = 0);
    void removeTemporary();

    QString mPath;         // as given
    QString mAbsolutePath; // of the target
    QString mTemporaryPath;
    int mDescriptor = -1;
    std::unique_ptr<Device> mDevice;
    QString mFailure; // the first write that failed, for commit()
    int mFailureErrno = 0;
    bool mCommitted = false;
};

} // namespace madoguchi::gis
