#include "app/workbench/workbenchdocument.h"
#include "core/terms.h"

#include "app/lib/datasearchpath.h"
#include "app/lib/mapcontentbuilder.h"
#include "app/lib/projectevaluation.h"
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

// One background load. Shared between the GUI thread (which may cancel it) and its worker.
struct WorkbenchDocument::LoadJob
{
    using PostProgress = std::function<void(double overallFraction)>;

    LoadJob(quint64 serial, QString projectPath, QStringList extraDataPaths, PostProgress postProgress)
        : serial(serial), projectPath(std::move(projectPath)), extraDataPaths(std::move(extraDataPaths)),
          mPostProgress(std::move(postProgress)), feedback([this](double fraction) { stageProgress(fraction); })
    {
    }

    // The load runs in stages (read, evaluate, project for the map), each reporting 0 … 1; this maps
    // them to one overall fraction. Worker thread only.
    void beginStage(double start, double span)
    {
        mStageStart = start;
        mStageSpan = span;
    }

    const quint64 serial;
    const QString projectPath;
    const QStringList extraDataPaths;

private:
    // Progress is made monotonic (the map stage reports 0 … 1 once per layer) and posted only in
    // steps of a percent, so a layer of many thousand features does not flood the GUI thread.
    void stageProgress(double fraction)
    {
        const double overall = std::clamp(mStageStart + mStageSpan * fraction, 0.0, 1.0);
        if (overall < mLastPosted + 0.01 && !(overall >= 1.0 && mLastPosted < 1.0))
            return;
        mLastPosted = overall;
        mPostProgress(overall);
    }

    PostProgress mPostProgress;
    double mStageStart = 0.0;
    double mStageSpan = 1.0;
    double mLastPosted = -1.0;

public:
    Feedback feedback; // declared last: its callback uses the members above
};

// What a worker hands back to the GUI thread: either everything the document shows, or why not.
struct WorkbenchDocument::LoadResult
{
    std::shared_ptr<LoadedProject> project;
    std::optional<Evaluation> evaluation;
    gis::MapContent baseMapContent;
    std::shared_ptr<const gis::MapContent> mapContent;
    bool cancelled = false;
    QString error; // non-empty: the load failed
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

WorkbenchDocument::WorkbenchDocument(QObject *parent) : QObject(parent), mUndoStack(new QUndoStack(this))
{
    // Superseded loads keep a thread until they reach their next cancellation check.
    mPool.setMaxThreadCount(4);
}

WorkbenchDocument::~WorkbenchDocument()
{
    if (mJob)
        mJob->feedback.cancel();
    // Workers post to this object; none may outlive it. Each stops at its next cancellation check.
    mPool.waitForDone();
}

void WorkbenchDocument::open(const QString &projectPath, const QStringList &extraDataPaths)
{
    if (mJob)
        mJob->feedback.cancel();

    const quint64 serial = mNextSerial++;
    // Called on the worker: reaches the document only through a queued call. Safe while the document
    // lives, and its destructor waits for every worker.
    auto postProgress = [this, serial](double fraction) {
        QMetaObject::invokeMethod(
            this, [this, serial, fraction] { reportProgress(serial, fraction); }, Qt::QueuedConnection);
    };
    auto job = std::make_shared<LoadJob>(serial, projectPath, extraDataPaths, postProgress);
    mJob = job;

    Q_EMIT loadStarted(projectPath);

    mPool.start([this, job] {
        auto result = std::make_shared<LoadResult>();
        try {
            ProjectLoadOptions options;
            options.dataSearchPaths = dataSearchPaths(job->extraDataPaths);
            options.missingLayers = MissingLayers::Skip;

            job->beginStage(0.0, 0.45);
            auto project = std::make_shared<LoadedProject>(loadProject(job->projectPath, options, &job->feedback));
            job->feedback.checkCancelled();

            job->beginStage(0.45, 0.2);
            Evaluation evaluation = evaluateProject(*project, project->project.criteria, &job->feedback);
            job->feedback.checkCancelled();

            job->beginStage(0.65, 0.35);
            result->baseMapContent = buildBaseMapContent(*project, &job->feedback);
            job->feedback.checkCancelled();
            result->mapContent = withEvaluation(result->baseMapContent, *project, evaluation);
            job->feedback.setProgress(1.0);

            result->project = std::move(project);
            result->evaluation = std::move(evaluation);
        } catch (const Cancelled &) {
            result = std::make_shared<LoadResult>();
            result->cancelled = true;
        } catch (const InputError &error) {
            result = std::make_shared<LoadResult>();
            result->error = error.diagnostic().toString();
        } catch (const std::exception &error) {
            // Anything else is a bug or a library failure; still say which project it concerns.
            result = std::make_shared<LoadResult>();
            result->error =
                tr("%1: cannot open the project: %2").arg(job->projectPath, QString::fromUtf8(error.what()));
        }
        QMetaObject::invokeMethod(
            this, [this, serial = job->serial, result] { finishLoad(serial, result); }, Qt::QueuedConnection);
    });
}

bool WorkbenchDocument::isCurrentLoad(quint64 serial) const
{
    return mJob && mJob->serial == serial;
}

void WorkbenchDocument::reportProgress(quint64 serial, double fraction)
{
    if (isCurrentLoad(serial))
        Q_EMIT loadProgress(fraction);
}

void WorkbenchDocument::finishLoad(quint64 serial, const std::shared_ptr<LoadResult> &result)
{
    if (!isCurrentLoad(serial))
        return; // superseded or cancelled: its outcome is no longer wanted
    mJob.reset();

    if (result->cancelled) {
        Q_EMIT loadCancelled();
        return;
    }
    if (!result->error.isEmpty()) {
        Q_EMIT loadFailed(result->error);
        return;
    }

    mProject = std::move(result->project);
    mEvaluation = std::move(result->evaluation);
    mBaseMapContent = std::move(result->baseMapContent);
    mUndoStack->clear();
    ensureScenarios();
    mScenarioName = mProject->project.scenarios.back().name;
    try {
        deriveScenario();
    } catch (const InputError &error) {
        clearProject();
        Q_EMIT loadFailed(error.diagnostic().toString());
        return;
    }
    const bool hadSelection = !mSelection.isEmpty();
    mSelection.clear();
    Q_EMIT loaded();
    Q_EMIT scenariosChanged();
    if (hadSelection)
        Q_EMIT selectionChanged(mSelection);
}

void WorkbenchDocument::cancelLoad()
{
    if (!mJob)
        return;
    mJob->feedback.cancel();
    mJob.reset();
    Q_EMIT loadCancelled();
}

bool WorkbenchDocument::isLoading() const
{
    return bool(mJob);
}

void WorkbenchDocument::clearProject()
{
    mUndoStack->clear();
    mProject.reset();
    mEvaluation.reset();
    mScenarioName.clear();
    mRecommendations.clear();
    mImpact.reset();
    mImpactError.clear();
    mTable = {};
    mBaseMapContent = {};
    mMapContent.reset();
}

void WorkbenchDocument::close()
{
    if (mJob) {
        mJob->feedback.cancel();
        mJob.reset();
    }
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
    if (mEvaluation)
        return mEvaluation->criteria;
    return mProject ? mProject->project.criteria : Criteria();
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
        // Layer paths were rewritten relative to the new folder: take them as written.
        mProject->project.layers = readProjectFile(target).layers;
        mProject->projectPath = target;
    }
    mUndoStack->setClean();
}

void WorkbenchDocument::ensureScenarios()
{
    std::vector<Scenario> &scenarios = mProject->project.scenarios;
    if (!scenarios.empty())
        return;
    Scenario statusQuo;
    statusQuo.name = QStringLiteral("現状");
    statusQuo.description = tr("Status quo: every counter stays open.");
    scenarios.push_back(statusQuo);
    Scenario recorded;
    recorded.name = tr("Decisions in the offices table");
    for (const Office &office : mProject->offices.offices)
        if (office.isBranchOffice() && office.recordedDecision)
            recorded.decisions[office.id] = *office.recordedDecision;
    if (!recorded.decisions.empty())
        scenarios.push_back(recorded);
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
    if (!found || found->name == mScenarioName)
        return;
    const QString previous = mScenarioName;
    mScenarioName = found->name;
    try {
        deriveScenario();
    } catch (const InputError &error) {
        mScenarioName = previous;
        deriveScenario();
        Q_EMIT problem(error.diagnostic().toString());
        return;
    }
    Q_EMIT scenariosChanged();
    Q_EMIT evaluationChanged();
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
    Project edited = mProject->project;
    Scenario added;
    if (const Scenario *source = findScenario(edited.scenarios, from))
        added = *source;
    else
        added = Scenario();
    added.name = checkedScenarioName(edited.scenarios, name);
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
    const Scenario *current = currentScenario();
    const Office *found = office(officeId);
    if (!current || !found)
        return Decision::Keep;
    return decisionFor(*current, *found);
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
    pushEdit(tr("Set %1 to %2").arg(what, decisionName(decision, Language::Japanese)), std::move(edited), mScenarioName);
}

QString WorkbenchDocument::note(const QString &officeId) const
{
    const Scenario *current = currentScenario();
    if (!current)
        return {};
    const auto it = current->notes.find(officeId);
    return it != current->notes.end() ? it->second : QString();
}

void WorkbenchDocument::setNote(const QString &officeId, const QString &note)
{
    const Office *found = office(officeId);
    if (!found || note == this->note(officeId))
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
    for (const Recommendation &recommendation : mRecommendations)
        if (recommendation.officeId == officeId)
            return &recommendation;
    return nullptr;
}

ScenarioImpact WorkbenchDocument::impactOf(const QString &scenarioName) const
{
    const Scenario *found = scenario(scenarioName);
    if (!found)
        throw InputError(projectPath(), QStringLiteral("scenarios"), tr("There is no scenario \"%1\".").arg(scenarioName));
    return assessProjectImpact(*mProject, criteria(), *found);
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
    const Project &present = mProject->project;
    const bool reevaluate = project.criteria != present.criteria || project.importedWorkload != present.importedWorkload;
    const bool scenariosListChanged = project.scenarios.size() != present.scenarios.size()
        || scenarioNames() != [&] {
               QStringList names;
               for (const Scenario &scenario : project.scenarios)
                   names.append(scenario.name);
               return names;
           }()
        || scenarioName != mScenarioName;

    // Evaluate first, on a copy of what changes, so that a failure leaves everything as it was.
    const Project previousProject = mProject->project;
    const std::vector<Office> previousOffices = mProject->offices.offices;
    const std::vector<int> previousYears = mProject->offices.fiscalYears;
    const QString previousScenario = mScenarioName;
    const std::optional<Evaluation> previousEvaluation = mEvaluation;
    try {
        mProject->project.criteria = project.criteria;
        mProject->project.importedWorkload = project.importedWorkload;
        applyImportedWorkload(*mProject);
        std::optional<Evaluation> evaluation;
        if (reevaluate)
            evaluation = evaluateProject(*mProject, project.criteria);
        mProject->project = project;
        mScenarioName = findScenario(project.scenarios, scenarioName) ? scenarioName : project.scenarios.back().name;
        if (evaluation)
            mEvaluation = std::move(evaluation);
        deriveScenario();
    } catch (...) {
        mProject->project = previousProject;
        mProject->offices.offices = previousOffices;
        mProject->offices.fiscalYears = previousYears;
        mScenarioName = previousScenario;
        mEvaluation = previousEvaluation;
        throw;
    }
    if (scenariosListChanged)
        Q_EMIT scenariosChanged();
    Q_EMIT evaluationChanged();
}

void WorkbenchDocument::deriveScenario()
{
    const Scenario *current = currentScenario();
    RecommendationContext context;
    context.growingSchoolDistricts = mProject->project.growingSchoolDistricts;
    std::vector<Recommendation> recommendations = recommend(*mEvaluation, mProject->offices.offices, context);

    std::shared_ptr<const ScenarioImpact> impact;
    QString impactError;
    if (current) {
        try {
            impact = std::make_shared<const ScenarioImpact>(assessProjectImpact(*mProject, mEvaluation->criteria, *current));
        } catch (const InputError &error) {
            impactError = error.diagnostic().toString();
        }
    }
    EvaluationTable table = current && impact
        ? makeEvaluationTable(*mProject, *mEvaluation, ScenarioColumns{*current, recommendations, *impact})
        : makeEvaluationTable(*mProject, *mEvaluation);
    std::shared_ptr<const gis::MapContent> content = withEvaluation(mBaseMapContent, *mProject, *mEvaluation);
    if (current)
        content = withScenario(*content, *mProject, *current, impact.get());

    mRecommendations = std::move(recommendations);
    mImpact = std::move(impact);
    mImpactError = impactError;
    mTable = std::move(table);
    mMapContent = std::move(content);
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
    if (!mProject || !mEvaluation)
        return nullptr;
    const std::vector<Office> &offices = mProject->offices.offices;
    for (const BranchOfficeEvaluation &result : mEvaluation->branchOffices)
        if (result.officeIndex >= 0 && std::size_t(result.officeIndex) < offices.size()
            && offices[std::size_t(result.officeIndex)].id == officeId)
            return &result;
    return nullptr;
}

} // namespace madoguchi::app
