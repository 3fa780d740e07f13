#include "app/figures/reportexport.h"

#include "app/figures/chartexport.h"
#include "app/figures/figurefont.h"
#include "app/figures/frontierfigure.h"
#include "app/figures/frontiersummary.h"
#include "app/figures/impactsummary.h"
#include "app/lib/languagesettings.h"
#include "app/lib/mapexport.h"
#include "app/lib/projectloader.h"
#include "app/lib/scenarioanalysis.h"
#include "app/lib/version.h"
#include "core/feedback.h"
#include "core/terms.h"
#include "core/diagnostic.h"
#include "core/evaluator.h"
#include "core/fiscalyear.h"
#include "core/impact.h"
#include "core/recommendation.h"
#include "core/scenario.h"
#include "gis/maprenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextObjectInterface>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace madoguchi::app {

namespace {

// Messages are looked up in the "ReportText" context of the translations.
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

constexpr double kMarginMm = 15.0;
constexpr double kFooterMm = 8.0;
constexpr double kHeadingPoints = 11.5;
constexpr double kHeadingSpacePixels = 10.0; // above a heading, in 1/96 inch
constexpr double kImpactShare = 0.48;        // of the page's height, for the impact figure
constexpr double kFrontierShare = 0.42;      // of the page's height, for the frontier figure
constexpr double kBodyPoints = 9.0;
constexpr int kFigureObject = QTextFormat::UserObject + 1;
constexpr int kFigureKindProperty = QTextFormat::UserProperty + 1;
constexpr int kFigureWidthProperty = QTextFormat::UserProperty + 2;
constexpr int kFigureHeightProperty = QTextFormat::UserProperty + 3;

enum class Figure { Map, Correlation, Impact, Frontier };

// The report is laid out in the page's own units (1 / dpi inch), its fonts sized for them: the same
// layout on every device, at any resolution.
QFont reportFont(const QString &family, double points, double dpi, bool bold = false)
{
    return figureFont(family, points, dpi, bold);
}

// `text` in at most `lines` lines of `width` in `font`, its end cut for "…" when it needs more. A project
// or scenario name can be of any length; the title block and the footers stay a few lines.
QString elidedToLines(const QString &text, const QFont &font, double width, int lines)
{
    // No line holds more than this many characters of any font at any width a page has: laying out
    // more would only cost time.
    constexpr qsizetype kMostPerLine = 500;
    const QString head = text.left(kMostPerLine * (lines + 1));
    QTextLayout layout(head, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qsizetype lastStart = 0;
    qsizetype end = 0;
    for (int count = 0; count < lines; ++count) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        lastStart = line.textStart();
        end = line.textStart() + line.textLength();
    }
    layout.endLayout();
    if (end >= text.size())
        return text;
    // The last line keeps what fits beside the ellipsis.
    return text.left(lastStart)
           + QFontMetricsF(font).elidedText(head.mid(lastStart, kMostPerLine), Qt::ElideRight, width);
}

QString number(double value)
{
    return QLocale(QLocale::English).toString(value, 'f', 0);
}

QString kilometres(double meters)
{
    return QStringLiteral("%1 km").arg(QLocale(QLocale::English).toString(meters / 1000.0, 'f', 2));
}

// Draws the report's figures where the text layout puts them: the map through MapRenderer, the charts
// through paintChart (the figures library), vector on any device.
class FigureObjects : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    FigureObjects(const ScenarioAnalysis &analysis, const ReportOptions &options, int dpi, const Feedback *feedback)
        : mAnalysis(analysis)
        , mContent(*analysis.mapContent)
        , mOptions(options)
        , mDpi(dpi)
        , mCancel(feedback)
    {
    }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        return QSizeF(format.doubleProperty(kFigureWidthProperty), format.doubleProperty(kFigureHeightProperty));
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        painter->save();
        painter->setClipRect(rect, Qt::IntersectClip);
        switch (Figure(format.intProperty(kFigureKindProperty))) {
        case Figure::Map:
            drawMap(*painter, rect);
            break;
        case Figure::Correlation:
        case Figure::Impact: {
            ChartExportOptions chart;
            chart.kind = Figure(format.intProperty(kFigureKindProperty)) == Figure::Impact ? ChartKind::Impact
                                                                                            : ChartKind::Correlation;
            // The measure asked for where this chart has it, else the chart's first.
            const std::vector<CorrelationMeasure> offered = chartMeasures(mAnalysis, chart.kind);
            if (mOptions.measure && std::find(offered.begin(), offered.end(), *mOptions.measure) != offered.end())
                chart.measure = mOptions.measure;
            // Every counter a row of its own while their labels have room on the page, else per ward.
            chart.grouping = ImpactGrouping::Automatic;
            paintChart(*painter, rect, mDpi, mAnalysis, chart);
            break;
        }
        case Figure::Frontier:
            if (mOptions.alternatives)
                paintFrontierFigure(*painter, rect, mDpi, *mOptions.alternatives, mAnalysis.offices());
            break;
        }
        painter->restore();
        painter->save();
        painter->setPen(QPen(QColor(0x60, 0x60, 0x60), 0.75 * mDpi / 72.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect);
        painter->restore();
    }

private:
    void drawMap(QPainter &painter, const QRectF &rect)
    {
        gis::MapSettings settings = mOptions.map;
        settings.outputSize = rect.size().toSize();
        settings.dpi = mDpi;
        settings.zoomToFit(mContent.bounds.normalized(), 0.05);
        painter.translate(rect.topLeft());
        gis::MapRenderer::render(painter, mContent, settings, mCancel);
    }

    const ScenarioAnalysis &mAnalysis;
    const gis::MapContent &mContent;
    const ReportOptions &mOptions;
    int mDpi;
    const Feedback *mCancel;
};

// Builds the report's text with its figures as objects, laid out on pages of `pageSize`.
class ReportBuilder
{
public:
    ReportBuilder(QTextDocument &document, const ScenarioAnalysis &analysis, const ReportOptions &options,
                  QSizeF pageSize, double dpi)
        : mDocument(document)
        , mAnalysis(analysis)
        , mOptions(options)
        , mPageSize(pageSize)
        , mDpi(dpi)
        , mCursor(&document)
        , mFamily(gis::MapStyle().fontFamily)
        , mCredits(analysis.mapContent->credits)
    {
    }

    void build()
    {
        titleBlock();
        summary();
        // The map takes the rest of the first page (at least 40 % of a page, else it starts the next).
        heading(ReportText::tr("Map"));
        const double used = mDocument.documentLayout()->documentSize().height();
        const double rest = std::floor(mPageSize.height() - used - 8.0 * px());
        figureObject(Figure::Map, std::max(rest, mPageSize.height() * 0.4) / mPageSize.height());
        // A chart needs workload counts or a population layer; without either its place says so.
        const QString nothingToChart =
            ReportText::tr("No chart: the project has neither workload counts (受付件数) nor a population layer.");
        heading(ReportText::tr("Distance to the nearest ward office and use of each branch office"), true);
        if (chartMeasures(mAnalysis, ChartKind::Correlation).empty())
            paragraph(nothingToChart);
        else
            figureObject(Figure::Correlation, 0.42);
        if (mAnalysis.impact) {
            // The heading stays with its figure: on a new page when the figure does not fit under it.
            const double used = mDocument.documentLayout()->documentSize().height();
            const double left = mPageSize.height() - std::fmod(used, mPageSize.height());
            const double headingHeight = QFontMetricsF(reportFont(mFamily, kHeadingPoints, mDpi, true)).lineSpacing()
                                         + (kHeadingSpacePixels + kHeadingPoints * 0.35 + 2.0) * px();
            heading(ReportText::tr("Impact of the scenario on the counters"),
                    left < headingHeight + std::floor(mPageSize.height() * kImpactShare));
            if (chartMeasures(mAnalysis, ChartKind::Impact).empty())
                paragraph(nothingToChart);
            else
                figureObject(Figure::Impact, kImpactShare);
        }
        if (mOptions.alternatives)
            alternatives(*mOptions.alternatives);
        officesTable();
        sources();
    }

private:
    // The report's spacing was set in screen pixels (1/96 inch); this many page units make one.
    double px() const { return mDpi / 96.0; }

    // A table of the report: the page's width, thin grey rules, one header row, and the columns at
    // `percentWidths` of the width, each cell padded by `paddingPixels`.
    QTextTableFormat tableFormat(const std::vector<double> &percentWidths, double paddingPixels) const
    {
        QTextTableFormat format;
        format.setBorder(0.5 * px());
        format.setBorderBrush(QColor(0x99, 0x99, 0x99));
        format.setBorderCollapse(true);
        format.setCellPadding(paddingPixels * px());
        format.setCellSpacing(0.0);
        format.setHeaderRowCount(1);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> widths;
        for (double width : percentWidths)
            widths << QTextLength(QTextLength::PercentageLength, width);
        format.setColumnWidthConstraints(widths);
        return format;
    }

    QTextCharFormat textFormat(double points, bool bold = false, const QColor &color = Qt::black) const
    {
        QTextCharFormat format;
        format.setFont(reportFont(mFamily, points, mDpi, bold));
        format.setForeground(color);
        return format;
    }

    void paragraph(const QString &text, double points = kBodyPoints, bool bold = false,
                   const QColor &color = Qt::black, double spaceBefore = 0.0, bool pageBreak = false)
    {
        QTextBlockFormat block;
        block.setTopMargin(spaceBefore * px());
        block.setBottomMargin(points * 0.35 * px());
        if (pageBreak)
            block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        if (mFirstBlock) {
            mCursor.setBlockFormat(block);
            mCursor.setBlockCharFormat(textFormat(points, bold, color));
            mFirstBlock = false;
        } else {
            mCursor.insertBlock(block, textFormat(points, bold, color));
        }
        mCursor.insertText(text, textFormat(points, bold, color));
    }

    // `pageBreak`: the heading starts a page. Not asked of the layout when the page is full already: a
    // block that does not fit moves to the next page anyway, and a break on top would leave a blank one.
    void heading(const QString &text, bool pageBreak = false)
    {
        if (pageBreak) {
            const double used = mDocument.documentLayout()->documentSize().height();
            const double left = mPageSize.height() - std::fmod(used, mPageSize.height());
            pageBreak = left > mPageSize.height() * 0.05;
        }
        paragraph(text, kHeadingPoints, true, QColor(0x1f, 0x3a, 0x5f), kHeadingSpacePixels, pageBreak);
    }

    void titleBlock()
    {
        paragraph(elidedToLines(mOptions.title, reportFont(mFamily, 16.0, mDpi, true), mPageSize.width(), 3), 16.0,
                  true);
        QStringList subtitle;
        if (mAnalysis.scenario)
            subtitle << ReportText::tr("Scenario: %1").arg(mAnalysis.scenario->name);
        if (mOptions.date.isValid())
            subtitle << japaneseDate(mOptions.date);
        paragraph(elidedToLines(subtitle.join(QStringLiteral("　")), reportFont(mFamily, kBodyPoints, mDpi),
                                mPageSize.width(), 2),
                  kBodyPoints, false, QColor(0x40, 0x40, 0x40));
        if (mAnalysis.scenario && !mAnalysis.scenario->description.trimmed().isEmpty())
            paragraph(mAnalysis.scenario->description.trimmed());
    }

    void summary()
    {
        heading(ReportText::tr("Summary of the scenario"));
        const Criteria &criteria = mAnalysis.criteria();
        std::vector<SummaryRow> rows;
        if (mAnalysis.impact)
            rows = impactSummaryRows(mAnalysis.impact.get(), mAnalysis.offices(), criteria.distanceThresholdMeters);
        else
            rows.emplace_back(ReportText::tr("No scenario was chosen: the report shows the evaluation alone"), QString());
        rows.emplace_back(ReportText::tr("Distance guide"),
                          ReportText::tr("%1 km, geodesic distance to the nearest ward office")
                              .arg(QLocale(QLocale::English).toString(criteria.distanceThresholdMeters / 1000.0, 'g', 6)));
        const std::optional<int> year = judgedWorkloadFiscalYear(criteria, mAnalysis.offices());
        if (year && criteria.workloadThreshold)
            rows.emplace_back(ReportText::tr("Workload threshold"),
                              ReportText::tr("%1 transactions in %2")
                                  .arg(number(*criteria.workloadThreshold), fiscalYearName(*year, interfaceLanguage())));
        else if (!year && !mAnalysis.impact) // the impact's summary says it otherwise
            rows.emplace_back(ReportText::tr("Workload"),
                              ReportText::tr("the offices table has no workload counts (受付件数): the recommendation "
                                             "judges by the catchment"));
        if (!year && criteria.catchmentThreshold)
            rows.emplace_back(ReportText::tr("Catchment threshold"),
                              ReportText::tr("%1 residents").arg(number(*criteria.catchmentThreshold)));

        QTextTableFormat format;
        format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        format.setCellPadding(2.0 * px());
        format.setCellSpacing(0.0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 28),
                                          QTextLength(QTextLength::PercentageLength, 72)});
        QTextTable *table = mCursor.insertTable(int(rows.size()), 2, format);
        for (int row = 0; row < int(rows.size()); ++row) {
            const auto &[label, value] = rows[std::size_t(row)];
            QTextCursor cell = table->cellAt(row, 0).firstCursorPosition();
            cell.insertText(label, textFormat(kBodyPoints, true, QColor(0x30, 0x30, 0x30)));
            // A value is a few lines at most, whatever the scenario's name.
            table->cellAt(row, 1).firstCursorPosition().insertText(
                elidedToLines(value, reportFont(mFamily, kBodyPoints, mDpi), mPageSize.width() * 0.72 - 4.0 * px(), 4),
                textFormat(kBodyPoints));
        }
        mCursor.movePosition(QTextCursor::End);
    }

    void figureObject(Figure kind, double heightShare)
    {
        QTextBlockFormat block;
        block.setTopMargin(2.0 * px());
        mCursor.insertBlock(block);
        QTextCharFormat object;
        object.setObjectType(kFigureObject);
        object.setProperty(kFigureKindProperty, int(kind));
        object.setProperty(kFigureWidthProperty, mPageSize.width() - 2.0 * px());
        object.setProperty(kFigureHeightProperty, std::floor(mPageSize.height() * heightShare));
        mCursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }

    // The optimiser's frontier, the sentence comparing the scenario with the best set of its size, and
    // the frontier's sets in a table (the scenario's number of closures in bold; the offices by their
    // short names, as on the figure, so that a set of fourteen takes two lines, not five).
    void alternatives(const ClosureOptimisation &optimisation)
    {
        const double used = mDocument.documentLayout()->documentSize().height();
        const double left = mPageSize.height() - std::fmod(used, mPageSize.height());
        const double headingHeight = QFontMetricsF(reportFont(mFamily, kHeadingPoints, mDpi, true)).lineSpacing()
                                     + (kHeadingSpacePixels + kHeadingPoints * 0.35 + 2.0) * px();
        heading(ReportText::tr("Comparison with the alternatives"),
                left < headingHeight + std::floor(mPageSize.height() * kFrontierShare));
        figureObject(Figure::Frontier, kFrontierShare);
        paragraph(frontierComparisonSentence(optimisation, mAnalysis.offices()), kBodyPoints, false, Qt::black,
                  4.0);
        const std::vector<FrontierRowText> rows = frontierRowTexts(optimisation, mAnalysis.offices());
        if (rows.empty())
            return;
        const QStringList headers = frontierTableHeaders(optimisation);
        const QTextTableFormat format = tableFormat({7, 45, 12, 12, 11, 13}, 2.0);
        QTextTable *table = mCursor.insertTable(int(rows.size()) + 1, int(headers.size()), format);
        const double small = kBodyPoints - 1.0;
        for (int column = 0; column < headers.size(); ++column) {
            QTextTableCell cell = table->cellAt(0, column);
            QTextCharFormat background = cell.format();
            background.setBackground(QColor(0xe8, 0xee, 0xf5));
            cell.setFormat(background);
            cell.firstCursorPosition().insertText(headers[column], textFormat(small, true));
        }
        const std::optional<int> scenarioClosures =
            optimisation.scenarioSet ? std::optional<int>(optimisation.scenarioSet->closures) : std::nullopt;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const FrontierRowText &row = rows[i];
            const bool bold = scenarioClosures == row.closures;
            const QStringList texts{QString::number(row.closures), row.closedShortNames, row.residentsBeyond,
                                    row.residents65Beyond, row.meanDistanceKm, row.proven};
            for (int column = 0; column < texts.size(); ++column) {
                QTextCursor cursor = table->cellAt(int(i) + 1, column).firstCursorPosition();
                QTextBlockFormat block = cursor.blockFormat();
                block.setAlignment(column == 1 || column == 5 ? Qt::AlignLeft : Qt::AlignRight);
                cursor.setBlockFormat(block);
                const QColor color = column == 5 && !row.provenOptimal ? QColor(0xa0, 0x30, 0x10) : QColor(Qt::black);
                cursor.insertText(texts[column], textFormat(small, bold, color));
            }
        }
        mCursor.movePosition(QTextCursor::End);
    }

    void officesTable()
    {
        heading(ReportText::tr("Branch offices: decisions and reasons"), true);
        const Evaluation &evaluation = mAnalysis.evaluation;
        const std::vector<Office> &offices = mAnalysis.offices();
        // The table's Japanese name of an office (its id when the table lacks it).
        const auto nameOf = [&offices](const QString &id) {
            const Office *office = findOffice(offices, id);
            return office ? office->name : id;
        };
        const std::vector<Recommendation> &recommendations = mAnalysis.recommendations;
        const std::optional<int> year = judgedWorkloadFiscalYear(evaluation.criteria, offices);
        const bool catchments = std::any_of(evaluation.branchOffices.begin(), evaluation.branchOffices.end(),
                                            [](const BranchOfficeEvaluation &office) { return bool(office.catchment); });

        // (header, share of the width in %); the reasons take what is left.
        std::vector<std::pair<QString, double>> columns{{ReportText::tr("Branch office"), 13},
                                                        {ReportText::tr("Ward"), 6.5},
                                                        {ReportText::tr("Nearest ward office"), 11},
                                                        {ReportText::tr("Distance"), 8}};
        if (catchments)
            columns.emplace_back(ReportText::tr("Catchment (residents)"), 9.5);
        // Without counts for the judged year the column would be empty: the summary says so instead.
        if (year)
            columns.emplace_back(ReportText::tr("Workload %1").arg(fiscalYearName(*year, interfaceLanguage())), 9.5);
        columns.emplace_back(ReportText::tr("Recommendation"), 9);
        columns.emplace_back(ReportText::tr("Decision"), 7.5);
        double used = 0.0;
        for (const auto &column : columns)
            used += column.second;
        columns.emplace_back(ReportText::tr("Reasons, receiving counter and note"), 100.0 - used);
        QStringList headers;
        for (const auto &column : columns)
            headers << column.first;

        std::vector<double> widths;
        for (const auto &column : columns)
            widths.push_back(column.second);
        const QTextTableFormat format = tableFormat(widths, 2.5);
        QTextTable *table = mCursor.insertTable(int(evaluation.branchOffices.size()) + 1, int(headers.size()), format);
        const double small = kBodyPoints - 1.0;
        for (int column = 0; column < headers.size(); ++column) {
            QTextTableCell cell = table->cellAt(0, column);
            QTextCharFormat background = cell.format();
            background.setBackground(QColor(0xe8, 0xee, 0xf5));
            cell.setFormat(background);
            cell.firstCursorPosition().insertText(headers[column], textFormat(small, true));
        }
        for (std::size_t i = 0; i < evaluation.branchOffices.size(); ++i) {
            const BranchOfficeEvaluation &result = evaluation.branchOffices[i];
            const Office &office = offices.at(std::size_t(result.officeIndex));
            const int row = int(i) + 1;
            int column = 0;
            const auto put = [&](const QString &text, bool bold = false, const QColor &color = Qt::black,
                                 Qt::Alignment alignment = Qt::AlignLeft) {
                QTextCursor cursor = table->cellAt(row, column++).firstCursorPosition();
                QTextBlockFormat block = cursor.blockFormat();
                block.setAlignment(alignment);
                cursor.setBlockFormat(block);
                cursor.insertText(text, textFormat(small, bold, color));
            };
            put(office.name, true);
            put(office.ward);
            put(nameOf(result.nearestWardOfficeId));
            put(kilometres(result.distanceToNearestWardOfficeMeters), false,
                result.withinThreshold ? Qt::black : QColor(0xa0, 0x30, 0x10), Qt::AlignRight);
            if (catchments)
                put(result.catchment ? number(result.catchment->population) : ReportText::tr("n/a"), false, Qt::black,
                    Qt::AlignRight);
            if (year) {
                std::optional<double> workload;
                const auto found = office.workloadByFiscalYear.find(*year);
                if (found != office.workloadByFiscalYear.end())
                    workload = found->second;
                put(workload ? number(*workload) : ReportText::tr("no data"), false,
                    workload ? Qt::black : QColor(0x80, 0x80, 0x80), Qt::AlignRight);
            }
            const Recommendation *recommendation = i < recommendations.size() ? &recommendations[i] : nullptr;
            const QString verdict = recommendation ? verdictName(recommendation->verdict, interfaceLanguage()) : QString();
            put(verdict, false, recommendation && recommendation->verdict == RecommendationVerdict::Candidate
                                    ? QColor(0x9a, 0x1b, 0x1b)
                                    : Qt::black);
            const Decision decision = mAnalysis.scenario ? mAnalysis.decisionFor(office)
                                                         : office.recordedDecision.value_or(Decision::Keep);
            put(decisionName(decision, interfaceLanguage()), true, gis::MapStyle().decisionColor(decision));

            QStringList notes;
            if (recommendation)
                notes << reasonTexts(*recommendation);
            if (mAnalysis.impact) {
                if (const CounterImpact *counter = mAnalysis.impact->counter(office.id);
                    counter && !counter->openAfter && !counter->receivingOfficeId.isEmpty()) {
                    const QString receiver = nameOf(counter->receivingOfficeId);
                    notes << (counter->distanceToReceivingMeters
                                  ? ReportText::tr("its work goes to %1 (%2)").arg(receiver, kilometres(*counter->distanceToReceivingMeters))
                                  : ReportText::tr("its work goes to %1").arg(receiver));
                }
            }
            if (mAnalysis.scenario) {
                const auto note = mAnalysis.scenario->notes.find(office.id);
                if (note != mAnalysis.scenario->notes.end() && !note->second.trimmed().isEmpty())
                    notes << ReportText::tr("Note: %1").arg(note->second.trimmed());
            }
            put(notes.join(QLatin1Char('\n')));
        }
        mCursor.movePosition(QTextCursor::End);
    }

    void sources()
    {
        heading(ReportText::tr("Sources"));
        QStringList lines = mCredits;
        // The method was worded when the project was evaluated, perhaps in another language than the
        // report's: its source wording is translated now (a wording already translated stays as it is).
        const QByteArray method = mAnalysis.evaluation.distanceMethod.toUtf8();
        lines << ReportText::tr("Distances: %1").arg(QCoreApplication::translate("ProjGeodesicText", method.constData()));
        lines << ReportText::tr("Made with Madoguchi %1").arg(QString::fromLatin1(kVersion));
        for (const QString &line : lines)
            paragraph(line, kBodyPoints - 1.0, false, QColor(0x40, 0x40, 0x40));
    }

    QTextDocument &mDocument;
    const ScenarioAnalysis &mAnalysis;
    const ReportOptions &mOptions;
    QSizeF mPageSize;
    double mDpi;
    QTextCursor mCursor;
    QString mFamily;
    QStringList mCredits;
    bool mFirstBlock = true;
};

} // namespace

ReportOptions defaultReportOptions(const QString &title, const QDate &date)
{
    ReportOptions options;
    options.title = title;
    options.date = date;
    options.map = optionsFromView(gis::MapSettings(), title, QString(), date).map;
    return options;
}

void exportReport(const QString &path, const ScenarioAnalysis &analysis, const ReportOptions &options,
                  const Feedback *feedback, const std::function<void(int page, int pages)> &progress)
{
    if (exportFormatFor(path) != ExportFormat::Pdf)
        throw InputError(path, QString(), ReportText::tr("a report is written as PDF"),
                         ReportText::tr("name the file .pdf"));
    if (!analysis.mapContent)
        throw InputError(path, QString(), ReportText::tr("there is no map to report"),
                         ReportText::tr("open a project with an offices table"));
    ReportOptions resolved = options;
    if (resolved.title.trimmed().isEmpty())
        resolved.title = defaultMapTitle(*analysis.project);

    ExportPage page;
    page.paper = options.paper == ExportPaper::A3 ? ExportPaper::A3 : ExportPaper::A4;
    page.landscape = options.landscape;
    ExportDocument document;
    document.title = resolved.title;
    document.fontFamily = gis::MapStyle().fontFamily;
    document.protectedPaths = options.protectedPaths;
    const int dpi = wholeDpi(page);
    const QSizeF pageSize = QSizeF(exportPageSize(page, path));
    const double margin = kMarginMm / 25.4 * dpi;
    const double footer = kFooterMm / 25.4 * dpi;
    const QSizeF body(pageSize.width() - 2 * margin, pageSize.height() - 2 * margin - footer);

    QTextDocument text;
    text.setDocumentMargin(0.0);
    text.setDefaultFont(reportFont(gis::MapStyle().fontFamily, kBodyPoints, dpi));
    text.setPageSize(body);
    FigureObjects objects(analysis, resolved, dpi, feedback);
    text.documentLayout()->registerHandler(kFigureObject, &objects);
    ReportBuilder(text, analysis, resolved, body, dpi).build();
    const int pages = std::max(1, text.pageCount());

    const QFont footerFont = reportFont(gis::MapStyle().fontFamily, 7.5, dpi);
    QStringList footerParts{resolved.title};
    if (analysis.scenario)
        footerParts << ReportText::tr("Scenario: %1").arg(analysis.scenario->name);
    const QString footerLeft = footerParts.join(QStringLiteral("　"));
    writeExportFile(path, page, document, pages,
                    [&](QPainter &painter, int index) {
                        if (progress)
                            progress(index, pages);
                        if (feedback)
                            feedback->checkCancelled();
                        painter.save();
                        painter.setRenderHint(QPainter::Antialiasing);
                        painter.setRenderHint(QPainter::TextAntialiasing);
                        painter.fillRect(QRectF(QPointF(0, 0), pageSize), Qt::white);
                        painter.translate(margin, margin - index * body.height());
                        QAbstractTextDocumentLayout::PaintContext context;
                        context.clip = QRectF(0, index * body.height(), body.width(), body.height());
                        context.palette.setColor(QPalette::Text, Qt::black);
                        painter.setClipRect(context.clip);
                        text.documentLayout()->draw(&painter, context);
                        painter.restore();

                        painter.save();
                        painter.setFont(footerFont);
                        painter.setPen(QPen(QColor(0x60, 0x60, 0x60), dpi / 96.0));
                        const QRectF footerRect(margin, pageSize.height() - margin - footer * 0.6, body.width(), footer * 0.6);
                        painter.drawLine(QPointF(footerRect.left(), footerRect.top()),
                                         QPointF(footerRect.right(), footerRect.top()));
                        const QString pageNumber = QStringLiteral("%1 / %2").arg(index + 1).arg(pages);
                        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignBottom,
                                         elidedToLines(footerLeft, footerFont,
                                                       footerRect.width() - QFontMetricsF(footerFont).horizontalAdvance(
                                                                                pageNumber + QStringLiteral("　　")),
                                                       1));
                        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignBottom, pageNumber);
                        painter.restore();
                    },
                    feedback);
}

} // namespace madoguchi::app

#include "reportexport.moc"
