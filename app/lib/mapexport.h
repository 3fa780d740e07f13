#pragma once

#include "gis/mapcontent.h"
#include "gis/mapsettings.h"
#include "app/lib/pageexport.h"

#include <QDate>
#include <QRect>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QPainter;

namespace madoguchi::app {

struct LoadedProject;

// How a map is exported: the page (paper or pixels), its resolution, the title block and the map's
// look. The GUI fills it from the canvas (optionsFromView, then the export dialog's choices), the
// command line from optionsFromView of a default view and its options, so both produce the same file
// for the same choices.
struct MapExportOptions
{
    // The title block at the top of the page: the title in bold, under it the scenario's name on the
    // left and the date (Japanese style, 2026年11月26日) on the right. Empty or null parts are left out;
    // with none of them the map fills the page inside the margins.
    QString title;
    QString scenarioName;
    QDate date;

    // The page: A4 or A3 (portrait unless landscape) or a size in pixels, and the dots per inch (see
    // ExportPage::dpi), which also scale the labels, symbols, line widths and the title block.
    ExportPage page;
    // The part of the map to show, in display metres (y north), grown to the map frame's aspect;
    // nullopt: the content's full extent with a 5 % margin (as the canvas's full extent).
    std::optional<QRectF> extent;
    // The map's look, as in the view: layer visibility, opacity and draw order, the population
    // choropleth, labels, style, furniture (scale bar, north arrow, credits, legend) and the legend's
    // corner. Its extent, outputSize and dpi are ignored (the page decides them).
    gis::MapSettings map;
    // Files that must never be overwritten by the export (a project's inputs: projectInputFiles() in
    // outputpath.h).
    QStringList protectedPaths;
};

// The options for exporting what `view` (the canvas's settings) shows, with the GUI's and the command
// line's defaults: A4 portrait at 300 dpi, the full extent, the view's layers, labels, style and
// furniture with the legend switched on (the workbench shows its legend beside the map, an exported
// page carries its own) and in Japanese, the policy document's language, and no selection or highlight rings (they are the screen's state, not the
// plan's).
MapExportOptions optionsFromView(const gis::MapSettings &view, const QString &title, const QString &scenarioName,
                                 const QDate &date = QDate::currentDate());

// The title a project's map gets unless one is given: the project's name, else the project file's
// name without its suffix.
QString defaultMapTitle(const LoadedProject &project);

// Where things go on the page, in page pixels (the painter's units: 1/dpi inch).
struct MapPageLayout
{
    QSize page;           // the whole page
    QRectF titleBlock;    // the title and the line under it; empty when there is no title block
    QRect mapFrame;       // the map (whole pixels, so raster labels land on pixels as on screen)
};

// The page's layout: 10 mm margins, the title block under the top margin, the map frame below it.
// Throws InputError (as exportPageSize, and when the map frame would be smaller than 1 inch a side).
MapPageLayout mapPageLayout(const MapExportOptions &options, const QString &path = {});
// The settings MapRenderer gets for the map frame: options.map with the frame's size, the dpi and the
// extent. With them, settings.toScreen(p) + layout.mapFrame.topLeft() is where the display point p
// lands on the page.
gis::MapSettings exportMapSettings(const gis::MapContent &content, const MapExportOptions &options,
                                   const MapPageLayout &layout);

// "2026年11月26日".
QString japaneseDate(const QDate &date);

// Draws the page (white paper, title block, the map through gis::MapRenderer, the frame around it)
// on `painter`, whose device is layout.page large in its units. Used by exportMap for every format.
// `feedback` (may be null) is passed to the renderer, which stops drawing when it is cancelled.
void paintMapPage(QPainter &painter, const gis::MapContent &content, const MapExportOptions &options,
                  const MapPageLayout &layout, const Feedback *feedback = nullptr);

// Writes the map to `path` through writeExportFile (pageexport.h), the format chosen by the suffix:
// PDF (one page, vector throughout: polygons, lines and symbols are paths, texts are text in the
// embedded Noto Sans CJK font; title options.title), SVG (texts as <text>) or PNG (recording the dpi),
// written atomically. The map is drawn with MapRenderer's cancellation checks: when `feedback` (may be
// null) is cancelled, throws Cancelled and leaves nothing. Throws InputError naming `path` as
// writeExportFile does, for a bad page (mapPageLayout), or for a map with nothing to show.
void exportMap(const QString &path, const gis::MapContent &content, const MapExportOptions &options,
               const Feedback *feedback = nullptr);

} // namespace madoguchi::app
