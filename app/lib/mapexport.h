#pragma once

#include "gis/mapcontent.h"
#include "gis/mapsettings.h"

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
    enum class Paper { A4, A3, Pixels };

    // The title block at the top of the page: the title in bold, under it the scenario's name on the
    // left and the date (Japanese style, 2026年11月26日) on the right. Empty or null parts are left out;
    // with none of them the map fills the page inside the margins.
    QString title;
    QString scenarioName;
    QDate date;

    Paper paper = Paper::A4;
    bool landscape = false; // A4 and A3 only
    QSize pixelSize;        // Paper::Pixels only: the page in pixels (PNG pixels; SVG and PDF user units)
    // Dots per inch: the PNG's resolution (recorded in the file) and the scale of everything given in
    // points (labels, symbols, line widths, the title block), on every format: a 1 pt line is 1/72 inch
    // on paper. For PDF and SVG it is the resolution of the drawing's coordinates, not of an image.
    double dpi = 300.0;
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

enum class MapExportFormat { Png, Svg, Pdf };

// The format for an output file, by its suffix (.png, .svg, .pdf; any case); nullopt for any other.
std::optional<MapExportFormat> mapExportFormatFor(const QString &path);

// The options for exporting what `view` (the canvas's settings) shows, with the GUI's and the command
// line's defaults: A4 portrait at 300 dpi, the full extent, the view's layers, labels, style and
// furniture with the legend switched on (the workbench shows its legend beside the map, an exported
// page carries its own), and no selection or highlight rings (they are the screen's state, not the
// plan's).
MapExportOptions optionsFromView(const gis::MapSettings &view, const QString &title, const QString &scenarioName,
                                 const QDate &date = QDate::currentDate());

// The resolution a page gets unless one is chosen: 300 dpi for paper (print), 96 for a size in pixels
// (a screen or a slide, where 1 pt is 96/72 px as on the canvas).
double defaultExportDpi(MapExportOptions::Paper paper);

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

// The page size in pixels at options.dpi: A4 at 300 dpi is 2480 x 3508 (3508 x 2480 landscape),
// Paper::Pixels is options.pixelSize. Throws InputError (naming `path`, may be empty) for a dpi
// outside 36 … 2400, an empty pixel size, or a page beyond 20,000 pixels a side.
QSize mapPageSize(const MapExportOptions &options, const QString &path = {});
// The page's layout: 10 mm margins, the title block under the top margin, the map frame below it.
// Throws InputError (as mapPageSize, and when the map frame would be smaller than 1 inch a side).
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
void paintMapPage(QPainter &painter, const gis::MapContent &content, const MapExportOptions &options,
                  const MapPageLayout &layout);

// Writes the map to `path`, the format chosen by the suffix:
// - .pdf: one page of A4/A3 (or the pixel size in points at the dpi), vector throughout: polygons,
//   lines and symbols are paths, texts are text in the embedded Noto Sans CJK font (selectable and
//   searchable); title "options.title", creator "Madoguchi";
// - .svg: the same drawing, its size in millimetres (from the dpi) and a viewBox in page pixels; texts
//   are <text> elements; title and description set;
// - .png: an image of mapPageSize() pixels that records the dpi (dots per metre).
// The file is written atomically (a temporary file in the same folder, renamed when complete): on any
// failure nothing is left behind and an existing file is unchanged. Needs a QGuiApplication (fonts).
// Throws InputError naming `path` for an unknown suffix, a path in options.protectedPaths, a folder
// that does not exist or cannot be written, a bad page (mapPageSize, mapPageLayout), or a map with
// nothing to show.
void exportMap(const QString &path, const gis::MapContent &content, const MapExportOptions &options);

} // namespace madoguchi::app
