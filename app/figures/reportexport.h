#pragma once

#include "app/figures/correlationdata.h"
#include "app/lib/pageexport.h"
#include "core/closureproblem.h"
#include "gis/mapsettings.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace madoguchi {
class Feedback;
}

namespace madoguchi::app {

struct ScenarioAnalysis;

struct ReportOptions
{
    QString title; // empty: defaultMapTitle() of the project
    QDate date;    // under the title and in the footer; invalid: none
    ExportPaper paper = ExportPaper::A4; // A4 or A3
    bool landscape = false;
    // The map's look (layers, labels, furniture) as MapExportOptions::map; its extent is the
    // content's full extent, its size and dpi the report's.
    gis::MapSettings map;
    // The correlation chart's and the impact chart's measure; nullopt: the first the project offers.
    std::optional<CorrelationMeasure> measure;
    // The optimiser's answer for the section 代替案との比較 (comparison with the alternatives: the
    // frontier figure and the sentence comparing the scenario with the best set of its size); nullopt:
    // no such section.
    std::optional<ClosureOptimisation> alternatives;
    // Files that must never be overwritten (projectInputFiles()).
    QStringList protectedPaths;
};

// The report options the GUI and the command line start from: A4 portrait, the legend on the map, the
// given title and date.
ReportOptions defaultReportOptions(const QString &title, const QDate &date = QDate::currentDate());

// Writes the report of the analysis's scenario for the policy document to `path`, a PDF (pages of A4
// or A3): a title block (title, scenario, date); the scenario's summary (impactSummaryRows: counters
// open before → after, the counters it closes, the workload moved, residents beyond the distance guide
// before → after, also aged 65+) and the criteria; the map (the analysis's map content, drawn by
// MapRenderer as on screen); the correlation chart; the impact chart (with a scenario); with
// options.alternatives, the comparison with the alternatives (the frontier figure, the sentence comparing
// the scenario with the best set of its size, and the frontier's sets in a table); the table of
// branch offices with the distance to the nearest ward office, catchment, workload, the recommendation
// and the scenario's decision with its reasons, the receiving counter and the planner's note; and the
// sources. Every page has a footer with the title and "page / pages". Vector throughout, texts as text
// in the embedded Noto Sans CJK JP, in the language of the installed translators (office names always
// as the table has them).
// Drawn with QPainter and QTextDocument only — no widgets — so it may run on a worker thread: atomic and
// cancellable as writeExportFile, `progress` (may be empty; called on the drawing thread) before each
// page with (page, pages), 0-based. Throws InputError naming `path` for a suffix other than .pdf, a
// protected path, a folder that cannot be written, or an analysis without map content.
void exportReport(const QString &path, const ScenarioAnalysis &analysis, const ReportOptions &options,
                  const Feedback *feedback = nullptr, const std::function<void(int page, int pages)> &progress = {});

} // namespace madoguchi::app
