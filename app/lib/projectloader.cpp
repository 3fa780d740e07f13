#include "app/lib/projectloader.h"

#include "app/lib/datasearchpath.h"
#include "app/lib/projectfile.h"
#include "core/feedback.h"
#include "gis/layerreader.h"
#include "gis/polygonindex.h"
#include "gis/populationcells.h"
#include "gis/textencoding.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <set>

namespace madoguchi::app {

namespace {

// Messages are looked up in the "ProjectLoader" context of the translations (lupdate files them there).
struct ProjectLoader
{
    Q_DECLARE_TR_FUNCTIONS(ProjectLoader)
};

QString roleDescription(LayerRole role)
{
    switch (role) {
    case LayerRole::Wards: return ProjectLoader::tr("wards layer");
    case LayerRole::SchoolDistricts: return ProjectLoader::tr("school-district layer");
    case LayerRole::Schools: return ProjectLoader::tr("schools layer");
    case LayerRole::Population: return ProjectLoader::tr("population layer");
    case LayerRole::Offices: return ProjectLoader::tr("offices table");
    }
    return {};
}

std::optional<gis::TextEncoding> encodingFor(LayerRole role, const LayerSource &source,
                                             const ProjectLoadOptions &options, const QString &projectFile)
{
    QString name = source.encoding.value_or(QString());
    QString location = QStringLiteral("layers.%1.encoding").arg(layerRoleKey(role));
    if (const auto it = options.encodingOverrides.find(role); it != options.encodingOverrides.end()) {
        name = it->second;
        location = QStringLiteral("--encoding %1=%2").arg(layerRoleKey(role), name);
    }
    if (name.isEmpty())
        return std::nullopt;
    const auto encoding = gis::parseTextEncoding(name);
    if (!encoding)
        throw InputError(projectFile, location, ProjectLoader::tr("unknown text encoding \"%1\"").arg(name),
                         ProjectLoader::tr("use CP932 (Shift_JIS) or UTF-8"));
    return encoding;
}

std::optional<QString> crsFor(LayerRole role, const LayerSource &source, const ProjectLoadOptions &options)
{
    if (const auto it = options.crsOverrides.find(role); it != options.crsOverrides.end())
        return it->second;
    return source.crs;
}

void requireGeometry(const LoadedLayer &loaded, std::initializer_list<gis::GeometryKind> accepted,
                     const QString &expected)
{
    for (gis::GeometryKind kind : accepted)
        if (loaded.layer.geometryKind == kind)
            return;
    throw InputError(loaded.resolvedPath, QString(),
                     ProjectLoader::tr("the %1 must contain %2, but this file contains %3")
                         .arg(roleDescription(loaded.role), expected,
                              gis::geometryKindName(loaded.layer.geometryKind)),
                     ProjectLoader::tr("check that the right file is set for \"%1\" in the project file")
                         .arg(layerRoleKey(loaded.role)));
}

void requireField(const LoadedLayer &loaded, const QString &field, const char *member, const QString &what)
{
    if (field.isEmpty())
        throw InputError(loaded.resolvedPath, QString(),
                         ProjectLoader::tr("cannot tell which attribute of the %1 holds the %2 (attributes: %3)")
                             .arg(roleDescription(loaded.role), what, loaded.layer.fieldNames.join(QStringLiteral(", "))),
                         ProjectLoader::tr("set layers.%1.fields.%2 in the project file")
                             .arg(layerRoleKey(loaded.role), QLatin1String(member)));
    if (!loaded.layer.fieldNames.contains(field))
        throw InputError(loaded.resolvedPath, QString(),
                         ProjectLoader::tr("the %1 has no attribute \"%2\" (attributes: %3)")
                             .arg(roleDescription(loaded.role), field, loaded.layer.fieldNames.join(QStringLiteral(", "))),
                         ProjectLoader::tr("correct layers.%1.fields.%2 in the project file")
                             .arg(layerRoleKey(loaded.role), QLatin1String(member)));
}

void checkAgainstRole(const LoadedLayer &loaded)
{
    using gis::GeometryKind;
    switch (loaded.role) {
    case LayerRole::Wards:
        requireGeometry(loaded, {GeometryKind::Polygon}, ProjectLoader::tr("polygons"));
        requireField(loaded, loaded.fields.name, "name", ProjectLoader::tr("ward name"));
        break;
    case LayerRole::SchoolDistricts:
        requireGeometry(loaded, {GeometryKind::Polygon}, ProjectLoader::tr("polygons"));
        requireField(loaded, loaded.fields.name, "name", ProjectLoader::tr("school name"));
        break;
    case LayerRole::Schools:
        requireGeometry(loaded, {GeometryKind::Point}, ProjectLoader::tr("points"));
        requireField(loaded, loaded.fields.name, "name", ProjectLoader::tr("school name"));
        break;
    case LayerRole::Population:
        requireGeometry(loaded, {GeometryKind::Polygon, GeometryKind::Point}, ProjectLoader::tr("polygons or points"));
        requireField(loaded, loaded.fields.population, "population", ProjectLoader::tr("population"));
        if (!loaded.fields.population65.isEmpty())
            requireField(loaded, loaded.fields.population65, "population65", ProjectLoader::tr("population aged 65+"));
        break;
    case LayerRole::Offices:
        break;
    }
}

QString encodingReport(gis::TextEncoding encoding, gis::EncodingSource source)
{
    return QStringLiteral("%1 (%2)").arg(gis::textEncodingName(encoding), gis::encodingSourceDescription(source));
}


// Where the project's layers are looked for, and how they are read.
struct LoadContext
{
    const QString &projectPath;
    QString projectDir;
    const ProjectLoadOptions &options;
};

ResolvedPath resolveLayer(const LoadContext &context, LayerRole role, const LayerSource &source)
{
    const auto resolved = resolveLayerPath(source.path, context.projectDir, context.options.dataSearchPaths);
    if (!resolved) {
        QStringList looked{context.projectDir};
        looked += context.options.dataSearchPaths;
        throw InputError(context.projectPath, QStringLiteral("layers.%1.path").arg(layerRoleKey(role)),
                         ProjectLoader::tr("the %1 \"%2\" was not found (looked in: %3)")
                             .arg(roleDescription(role), source.path, looked.join(QStringLiteral(", "))),
                         ProjectLoader::tr("move the file back, correct the path in the project file, or add the folder "
                            "that holds it with --data-path or MADOGUCHI_DATA_PATH"));
    }
    // A layer is a file: a folder would be read as its first layer (whatever that is), and a pipe or a
    // device would wait for data that may never come. A File Geodatabase (a folder named *.gdb) is the
    // one folder GDAL reads as a single source.
    const QFileInfo info(resolved->path);
    const bool geodatabase = info.isDir() && info.suffix().compare(QStringLiteral("gdb"), Qt::CaseInsensitive) == 0;
    if (info.isDir() && !geodatabase) {
        throw InputError(context.projectPath, QStringLiteral("layers.%1.path").arg(layerRoleKey(role)),
                         ProjectLoader::tr("the %1 \"%2\" is a folder, not a layer file").arg(roleDescription(role), resolved->path),
                         ProjectLoader::tr("name the layer's file in the folder, e.g. wards.shp"));
    }
    if (!info.isDir() && !info.isFile()) {
        throw InputError(context.projectPath, QStringLiteral("layers.%1.path").arg(layerRoleKey(role)),
                         ProjectLoader::tr("the %1 \"%2\" is not a regular file (a pipe, a socket or a device)")
                             .arg(roleDescription(role), resolved->path),
                         ProjectLoader::tr("save the data to a file and name that file in the project"));
    }
    return *resolved;
}

QString searchPathNote(const ResolvedPath &path)
{
    return path.viaSearchPath ? ProjectLoader::tr(", found on the data search path") : QString();
}

// Imported counts for an office the table does not have are kept in the project but not used.
void warnAboutImportsForUnknownOffices(LoadedProject &loaded, const QString &projectPath)
{
    for (const auto &[officeId, years] : loaded.project.importedWorkload) {
        if (loaded.tableWorkload.count(officeId) == 0) {
            loaded.messages.push_back(
                {Severity::Warning, projectPath, QStringLiteral("importedWorkload.counts.%1").arg(officeId),
                 ProjectLoader::tr("imported workload counts for \"%1\", which is not in the offices table, are "
                                   "not used")
                     .arg(officeId),
                 ProjectLoader::tr("check the office ids, or import the counts again")});
        }
    }
}

// Reads the offices table, keeps its own workload and applies the imported counts over it.
void loadOffices(LoadedProject &loaded, const LayerSource &source, const LoadContext &context)
{
    const ResolvedPath path = resolveLayer(context, LayerRole::Offices, source);
    gis::OfficeTableOptions tableOptions;
    tableOptions.fields = source.fields;
    tableOptions.encoding = encodingFor(LayerRole::Offices, source, context.options, context.projectPath);
    tableOptions.crs = crsFor(LayerRole::Offices, source, context.options);
    tableOptions.layerName = source.layerName;
    loaded.offices = gis::readOfficeTable(path.path, tableOptions);
    loaded.officesPath = path.path;
    loaded.messages.push_back({Severity::Info, path.path, QString(),
                               ProjectLoader::tr("offices table: %1 offices, %2, coordinates in %3%4")
                                   .arg(loaded.offices.offices.size())
                                   .arg(encodingReport(loaded.offices.encoding, loaded.offices.encodingSource),
                                        loaded.offices.coordinateCrs, searchPathNote(path)),
                               QString()});
    for (const Diagnostic &warning : loaded.offices.warnings)
        loaded.messages.push_back(warning);
    for (const Office &office : loaded.offices.offices)
        loaded.tableWorkload[office.id] = office.workloadByFiscalYear;
    warnAboutImportsForUnknownOffices(loaded, context.projectPath);
    applyImportedWorkload(loaded);
}

// Reads a spatial layer, checks it against its role and keeps it in the project (the population layer
// with its cells).
void loadLayer(LoadedProject &loaded, LayerRole role, const LayerSource &source, const LoadContext &context)
{
    const ResolvedPath path = resolveLayer(context, role, source);
    gis::LayerReadOptions readOptions;
    readOptions.layerName = source.layerName;
    readOptions.encoding = encodingFor(role, source, context.options, context.projectPath);
    readOptions.crs = crsFor(role, source, context.options);

    auto layer = std::make_shared<LoadedLayer>();
    LoadedLayer &read = *layer;
    read.role = role;
    read.resolvedPath = path.path;
    read.foundViaSearchPath = path.viaSearchPath;
    read.layer = gis::readVectorLayer(path.path, readOptions, nullptr);
    read.fields = detectFieldMapping(role, read.layer.fieldNames).overriddenBy(source.fields);
    read.approximate = source.approximate.value_or(marksItselfApproximate(read.layer));
    checkAgainstRole(read);
    std::shared_ptr<const std::vector<PopulationCell>> cells;
    if (role == LayerRole::Population)
        cells = std::make_shared<const std::vector<PopulationCell>>(gis::populationCells(
            read.layer, read.fields.population, read.fields.population65, read.fields.code));

    loaded.messages.push_back(
        {Severity::Info, path.path, QString(),
         ProjectLoader::tr("%1: %2 features (%3), %4, %5%6%7")
             .arg(roleDescription(role))
             .arg(read.layer.features.size())
             .arg(gis::geometryKindName(read.layer.geometryKind),
                  encodingReport(read.layer.encoding, read.layer.encodingSource), read.layer.sourceCrs,
                  read.approximate ? ProjectLoader::tr(", APPROXIMATE") : QString(), searchPathNote(path)),
         QString()});
    for (const Diagnostic &warning : read.layer.warnings)
        loaded.messages.push_back(warning);

    switch (role) {
    case LayerRole::Wards: loaded.wards = std::move(layer); break;
    case LayerRole::SchoolDistricts: loaded.schoolDistricts = std::move(layer); break;
    case LayerRole::Schools: loaded.schools = std::move(layer); break;
    case LayerRole::Population:
        loaded.population = std::move(layer);
        loaded.populationCells = std::move(cells);
        break;
    case LayerRole::Offices: break;
    }
}

// A layer that could not be loaded, when missing layers are skipped: kept in the project's list of
// missing layers and reported as a warning.
void reportMissingLayer(LoadedProject &loaded, LayerRole role, const LayerSource &source, Diagnostic problem,
                        const QString &projectPath)
{
    problem.severity = Severity::Warning;
    loaded.missingLayers.push_back({role, source.path, problem});
    loaded.messages.push_back({Severity::Warning, projectPath, QStringLiteral("layers.%1").arg(layerRoleKey(role)),
                               ProjectLoader::tr("the %1 was not loaded: %2").arg(roleDescription(role), problem.toString()),
                               QString()});
}

} // namespace

// Where each office's site lies: the ward and the school district whose polygon covers it (the first
// in layer order on a boundary). Empty without either layer.
static std::vector<SiteContext> officeSites(const LoadedProject &project)
{
    std::vector<SiteContext> sites;
    if (!project.wards && !project.schoolDistricts)
        return sites;
    std::optional<gis::PolygonIndex> wardIndex;
    std::optional<gis::PolygonIndex> districtIndex;
    if (project.wards)
        wardIndex.emplace(project.wards->layer);
    if (project.schoolDistricts)
        districtIndex.emplace(project.schoolDistricts->layer);
    const auto nameAt = [](const LoadedLayer &layer, const gis::PolygonIndex &index,
                           const GeoPoint &point) -> std::optional<QString> {
        const auto feature = index.firstFeatureCovering(point);
        return feature ? std::optional<QString>(layer.featureName(*feature)) : std::nullopt;
    };
    sites.reserve(project.offices.offices.size());
    for (const Office &office : project.offices.offices) {
        SiteContext site;
        if (wardIndex)
            site.wardAtSite = nameAt(*project.wards, *wardIndex, office.location);
        if (districtIndex)
            site.schoolDistrictAtSite = nameAt(*project.schoolDistricts, *districtIndex, office.location);
        sites.push_back(std::move(site));
    }
    return sites;
}

bool marksItselfApproximate(const gis::VectorLayer &layer)
{
    const int index = layer.fieldNames.indexOf(QStringLiteral("APPROX"));
    if (index < 0 || layer.features.empty())
        return false;
    for (const gis::Feature &feature : layer.features) {
        bool ok = false;
        if (feature.values.value(index).toInt(&ok) != 1 || !ok)
            return false;
    }
    return true;
}

QString LoadedLayer::featureName(int featureIndex) const
{
    if (featureIndex < 0 || featureIndex >= int(layer.features.size()))
        return {};
    return layer.value(layer.features[featureIndex], fields.name).toString().trimmed();
}

const LoadedLayer *LoadedProject::layer(LayerRole role) const
{
    switch (role) {
    case LayerRole::Wards: return wards ? &*wards : nullptr;
    case LayerRole::SchoolDistricts: return schoolDistricts ? &*schoolDistricts : nullptr;
    case LayerRole::Schools: return schools ? &*schools : nullptr;
    case LayerRole::Population: return population ? &*population : nullptr;
    case LayerRole::Offices: return nullptr;
    }
    return nullptr;
}

LoadedProject loadProject(const QString &projectPath, const ProjectLoadOptions &options, Feedback *feedback)
{
    LoadedProject loaded;
    loaded.projectPath = QFileInfo(projectPath).absoluteFilePath();
    loaded.project = readProjectFile(projectPath);
    const LoadContext context{projectPath, QFileInfo(loaded.projectPath).absolutePath(), options};

    const auto officesIt = loaded.project.layers.find(LayerRole::Offices);
    if (officesIt == loaded.project.layers.end())
        throw InputError(projectPath, QStringLiteral("layers.offices"), ProjectLoader::tr("the project names no offices table"),
                         ProjectLoader::tr("add layers.offices.path, the CSV or point layer of ward and branch offices"));

    const int steps = int(loaded.project.layers.size());
    int step = 0;
    auto advance = [&] {
        ++step;
        if (feedback) {
            feedback->checkCancelled();
            feedback->setProgress(double(step) / steps);
        }
    };

    // The offices table: always required.
    loadOffices(loaded, officesIt->second, context);
    advance();

    for (const auto &[role, source] : loaded.project.layers) {
        if (role == LayerRole::Offices)
            continue;
        try {
            loadLayer(loaded, role, source, context);
        } catch (const InputError &error) {
            if (options.missingLayers == MissingLayers::Fail)
                throw;
            reportMissingLayer(loaded, role, source, error.diagnostic(), projectPath);
        }
        advance();
    }
    loaded.sites = officeSites(loaded);
    return loaded;
}

void applyImportedWorkload(LoadedProject &project)
{
    std::set<int> years;
    for (Office &office : project.offices.offices) {
        const auto table = project.tableWorkload.find(office.id);
        office.workloadByFiscalYear = table != project.tableWorkload.end() ? table->second
                                                                          : std::map<int, std::optional<double>>();
        const auto imported = project.project.importedWorkload.find(office.id);
        if (imported != project.project.importedWorkload.end())
            for (const auto &[year, count] : imported->second)
                office.workloadByFiscalYear[year] = count;
        for (const auto &entry : office.workloadByFiscalYear)
            years.insert(entry.first);
    }
    project.offices.fiscalYears.assign(years.begin(), years.end());
}

} // namespace madoguchi::app
