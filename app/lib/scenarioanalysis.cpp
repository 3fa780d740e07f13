#include "app/lib/scenarioanalysis.h"

#include "app/lib/mapcontentbuilder.h"
#include "app/lib/projectloader.h"
#include "core/feedback.h"
#include "gis/mapcontent.h"
#include "gis/projgeodesic.h"

#include <QCoreApplication>

namespace madoguchi::app {

namespace {

// Messages are looked up in the "ScenarioAnalysisText" context of the translations.
struct ScenarioAnalysisText
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioAnalysisText)
};

} // namespace

EvaluationInput evaluationInputOf(const LoadedProject &project, const Criteria &criteria)
{
    EvaluationInput input;
    input.offices = project.offices.offices;
    input.criteria = criteria;
    input.hasWardLayer = bool(project.wards);
    input.hasSchoolDistrictLayer = bool(project.schoolDistricts);
    input.sites = project.sites;
    if (project.populationCells)
        input.population = *project.populationCells;
    return input;
}

namespace {

// Progress of one step of the pipeline as a part [start, start + span) of the caller's bar; a cancel on
// the caller's feedback stops the step at its next report.
class StepFeedback
{
public:
    StepFeedback(Feedback *outer, double start, double span)
    {
        if (outer)
            mStep.emplace([outer, start, span](double fraction) {
                outer->checkCancelled();
                outer->setProgress(start + span * fraction);
            });
    }
    Feedback *get() { return mStep ? &*mStep : nullptr; }

private:
    std::optional<Feedback> mStep;
};

} // namespace

const std::vector<Office> &ScenarioAnalysis::offices() const
{
    return project->offices.offices;
}

Decision ScenarioAnalysis::decisionFor(const Office &office) const
{
    return scenario ? madoguchi::decisionFor(*scenario, office) : Decision::Keep;
}

const Recommendation *ScenarioAnalysis::recommendation(const QString &officeId) const
{
    for (const Recommendation &recommendation : recommendations)
        if (recommendation.officeId == officeId)
            return &recommendation;
    return nullptr;
}

const BranchOfficeEvaluation *ScenarioAnalysis::branchEvaluation(const QString &officeId) const
{
    const int index = findOfficeIndex(offices(), officeId);
    for (const BranchOfficeEvaluation &result : evaluation.branchOffices)
        if (index >= 0 && result.officeIndex == index)
            return &result;
    return nullptr;
}

Evaluation evaluateProject(const LoadedProject &project, const Criteria &criteria, Feedback *feedback)
{
    return evaluate(evaluationInputOf(project, criteria), gis::ProjGeodesic(), feedback);
}

ScenarioImpact assessProjectImpact(const LoadedProject &project, const Criteria &criteria, const Scenario &scenario,
                                   Feedback *feedback)
{
    return assessImpact(evaluationInputOf(project, criteria), scenario, gis::ProjGeodesic(), feedback);
}

ScenarioAnalysis analyseScenario(std::shared_ptr<const LoadedProject> project, const AnalysisRequest &request,
                                 Feedback *feedback, const ScenarioAnalysis *previous)
{
    ScenarioAnalysis analysis;
    analysis.project = std::move(project);
    const LoadedProject &loaded = *analysis.project;
    analysis.scenario = request.scenario;
    // The scenario is checked before any work, so that a wrong office id fails fast and by name.
    if (analysis.scenario)
        validateScenario(*analysis.scenario, loaded.offices.offices, loaded.projectPath);

    const bool sameEvaluation = previous && previous->criteria() == request.criteria
                                && previous->project->populationCells == loaded.populationCells
                                && previous->project->sites == loaded.sites
                                && previous->offices() == loaded.offices.offices;
    if (sameEvaluation) {
        analysis.evaluation = previous->evaluation;
    } else {
        StepFeedback step(feedback, 0.0, 0.45);
        analysis.evaluation = evaluateProject(loaded, request.criteria, step.get());
    }
    analysis.warnings = analysis.evaluation.warnings;

    RecommendationContext context;
    context.growingSchoolDistricts = loaded.project.growingSchoolDistricts;
    analysis.recommendations = recommend(analysis.evaluation, loaded.offices.offices, context);

    if (analysis.scenario) {
        StepFeedback step(feedback, 0.45, 0.5);
        auto impact = std::make_shared<const ScenarioImpact>(
            assessProjectImpact(loaded, request.criteria, *analysis.scenario, step.get()));
        analysis.warnings.insert(analysis.warnings.end(), impact->warnings.begin(), impact->warnings.end());
        analysis.impact = std::move(impact);
        analysis.table = makeEvaluationTable(
            loaded, analysis.evaluation, ScenarioColumns{*analysis.scenario, analysis.recommendations, *analysis.impact});
    } else {
        analysis.table = makeEvaluationTable(loaded, analysis.evaluation);
    }

    if (request.baseMap) {
        std::shared_ptr<const gis::MapContent> content = withEvaluation(*request.baseMap, loaded, analysis.evaluation);
        if (analysis.scenario)
            content = withScenario(*content, loaded, *analysis.scenario, analysis.impact.get());
        analysis.mapContent = std::move(content);
    }
    if (feedback)
        feedback->setProgress(1.0);
    return analysis;
}

std::vector<Scenario> scenariosOf(const LoadedProject &project)
{
    if (!project.project.scenarios.empty())
        return project.project.scenarios;
    std::vector<Scenario> scenarios;
    Scenario statusQuo;
    statusQuo.name = QStringLiteral("現状");
    statusQuo.description = ScenarioAnalysisText::tr("Status quo: every counter stays open.");
    scenarios.push_back(statusQuo);
    Scenario recorded;
    recorded.name = ScenarioAnalysisText::tr("Decisions in the offices table");
    for (const Office &office : project.offices.offices)
        if (office.isBranchOffice() && office.recordedDecision)
            recorded.decisions[office.id] = *office.recordedDecision;
    if (!recorded.decisions.empty())
        scenarios.push_back(recorded);
    return scenarios;
}

Scenario defaultScenario(const LoadedProject &project)
{
    return scenariosOf(project).back();
}

} // namespace madoguchi::app
