#include "app/workbench/detailsdock.h"

#include "app/lib/languagesettings.h"
#include "app/workbench/workbenchdocument.h"
#include "core/terms.h"
#include "core/office.h"
#include "core/recommendation.h"
#include "core/scenario.h"

#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QTextBrowser>

namespace madoguchi::app {

namespace {

// How many selected offices are described in full; the rest are counted.
constexpr int kMaxDetailed = 5;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='color:#555; padding-right:10px; white-space:nowrap' valign='top'>%1</td>"
                          "<td valign='top'>%2</td></tr>")
        .arg(escaped(label), valueHtml);
}

QString kilometersAndMeters(double meters)
{
    const QLocale locale;
    return DetailsDock::tr("%1 km (%2 m)").arg(locale.toString(meters / 1000.0, 'f', 2), locale.toString(meters, 'f', 0));
}

QString count(double value)
{
    return QLocale().toString(value, 'f', 0);
}

QString diagnosticItem(const Diagnostic &diagnostic)
{
    QString text = escaped(diagnostic.message);
    QStringList where;
    if (!diagnostic.file.isEmpty())
        where << QFileInfo(diagnostic.file).fileName();
    if (!diagnostic.location.isEmpty())
        where << diagnostic.location;
    if (!where.isEmpty())
        text = QStringLiteral("<i>%1</i>: %2").arg(escaped(where.join(QStringLiteral(", "))), text);
    if (!diagnostic.hint.isEmpty())
        text += QStringLiteral(" — %1").arg(escaped(diagnostic.hint));
    return QStringLiteral("<li>%1</li>").arg(text);
}


QString officeName(const WorkbenchDocument &document, const QString &id)
{
    const Office *other = document.office(id);
    return other ? other->name : id;
}

// A branch office's distances to the ward offices, the threshold test, and the ward and school
// district at its site.
QString distanceRows(const WorkbenchDocument &document, const Office &office, const BranchOfficeEvaluation &result)
{
    const Evaluation *evaluation = document.evaluation();
    QString html = row(DetailsDock::tr("Nearest ward office"),
                       QStringLiteral("%1<br/><b>%2</b>")
                           .arg(escaped(officeName(document, result.nearestWardOfficeId)),
                                escaped(kilometersAndMeters(result.distanceToNearestWardOfficeMeters))));
    if (!result.ownWardOfficeId.isEmpty() && result.distanceToOwnWardOfficeMeters)
        html += row(DetailsDock::tr("Own ward office"),
                    QStringLiteral("%1<br/>%2")
                        .arg(escaped(officeName(document, result.ownWardOfficeId)),
                             escaped(kilometersAndMeters(*result.distanceToOwnWardOfficeMeters))));
    else
        html += row(DetailsDock::tr("Own ward office"),
                    escaped(DetailsDock::tr("none in the offices table for %1").arg(office.ward)));
    const double thresholdMeters = evaluation ? evaluation->criteria.distanceThresholdMeters : 0.0;
    const QString threshold = QLocale().toString(thresholdMeters / 1000.0, 'g', 4);
    html += row(DetailsDock::tr("Within threshold"),
                result.withinThreshold
                    ? QStringLiteral("<span style='color:#1a6b30'>%1</span>")
                          .arg(escaped(DetailsDock::tr("Yes: within the %1 km guide").arg(threshold)))
                    : QStringLiteral("<span style='color:#b2182b'>%1</span>")
                          .arg(escaped(DetailsDock::tr("No: beyond the %1 km guide").arg(threshold))));
    const LoadedProject *project = document.project();
    if (result.wardAtSite) {
        QString ward = escaped(*result.wardAtSite);
        if (*result.wardAtSite != office.ward)
            ward += QStringLiteral(" <span style='color:#b2182b'>%1</span>")
                        .arg(escaped(DetailsDock::tr("(the table says %1)").arg(office.ward)));
        html += row(DetailsDock::tr("Ward at site"), ward);
    } else if (project && project->wards) {
        html += row(DetailsDock::tr("Ward at site"), escaped(DetailsDock::tr("outside every ward")));
    }
    if (project && project->schoolDistricts) {
        QString district = result.schoolDistrictAtSite ? escaped(*result.schoolDistrictAtSite)
                                                       : escaped(DetailsDock::tr("outside every district"));
        if (project->schoolDistricts->approximate)
            district += QStringLiteral(" <span style='color:#805aa8'>%1</span>")
                            .arg(escaped(DetailsDock::tr("(approximate)")));
        html += row(DetailsDock::tr("School district"), district);
    }
    return html;
}

// Catchment: branch offices carry theirs; ward offices are among all counters. Empty without one.
QString catchmentRow(const WorkbenchDocument &document, const QString &officeId)
{
    const Evaluation *evaluation = document.evaluation();
    const BranchOfficeEvaluation *result = document.branchEvaluation(officeId);
    std::optional<CounterCatchment> catchment;
    if (result && result->catchment)
        catchment = result->catchment;
    else if (evaluation)
        for (const CounterCatchment &c : evaluation->allCatchments)
            if (c.officeId == officeId)
                catchment = c;
    if (!catchment)
        return {};
    QString text = DetailsDock::tr("%1 residents").arg(count(catchment->population));
    if (catchment->cells > catchment->cellsWithoutPopulation65)
        text += QStringLiteral("<br/>") + escaped(DetailsDock::tr("aged 65+: %1").arg(count(catchment->population65)));
    if (catchment->cellsWithoutPopulation65 > 0)
        text += QStringLiteral("<br/><span style='color:#777'>%1</span>")
                    .arg(escaped(DetailsDock::tr("%n cell(s) without a 65+ count", nullptr,
                                                 catchment->cellsWithoutPopulation65)));
    return row(DetailsDock::tr("Catchment population"), text);
}

// The branch office's decision in the current scenario and where its work goes.
QString decisionRow(const WorkbenchDocument &document, const Scenario &scenario, const QString &officeId)
{
    QString decision = QStringLiteral("<b>%1</b> <span style='color:#666'>(%2)</span>")
                           .arg(escaped(decisionName(document.decision(officeId), interfaceLanguage())),
                                escaped(scenario.name));
    if (const auto impact = document.impact()) {
        if (const CounterImpact *counter = impact->counter(officeId);
            counter && !counter->receivingOfficeId.isEmpty() && counter->distanceToReceivingMeters) {
            decision += QStringLiteral("<br/>")
                + escaped(DetailsDock::tr("work goes to %1 (%2)")
                              .arg(officeName(document, counter->receivingOfficeId),
                                   kilometersAndMeters(*counter->distanceToReceivingMeters)));
        }
    }
    return row(DetailsDock::tr("Decision"), decision);
}

QString recommendationRow(const Recommendation &recommendation)
{
    QString colour;
    switch (recommendation.verdict) {
    case RecommendationVerdict::Candidate: colour = QStringLiteral("#b2182b"); break;
    case RecommendationVerdict::Keep: colour = QStringLiteral("#1a6b30"); break;
    case RecommendationVerdict::Undetermined: colour = QStringLiteral("#777777"); break;
    }
    const QString verdict = verdictName(recommendation.verdict, interfaceLanguage());
    QString text = QStringLiteral("<span style='color:%1'><b>%2</b></span>").arg(colour, escaped(verdict));
    if (recommendation.verdict == RecommendationVerdict::Candidate)
        text += QStringLiteral(" <span style='color:#666'>%1</span>")
                    .arg(escaped(DetailsDock::tr("(closure or a service corner)")));
    QStringList reasons;
    for (const RecommendationReason &reason : recommendation.reasons)
        reasons << escaped(reasonText(reason, QLocale()));
    for (const RecommendationReason &flag : recommendation.flags)
        reasons << QStringLiteral("<span style='color:#b35806'>⚑ %1</span>").arg(escaped(reasonText(flag, QLocale())));
    if (!reasons.isEmpty())
        text += QStringLiteral("<br/>• ") + reasons.join(QStringLiteral("<br/>• "));
    return row(DetailsDock::tr("Recommendation"), text);
}

// A branch office's workload by fiscal year, as the offices table has it.
QString workloadRow(const Office &office)
{
    if (office.workloadByFiscalYear.empty()) {
        return row(DetailsDock::tr("Workload"),
                   QStringLiteral("<span style='color:#777'>%1</span>")
                       .arg(escaped(DetailsDock::tr("no workload data (受付件数) in the offices table"))));
    }
    QStringList years;
    for (const auto &[year, value] : office.workloadByFiscalYear)
        years << QStringLiteral("%1: %2")
                     .arg(escaped(fiscalYearName(year, interfaceLanguage())),
                          value ? escaped(count(*value)) : escaped(DetailsDock::tr("missing")));
    return row(DetailsDock::tr("Workload (受付件数)"), years.join(QStringLiteral("<br/>")));
}

} // namespace

DetailsDock::DetailsDock(WorkbenchDocument *document, QWidget *parent)
    : QDockWidget(tr("Details"), parent), mDocument(document)
{
    setObjectName(QStringLiteral("detailsDock"));
    mBrowser = new QTextBrowser;
    mBrowser->setObjectName(QStringLiteral("detailsBrowser"));
    mBrowser->setOpenLinks(false);
    mBrowser->setFrameShape(QFrame::NoFrame);
    setWidget(mBrowser);

    connect(document, &WorkbenchDocument::selectionChanged, this, &DetailsDock::refresh);
    connect(document, &WorkbenchDocument::evaluationChanged, this, &DetailsDock::refresh);
    connect(document, &WorkbenchDocument::loaded, this, &DetailsDock::refresh);
    connect(document, &WorkbenchDocument::closed, this, &DetailsDock::refresh);
    refresh();
}

QString DetailsDock::plainText() const
{
    return mBrowser->toPlainText();
}

void DetailsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Details"));
        refresh();
    }
    QDockWidget::changeEvent(event);
}

void DetailsDock::refresh()
{
    if (!mDocument || !mDocument->hasProject()) {
        mBrowser->setHtml(QStringLiteral("<p style='color:#777'>%1</p>")
                              .arg(escaped(tr("No project is open. Open a project with File ▸ Open… or drop a "
                                              ".madoguchi file on the window."))));
        return;
    }
    const QStringList selection = mDocument->selectedOfficeIds();
    if (selection.isEmpty()) {
        mBrowser->setHtml(projectHtml());
        return;
    }
    QStringList blocks;
    for (int i = 0; i < selection.size() && i < kMaxDetailed; ++i)
        blocks << officeHtml(selection[i]);
    if (selection.size() > kMaxDetailed)
        blocks << QStringLiteral("<p>%1</p>")
                      .arg(escaped(tr("… and %n more selected office(s)", nullptr, int(selection.size()) - kMaxDetailed)));
    mBrowser->setHtml(blocks.join(QStringLiteral("<hr/>")));
}

QString DetailsDock::officeHtml(const QString &officeId) const
{
    const Office *office = mDocument->office(officeId);
    if (!office)
        return {};
    const WorkbenchDocument &document = *mDocument;

    QString html = QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(escaped(office->name));
    if (!office->nameEn.isEmpty())
        html += QStringLiteral("<div style='color:#666'>%1</div>").arg(escaped(office->nameEn));
    html += QStringLiteral("<table cellspacing='2' style='margin-top:6px'>");

    html += row(tr("Kind"), escaped(officeKindName(office->kind, interfaceLanguage())));
    html += row(tr("Ward"), escaped(office->ward));
    if (!office->address.isEmpty())
        html += row(tr("Address"), escaped(office->address));
    if (const BranchOfficeEvaluation *result = document.branchEvaluation(officeId))
        html += distanceRows(document, *office, *result);
    html += catchmentRow(document, officeId);
    if (const Scenario *scenario = document.shownScenario(); scenario && office->isBranchOffice())
        html += decisionRow(document, *scenario, officeId);
    if (const Recommendation *recommendation = document.recommendation(officeId))
        html += recommendationRow(*recommendation);
    if (const QString note = document.note(officeId); !note.isEmpty())
        html += row(tr("Note"), escaped(note).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));

    if (office->recordedDecision)
        html += row(tr("Recorded decision"), escaped(decisionName(*office->recordedDecision, interfaceLanguage())));
    if (office->isBranchOffice())
        html += workloadRow(*office);
    html += QStringLiteral("</table>");
    return html;
}

QString DetailsDock::projectHtml() const
{
    const LoadedProject *project = mDocument->project();
    const Evaluation *evaluation = mDocument->evaluation();
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(project->project.name));
    html += QStringLiteral("<table cellspacing='2'>");
    int wardOffices = 0;
    for (const Office &office : project->offices.offices)
        wardOffices += office.isWardOffice() ? 1 : 0;
    html += row(tr("Offices"), escaped(tr("%1 ward offices, %2 branch offices")
                                           .arg(wardOffices)
                                           .arg(int(project->offices.offices.size()) - wardOffices)));
    if (evaluation) {
        int within = 0;
        for (const BranchOfficeEvaluation &result : evaluation->branchOffices)
            within += result.withinThreshold ? 1 : 0;
        html += row(tr("Distance threshold"),
                    escaped(tr("%1 km: %2 of %3 branch offices within it")
                                .arg(QLocale().toString(evaluation->criteria.distanceThresholdMeters / 1000.0, 'g', 4))
                                .arg(within)
                                .arg(evaluation->branchOffices.size())));
        html += row(tr("Distances"), escaped(evaluation->distanceMethod));
        if (evaluation->totalPopulation)
            html += row(tr("Population"), escaped(tr("%1 residents").arg(count(*evaluation->totalPopulation))));
    }
    html += row(tr("Project file"), escaped(QFileInfo(project->projectPath).fileName()));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style='color:#777'>%1</p>").arg(escaped(tr("Select an office on the map or in the table.")));
    if (!project->project.notes.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(escaped(tr("Notes")), escaped(project->project.notes));

    QString items;
    // The loader's messages include the missing layers.
    for (const Diagnostic &diagnostic : project->messages)
        items += diagnosticItem(diagnostic);
    if (evaluation)
        for (const Diagnostic &diagnostic : evaluation->warnings)
            items += diagnosticItem(diagnostic);
    if (!items.isEmpty())
        html += QStringLiteral("<h4>%1</h4><ul style='margin-left:-20px'>%2</ul>").arg(escaped(tr("Data notes")), items);
    return html;
}

} // namespace madoguchi::app
