#include "app/workbench/workbenchdocument.h"
#include "app/lib/languagesettings.h"
#include "core/terms.h"

#include "app/lib/datasearchpath.h"
#include "app/workbench/latesttask.h"
#include "app/lib/mapcontentbuilder.h"
#include "app/lib/scenarioanalysis.h"
#include "app/lib/projectfile.h"
#include "core/diagnostic.h"
#include "core/feedback.h"
#include "core/scenario.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <exception>
#include <functional>

namespace madoguchi::app {

// What a load hands back to the GUI thread: everything the document shows.
struct WorkbenchDocument::LoadResult
{
    std::shared_ptr<const LoadedProject> project;
    std::shared_ptr<const gis::MapContent> baseMapContent;
    std::shared_ptr<const ScenarioAnalysis> analysis;
    QString scenarioName;
};

// One edit of the project: the project state (scenarios, criteria, imported counts) and the current
// scenario before and after. The edit has already been applied when the command is pushed.
class ProjectEditCommand : public QUndoCommand
{
public:
    ProjectEditCommand(WorkbenchDocument *document, const QString &text, Project before, QString scenarioBefore,
                       Project after, QString scenarioAfter)
        : QUndoCommand(text), mDocument(document), mBefore(std::move(before)),
          mScenarioBefore(std::move(scenarioBefore)), mAfter(std::move(after)), mScenarioAfter(std::move(scenarioAfter))
    {
    }

    void undo() override { apply(mBefore, mScenarioBefore); }
    void redo() override
    {
        if (mPushed) {
            mPushed = false; // WorkbenchDocument::pushEdit applied it already
            return;
        }
        apply(mAfter, mScenarioAfter);
    }

private:
    void apply(const Project &project, const QString &scenario)
    {
        try {
            mDocument->applyProjectState(project, scenario);
        } catch (const InputError &error) {
            // The state was evaluated once before; it can only fail if the data changed underneath.
            Q_EMIT mDocument->problem(error.diagnostic().toString());
        }
    }

    WorkbenchDocument *mDocument;
    Project mBefore;
    QString mScenarioBefore;
    Project mAfter;
    QString mScenarioAfter;
    bool mPushed = true;
};

WorkbenchDocument::WorkbenchDocument(QObject *parent)
    : QObject(parent), mLoad(new LatestTask(this)), mUndoStack(new QUndoStack(this))
{
    connect(mLoad, &LatestTask::progress, this, &WorkbenchDocument::loadProgress);
}

// mLoad, a child, cancels a load still running and waits for it before the document goes.
WorkbenchDocument::~WorkbenchDocument() = default;

WorkbenchDocument::LoadResult WorkbenchDocument::load(const QString &projectPath, const QStringList &extraDataPaths,
                                                      Feedback &feedback)
{
    ProjectLoadOptions options;
    options.dataSearchPaths = dataSearchPaths(extraDataPaths);
    options.missingLayers = MissingLayers::Skip;
    LoadResult result;

    Feedback reading(feedback, 0.0, 0.45);
    LoadedProject loaded = loadProject(projectPath, options, &reading);
    // A project without scenarios gets the status quo (and the table's recorded decisions), so that
    // there is always a current scenario; they are saved with the project.
    loaded.project.scenarios = scenariosOf(loaded);
    auto project = std::make_shared<const LoadedProject>(std::move(loaded));
    feedback.checkCancelled();

    Feedback projecting(feedback, 0.45, 0.35);
    result.baseMapContent = std::make_shared<const gis::MapContent>(buildBaseMapContent(*project, &projecting));
    feedback.checkCancelled();

    // The project opens on its last scenario.
    Feedback analysing(feedback, 0.8, 0.2);
    AnalysisRequest request;
    request.criteria = project->project.criteria;
    request.scenario = project->project.scenarios.back();
    request.baseMap = result.baseMapContent;
    result.scenarioName = request.scenario->name;
    result.analysis = std::make_shared<const ScenarioAnalysis>(analyseScenario(project, request, &analysing));
    feedback.setProgress(1.0);
    result.project = std::move(project);
    return result;
}

void WorkbenchDocument::open(const QString &projectPath, const QStringList &extraDataPaths)
{
    Q_EMIT loadStarted(projectPath);
    // Opening another project replaces a load still running: its result is dropped.
    mLoad->start(
        projectPath, [projectPath, extraDataPaths](Feedback &feedback) { return load(projectPath, extraDataPaths, feedback); },
        [this](TaskOutcome<LoadResult> &&outcome) {
            if (outcome.problem) {
                Q_EMIT loadFailed(outcome.problem->toString());
                return;
            }
            finishLoad(std::move(*outcome.value));
        });
}

void WorkbenchDocument::finishLoad(LoadResult &&result)
{
    mProject = std::move(result.project);
    mBaseMapContent = std::move(result.baseMapContent);
    mAnalysis = std::move(result.analysis);
    mScenarioName = result.scenarioName;
    dropPreview();
    mUndoStack->clear();
    const bool hadSelection = !mSelection.isEmpty();
    mSelection.clear();
    Q_EMIT loaded();
    Q_EMIT scenariosChanged();
    if (hadSelection)
        Q_EMIT selectionChanged(mSelection);
}

void WorkbenchDocument::cancelLoad()
{
    if (!mLoad->isRunning())
        return;
    mLoad->cancel();
    Q_EMIT loadCancelled();
}

bool WorkbenchDocument::isLoading() const
{
    return mLoad->isRunning();
}

void WorkbenchDocument::clearProject()
{
    dropPreview();
    mUndoStack->clear();
    mProject.reset();
    mScenarioName.clear();
    mBaseMapContent.reset();
    mAnalysis.reset();
}

void WorkbenchDocument::close()
{
    mLoad->cancel();
    const bool hadSelection = !mSelection.isEmpty();
    mSelection.clear();
    clearProject();
    if (hadSelection)
        Q_EMIT selectionChanged(mSelection);
    Q_EMIT closed();
    Q_EMIT scenariosChanged();
}

QString WorkbenchDocument::projectPath() const
{
    return mProject ? mProject->projectPath : QString();
}

const std::vector<MissingLayer> &WorkbenchDocument::missingLayers() const
{
    static const std::vector<MissingLayer> none;
    return mProject ? mProject->missingLayers : none;
}

Criteria WorkbenchDocument::criteria() const
{
    if (mAnalysis)
        return mAnalysis->criteria(); // a preview's are the same
    return mProject ? mProject->project.criteria : Criteria();
}

const EvaluationTable &WorkbenchDocument::table() const
{
    static const EvaluationTable none;
    return analysis() ? analysis()->table : none;
}

std::shared_ptr<const gis::MapContent> WorkbenchDocument::mapContent() const
{
    return analysis() ? analysis()->mapContent : nullptr;
}

const std::vector<Recommendation> &WorkbenchDocument::recommendations() const
{
    static const std::vector<Recommendation> none;
    return analysis() ? analysis()->recommendations : none;
}

std::shared_ptr<const ScenarioImpact> WorkbenchDocument::impact() const
{
    return analysis() ? analysis()->impact : nullptr;
}

void WorkbenchDocument::setCriteria(const Criteria &criteria)
{
    if (!mProject || criteria == this->criteria())
        return;
    Project edited = mProject->project;
    edited.criteria = criteria;
    pushEdit(tr("Change the criteria"), std::move(edited), mScenarioName);
}

const std::vector<Office> &WorkbenchDocument::offices() const
{
    static const std::vector<Office> none;
    return mProject ? mProject->offices.offices : none;
}

bool WorkbenchDocument::isModified() const
{
    return mProject && !mUndoStack->isClean();
}

void WorkbenchDocument::save(const QString &path)
{
    if (!mProject)
        return;
    const QString target = QFileInfo(path.isEmpty() ? mProject->projectPath : path).absoluteFilePath();
    const QString fromDir = QFileInfo(mProject->projectPath).absolutePath();
    writeProjectFile(mProject->project, target, fromDir);
    if (target != mProject->projectPath) {
        // Layer paths were rewritten relative to the new folder: take them as written. The analysis
        // keeps the state it was made from; nothing it shows changes.
        auto moved = std::make_shared<LoadedProject>(*mProject);
        moved->project.layers = readProjectFile(target).layers;
        moved->projectPath = target;
        mProject = std::move(moved);
    }
    mUndoStack->setClean();
}

QStringList WorkbenchDocument::scenarioNames() const
{
    QStringList names;
    if (mProject)
        for (const Scenario &scenario : mProject->project.scenarios)
            names.append(scenario.name);
    return names;
}

const Scenario *WorkbenchDocument::scenario(const QString &name) const
{
    return mProject ? findScenario(mProject->project.scenarios, name) : nullptr;
}

const Scenario *WorkbenchDocument::currentScenario() const
{
    return scenario(mScenarioName);
}

Scenario *WorkbenchDocument::mutableCurrentScenario(Project &project) const
{
    for (Scenario &scenario : project.scenarios)
        if (scenario.name == mScenarioName)
            return &scenario;
    return nullptr;
}

void WorkbenchDocument::setCurrentScenario(const QString &name)
{
    const Scenario *found = scenario(name);
    if (!found)
        return;
    if (found->name == mScenarioName) {
        // Choosing the scenario shown under a preview shows it again.
        endPreview();
        return;
    }
    try {
        mAnalysis = analyse(mProject, found->name);
    } catch (const InputError &error) {
        Q_EMIT problem(error.diagnostic().toString());
        return;
    }
    mScenarioName = found->name;
    dropPreview();
    Q_EMIT scenariosChanged();
    Q_EMIT evaluationChanged();
}

const Scenario *WorkbenchDocument::shownScenario() const
{
    return mPreview ? mPreview->scenarioOrNull() : currentScenario();
}

QString WorkbenchDocument::shownScenarioName() const
{
    const Scenario *shown = shownScenario();
    return shown ? shown->name : QString();
}

void WorkbenchDocument::setPreview(const Scenario &scenario)
{
    if (!mProject)
        return;
    mPreview = analyse(mProject, scenario); // throws before anything changes
    Q_EMIT previewChanged();
    Q_EMIT evaluationChanged();
}

void WorkbenchDocument::endPreview()
{
    if (dropPreview())
        Q_EMIT evaluationChanged();
}

bool WorkbenchDocument::dropPreview()
{
    if (!mPreview)
        return false;
    mPreview.reset();
    Q_EMIT previewChanged();
    return true;
}

namespace {

QString checkedScenarioName(const std::vector<Scenario> &scenarios, const QString &name, const QString &except = {})
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw InputError(QString(), QString(), WorkbenchDocument::tr("A scenario needs a name."),
                         WorkbenchDocument::tr("Type a name, e.g. \"2016年方針\"."));
    const Scenario *existing = findScenario(scenarios, trimmed);
    if (existing && existing->name != except)
        throw InputError(QString(), QString(), WorkbenchDocument::tr("There is already a scenario \"%1\".").arg(trimmed),
                         WorkbenchDocument::tr("Choose another name."));
    return trimmed;
}

} // namespace

void WorkbenchDocument::addScenario(const QString &name, const QString &from)
{
    if (!mProject)
        return;
    Scenario added;
    if (const Scenario *source = findScenario(mProject->project.scenarios, from))
        added = *source;
    added.name = name;
    addScenario(added);
}

void WorkbenchDocument::addScenario(const Scenario &scenario)
{
    if (!mProject)
        return;
    Project edited = mProject->project;
    Scenario added = scenario;
    added.name = checkedScenarioName(edited.scenarios, scenario.name);
    edited.scenarios.push_back(added);
    pushEdit(tr("Add scenario %1").arg(added.name), std::move(edited), added.name);
}

void WorkbenchDocument::renameScenario(const QString &name, const QString &newName)
{
    if (!mProject)
        return;
    Project edited = mProject->project;
    for (Scenario &scenario : edited.scenarios) {
        if (scenario.name != name)
            continue;
        const QString checked = checkedScenarioName(edited.scenarios, newName, name);
        if (checked == name)
            return;
        scenario.name = checked;
        pushEdit(tr("Rename scenario %1 to %2").arg(name, checked), std::move(edited),
                 mScenarioName == name ? checked : mScenarioName);
        return;
    }
}

void WorkbenchDocument::removeScenario(const QString &name)
{
    if (!mProject)
        return;
    Project edited = mProject->project;
    auto it = std::find_if(edited.scenarios.begin(), edited.scenarios.end(),
                           [&](const Scenario &scenario) { return scenario.name == name; });
    if (it == edited.scenarios.end())
        return;
    if (edited.scenarios.size() == 1)
        throw InputError(QString(), QString(), tr("\"%1\" is the only scenario and cannot be removed.").arg(name),
                         tr("Add another scenario first."));
    edited.scenarios.erase(it);
    const QString current = mScenarioName == name ? edited.scenarios.back().name : mScenarioName;
    pushEdit(tr("Remove scenario %1").arg(name), std::move(edited), current);
}

Decision WorkbenchDocument::decision(const QString &officeId) const
{
    const Scenario *shown = shownScenario();
    const Office *found = office(officeId);
    if (!shown || !found)
        return Decision::Keep;
    return decisionFor(*shown, *found);
}

void WorkbenchDocument::setDecision(const QString &officeId, Decision decision)
{
    setDecisions({officeId}, decision);
}

void WorkbenchDocument::setDecisions(const QStringList &officeIds, Decision decision)
{
    if (!mProject)
        return;
    Project edited = mProject->project;
    Scenario *current = mutableCurrentScenario(edited);
    if (!current)
        return;
    QStringList names;
    for (const QString &id : officeIds) {
        const Office *found = office(id);
        if (!found || found->isWardOffice() || decisionFor(*current, *found) == decision)
            continue;
        current->decisions[id] = decision;
        names.append(found->name);
    }
    if (names.isEmpty())
        return;
    const QString what = names.size() == 1 ? names.first() : tr("%n offices", nullptr, int(names.size()));
    pushEdit(tr("Set %1 to %2").arg(what, decisionName(decision, interfaceLanguage())), std::move(edited), mScenarioName);
}

namespace {

QString noteOf(const Scenario *scenario, const QString &officeId)
{
    if (!scenario)
        return {};
    const auto it = scenario->notes.find(officeId);
    return it != scenario->notes.end() ? it->second : QString();
}

} // namespace

QString WorkbenchDocument::note(const QString &officeId) const
{
    return noteOf(shownScenario(), officeId);
}

void WorkbenchDocument::setNote(const QString &officeId, const QString &note)
{
    const Office *found = office(officeId);
    // The edit is of the current scenario, whatever a preview shows.
    if (!found || note == noteOf(currentScenario(), officeId))
        return;
    Project edited = mProject->project;
    Scenario *current = mutableCurrentScenario(edited);
    if (!current)
        return;
    if (note.trimmed().isEmpty())
        current->notes.erase(officeId);
    else
        current->notes[officeId] = note;
    pushEdit(tr("Edit the note on %1").arg(found->name), std::move(edited), mScenarioName);
}

void WorkbenchDocument::importWorkload(const WorkloadCounts &counts, const QString &sourceFile)
{
    if (!mProject || counts.empty())
        return;
    for (const auto &entry : counts)
        if (!office(entry.first))
            throw InputError(sourceFile, entry.first, tr("\"%1\" is not an office of the project.").arg(entry.first),
                             tr("Import counts only for offices of the offices table."));
    Project edited = mProject->project;
    for (const auto &[officeId, years] : counts)
        for (const auto &[year, count] : years)
            edited.importedWorkload[officeId][year] = count;
    const QString name = QFileInfo(sourceFile).fileName();
    if (!name.isEmpty() && !edited.workloadSources.contains(name))
        edited.workloadSources.append(name);
    pushEdit(tr("Import workload counts from %1").arg(name), std::move(edited), mScenarioName);
}

const Recommendation *WorkbenchDocument::recommendation(const QString &officeId) const
{
    return analysis() ? analysis()->recommendation(officeId) : nullptr;
}

ScenarioImpact WorkbenchDocument::impactOf(const QString &scenarioName) const
{
    const Scenario *found = scenario(scenarioName);
    if (!found)
        throw InputError(projectPath(), QStringLiteral("scenarios"), tr("There is no scenario \"%1\".").arg(scenarioName));
    return assessProjectImpact(*mProject, criteria(), *found);
}

std::shared_ptr<const ScenarioAnalysis> WorkbenchDocument::analysisOf(const QString &scenarioName) const
{
    if (!mProject)
        return nullptr;
    if (scenarioName == mScenarioName)
        return mAnalysis;
    if (!scenario(scenarioName))
        throw InputError(projectPath(), QStringLiteral("scenarios"), tr("There is no scenario \"%1\".").arg(scenarioName));
    return analyse(mProject, scenarioName);
}

void WorkbenchDocument::pushEdit(const QString &text, Project edited, const QString &scenarioName)
{
    Project before = mProject->project;
    const QString scenarioBefore = mScenarioName;
    applyProjectState(edited, scenarioName); // throws before changing anything
    mUndoStack->push(new ProjectEditCommand(this, text, std::move(before), scenarioBefore, std::move(edited),
                                            scenarioName));
}

void WorkbenchDocument::applyProjectState(const Project &project, const QString &scenarioName)
{
    if (!mProject)
        return;
    const bool scenariosListChanged = [&] {
        QStringList names;
        for (const Scenario &scenario : project.scenarios)
            names.append(scenario.name);
        return names != scenarioNames() || scenarioName != mScenarioName;
    }();

    // A new project state beside the present one (the layers are shared), analysed before anything
    // changes: a failure leaves everything as it was.
    std::shared_ptr<const LoadedProject> next = mProject;
    if (project != mProject->project) {
        auto edited = std::make_shared<LoadedProject>(*mProject);
        edited->project = project;
        if (project.importedWorkload != mProject->project.importedWorkload)
            applyImportedWorkload(*edited);
        next = std::move(edited);
    }
    const QString current = findScenario(project.scenarios, scenarioName) ? scenarioName : project.scenarios.back().name;
    std::shared_ptr<const ScenarioAnalysis> analysis = analyse(next, current);
    mProject = std::move(next);
    mScenarioName = current;
    mAnalysis = std::move(analysis);
    // An edit, undo or redo ends a preview: it showed a scenario of the state before.
    dropPreview();
    if (scenariosListChanged)
        Q_EMIT scenariosChanged();
    Q_EMIT evaluationChanged();
}

std::shared_ptr<const ScenarioAnalysis> WorkbenchDocument::analyse(const std::shared_ptr<const LoadedProject> &project,
                                                                   const QString &scenarioName) const
{
    if (const Scenario *scenario = findScenario(project->project.scenarios, scenarioName))
        return analyse(project, *scenario);
    AnalysisRequest request;
    request.criteria = project->project.criteria;
    request.baseMap = mBaseMapContent;
    return std::make_shared<const ScenarioAnalysis>(analyseScenario(project, request, nullptr, mAnalysis.get()));
}

std::shared_ptr<const ScenarioAnalysis> WorkbenchDocument::analyse(const std::shared_ptr<const LoadedProject> &project,
                                                                   const Scenario &scenario) const
{
    AnalysisRequest request;
    request.criteria = project->project.criteria;
    request.scenario = scenario;
    request.baseMap = mBaseMapContent;
    // The evaluation is reused when only decisions or notes changed.
    return std::make_shared<const ScenarioAnalysis>(analyseScenario(project, request, nullptr, mAnalysis.get()));
}

void WorkbenchDocument::setSelectedOfficeIds(const QStringList &officeIds)
{
    QStringList selection;
    for (const QString &id : officeIds)
        if (!selection.contains(id) && office(id))
            selection.append(id);
    if (selection == mSelection)
        return;
    mSelection = selection;
    Q_EMIT selectionChanged(mSelection);
}

const Office *WorkbenchDocument::office(const QString &officeId) const
{
    return mProject ? findOffice(mProject->offices.offices, officeId) : nullptr;
}

const BranchOfficeEvaluation *WorkbenchDocument::branchEvaluation(const QString &officeId) const
{
    return analysis() ? analysis()->branchEvaluation(officeId) : nullptr;
}

} // namespace madoguchi::app
