#include "app/lib/pageexport.h"

#include "core/diagnostic.h"
#include "core/feedback.h"
#include "gis/atomicfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <cmath>

namespace madoguchi::app {

namespace {

// Messages are looked up in the "PageExportText" context of the translations.
struct PageExportText
{
    Q_DECLARE_TR_FUNCTIONS(PageExportText)
};

constexpr double kMinDpi = 36.0;
constexpr double kMaxDpi = 2400.0;
constexpr int kMaxPageSide = 20000; // pixels; A3 at 1200 dpi is 19,843 long
constexpr QSizeF kFigureMm(160.0, 110.0);

QPageSize paperSize(const ExportPage &page)
{
    switch (page.paper) {
    case ExportPaper::A4:
        return QPageSize(QPageSize::A4);
    case ExportPaper::A3:
        return QPageSize(QPageSize::A3);
    case ExportPaper::Figure:
        return QPageSize(kFigureMm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
    case ExportPaper::Pixels:
        break;
    }
    const int dpi = wholeDpi(page);
    return QPageSize(QSizeF(double(page.pixelSize.width()) / dpi, double(page.pixelSize.height()) / dpi),
                     QPageSize::Inch, QString(), QPageSize::ExactMatch);
}

bool turnsToLandscape(const ExportPage &page)
{
    return page.landscape && (page.paper == ExportPaper::A4 || page.paper == ExportPaper::A3);
}

// Two paths name the same file: the same canonical path when both exist, else the same absolute path.
bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.exists() && second.exists())
        return first.canonicalFilePath() == second.canonicalFilePath();
    return QDir::cleanPath(first.absoluteFilePath()) == QDir::cleanPath(second.absoluteFilePath());
}

// How well a code point names a glyph that several code points share, for repairToUnicodeMaps: 0 for
// the characters of Japanese and Latin text, 1 for other printable ones, 2 for those that only alias
// another's glyph (controls, CJK radicals, compatibility ideographs, vertical forms).
int toUnicodeRank(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE10 && c <= 0xFE1F) || (c >= 0xFE30 && c <= 0xFE4F))
        return 2;
    if (c < 0x7F || (c >= 0x3000 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xFF00 && c <= 0xFFEF))
        return 0;
    return 1;
}

// Qt's PDF engine writes each embedded font's ToUnicode map (what text search, extraction and copying
// read) by giving every glyph the lowest code point that the font maps to it. Fonts share glyphs
// between code points, and the lowest is often not the one drawn: Noto Sans CJK maps the Kangxi
// radicals (U+2F00 …) to the glyphs of the ideographs they look like, so 方, 大, 月 or 西 would come
// out of the PDF as ⽅, ⼤, ⽉, ⻄; the katakana middle dot as U+2027; a space as a tab. This gives each
// destination code point of the maps the best-ranked code point (toUnicodeRank, then the lowest) that
// `family` maps to the same glyph. Both weights of the family have the same character map. A code
// point is four hex digits before and after, so the PDF's offsets and lengths stay valid.
void repairToUnicodeMaps(QByteArray &pdf, const QString &family)
{
    QFont font(family);
    font.setPixelSize(100);
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return;
    QString characters;
    QList<char32_t> codes;
    for (char32_t c = 1; c <= 0xFFFF; ++c) {
        if (QChar::isSurrogate(c))
            continue;
        characters.append(QChar(c));
        codes.push_back(c);
    }
    const QList<quint32> glyphs = raw.glyphIndexesForString(characters);
    if (glyphs.size() != codes.size())
        return;
    QHash<char32_t, quint32> glyphOf;
    QHash<quint32, char32_t> bestFor;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        if (glyphs[i] == 0)
            continue;
        glyphOf.insert(codes[i], glyphs[i]);
        const auto best = bestFor.constFind(glyphs[i]);
        if (best == bestFor.constEnd() || toUnicodeRank(codes[i]) < toUnicodeRank(*best))
            bestFor.insert(glyphs[i], codes[i]);
    }

    qsizetype from = 0;
    while (true) {
        const qsizetype begin = pdf.indexOf("begincmap", from);
        if (begin < 0)
            break;
        const qsizetype end = pdf.indexOf("endcmap", begin);
        if (end < 0)
            break;
        // Destination code points are the tokens after the source codes: the third and later of a
        // bfrange line, the second of a bfchar line. Only four-digit tokens are single code points.
        enum class Section { None, Range, Char } section = Section::None;
        qsizetype lineStart = begin;
        while (lineStart < end) {
            qsizetype lineEnd = pdf.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            const QByteArray line = pdf.mid(lineStart, lineEnd - lineStart).trimmed();
            if (line.endsWith("beginbfrange")) {
                section = Section::Range;
            } else if (line.endsWith("beginbfchar")) {
                section = Section::Char;
            } else if (line.startsWith("end")) {
                section = Section::None;
            } else if (section != Section::None) {
                const int sourceTokens = section == Section::Range ? 2 : 1;
                int token = 0;
                for (qsizetype i = lineStart; i < lineEnd; ++i) {
                    if (pdf[i] != '<')
                        continue;
                    const qsizetype close = pdf.indexOf('>', i);
                    if (close < 0 || close > lineEnd)
                        break;
                    if (token++ >= sourceTokens && close - i == 5) {
                        bool ok = false;
                        const char32_t code = char32_t(pdf.mid(i + 1, 4).toUInt(&ok, 16));
                        const auto glyph = glyphOf.constFind(code);
                        if (ok && glyph != glyphOf.constEnd()) {
                            const char32_t best = bestFor.value(*glyph, code);
                            if (best != code)
                                pdf.replace(i + 1, 4, QByteArray::number(uint(best), 16).toUpper().rightJustified(4, '0'));
                        }
                    }
                    i = close;
                }
            }
            lineStart = lineEnd + 1;
        }
        from = end;
    }
}

[[noreturn]] void throwCannotWrite(const QString &path, const QString &reason)
{
    throw InputError(path, QString(), PageExportText::tr("cannot write the file: %1").arg(reason),
                     PageExportText::tr("check that the folder exists and is writable, and that there is space on the "
                                       "disk"));
}

void beginPainter(QPainter &painter, QPaintDevice *device, const QString &path)
{
    if (!painter.begin(device))
        throwCannotWrite(path, PageExportText::tr("the page could not be started"));
}

void checkCancel(const Feedback *feedback)
{
    if (feedback)
        feedback->checkCancelled();
}

} // namespace

std::optional<ExportFormat> exportFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

double defaultExportDpi(ExportPaper paper)
{
    return paper == ExportPaper::Pixels ? 96.0 : 300.0;
}

int wholeDpi(const ExportPage &page)
{
    return int(std::lround(page.dpi));
}

bool parseExportPaper(const QString &text, ExportPage &page)
{
    const QString value = text.trimmed();
    static const QRegularExpression pixelSize(QStringLiteral("^(\\d+)\\s*[xX×]\\s*(\\d+)$"));
    if (value.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0) {
        page.paper = ExportPaper::A4;
    } else if (value.compare(QLatin1String("A3"), Qt::CaseInsensitive) == 0) {
        page.paper = ExportPaper::A3;
    } else if (value.compare(QLatin1String("figure"), Qt::CaseInsensitive) == 0) {
        page.paper = ExportPaper::Figure;
    } else if (const QRegularExpressionMatch match = pixelSize.match(value); match.hasMatch()) {
        page.paper = ExportPaper::Pixels;
        page.pixelSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        page.dpi = defaultExportDpi(page.paper);
    } else {
        return false;
    }
    return true;
}

QSize exportPageSize(const ExportPage &page, const QString &path)
{
    if (!(page.dpi >= kMinDpi && page.dpi <= kMaxDpi))
        throw InputError(path, QString(), PageExportText::tr("the resolution %1 dpi is out of range").arg(page.dpi),
                         PageExportText::tr("choose between %1 and %2 dpi (300 for print)").arg(kMinDpi).arg(kMaxDpi));
    QSize size;
    if (page.paper == ExportPaper::Pixels) {
        if (page.pixelSize.width() <= 0 || page.pixelSize.height() <= 0)
            throw InputError(path, QString(),
                             PageExportText::tr("the page size %1 x %2 px is empty")
                                 .arg(page.pixelSize.width())
                                 .arg(page.pixelSize.height()),
                             PageExportText::tr("give a width and a height in pixels, e.g. 1920x1080"));
        size = page.pixelSize;
    } else {
        // From the paper's size in millimetres (A4 at 300 dpi: 2480 x 3508), not from its size in
        // whole points as QPageSize rounds it (2479 x 3508).
        const QSizeF mm = paperSize(page).size(QPageSize::Millimeter);
        size = QSize(int(std::lround(mm.width() / 25.4 * wholeDpi(page))),
                     int(std::lround(mm.height() / 25.4 * wholeDpi(page))));
        if (turnsToLandscape(page))
            size.transpose();
    }
    if (size.width() > kMaxPageSide || size.height() > kMaxPageSide)
        throw InputError(path, QString(),
                         PageExportText::tr("the page would be %1 x %2 px, more than %3 px a side")
                             .arg(size.width())
                             .arg(size.height())
                             .arg(kMaxPageSide),
                         PageExportText::tr("choose a lower resolution or a smaller size"));
    return size;
}

void writeExportFile(const QString &path, const ExportPage &page, const ExportDocument &document, int pageCount,
                     const PaintPage &paint, const Feedback *feedback)
{
    const std::optional<ExportFormat> format = exportFormatFor(path);
    if (!format)
        throw InputError(path, QString(), PageExportText::tr("cannot tell the format from the file name"),
                         PageExportText::tr("name the file .pdf (vector, for print), .svg (vector, for editing) or "
                                            ".png (image)"));
    if (pageCount > 1 && *format != ExportFormat::Pdf)
        throw InputError(path, QString(), PageExportText::tr("%n pages cannot go into one image", nullptr, pageCount),
                         PageExportText::tr("name the file .pdf"));
    for (const QString &input : document.protectedPaths) {
        if (sameFile(path, input))
            throw InputError(path, QString(),
                             PageExportText::tr("the export would overwrite one of the project's input files"),
                             PageExportText::tr("choose another file name"));
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw InputError(path, QString(), PageExportText::tr("nothing can be drawn without the graphics library set up"),
                         PageExportText::tr("run the export from madoguchi or madoguchi-cli"));
    const QSize size = exportPageSize(page, path);
    const int dpi = wholeDpi(page);
    const QString title = document.title.trimmed().isEmpty() ? QFileInfo(path).completeBaseName() : document.title.trimmed();
    checkCancel(feedback);

    gis::AtomicFile file(path);
    switch (*format) {
    case ExportFormat::Pdf: {
        // Written to memory first: its text map is repaired before it goes to the file.
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setResolution(dpi);
            writer.setPageLayout(QPageLayout(paperSize(page),
                                             turnsToLandscape(page) ? QPageLayout::Landscape : QPageLayout::Portrait,
                                             QMarginsF()));
            writer.setTitle(title);
            writer.setCreator(QStringLiteral("Madoguchi"));
            QPainter painter;
            beginPainter(painter, &writer, path);
            for (int index = 0; index < pageCount; ++index) {
                if (index > 0 && !writer.newPage())
                    throwCannotWrite(path, PageExportText::tr("the page could not be started"));
                paint(painter, index);
                checkCancel(feedback);
            }
            if (!painter.end())
                throwCannotWrite(path, PageExportText::tr("the PDF could not be completed"));
        }
        if (!document.fontFamily.isEmpty())
            repairToUnicodeMaps(bytes, document.fontFamily);
        file.write(bytes);
        break;
    }
    case ExportFormat::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(file.device());
        generator.setResolution(dpi);
        generator.setSize(size);
        generator.setViewBox(QRectF(QPointF(0, 0), QSizeF(size)));
        generator.setTitle(title);
        generator.setDescription(document.description);
        QPainter painter;
        beginPainter(painter, &generator, path);
        paint(painter, 0);
        painter.end();
        checkCancel(feedback);
        break;
    }
    case ExportFormat::Png: {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            throw InputError(path, QString(),
                             PageExportText::tr("not enough memory for a %1 x %2 px image").arg(size.width()).arg(size.height()),
                             PageExportText::tr("choose a lower resolution or a smaller size"));
        const int dotsPerMeter = int(std::lround(dpi / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        {
            QPainter painter;
            beginPainter(painter, &image, path);
            paint(painter, 0);
        }
        checkCancel(feedback);
        QByteArray png;
        {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            if (!image.convertToFormat(QImage::Format_RGB32).save(&buffer, "PNG"))
                throwCannotWrite(path, PageExportText::tr("the image could not be encoded"));
        }
        file.write(png);
        break;
    }
    }
    checkCancel(feedback);
    file.commit();
}

} // namespace madoguchi::app
