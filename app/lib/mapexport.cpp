#include "app/lib/mapexport.h"

#include "app/lib/projectloader.h"
#include "core/diagnostic.h"
#include "gis/maprenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace madoguchi::app {

namespace {

// Messages are looked up in the "MapExportText" context of the translations.
struct MapExportText
{
    Q_DECLARE_TR_FUNCTIONS(MapExportText)
};

constexpr double kMinDpi = 36.0;
constexpr double kMaxDpi = 2400.0;
constexpr int kMaxPageSide = 20000; // pixels; A3 at 1200 dpi is 19,843 long
constexpr double kMarginMm = 10.0;
constexpr double kTitleGapMm = 3.0;
constexpr double kTitlePoints = 16.0;
constexpr double kSubtitlePoints = 9.0;
constexpr double kFramePoints = 0.75;

int wholeDpi(const MapExportOptions &options)
{
    return int(std::lround(options.dpi));
}

double pixelsPerPoint(const MapExportOptions &options)
{
    return wholeDpi(options) / 72.0;
}

double mmToPixels(double mm, const MapExportOptions &options)
{
    return mm / 25.4 * wholeDpi(options);
}

bool hasTitleLine(const MapExportOptions &options)
{
    return !options.title.trimmed().isEmpty();
}

bool hasSubtitleLine(const MapExportOptions &options)
{
    return !options.scenarioName.trimmed().isEmpty() || options.date.isValid();
}

QFont titleBlockFont(const MapExportOptions &options, double points, bool bold)
{
    QFont font(options.map.style.fontFamily);
    font.setPixelSize(std::max(1, int(std::lround(points * pixelsPerPoint(options)))));
    font.setHintingPreference(QFont::PreferNoHinting);
    // Glyphs from the character map only, as the map's texts on a PDF (see MapRenderer): every glyph
    // of the PDF can then be named by a character.
    font.setStyleStrategy(QFont::PreferNoShaping);
    if (bold)
        font.setWeight(QFont::Bold);
    return font;
}

double titleLineHeight(const MapExportOptions &options)
{
    return kTitlePoints * pixelsPerPoint(options) * 1.45;
}

double subtitleLineHeight(const MapExportOptions &options)
{
    return kSubtitlePoints * pixelsPerPoint(options) * 1.6;
}

QPageSize paperSize(const MapExportOptions &options)
{
    switch (options.paper) {
    case MapExportOptions::Paper::A4:
        return QPageSize(QPageSize::A4);
    case MapExportOptions::Paper::A3:
        return QPageSize(QPageSize::A3);
    case MapExportOptions::Paper::Pixels:
        break;
    }
    const int dpi = wholeDpi(options);
    return QPageSize(QSizeF(double(options.pixelSize.width()) / dpi, double(options.pixelSize.height()) / dpi),
                     QPageSize::Inch, QString(), QPageSize::ExactMatch);
}

QPageLayout::Orientation orientation(const MapExportOptions &options)
{
    return options.paper != MapExportOptions::Paper::Pixels && options.landscape ? QPageLayout::Landscape
                                                                                 : QPageLayout::Portrait;
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
    throw InputError(path, QString(), MapExportText::tr("cannot write the map: %1").arg(reason),
                     MapExportText::tr("check that the folder exists and is writable, and that there is space on the "
                                       "disk"));
}

void beginPainter(QPainter &painter, QPaintDevice *device, const QString &path)
{
    if (!painter.begin(device))
        throwCannotWrite(path, MapExportText::tr("the page could not be started"));
}

} // namespace

std::optional<MapExportFormat> mapExportFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return MapExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return MapExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return MapExportFormat::Pdf;
    return std::nullopt;
}

MapExportOptions optionsFromView(const gis::MapSettings &view, const QString &title, const QString &scenarioName,
                                 const QDate &date)
{
    MapExportOptions options;
    options.title = title;
    options.scenarioName = scenarioName;
    options.date = date;
    options.map = view;
    options.map.showLegend = true;
    options.map.selectedOfficeIds.clear();
    options.map.highlightedOfficeId.clear();
    options.map.extent = QRectF();
    options.map.outputSize = QSize();
    options.map.dpi = options.dpi;
    return options;
}

double defaultExportDpi(MapExportOptions::Paper paper)
{
    return paper == MapExportOptions::Paper::Pixels ? 96.0 : 300.0;
}

QString defaultMapTitle(const LoadedProject &project)
{
    const QString name = project.project.name.trimmed();
    return name.isEmpty() ? QFileInfo(project.projectPath).completeBaseName() : name;
}

QSize mapPageSize(const MapExportOptions &options, const QString &path)
{
    if (!(options.dpi >= kMinDpi && options.dpi <= kMaxDpi))
        throw InputError(path, QString(),
                         MapExportText::tr("the resolution %1 dpi is out of range").arg(options.dpi),
                         MapExportText::tr("choose between %1 and %2 dpi (300 for print)").arg(kMinDpi).arg(kMaxDpi));
    QSize page;
    if (options.paper == MapExportOptions::Paper::Pixels) {
        if (options.pixelSize.width() <= 0 || options.pixelSize.height() <= 0)
            throw InputError(path, QString(),
                             MapExportText::tr("the page size %1 x %2 px is empty")
                                 .arg(options.pixelSize.width())
                                 .arg(options.pixelSize.height()),
                             MapExportText::tr("give a width and a height in pixels, e.g. 1920x1080"));
        page = options.pixelSize;
    } else {
        // From the paper's size in millimetres (A4 at 300 dpi: 2480 x 3508), not from its size in
        // whole points as QPageSize rounds it (2479 x 3508).
        const QSizeF mm = paperSize(options).size(QPageSize::Millimeter);
        page = QSize(int(std::lround(mm.width() / 25.4 * wholeDpi(options))),
                     int(std::lround(mm.height() / 25.4 * wholeDpi(options))));
        if (options.landscape)
            page.transpose();
    }
    if (page.width() > kMaxPageSide || page.height() > kMaxPageSide)
        throw InputError(path, QString(),
                         MapExportText::tr("the page would be %1 x %2 px, more than %3 px a side")
                             .arg(page.width())
                             .arg(page.height())
                             .arg(kMaxPageSide),
                         MapExportText::tr("choose a lower resolution or a smaller size"));
    return page;
}

MapPageLayout mapPageLayout(const MapExportOptions &options, const QString &path)
{
    MapPageLayout layout;
    layout.page = mapPageSize(options, path);
    const double margin = mmToPixels(kMarginMm, options);
    double y = margin;
    if (hasTitleLine(options))
        y += titleLineHeight(options);
    if (hasSubtitleLine(options))
        y += subtitleLineHeight(options);
    if (y > margin) {
        layout.titleBlock = QRectF(margin, margin, layout.page.width() - 2 * margin, y - margin);
        y += mmToPixels(kTitleGapMm, options);
    }
    const int left = int(std::lround(margin));
    const int top = int(std::ceil(y));
    const int right = layout.page.width() - left;
    const int bottom = layout.page.height() - left;
    layout.mapFrame = QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
    const int inch = wholeDpi(options);
    if (layout.mapFrame.width() < inch || layout.mapFrame.height() < inch)
        throw InputError(path, QString(),
                         MapExportText::tr("a %1 x %2 px page at %3 dpi leaves too little room for the map")
                             .arg(layout.page.width())
                             .arg(layout.page.height())
                             .arg(inch),
                         MapExportText::tr("choose a larger page or a lower resolution"));
    return layout;
}

gis::MapSettings exportMapSettings(const gis::MapContent &content, const MapExportOptions &options,
                                   const MapPageLayout &layout)
{
    gis::MapSettings settings = options.map;
    settings.outputSize = layout.mapFrame.size();
    settings.dpi = wholeDpi(options);
    if (options.extent)
        settings.extent = options.extent->normalized();
    else
        settings.zoomToFit(content.bounds.normalized(), 0.05);
    return settings;
}

QString japaneseDate(const QDate &date)
{
    if (!date.isValid())
        return QString();
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

void paintMapPage(QPainter &painter, const gis::MapContent &content, const MapExportOptions &options,
                  const MapPageLayout &layout)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(QRect(QPoint(0, 0), layout.page), Qt::white);

    // The title block. Its texts are the map's (Japanese, like the legend), so the page is the same
    // whatever language the program speaks.
    const QColor ink = options.map.style.furnitureColor;
    double y = layout.titleBlock.top();
    const double width = layout.titleBlock.width();
    if (hasTitleLine(options)) {
        const QFont font = titleBlockFont(options, kTitlePoints, true);
        const QRectF line(layout.titleBlock.left(), y, width, titleLineHeight(options));
        painter.setFont(font);
        painter.setPen(ink);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(font).elidedText(options.title.trimmed(), Qt::ElideRight, width));
        y += line.height();
    }
    if (hasSubtitleLine(options)) {
        const QFont font = titleBlockFont(options, kSubtitlePoints, false);
        const QFontMetricsF metrics(font);
        const QRectF line(layout.titleBlock.left(), y, width, subtitleLineHeight(options));
        const QString date = japaneseDate(options.date);
        const double dateWidth = date.isEmpty() ? 0.0 : metrics.horizontalAdvance(date) + metrics.height();
        painter.setFont(font);
        painter.setPen(ink);
        if (!options.scenarioName.trimmed().isEmpty())
            painter.drawText(line.adjusted(0, 0, -dateWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(QStringLiteral("シナリオ：%1").arg(options.scenarioName.trimmed()),
                                                Qt::ElideRight, std::max(0.0, width - dateWidth)));
        if (!date.isEmpty())
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, date);
    }

    // The map, drawn by the renderer the canvas uses, moved to its frame.
    const gis::MapSettings settings = exportMapSettings(content, options, layout);
    painter.save();
    painter.translate(layout.mapFrame.topLeft());
    gis::MapRenderer::render(painter, content, settings);
    painter.restore();

    // The frame's line lies outside the map, so it hides nothing drawn at the map's edge.
    const double frameWidth = kFramePoints * pixelsPerPoint(options);
    painter.setPen(QPen(ink, frameWidth, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    const QRectF frame(layout.mapFrame.topLeft(), QSizeF(layout.mapFrame.size()));
    painter.drawRect(frame.adjusted(-frameWidth / 2, -frameWidth / 2, frameWidth / 2, frameWidth / 2));
    painter.restore();
}

void exportMap(const QString &path, const gis::MapContent &content, const MapExportOptions &options)
{
    const std::optional<MapExportFormat> format = mapExportFormatFor(path);
    if (!format)
        throw InputError(path, QString(),
                         MapExportText::tr("cannot tell the map format from the file name"),
                         MapExportText::tr("name the file .pdf (vector, for print), .svg (vector, for editing) or "
                                           ".png (image)"));
    for (const QString &input : options.protectedPaths) {
        if (sameFile(path, input))
            throw InputError(path, QString(), MapExportText::tr("the map would overwrite one of the project's input files"),
                             MapExportText::tr("choose another file name"));
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw InputError(path, QString(), MapExportText::tr("the map cannot be drawn without the graphics library set up"),
                         MapExportText::tr("run the export from madoguchi or madoguchi-cli"));
    const MapPageLayout layout = mapPageLayout(options, path);
    const QRectF bounds = options.extent ? *options.extent : content.bounds;
    if (!(bounds.width() > 0.0 || bounds.height() > 0.0))
        throw InputError(path, QString(), MapExportText::tr("the map has nothing to show"),
                         MapExportText::tr("open a project with an offices table or map layers"));
    const int dpi = wholeDpi(options);
    const QString documentTitle = options.title.trimmed().isEmpty() ? QFileInfo(path).completeBaseName()
                                                                    : options.title.trimmed();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throwCannotWrite(path, file.errorString());
    switch (*format) {
    case MapExportFormat::Pdf: {
        // Written to memory first: its text map is repaired before it goes to the file.
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setResolution(dpi);
            writer.setPageLayout(QPageLayout(paperSize(options), orientation(options), QMarginsF()));
            writer.setTitle(documentTitle);
            writer.setCreator(QStringLiteral("Madoguchi"));
            QPainter painter;
            beginPainter(painter, &writer, path);
            paintMapPage(painter, content, options, layout);
            if (!painter.end())
                throwCannotWrite(path, MapExportText::tr("the PDF could not be completed"));
        }
        repairToUnicodeMaps(bytes, options.map.style.fontFamily);
        if (file.write(bytes) != bytes.size())
            throwCannotWrite(path, file.errorString());
        break;
    }
    case MapExportFormat::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setResolution(dpi);
        generator.setSize(layout.page);
        generator.setViewBox(QRect(QPoint(0, 0), layout.page));
        generator.setTitle(documentTitle);
        QStringList description;
        if (!options.scenarioName.trimmed().isEmpty())
            description << QStringLiteral("シナリオ：%1").arg(options.scenarioName.trimmed());
        if (options.date.isValid())
            description << japaneseDate(options.date);
        description << QStringLiteral("Madoguchi");
        generator.setDescription(description.join(QStringLiteral(" / ")));
        QPainter painter;
        beginPainter(painter, &generator, path);
        paintMapPage(painter, content, options, layout);
        painter.end();
        break;
    }
    case MapExportFormat::Png: {
        QImage image(layout.page, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            throw InputError(path, QString(),
                             MapExportText::tr("not enough memory for a %1 x %2 px image")
                                 .arg(layout.page.width())
                                 .arg(layout.page.height()),
                             MapExportText::tr("choose a lower resolution or a smaller size"));
        const int dotsPerMeter = int(std::lround(dpi / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        {
            QPainter painter;
            beginPainter(painter, &image, path);
            paintMapPage(painter, content, options, layout);
        }
        if (!image.convertToFormat(QImage::Format_RGB32).save(&file, "PNG"))
            throwCannotWrite(path, file.errorString());
        break;
    }
    }
    if (!file.commit())
        throwCannotWrite(path, file.errorString());
}

} // namespace madoguchi::app
