#include "app/lib/mapexport.h"

#include "app/lib/projectloader.h"
#include "core/diagnostic.h"
#include "core/feedback.h"
#include "gis/maprenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace madoguchi::app {

namespace {

// Messages are looked up in the "MapExportText" context of the translations.
struct MapExportText
{
    Q_DECLARE_TR_FUNCTIONS(MapExportText)
};

constexpr double kMarginMm = 10.0;
constexpr double kTitleGapMm = 3.0;
constexpr double kTitlePoints = 16.0;
constexpr double kSubtitlePoints = 9.0;
constexpr double kFramePoints = 0.75;

double pixelsPerPoint(const MapExportOptions &options)
{
    return wholeDpi(options.page) / 72.0;
}

double mmToPixels(double mm, const MapExportOptions &options)
{
    return mm / 25.4 * wholeDpi(options.page);
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

} // namespace

MapExportOptions optionsFromView(const gis::MapSettings &view, const QString &title, const QString &scenarioName,
                                 const QDate &date)
{
    MapExportOptions options;
    options.title = title;
    options.scenarioName = scenarioName;
    options.date = date;
    options.map = view;
    options.map.showLegend = true;
    // The page speaks the policy document's language whatever the screen's.
    options.map.legendLanguage = gis::MapSettings().legendLanguage;
    options.map.approximateDistrictNotice = gis::MapSettings().approximateDistrictNotice;
    options.map.selectedOfficeIds.clear();
    options.map.highlightedOfficeId.clear();
    options.map.extent = QRectF();
    options.map.outputSize = QSize();
    return options;
}

QString defaultMapTitle(const LoadedProject &project)
{
    const QString name = project.project.name.trimmed();
    return name.isEmpty() ? QFileInfo(project.projectPath).completeBaseName() : name;
}

MapPageLayout mapPageLayout(const MapExportOptions &options, const QString &path)
{
    MapPageLayout layout;
    layout.page = exportPageSize(options.page, path);
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
    const int inch = wholeDpi(options.page);
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
    settings.dpi = wholeDpi(options.page);
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
                  const MapPageLayout &layout, const Feedback *feedback)
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
    gis::MapRenderer::render(painter, content, settings, feedback);
    painter.restore();

    // The frame's line lies outside the map, so it hides nothing drawn at the map's edge.
    const double frameWidth = kFramePoints * pixelsPerPoint(options);
    painter.setPen(QPen(ink, frameWidth, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    const QRectF frame(layout.mapFrame.topLeft(), QSizeF(layout.mapFrame.size()));
    painter.drawRect(frame.adjusted(-frameWidth / 2, -frameWidth / 2, frameWidth / 2, frameWidth / 2));
    painter.restore();
}

void exportMap(const QString &path, const gis::MapContent &content, const MapExportOptions &options,
               const Feedback *feedback)
{
    const MapPageLayout layout = mapPageLayout(options, path);
    const QRectF bounds = options.extent ? *options.extent : content.bounds;
    if (!(bounds.width() > 0.0 || bounds.height() > 0.0))
        throw InputError(path, QString(), MapExportText::tr("the map has nothing to show"),
                         MapExportText::tr("open a project with an offices table or map layers"));
    ExportDocument document;
    document.title = options.title;
    QStringList description;
    if (!options.scenarioName.trimmed().isEmpty())
        description << QStringLiteral("シナリオ：%1").arg(options.scenarioName.trimmed());
    if (options.date.isValid())
        description << japaneseDate(options.date);
    description << QStringLiteral("Madoguchi");
    document.description = description.join(QStringLiteral(" / "));
    document.fontFamily = options.map.style.fontFamily;
    document.protectedPaths = options.protectedPaths;
    writeExportFile(path, options.page, document, 1,
                    [&](QPainter &painter, int) {
                        paintMapPage(painter, content, options, layout, feedback);
                        if (feedback)
                            feedback->checkCancelled();
                    },
                    feedback);
}

} // namespace madoguchi::app
