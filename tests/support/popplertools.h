#pragma once

// The poppler-utils programs (pdfinfo, pdffonts, pdftotext, pdfimages, pdftoppm), for tests that look
// into exported PDFs as a reader's tools do. packaging/install-deps.sh installs them.

#include "testsupport.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSizeF>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace madoguchi::test {

// Runs `program` (found on PATH) and returns its standard output; REQUIREs that it exits with 0.
inline QString runPoppler(const QString &program, const QStringList &arguments)
{
    const QString executable = QStandardPaths::findExecutable(program);
    INFO(program.toStdString() << " is not installed (poppler-utils, see packaging/install-deps.sh)");
    REQUIRE_FALSE(executable.isEmpty());
    QProcess process;
    process.start(executable, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of a PDF as pdftotext extracts it (what search and copy see).
inline QString pdfText(const QString &pdf)
{
    return runPoppler(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                     QStringLiteral("-")});
}

// The first page's size in points, from pdfinfo's "Page size: 842 x 595 pts (A4)".
inline QSizeF pdfPageSizePoints(const QString &pdf)
{
    const QString info = runPoppler(QStringLiteral("pdfinfo"), {pdf});
    static const QRegularExpression pageSize(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"));
    const QRegularExpressionMatch match = pageSize.match(info);
    REQUIRE(match.hasMatch());
    return QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble());
}

// The rows of `pdfimages -list` below its two header lines: one per image in the PDF.
inline QStringList pdfImageRows(const QString &pdf)
{
    QStringList lines = runPoppler(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 2);
    return lines.mid(2);
}

// The first page rendered by pdftoppm at `dpi`.
inline QImage renderPdfPage(const QString &pdf, int dpi)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString stem = dir.filePath(QStringLiteral("page"));
    runPoppler(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
                                            QStringLiteral("-singlefile"), pdf, stem});
    QImage image(stem + QStringLiteral(".png"));
    REQUIRE_FALSE(image.isNull());
    return image.convertToFormat(QImage::Format_RGB32);
}

} // namespace madoguchi::test
