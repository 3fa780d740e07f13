#include "app/lib/projectfile.h"

#include "app/lib/layerpath.h"
#include "core/diagnostic.h"
#include "gis/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

// The project file, schema version 1 (UTF-8 JSON; a leading byte-order mark is tolerated):
//
// {
//   "format": "madoguchi-project",          required, exactly this
//   "version": 1,                            required integer, 1 … ProjectFileVersion
//   "name": "熊本市 出張所見直し",              optional string
//   "notes": "…",                            optional string
//   "criteria": {                            optional object
//     "distanceThresholdMeters": 5000,       optional, a positive number (default 5000)
//     "workloadFiscalYear": 2014,            optional 4-digit integer (default: the latest year)
//     "workloadThreshold": 20000,            optional number >= 0: transactions per fiscal year at or
//                                            below which a branch office within the distance guide is
//                                            a candidate for closure (the recommendation)
//     "catchmentThreshold": 50000            optional number >= 0: catchment residents, used instead
//                                            when the offices table has no workload for the year
//   },
//   "scenarios": [                           optional list; names unique and non-empty
//     {
//       "name": "2016年方針",                  required non-empty string
//       "description": "…",                  optional string
//       "decisions": {"br_oe": "close", …},  optional object: branch office id -> keep |
//                                            service_corner | close | upgrade (Japanese terms such as
//                                            廃止 are read too; written as the English key); an office
//                                            left out keeps its counter
//       "notes": {"br_oe": "…", …}           optional object: office id -> the planner's note
//     }
//   ],
//   "growingSchoolDistricts": ["…", …],      optional list of school-district names expected to grow
//   "importedWorkload": {                    optional: counts imported into the project
//     "sources": ["counts_h26.csv", …],      optional list of the files they came from
//     "counts": {"br_oe": {"2014": 12345, "2015": null}, …}
//                                            office id -> 4-digit fiscal year -> a count >= 0, or null
//                                            for a known-empty cell (missing, not zero)
//   },
//   "credits": ["出典：…", …],                 optional array of strings
//   "layers": {                              required object; "offices" is required
//     "<role>": {                            wards | schoolDistricts | schools | population | offices
//       "path": "data/wards.shp",            required non-empty string: relative to this file's
//                                            folder (or a data search folder), or absolute
//       "layer": "…",                        optional string: layer inside a multi-layer source
//       "encoding": "CP932",                 optional: CP932 (Shift_JIS, SJIS, Windows-31J, MS932)
//                                            or UTF-8 (UTF8); stored as "CP932" or "UTF-8"
//       "crs": "EPSG:6670",                  optional non-empty string, for sources without a CRS
//       "approximate": true,                 optional boolean
//       "fields": {                          optional object of attribute names (strings):
//         "name", "code", "population", "population65", "id", "nameEn", "kind", "ward",
//         "address", "latitude", "longitude", "x", "y", "decision",
//         "workload": { "2014": "fy2014_count", … }   fiscal year (4 digits) -> column
//       }
//     }
//   }
// }
//
// A null value is the same as a missing key. Unknown keys are ignored so that a file written by a
// later release of the same version still opens; an unknown layer role is an error, because silently
// dropping a layer would change the analysis.

namespace madoguchi::app {

namespace {

// Messages are looked up in the "ProjectFileText" context of the translations.
struct ProjectFileText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFileText)
};

const QString FormatName = QStringLiteral("madoguchi-project");

// Attribute-name members of FieldMapping by their key in "fields", in the order they are written.
struct FieldKey
{
    const char *key;
    QString FieldMapping::*member;
};

const std::array<FieldKey, 14> &fieldKeys()
{
    static const std::array<FieldKey, 14> keys{{
        {"name", &FieldMapping::name},
        {"code", &FieldMapping::code},
        {"population", &FieldMapping::population},
        {"population65", &FieldMapping::population65},
        {"id", &FieldMapping::id},
        {"nameEn", &FieldMapping::nameEn},
        {"kind", &FieldMapping::kind},
        {"ward", &FieldMapping::ward},
        {"address", &FieldMapping::address},
        {"latitude", &FieldMapping::latitude},
        {"longitude", &FieldMapping::longitude},
        {"x", &FieldMapping::x},
        {"y", &FieldMapping::y},
        {"decision", &FieldMapping::decision},
    }};
    return keys;
}

constexpr std::array<LayerRole, 5> AllRoles{LayerRole::Wards, LayerRole::SchoolDistricts,
                                            LayerRole::Schools, LayerRole::Population,
                                            LayerRole::Offices};

QString validRoleKeys()
{
    QStringList keys;
    for (LayerRole role : AllRoles)
        keys.append(layerRoleKey(role));
    return keys.join(QStringLiteral(", "));
}

// The encodings gis::parseTextEncoding accepts, checked here as plain names so that the project file
// does not depend on the GIS library. Hyphens and underscores are ignored ("Shift-JIS", "utf_8").
std::optional<QString> normalizedEncoding(const QString &name)
{
    QString folded = name.trimmed().toCaseFolded();
    folded.remove(QLatin1Char('-'));
    folded.remove(QLatin1Char('_'));
    static const std::array<QString, 5> cp932{QStringLiteral("cp932"), QStringLiteral("shiftjis"),
                                              QStringLiteral("sjis"), QStringLiteral("windows31j"),
                                              QStringLiteral("ms932")};
    for (const QString &alias : cp932) {
        if (folded == alias)
            return QStringLiteral("CP932");
    }
    if (folded == QStringLiteral("utf8"))
        return QStringLiteral("UTF-8");
    return std::nullopt;
}

QString describeType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return ProjectFileText::tr("a number");
    case QJsonValue::String:
        return ProjectFileText::tr("a string");
    case QJsonValue::Array:
        return ProjectFileText::tr("a list");
    case QJsonValue::Object:
        return ProjectFileText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return ProjectFileText::tr("missing");
}

QString joinKey(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

bool isPresent(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull();
}

// Line and column (1-based, in characters) of a byte offset into UTF-8 text, for parse errors.
std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QByteArray before = text.left(offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return {line, column};
}

// Reads one JSON document into a Project, throwing InputError at the first problem. The location of
// each message is the key path ("layers.wards.encoding") so the planner can find it in the file.
class ProjectReader
{
public:
    explicit ProjectReader(QString file)
        : mFile(std::move(file))
    {
    }

    Project read(const QByteArray &json) const
    {
        const QJsonObject root = parseRoot(json);
        checkFormat(root);
        checkVersion(root);

        Project project;
        project.name = optionalString(root, QString(), QStringLiteral("name")).value_or(QString());
        project.notes = optionalString(root, QString(), QStringLiteral("notes")).value_or(QString());
        project.criteria = readCriteria(root.value(QStringLiteral("criteria")));
        project.credits = readStringList(root.value(QStringLiteral("credits")), QStringLiteral("credits"));
        project.scenarios = readScenarios(root.value(QStringLiteral("scenarios")));
        project.growingSchoolDistricts = readStringList(root.value(QStringLiteral("growingSchoolDistricts")),
                                                        QStringLiteral("growingSchoolDistricts"));
        readImportedWorkload(root.value(QStringLiteral("importedWorkload")), project);
        project.layers = readLayers(root.value(QStringLiteral("layers")));
        return project;
    }

private:
    [[noreturn]] void fail(const QString &location, const QString &message,
                           const QString &hint = {}) const
    {
        throw InputError(mFile, location, message, hint);
    }

    [[noreturn]] void failType(const QString &location, const QJsonValue &value,
                               const QString &expected) const
    {
        // The location holds the whole key path; the message names the key itself.
        const QString key = location.section(QLatin1Char('.'), -1);
        fail(location, ProjectFileText::tr("\"%1\" must be %2, not %3.").arg(key, expected, describeType(value)),
             ProjectFileText::tr("Correct the value in the project file."));
    }

    // Editors on Windows often save UTF-8 with a byte-order mark; Qt's parser skips it.
    QJsonObject parseRoot(const QByteArray &json) const
    {
        if (json.trimmed().isEmpty()) {
            fail(QString(), ProjectFileText::tr("The project file is empty."),
                 ProjectFileText::tr("Open a *.madoguchi file saved by Madoguchi, or save the project again."));
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError) {
            const auto [line, column] = lineAndColumn(json, error.offset);
            fail(ProjectFileText::tr("line %1, column %2").arg(line).arg(column),
                 ProjectFileText::tr("The project file is not valid JSON: %1.").arg(error.errorString()),
                 ProjectFileText::tr("Fix the JSON syntax there (a missing comma or quote is common), or "
                                     "open a file saved by Madoguchi."));
        }
        if (!document.isObject()) {
            fail(QString(), ProjectFileText::tr("The project file must hold a JSON object ({…}) at the top."),
                 ProjectFileText::tr("Open a *.madoguchi file saved by Madoguchi."));
        }
        return document.object();
    }

    void checkFormat(const QJsonObject &root) const
    {
        const QString key = QStringLiteral("format");
        const QJsonValue value = root.value(key);
        if (!isPresent(value)) {
            fail(key, ProjectFileText::tr("The file has no \"format\" key, so it is not a Madoguchi project."),
                 ProjectFileText::tr("Open a *.madoguchi file, or add \"format\": \"%1\".").arg(FormatName));
        }
        if (!value.isString() || value.toString() != FormatName) {
            const QString found = value.isString() ? QLatin1Char('"') + value.toString() + QLatin1Char('"')
                                                   : describeType(value);
            fail(key,
                 ProjectFileText::tr("\"format\" is %1, not \"%2\": this is not a Madoguchi project.")
                     .arg(found, FormatName),
                 ProjectFileText::tr("Open a *.madoguchi file saved by Madoguchi."));
        }
    }

    void checkVersion(const QJsonObject &root) const
    {
        const QString key = QStringLiteral("version");
        const QJsonValue value = root.value(key);
        if (!isPresent(value)) {
            fail(key, ProjectFileText::tr("The project file has no \"version\"."),
                 ProjectFileText::tr("Add \"version\": %1 (the version this file was written for).")
                     .arg(ProjectFileVersion));
        }
        const std::optional<int> version = integerValue(value);
        if (!version)
            failType(key, value, ProjectFileText::tr("a whole number such as %1").arg(ProjectFileVersion));
        if (*version > ProjectFileVersion) {
            fail(key,
                 ProjectFileText::tr("The project file was made by a newer Madoguchi (file version %1; this "
                                     "Madoguchi reads up to version %2).")
                     .arg(*version)
                     .arg(ProjectFileVersion),
                 ProjectFileText::tr("Update Madoguchi to open this project."));
        }
        if (*version < 1) {
            fail(key, ProjectFileText::tr("\"version\" %1 is not a valid project file version.").arg(*version),
                 ProjectFileText::tr("Set \"version\" to %1.").arg(ProjectFileVersion));
        }
    }

    static std::optional<int> integerValue(const QJsonValue &value)
    {
        if (!value.isDouble())
            return std::nullopt;
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::floor(number) != number || std::abs(number) > 1e9)
            return std::nullopt;
        return int(number);
    }

    std::optional<QString> optionalString(const QJsonObject &object, const QString &parent,
                                          const QString &key) const
    {
        const QJsonValue value = object.value(key);
        if (!isPresent(value))
            return std::nullopt;
        if (!value.isString())
            failType(joinKey(parent, key), value, ProjectFileText::tr("a string"));
        return value.toString();
    }

    QJsonObject optionalObject(const QJsonValue &value, const QString &location) const
    {
        if (!isPresent(value))
            return {};
        if (!value.isObject())
            failType(location, value, ProjectFileText::tr("an object ({…})"));
        return value.toObject();
    }

    Criteria readCriteria(const QJsonValue &value) const
    {
        const QString parent = QStringLiteral("criteria");
        const QJsonObject object = optionalObject(value, parent);
        Criteria criteria;

        const QString thresholdKey = joinKey(parent, QStringLiteral("distanceThresholdMeters"));
        const QJsonValue threshold = object.value(QStringLiteral("distanceThresholdMeters"));
        if (isPresent(threshold)) {
            if (!threshold.isDouble())
                failType(thresholdKey, threshold, ProjectFileText::tr("a distance in metres"));
            const double meters = threshold.toDouble();
            if (!std::isfinite(meters) || meters <= 0.0) {
                fail(thresholdKey,
                     ProjectFileText::tr("The distance threshold must be a positive number of metres, not %1.")
                         .arg(meters),
                     ProjectFileText::tr("Use the guide distance in metres, e.g. 5000 for 5 km."));
            }
            criteria.distanceThresholdMeters = meters;
        }

        const QString yearKey = joinKey(parent, QStringLiteral("workloadFiscalYear"));
        const QJsonValue year = object.value(QStringLiteral("workloadFiscalYear"));
        if (isPresent(year)) {
            const std::optional<int> fiscalYear = integerValue(year);
            if (!fiscalYear || *fiscalYear < 1000 || *fiscalYear > 9999) {
                fail(yearKey,
                     ProjectFileText::tr("\"workloadFiscalYear\" must be a western year such as 2014, "
                                         "not %1.")
                         .arg(year.isDouble() ? QString::number(year.toDouble()) : describeType(year)),
                     ProjectFileText::tr("Write the year the fiscal year starts in: 2014 for 平成26年度."));
            }
            criteria.workloadFiscalYear = fiscalYear;
        }

        criteria.workloadThreshold =
            optionalCount(object, parent, QStringLiteral("workloadThreshold"),
                          ProjectFileText::tr("transactions per fiscal year, e.g. 20000"));
        criteria.catchmentThreshold =
            optionalCount(object, parent, QStringLiteral("catchmentThreshold"),
                          ProjectFileText::tr("residents, e.g. 50000"));
        return criteria;
    }

    // A threshold counted in transactions or residents: a number, zero or more.
    std::optional<double> optionalCount(const QJsonObject &object, const QString &parent, const QString &key,
                                        const QString &example) const
    {
        const QString location = joinKey(parent, key);
        const QJsonValue value = object.value(key);
        if (!isPresent(value))
            return std::nullopt;
        if (!value.isDouble())
            failType(location, value, ProjectFileText::tr("a number of %1").arg(example));
        const double count = value.toDouble();
        if (!std::isfinite(count) || count < 0.0) {
            fail(location, ProjectFileText::tr("\"%1\" must be zero or more, not %2.").arg(key).arg(count),
                 ProjectFileText::tr("Give a number of %1, or remove the key.").arg(example));
        }
        return count;
    }

    QStringList readStringList(const QJsonValue &value, const QString &key) const
    {
        if (!isPresent(value))
            return {};
        if (!value.isArray())
            failType(key, value, ProjectFileText::tr("a list of strings"));
        QStringList strings;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue line = array.at(i);
            if (!line.isString())
                failType(QStringLiteral("%1[%2]").arg(key).arg(i), line, ProjectFileText::tr("a string"));
            strings.append(line.toString());
        }
        return strings;
    }

    void readImportedWorkload(const QJsonValue &value, Project &project) const
    {
        const QString key = QStringLiteral("importedWorkload");
        const QJsonObject object = optionalObject(value, key);
        project.workloadSources = readStringList(object.value(QStringLiteral("sources")), joinKey(key, QStringLiteral("sources")));
        const QString countsKey = joinKey(key, QStringLiteral("counts"));
        const QJsonObject counts = optionalObject(object.value(QStringLiteral("counts")), countsKey);
        static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
        for (auto office = counts.begin(); office != counts.end(); ++office) {
            checkOfficeId(office.key(), countsKey);
            const QString officeKey = joinKey(countsKey, office.key());
            const QJsonObject years = optionalObject(office.value(), officeKey);
            for (auto year = years.begin(); year != years.end(); ++year) {
                const QString location = joinKey(officeKey, year.key());
                if (!fourDigits.match(year.key()).hasMatch()) {
                    fail(location,
                         ProjectFileText::tr("\"%1\" is not a fiscal year: workload keys are 4-digit western "
                                             "years.")
                             .arg(year.key()),
                         ProjectFileText::tr("Write the year the fiscal year starts in, e.g. \"2014\" for "
                                             "平成26年度."));
                }
                std::optional<double> count;
                if (!year.value().isNull()) {
                    if (!year.value().isDouble())
                        failType(location, year.value(), ProjectFileText::tr("a count (a number) or null"));
                    count = year.value().toDouble();
                    if (!std::isfinite(*count) || *count < 0.0) {
                        fail(location, ProjectFileText::tr("A workload count cannot be negative."),
                             ProjectFileText::tr("Correct the count or import the counts again."));
                    }
                }
                project.importedWorkload[office.key()][year.key().toInt()] = count;
            }
        }
    }

    std::vector<Scenario> readScenarios(const QJsonValue &value) const
    {
        const QString key = QStringLiteral("scenarios");
        if (!isPresent(value))
            return {};
        if (!value.isArray())
            failType(key, value, ProjectFileText::tr("a list of scenarios ([{\"name\": …}, …])"));
        std::vector<Scenario> scenarios;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            scenarios.push_back(readScenario(array.at(i), QStringLiteral("%1[%2]").arg(key).arg(i)));
        validateScenarioNames(scenarios, mFile);
        return scenarios;
    }

    Scenario readScenario(const QJsonValue &value, const QString &parent) const
    {
        if (!value.isObject())
            failType(parent, value, ProjectFileText::tr("an object ({\"name\": …, \"decisions\": {…}})"));
        const QJsonObject object = value.toObject();
        Scenario scenario;

        const QString nameKey = joinKey(parent, QStringLiteral("name"));
        if (!isPresent(object.value(QStringLiteral("name")))) {
            fail(nameKey, ProjectFileText::tr("The scenario has no name."),
                 ProjectFileText::tr("Give every scenario a name, e.g. \"現状\" for the status quo."));
        }
        scenario.name = optionalString(object, parent, QStringLiteral("name")).value_or(QString());
        scenario.description = optionalString(object, parent, QStringLiteral("description")).value_or(QString());

        const QString decisionsKey = joinKey(parent, QStringLiteral("decisions"));
        const QJsonObject decisions = optionalObject(object.value(QStringLiteral("decisions")), decisionsKey);
        for (auto it = decisions.begin(); it != decisions.end(); ++it) {
            const QString location = joinKey(decisionsKey, it.key());
            checkOfficeId(it.key(), decisionsKey);
            if (!isPresent(it.value()))
                continue;
            if (!it.value().isString())
                failType(location, it.value(), ProjectFileText::tr("a decision (a string)"));
            const std::optional<Decision> decision = parseDecision(it.value().toString());
            if (!decision) {
                fail(location, ProjectFileText::tr("\"%1\" is not a decision.").arg(it.value().toString()),
                     ProjectFileText::tr("Use keep, service_corner, close or upgrade (継続, 行政サービスコーナー, 廃止, "
                                         "機能強化)."));
            }
            scenario.decisions[it.key()] = *decision;
        }

        const QString notesKey = joinKey(parent, QStringLiteral("notes"));
        const QJsonObject notes = optionalObject(object.value(QStringLiteral("notes")), notesKey);
        for (auto it = notes.begin(); it != notes.end(); ++it) {
            checkOfficeId(it.key(), notesKey);
            if (!isPresent(it.value()))
                continue;
            if (!it.value().isString())
                failType(joinKey(notesKey, it.key()), it.value(), ProjectFileText::tr("a note (a string)"));
            scenario.notes[it.key()] = it.value().toString();
        }
        return scenario;
    }

    void checkOfficeId(const QString &id, const QString &parent) const
    {
        if (id.trimmed().isEmpty() || id.trimmed() != id) {
            fail(parent, ProjectFileText::tr("\"%1\" is not an office id: ids have no surrounding spaces.").arg(id),
                 ProjectFileText::tr("Use the office's id from the offices table, e.g. \"br_oe\"."));
        }
    }

    std::map<LayerRole, LayerSource> readLayers(const QJsonValue &value) const
    {
        const QString parent = QStringLiteral("layers");
        const QString officesKey = joinKey(parent, layerRoleKey(LayerRole::Offices));
        if (!isPresent(value)) {
            fail(officesKey, ProjectFileText::tr("The project has no layers: the offices table is required."),
                 ProjectFileText::tr("Add \"layers\": {\"offices\": {\"path\": \"offices.csv\"}}."));
        }
        const QJsonObject object = optionalObject(value, parent);

        std::map<LayerRole, LayerSource> layers;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString location = joinKey(parent, it.key());
            const std::optional<LayerRole> role = layerRoleFromKey(it.key());
            if (!role) {
                fail(location, ProjectFileText::tr("\"%1\" is not a layer role.").arg(it.key()),
                     ProjectFileText::tr("Use one of: %1.").arg(validRoleKeys()));
            }
            if (!isPresent(it.value()))
                continue;
            layers.emplace(*role, readLayer(it.value(), location));
        }
        if (!layers.contains(LayerRole::Offices)) {
            fail(officesKey, ProjectFileText::tr("The project has no offices layer: it is required."),
                 ProjectFileText::tr("Add \"offices\": {\"path\": \"offices.csv\"} under \"layers\"."));
        }
        return layers;
    }

    LayerSource readLayer(const QJsonValue &value, const QString &parent) const
    {
        const QJsonObject object = optionalObject(value, parent);
        LayerSource layer;

        const QString pathKey = joinKey(parent, QStringLiteral("path"));
        const QJsonValue path = object.value(QStringLiteral("path"));
        if (!isPresent(path)) {
            fail(pathKey, ProjectFileText::tr("The layer has no \"path\"."),
                 ProjectFileText::tr("Give the file's path, relative to the project file's folder."));
        }
        if (!path.isString())
            failType(pathKey, path, ProjectFileText::tr("a file path (a string)"));
        if (path.toString().trimmed().isEmpty()) {
            fail(pathKey, ProjectFileText::tr("The layer's path is empty."),
                 ProjectFileText::tr("Give the file's path, relative to the project file's folder, or "
                                     "remove the layer."));
        }
        layer.path = path.toString();

        layer.layerName = optionalString(object, parent, QStringLiteral("layer")).value_or(QString());

        if (const auto encoding = optionalString(object, parent, QStringLiteral("encoding"))) {
            layer.encoding = normalizedEncoding(*encoding);
            if (!layer.encoding) {
                fail(joinKey(parent, QStringLiteral("encoding")),
                     ProjectFileText::tr("\"%1\" is not an encoding Madoguchi reads.").arg(*encoding),
                     ProjectFileText::tr("Use \"CP932\" (Shift_JIS) or \"UTF-8\", or remove the key to use "
                                         "the .cpg file or detection."));
            }
        }

        if (const auto crs = optionalString(object, parent, QStringLiteral("crs"))) {
            if (crs->trimmed().isEmpty()) {
                fail(joinKey(parent, QStringLiteral("crs")), ProjectFileText::tr("The CRS is empty."),
                     ProjectFileText::tr("Give the source's CRS, e.g. \"EPSG:6670\" for JGD2011 zone II, or "
                                         "remove the key."));
            }
            layer.crs = *crs;
        }

        const QString approximateKey = joinKey(parent, QStringLiteral("approximate"));
        const QJsonValue approximate = object.value(QStringLiteral("approximate"));
        if (isPresent(approximate)) {
            if (!approximate.isBool())
                failType(approximateKey, approximate, ProjectFileText::tr("true or false"));
            layer.approximate = approximate.toBool();
        }

        layer.fields = readFields(object.value(QStringLiteral("fields")),
                                  joinKey(parent, QStringLiteral("fields")));
        return layer;
    }

    FieldMapping readFields(const QJsonValue &value, const QString &parent) const
    {
        const QJsonObject object = optionalObject(value, parent);
        FieldMapping fields;
        for (const FieldKey &field : fieldKeys()) {
            const QString key = QLatin1String(field.key);
            fields.*field.member = optionalString(object, parent, key).value_or(QString());
        }

        const QString workloadKey = joinKey(parent, QStringLiteral("workload"));
        const QJsonObject workload = optionalObject(object.value(QStringLiteral("workload")), workloadKey);
        static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
        for (auto it = workload.begin(); it != workload.end(); ++it) {
            const QString location = joinKey(workloadKey, it.key());
            if (!fourDigits.match(it.key()).hasMatch()) {
                fail(location,
                     ProjectFileText::tr("\"%1\" is not a fiscal year: workload keys are 4-digit western "
                                         "years.")
                         .arg(it.key()),
                     ProjectFileText::tr("Write the year the fiscal year starts in, e.g. \"2014\" for "
                                         "平成26年度."));
            }
            if (!it.value().isString())
                failType(location, it.value(), ProjectFileText::tr("a column name (a string)"));
            if (it.value().toString().isEmpty()) {
                fail(location, ProjectFileText::tr("The workload column for %1 is empty.").arg(it.key()),
                     ProjectFileText::tr("Give the column's name or remove the year."));
            }
            fields.workloadByFiscalYear[it.key().toInt()] = it.value().toString();
        }
        return fields;
    }

    QString mFile;
};

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

} // namespace

Project projectFromJson(const QByteArray &json, const QString &file)
{
    return ProjectReader(file).read(json);
}

QByteArray projectToJson(const Project &project)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), FormatName);
    root.insert(QStringLiteral("version"), ProjectFileVersion);
    if (!project.name.isEmpty())
        root.insert(QStringLiteral("name"), project.name);
    if (!project.notes.isEmpty())
        root.insert(QStringLiteral("notes"), project.notes);

    QJsonObject criteria;
    criteria.insert(QStringLiteral("distanceThresholdMeters"), project.criteria.distanceThresholdMeters);
    if (project.criteria.workloadFiscalYear)
        criteria.insert(QStringLiteral("workloadFiscalYear"), *project.criteria.workloadFiscalYear);
    if (project.criteria.workloadThreshold)
        criteria.insert(QStringLiteral("workloadThreshold"), *project.criteria.workloadThreshold);
    if (project.criteria.catchmentThreshold)
        criteria.insert(QStringLiteral("catchmentThreshold"), *project.criteria.catchmentThreshold);
    root.insert(QStringLiteral("criteria"), criteria);

    if (!project.credits.isEmpty())
        root.insert(QStringLiteral("credits"), QJsonArray::fromStringList(project.credits));

    if (!project.scenarios.empty()) {
        QJsonArray scenarios;
        for (const Scenario &scenario : project.scenarios)
            scenarios.append(scenarioToJson(scenario));
        root.insert(QStringLiteral("scenarios"), scenarios);
    }
    if (!project.growingSchoolDistricts.isEmpty())
        root.insert(QStringLiteral("growingSchoolDistricts"),
                    QJsonArray::fromStringList(project.growingSchoolDistricts));
    if (!project.importedWorkload.empty() || !project.workloadSources.isEmpty()) {
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
        root.insert(QStringLiteral("importedWorkload"), imported);
    }

    QJsonObject layers;
    for (const auto &[role, layer] : project.layers)
        layers.insert(layerRoleKey(role), layerToJson(layer));
    root.insert(QStringLiteral("layers"), layers);

    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Project readProjectFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        throw InputError(path, QString(), ProjectFileText::tr("The project file does not exist."),
                         ProjectFileText::tr("Check the path and the file name (*.%1).")
                             .arg(QLatin1String(ProjectFileSuffix)));
    }
    if (info.isDir()) {
        throw InputError(path, QString(), ProjectFileText::tr("This is a folder, not a project file."),
                         ProjectFileText::tr("Choose the *.%1 file inside it.")
                             .arg(QLatin1String(ProjectFileSuffix)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw InputError(path, QString(),
                         ProjectFileText::tr("The project file cannot be read: %1.").arg(file.errorString()),
                         ProjectFileText::tr("Check that you are allowed to read it."));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        throw InputError(path, QString(),
                         ProjectFileText::tr("The project file cannot be read: %1.").arg(file.errorString()),
                         ProjectFileText::tr("Check that you are allowed to read it."));
    }
    return projectFromJson(bytes, path);
}

void writeProjectFile(const Project &project, const QString &path, const QString &fromDir)
{
    const QDir newDir(QDir::cleanPath(QFileInfo(path).absolutePath()));
    Project rebased = project;
    for (auto &[role, layer] : rebased.layers)
        layer.path = rebasedLayerPath(layer.path, fromDir, newDir);

    // JSON has no infinity or NaN: Qt would write null, which reads back as the default 5 km.
    const double thresholdMeters = project.criteria.distanceThresholdMeters;
    if (!std::isfinite(thresholdMeters) || thresholdMeters <= 0.0) {
        throw InputError(path, QStringLiteral("criteria.distanceThresholdMeters"),
                         ProjectFileText::tr("The distance threshold must be a positive number of metres, "
                                             "not %1; the project was not saved.")
                             .arg(thresholdMeters),
                         ProjectFileText::tr("Set the guide distance, e.g. 5000 for 5 km, and save again."));
    }
    // Likewise a NaN threshold would come back as "not set"; negative ones are caught by the read-back.
    const std::pair<const char *, std::optional<double>> counts[] = {
        {"criteria.workloadThreshold", project.criteria.workloadThreshold},
        {"criteria.catchmentThreshold", project.criteria.catchmentThreshold}};
    for (const auto &[key, threshold] : counts) {
        if (threshold && !std::isfinite(*threshold)) {
            throw InputError(path, QLatin1String(key),
                             ProjectFileText::tr("The threshold must be a number, not %1; the project was not saved.")
                                 .arg(*threshold),
                             ProjectFileText::tr("Set the threshold or remove it, and save again."));
        }
    }
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
