#include "app/lib/projectfile.h"

#include "app/lib/layerpath.h"
#include "app/lib/projectfileschema.h"
#include "core/diagnostic.h"
#include "gis/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <utility>

// Writes the project file described in projectfile.cpp.

namespace madoguchi::app {

using namespace projectfile;

namespace {

QJsonObject fieldsToJson(const FieldMapping &fields)
{
    QJsonObject object;
    for (const FieldKey &field : fieldKeys()) {
        const QString &value = fields.*field.member;
        if (!value.isEmpty())
            object.insert(QLatin1String(field.key), value);
    }
    if (!fields.workloadByFiscalYear.empty()) {
        QJsonObject workload;
        for (const auto &[year, column] : fields.workloadByFiscalYear)
            workload.insert(QString::number(year), column);
        object.insert(QStringLiteral("workload"), workload);
    }
    return object;
}

QJsonObject layerToJson(const LayerSource &layer)
{
    QJsonObject object;
    object.insert(QStringLiteral("path"), layer.path);
    if (!layer.layerName.isEmpty())
        object.insert(QStringLiteral("layer"), layer.layerName);
    if (layer.encoding)
        object.insert(QStringLiteral("encoding"), *layer.encoding);
    if (layer.crs)
        object.insert(QStringLiteral("crs"), *layer.crs);
    if (layer.approximate)
        object.insert(QStringLiteral("approximate"), *layer.approximate);
    const QJsonObject fields = fieldsToJson(layer.fields);
    if (!fields.isEmpty())
        object.insert(QStringLiteral("fields"), fields);
    return object;
}

QJsonObject scenarioToJson(const Scenario &scenario)
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), scenario.name);
    if (!scenario.description.isEmpty())
        object.insert(QStringLiteral("description"), scenario.description);
    QJsonObject decisions;
    for (const auto &[id, decision] : scenario.decisions)
        decisions.insert(id, decisionKey(decision));
    object.insert(QStringLiteral("decisions"), decisions);
    if (!scenario.notes.empty()) {
        QJsonObject notes;
        for (const auto &[id, note] : scenario.notes)
            notes.insert(id, note);
        object.insert(QStringLiteral("notes"), notes);
    }
    return object;
}

// A layer path as it should be written into a project file in `newDir`. Relative paths were written
// relative to `fromDir`; they are rebased only when the file is actually there, because a relative
// path that does not resolve against the old folder was found on the data search path (the shared
// reference data) and means the same from any project folder. Absolute and rebased paths are then
// stored by the one layer-path rule (storedLayerPath).
QString rebasedLayerPath(const QString &path, const QString &fromDir, const QDir &newDir)
{
    if (path.isEmpty())
        return path;
    QString absolute;
    if (QDir::isAbsolutePath(path)) {
        absolute = QDir::cleanPath(path);
    } else {
        if (fromDir.isEmpty())
            return path;
        const QDir from(QDir(fromDir).absolutePath());
        if (QDir::cleanPath(from.absolutePath()) == QDir::cleanPath(newDir.absolutePath()))
            return path;
        const QString candidate = absoluteLayerPath(from.absolutePath(), path);
        if (!QFileInfo::exists(candidate))
            return path;
        absolute = candidate;
    }
    return storedLayerPath(newDir.absolutePath(), absolute);
}

QJsonObject criteriaToJson(const Criteria &criteria)
{
    QJsonObject object;
    object.insert(QStringLiteral("distanceThresholdMeters"), criteria.distanceThresholdMeters);
    if (criteria.workloadFiscalYear)
        object.insert(QStringLiteral("workloadFiscalYear"), *criteria.workloadFiscalYear);
    if (criteria.workloadThreshold)
        object.insert(QStringLiteral("workloadThreshold"), *criteria.workloadThreshold);
    if (criteria.catchmentThreshold)
        object.insert(QStringLiteral("catchmentThreshold"), *criteria.catchmentThreshold);
    return object;
}

QJsonObject importedWorkloadToJson(const Project &project)
{
    QJsonObject imported;
    if (!project.workloadSources.isEmpty())
        imported.insert(QStringLiteral("sources"), QJsonArray::fromStringList(project.workloadSources));
    QJsonObject counts;
    for (const auto &[officeId, years] : project.importedWorkload) {
        QJsonObject byYear;
        for (const auto &[year, count] : years)
            byYear.insert(QString::number(year), count ? QJsonValue(*count) : QJsonValue(QJsonValue::Null));
        counts.insert(officeId, byYear);
    }
    imported.insert(QStringLiteral("counts"), counts);
    return imported;
}

// Refuses thresholds that JSON cannot hold. JSON has no infinity or NaN: Qt would write null, which
// reads back as the default 5 km.
void checkThresholdsWritable(const Criteria &criteria, const QString &path)
{
    const double thresholdMeters = criteria.distanceThresholdMeters;
    if (!std::isfinite(thresholdMeters) || thresholdMeters <= 0.0) {
        throw InputError(path, QStringLiteral("criteria.distanceThresholdMeters"),
                         ProjectFileText::tr("The distance threshold must be a positive number of metres, "
                                             "not %1; the project was not saved.")
                             .arg(thresholdMeters),
                         ProjectFileText::tr("Set the guide distance, e.g. 5000 for 5 km, and save again."));
    }
    // Likewise a NaN threshold would come back as "not set"; negative ones are caught by the read-back.
    const std::pair<const char *, std::optional<double>> counts[] = {
        {"criteria.workloadThreshold", criteria.workloadThreshold},
        {"criteria.catchmentThreshold", criteria.catchmentThreshold}};
    for (const auto &[key, threshold] : counts) {
        if (threshold && !std::isfinite(*threshold)) {
            throw InputError(path, QLatin1String(key),
                             ProjectFileText::tr("The threshold must be a number, not %1; the project was not saved.")
                                 .arg(*threshold),
                             ProjectFileText::tr("Set the threshold or remove it, and save again."));
        }
    }
}

} // namespace

QByteArray projectToJson(const Project &project)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), FormatName);
    root.insert(QStringLiteral("version"), ProjectFileVersion);
    if (!project.name.isEmpty())
        root.insert(QStringLiteral("name"), project.name);
    if (!project.notes.isEmpty())
        root.insert(QStringLiteral("notes"), project.notes);

    root.insert(QStringLiteral("criteria"), criteriaToJson(project.criteria));

    if (!project.credits.isEmpty())
        root.insert(QStringLiteral("credits"), QJsonArray::fromStringList(project.credits));
    if (project.displayCrs)
        root.insert(QStringLiteral("displayCrs"), *project.displayCrs);

    if (!project.scenarios.empty()) {
        QJsonArray scenarios;
        for (const Scenario &scenario : project.scenarios)
            scenarios.append(scenarioToJson(scenario));
        root.insert(QStringLiteral("scenarios"), scenarios);
    }
    if (!project.growingSchoolDistricts.isEmpty())
        root.insert(QStringLiteral("growingSchoolDistricts"),
                    QJsonArray::fromStringList(project.growingSchoolDistricts));
    if (!project.importedWorkload.empty() || !project.workloadSources.isEmpty())
        root.insert(QStringLiteral("importedWorkload"), importedWorkloadToJson(project));

    QJsonObject layers;
    for (const auto &[role, layer] : project.layers)
        layers.insert(layerRoleKey(role), layerToJson(layer));
    root.insert(QStringLiteral("layers"), layers);

    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void writeProjectFile(const Project &project, const QString &path, const QString &fromDir)
{
    const QDir newDir(QDir::cleanPath(QFileInfo(path).absolutePath()));
    Project rebased = project;
    for (auto &[role, layer] : rebased.layers)
        layer.path = rebasedLayerPath(layer.path, fromDir, newDir);

    checkThresholdsWritable(project.criteria, path);
    const QByteArray json = projectToJson(rebased);
    // Never write a file this program would refuse to open (no offices layer, an empty path): the
    // planner would find out only the next time they open it.
    try {
        projectFromJson(json, path);
    } catch (const InputError &error) {
        Diagnostic diagnostic = error.diagnostic();
        diagnostic.message += ProjectFileText::tr(" The project was not saved.");
        throw InputError(diagnostic);
    }

    // The previous file stays as it was unless the new one is complete (gis::AtomicFile).
    gis::AtomicFile file(path);
    file.write(json);
    file.commit();
}

} // namespace madoguchi::app
