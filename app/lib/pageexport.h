#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QPainter;

namespace madoguchi {
class Feedback;
}

namespace madoguchi::app {

// The file formats of the drawn exports (map, charts, report).
enum class ExportFormat { Png, Svg, Pdf };

// The format for an output file, by its suffix (.png, .svg, .pdf; any case); nullopt for any other.
std::optional<ExportFormat> exportFormatFor(const QString &path);

// The page a drawing is exported on.
enum class ExportPaper {
    A4,
    A3,
    Figure, // 160 x 110 mm: a figure for the text column of an A4 document, its texts at their size
    Pixels, // a size in pixels (a screen or a slide)
};

struct ExportPage
{
    ExportPaper paper = ExportPaper::A4;
    bool landscape = false; // A4 and A3 only
    QSize pixelSize;        // ExportPaper::Pixels only: the page in pixels (PNG pixels; SVG and PDF user units)
    // Dots per inch: the PNG's resolution (recorded in the file) and the scale of everything given in
    // points (texts, symbols, line widths): a 1 pt line is 1/72 inch on paper, on every format. For
    // PDF and SVG it is the resolution of the drawing's coordinates, not of an image.
    double dpi = 300.0;
};

// The resolution a page gets unless one is chosen: 300 dpi for paper (print), 96 for a size in pixels
// (a screen or a slide, where 1 pt is 96/72 px as on screen).
double defaultExportDpi(ExportPaper paper);

// The dpi rounded to a whole number, as every format records it.
int wholeDpi(const ExportPage &page);

// Reads a --paper value: "A4", "A3", "figure" (any case) or a size in pixels "WIDTHxHEIGHT"
// (x, X or ×). Sets paper and pixelSize of `page`, and for a size in pixels its dpi to 96. Returns false
// (page unchanged) for anything else.
bool parseExportPaper(const QString &text, ExportPage &page);

// The page size in pixels at page.dpi: A4 at 300 dpi is 2480 x 3508 (3508 x 2480 landscape),
// Figure 1890 x 1299, Pixels is page.pixelSize. Throws InputError (naming `path`, may be empty) for a
// dpi outside 36 … 2400, an empty pixel size, or a page beyond 20,000 pixels a side.
QSize exportPageSize(const ExportPage &page, const QString &path = {});

// What a drawn file says about itself and what it must not overwrite.
struct ExportDocument
{
    QString title;       // PDF and SVG title (empty: the file's base name)
    QString description; // SVG description
    // The family of the texts: the PDF's text map is repaired for it (see pageexport.cpp).
    QString fontFamily;
    // Files that must never be overwritten (a project's inputs: projectInputFiles() in outputpath.h).
    QStringList protectedPaths;
};

// Paints page `index` (0-based) of a file on `painter`, whose page is exportPageSize() large in its
// units.
using PaintPage = std::function<void(QPainter &painter, int index)>;

// Writes `pageCount` pages painted by `paint` to `path`, the format chosen by the suffix:
// - .pdf: pages of the paper (or the pixel size in points at the dpi), vector throughout, texts as text
//   in embedded fonts (selectable and searchable); title, creator "Madoguchi";
// - .svg: one page, its size in millimetres (from the dpi) and a viewBox in page pixels; texts are
//   <text> elements; title and description set;
// - .png: one page, an image that records the dpi (dots per metre).
// The file is written atomically (a temporary file in the same folder, renamed when complete): on any
// failure or cancellation nothing is left behind and an existing file is unchanged. `feedback` (may be
// null) is checked between pages and by `paint` if it wants; when cancelled, throws Cancelled. Needs a
// QGuiApplication (fonts). Throws InputError naming `path` for an unknown suffix, several pages to an
// SVG or PNG, a path in document.protectedPaths, a folder that does not exist or cannot be written,
// or a bad page (exportPageSize).
void writeExportFile(const QString &path, const ExportPage &page, const ExportDocument &document, int pageCount,
                     const PaintPage &paint, const Feedback *feedback = nullptr);

} // namespace madoguchi::app
