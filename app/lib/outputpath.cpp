#include "app/lib/outputpath.h"

#include "app/lib/projectloader.h"
#include "core/diagnostic.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <optional>

#include <sys/stat.h>

namespace madoguchi::app {

namespace {

struct OutputPathText
{
    Q_DECLARE_TR_FUNCTIONS(OutputPathText)
};

struct FileIdentity
{
    dev_t device = 0;
    ino_t inode = 0;

    bool operator==(const FileIdentity &) const = default;
};

// The identity of an existing file; nullopt when there is none to stat.
std::optional<FileIdentity> identityOf(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return FileIdentity{status.st_dev, status.st_ino};
}

void addWithCompanions(QStringList &files, const QString &path)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    files << info.absoluteFilePath();
    if (info.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) != 0)
        return;
    const QString stem = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('.');
    // Companions are usually named in the .shp's case; both cases are listed for tables made on Windows.
    for (const char *suffix : {"shx", "dbf", "prj", "cpg"}) {
        const QString lower = QString::fromLatin1(suffix);
        files << stem + lower << stem + lower.toUpper();
    }
}

} // namespace

QStringList projectInputFiles(const LoadedProject &project)
{
    QStringList files;
    addWithCompanions(files, project.projectPath);
    addWithCompanions(files, project.officesPath);
    for (LayerRole role : {LayerRole::Wards, LayerRole::SchoolDistricts, LayerRole::Schools, LayerRole::Population})
        if (const LoadedLayer *layer = project.layer(role))
            addWithCompanions(files, layer->resolvedPath);
    files.removeDuplicates();
    return files;
}

void checkOutputPath(const QString &outputPath, const LoadedProject &project)
{
    const QFileInfo output(outputPath);
    if (output.isDir())
        throw InputError(outputPath, QString(), OutputPathText::tr("a folder of that name is in the way"),
                         OutputPathText::tr("choose another file name"));
    // Only an existing file can be an input; a new name cannot.
    const std::optional<FileIdentity> outputIdentity = identityOf(outputPath);
    if (!outputIdentity)
        return;
    for (const QString &input : projectInputFiles(project))
        if (identityOf(input) == outputIdentity)
            throw InputError(outputPath, QString(),
                             OutputPathText::tr("the output file is one of the project's input files (%1)")
                                 .arg(QFileInfo(input).fileName()),
                             OutputPathText::tr("choose another file name for the output; input files are never "
                                                "overwritten"));
}

QString fileNamePart(const QString &text)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    QString part;
    part.reserve(text.size());
    for (const QChar c : text)
        part += (c.unicode() < 0x20 || c.unicode() == 0x7f || forbidden.contains(c)) ? QLatin1Char('_') : c;
    qsizetype begin = 0;
    qsizetype end = part.size();
    auto dropped = [](QChar c) { return c.isSpace() || c == QLatin1Char('.'); };
    while (begin < end && dropped(part.at(begin)))
        ++begin;
    while (end > begin && dropped(part.at(end - 1)))
        --end;
    return part.mid(begin, end - begin);
}

QString exportFileName(const QString &projectPath, const QString &scenarioName, const QString &what,
                       const QString &suffix)
{
    QStringList parts;
    for (const QString &text : {QFileInfo(projectPath).completeBaseName(), scenarioName, what})
        if (const QString part = fileNamePart(text); !part.isEmpty())
            parts << part;
    return parts.join(QLatin1Char('_')) + QLatin1Char('.') + suffix;
}

} // namespace madoguchi::app
