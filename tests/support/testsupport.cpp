#include "testsupport.h"

#include <QFile>
#include <QFileInfo>

#include <iconv.h>

namespace madoguchi::test {

QString sharedDataDir()
{
    const QString dir = QStringLiteral(MADOGUCHI_TEST_SHARED_DATA_DIR);
    INFO("shared reference data expected at " << dir.toStdString()
         << " (configure with -DMADOGUCHI_SHARED_DATA_DIR=...)");
    REQUIRE(QFileInfo(dir).isDir());
    return dir;
}

QString kumamotoFile(const QString &name)
{
    const QString path = sharedDataDir() + QStringLiteral("/kumamoto/") + name;
    INFO("missing reference file " << path.toStdString());
    REQUIRE(QFileInfo::exists(path));
    return path;
}

QString sourceDir()
{
    return QStringLiteral(MADOGUCHI_TEST_SOURCE_DIR);
}

QString cliPath()
{
    return QStringLiteral(MADOGUCHI_TEST_CLI);
}

QString writeFile(const QDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QString copyKumamotoShapefile(const QDir &dir, const QString &stem, const QStringList &skip)
{
    for (const QString &ext : {QStringLiteral("shp"), QStringLiteral("shx"), QStringLiteral("dbf"),
                              QStringLiteral("prj"), QStringLiteral("cpg")}) {
        if (skip.contains(ext))
            continue;
        const QString from = kumamotoFile(stem + QLatin1Char('.') + ext);
        const QString to = dir.filePath(stem + QLatin1Char('.') + ext);
        QFile::remove(to);
        REQUIRE(QFile::copy(from, to));
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return dir.filePath(stem + QStringLiteral(".shp"));
}

QByteArray toCp932(const QString &text)
{
    const iconv_t converter = iconv_open("CP932", "UTF-8");
    REQUIRE(converter != reinterpret_cast<iconv_t>(-1));
    QByteArray input = text.toUtf8();
    QByteArray output(input.size() * 2 + 4, Qt::Uninitialized); // a CP932 code is at most two bytes
    char *in = input.data();
    size_t inLeft = size_t(input.size());
    char *out = output.data();
    size_t outLeft = size_t(output.size());
    const size_t converted = iconv(converter, &in, &inLeft, &out, &outLeft);
    iconv_close(converter);
    INFO("no CP932 code for the character at byte " << (in - input.data()) << " of " << text.toStdString());
    REQUIRE(converted != size_t(-1));
    output.truncate(out - output.data());
    return output;
}

qint64 differingPixels(const QImage &a, const QImage &b)
{
    REQUIRE(a.size() == b.size());
    const QImage first = a.convertToFormat(QImage::Format_RGB32);
    const QImage second = b.convertToFormat(QImage::Format_RGB32);
    qint64 count = 0;
    for (int y = 0; y < first.height(); ++y) {
        const auto *left = reinterpret_cast<const QRgb *>(first.constScanLine(y));
        const auto *right = reinterpret_cast<const QRgb *>(second.constScanLine(y));
        for (int x = 0; x < first.width(); ++x)
            count += left[x] != right[x] ? 1 : 0;
    }
    return count;
}

} // namespace madoguchi::test
