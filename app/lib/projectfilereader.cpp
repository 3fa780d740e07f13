#include "app/lib/projectfile.h"

#include "app/lib/projectfileschema.h"
#include "core/diagnostic.h"
#include "gis/displaycrs.h"

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
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

// Reads the project file described in projectfile.cpp.

namespace madoguchi::app {

using namespace projectfile;

namespace {

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

// A key given twice in one object of a JSON document: its key path and the byte offsets of both.
struct RepeatedKey
{
    QString path;
    qsizetype first = 0;
    qsizetype second = 0;
};

// The first key repeated within one object of `json`, which must be valid JSON. QJsonDocument keeps a
// repeated key's last value without a word; a project that says two things about one key (a decision
// given twice for one office) is refused instead of read as one of them.
std::optional<RepeatedKey> firstRepeatedKey(const QByteArray &json)
{
    struct Frame
    {
        bool object = false;
        std::unordered_map<QString, qsizetype> keys; // key -> offset of its quote
        QString key;                                 // the object's current key
        qsizetype index = 0;                         // the array's current element
    };
    const auto pathTo = [](const std::vector<Frame> &stack, const QString &key) {
        QString path;
        for (std::size_t i = 0; i + 1 < stack.size(); ++i)
            path = stack[i].object ? joinKey(path, stack[i].key) : path + QStringLiteral("[%1]").arg(stack[i].index);
        return joinKey(path, key);
    };
    std::vector<Frame> stack;
    bool expectKey = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '{' || c == '[') {
            stack.push_back(Frame{c == '{', {}, {}, 0});
            expectKey = c == '{';
        } else if ((c == '}' || c == ']') && !stack.empty()) {
            stack.pop_back();
        } else if (c == ',' && !stack.empty()) {
            if (stack.back().object)
                expectKey = true;
            else
                ++stack.back().index;
        } else if (c == '"') {
            const qsizetype start = i;
            for (++i; i < json.size() && json[i] != '"'; ++i) {
                if (json[i] == '\\')
                    ++i;
            }
            if (!expectKey || stack.empty() || !stack.back().object)
                continue;
            expectKey = false;
            const QByteArray raw = json.mid(start, i - start + 1);
            const QString key = raw.contains('\\')
                                    ? QJsonDocument::fromJson('[' + raw + ']').array().at(0).toString()
                                    : QString::fromUtf8(raw.mid(1, raw.size() - 2));
            Frame &frame = stack.back();
            const auto [found, inserted] = frame.keys.emplace(key, start);
            if (!inserted)
                return RepeatedKey{pathTo(stack, key), found->second, start};
            frame.key = key;
        }
    }
    return std::nullopt;
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

    Project read(const QByteArray &json) const;

private:
    [[noreturn]] void fail(const QString &location, const QString &message, const QString &hint = {}) const;
    [[noreturn]] void failType(const QString &location, const QJsonValue &value, const QString &expected) const;

    // The document and its header.
    QJsonObject parseRoot(const QByteArray &json) const;
    void checkFormat(const QJsonObject &root) const;
    void checkVersion(const QJsonObject &root) const;

    // Values of any part.
    static std::optional<int> integerValue(const QJsonValue &value);
    std::optional<QString> optionalString(const QJsonObject &object, const QString &parent,
                                          const QString &key) const;
    QJsonObject optionalObject(const QJsonValue &value, const QString &location) const;
    std::optional<double> optionalCount(const QJsonObject &object, const QString &parent, const QString &key,
                                        const QString &example) const;
    QStringList readStringList(const QJsonValue &value, const QString &key) const;
    void checkOfficeId(const QString &id, const QString &parent) const;
    void checkFiscalYearKey(const QString &key, const QString &location) const;

    // "criteria"
    Criteria readCriteria(const QJsonValue &value) const;
    std::optional<double> readDistanceThreshold(const QJsonObject &object, const QString &parent) const;
    std::optional<int> readWorkloadFiscalYear(const QJsonObject &object, const QString &parent) const;

    // "importedWorkload"
    void readImportedWorkload(const QJsonValue &value, Project &project) const;
    std::optional<double> readImportedCount(const QJsonValue &value, const QString &location) const;

    // "scenarios"
    std::vector<Scenario> readScenarios(const QJsonValue &value) const;
    Scenario readScenario(const QJsonValue &value, const QString &parent) const;
    std::map<QString, Decision> readDecisions(const QJsonObject &scenario, const QString &parent) const;
    std::map<QString, QString> readNotes(const QJsonObject &scenario, const QString &parent) const;

    // "layers"
    std::map<LayerRole, LayerSource> readLayers(const QJsonValue &value) const;
    LayerSource readLayer(const QJsonValue &value, const QString &parent) const;
    QString readLayerPath(const QJsonObject &layer, const QString &parent) const;
    std::optional<QString> readEncoding(const QJsonObject &layer, const QString &parent) const;
    std::optional<QString> readCrs(const QJsonObject &layer, const QString &parent) const;
    std::optional<QString> readDisplayCrs(const QJsonObject &root) const;
    FieldMapping readFields(const QJsonValue &value, const QString &parent) const;

    QString mFile;
};

Project ProjectReader::read(const QByteArray &json) const
{
    const QJsonObject root = parseRoot(json);
    checkFormat(root);
    checkVersion(root);

    Project project;
    project.name = optionalString(root, QString(), QStringLiteral("name")).value_or(QString());
    project.notes = optionalString(root, QString(), QStringLiteral("notes")).value_or(QString());
    project.criteria = readCriteria(root.value(QStringLiteral("criteria")));
    project.credits = readStringList(root.value(QStringLiteral("credits")), QStringLiteral("credits"));
    project.displayCrs = readDisplayCrs(root);
    project.scenarios = readScenarios(root.value(QStringLiteral("scenarios")));
    project.growingSchoolDistricts = readStringList(root.value(QStringLiteral("growingSchoolDistricts")),
                                                    QStringLiteral("growingSchoolDistricts"));
    readImportedWorkload(root.value(QStringLiteral("importedWorkload")), project);
    project.layers = readLayers(root.value(QStringLiteral("layers")));
    return project;
}

void ProjectReader::fail(const QString &location, const QString &message, const QString &hint) const
{
    throw InputError(mFile, location, message, hint);
}

void ProjectReader::failType(const QString &location, const QJsonValue &value, const QString &expected) const
{
    // The location holds the whole key path; the message names the key itself.
    const QString key = location.section(QLatin1Char('.'), -1);
    fail(location, ProjectFileText::tr("\"%1\" must be %2, not %3.").arg(key, expected, describeType(value)),
         ProjectFileText::tr("Correct the value in the project file."));
}

// Editors on Windows often save UTF-8 with a byte-order mark; Qt's parser skips it.
QJsonObject ProjectReader::parseRoot(const QByteArray &json) const
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
    if (const std::optional<RepeatedKey> repeated = firstRepeatedKey(json)) {
        const int firstLine = lineAndColumn(json, repeated->first).first;
        const int secondLine = lineAndColumn(json, repeated->second).first;
        fail(repeated->path,
             ProjectFileText::tr("\"%1\" is given twice in the same object (lines %2 and %3); a project file "
                                 "says one thing per key.")
                 .arg(repeated->path.section(QLatin1Char('.'), -1))
                 .arg(firstLine)
                 .arg(secondLine),
             ProjectFileText::tr("Keep the one you mean and delete the other."));
    }
    if (!document.isObject()) {
        fail(QString(), ProjectFileText::tr("The project file must hold a JSON object ({…}) at the top."),
             ProjectFileText::tr("Open a *.madoguchi file saved by Madoguchi."));
    }
    return document.object();
}

void ProjectReader::checkFormat(const QJsonObject &root) const
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

void ProjectReader::checkVersion(const QJsonObject &root) const
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

std::optional<int> ProjectReader::integerValue(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || std::abs(number) > 1e9)
        return std::nullopt;
    return int(number);
}

std::optional<QString> ProjectReader::optionalString(const QJsonObject &object, const QString &parent,
                                                     const QString &key) const
{
    const QJsonValue value = object.value(key);
    if (!isPresent(value))
        return std::nullopt;
    if (!value.isString())
        failType(joinKey(parent, key), value, ProjectFileText::tr("a string"));
    return value.toString();
}

QJsonObject ProjectReader::optionalObject(const QJsonValue &value, const QString &location) const
{
    if (!isPresent(value))
        return {};
    if (!value.isObject())
        failType(location, value, ProjectFileText::tr("an object ({…})"));
    return value.toObject();
}

Criteria ProjectReader::readCriteria(const QJsonValue &value) const
{
    const QString parent = QStringLiteral("criteria");
    const QJsonObject object = optionalObject(value, parent);
    Criteria criteria;
    if (const std::optional<double> meters = readDistanceThreshold(object, parent))
        criteria.distanceThresholdMeters = *meters;
    if (const std::optional<int> fiscalYear = readWorkloadFiscalYear(object, parent))
        criteria.workloadFiscalYear = fiscalYear;
    criteria.workloadThreshold =
        optionalCount(object, parent, QStringLiteral("workloadThreshold"),
                      ProjectFileText::tr("transactions per fiscal year, e.g. 20000"));
    criteria.catchmentThreshold =
        optionalCount(object, parent, QStringLiteral("catchmentThreshold"),
                      ProjectFileText::tr("residents, e.g. 50000"));
    return criteria;
}

std::optional<double> ProjectReader::readDistanceThreshold(const QJsonObject &object,
                                                           const QString &parent) const
{
    const QString thresholdKey = joinKey(parent, QStringLiteral("distanceThresholdMeters"));
    const QJsonValue threshold = object.value(QStringLiteral("distanceThresholdMeters"));
    if (!isPresent(threshold))
        return std::nullopt;
    if (!threshold.isDouble())
        failType(thresholdKey, threshold, ProjectFileText::tr("a distance in metres"));
    const double meters = threshold.toDouble();
    if (!std::isfinite(meters) || meters <= 0.0) {
        fail(thresholdKey,
             ProjectFileText::tr("The distance threshold must be a positive number of metres, not %1.")
                 .arg(meters),
             ProjectFileText::tr("Use the guide distance in metres, e.g. 5000 for 5 km."));
    }
    return meters;
}

std::optional<int> ProjectReader::readWorkloadFiscalYear(const QJsonObject &object, const QString &parent) const
{
    const QString yearKey = joinKey(parent, QStringLiteral("workloadFiscalYear"));
    const QJsonValue year = object.value(QStringLiteral("workloadFiscalYear"));
    if (!isPresent(year))
        return std::nullopt;
    const std::optional<int> fiscalYear = integerValue(year);
    if (!fiscalYear || *fiscalYear < 1000 || *fiscalYear > 9999) {
        fail(yearKey,
             ProjectFileText::tr("\"workloadFiscalYear\" must be a western year such as 2014, "
                                 "not %1.")
                 .arg(year.isDouble() ? QString::number(year.toDouble()) : describeType(year)),
             ProjectFileText::tr("Write the year the fiscal year starts in: 2014 for 平成26年度."));
    }
    return fiscalYear;
}

// A threshold counted in transactions or residents: a number, zero or more.
std::optional<double> ProjectReader::optionalCount(const QJsonObject &object, const QString &parent, const QString &key,
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

QStringList ProjectReader::readStringList(const QJsonValue &value, const QString &key) const
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

void ProjectReader::readImportedWorkload(const QJsonValue &value, Project &project) const
{
    const QString key = QStringLiteral("importedWorkload");
    const QJsonObject object = optionalObject(value, key);
    project.workloadSources =
        readStringList(object.value(QStringLiteral("sources")), joinKey(key, QStringLiteral("sources")));
    const QString countsKey = joinKey(key, QStringLiteral("counts"));
    const QJsonObject counts = optionalObject(object.value(QStringLiteral("counts")), countsKey);
    for (auto office = counts.begin(); office != counts.end(); ++office) {
        checkOfficeId(office.key(), countsKey);
        const QString officeKey = joinKey(countsKey, office.key());
        const QJsonObject years = optionalObject(office.value(), officeKey);
        for (auto year = years.begin(); year != years.end(); ++year) {
            const QString location = joinKey(officeKey, year.key());
            checkFiscalYearKey(year.key(), location);
            project.importedWorkload[office.key()][year.key().toInt()] = readImportedCount(year.value(), location);
        }
    }
}

// A count >= 0, or null for a known-empty cell.
std::optional<double> ProjectReader::readImportedCount(const QJsonValue &value, const QString &location) const
{
    if (value.isNull())
        return std::nullopt;
    if (!value.isDouble())
        failType(location, value, ProjectFileText::tr("a count (a number) or null"));
    const double count = value.toDouble();
    if (!std::isfinite(count) || count < 0.0) {
        fail(location, ProjectFileText::tr("A workload count cannot be negative."),
             ProjectFileText::tr("Correct the count or import the counts again."));
    }
    return count;
}

std::vector<Scenario> ProjectReader::readScenarios(const QJsonValue &value) const
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

Scenario ProjectReader::readScenario(const QJsonValue &value, const QString &parent) const
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
    scenario.decisions = readDecisions(object, parent);
    scenario.notes = readNotes(object, parent);
    return scenario;
}

std::map<QString, Decision> ProjectReader::readDecisions(const QJsonObject &scenario,
                                                         const QString &parent) const
{
    const QString decisionsKey = joinKey(parent, QStringLiteral("decisions"));
    const QJsonObject decisions = optionalObject(scenario.value(QStringLiteral("decisions")), decisionsKey);
    std::map<QString, Decision> byOffice;
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
        byOffice[it.key()] = *decision;
    }
    return byOffice;
}

std::map<QString, QString> ProjectReader::readNotes(const QJsonObject &scenario, const QString &parent) const
{
    const QString notesKey = joinKey(parent, QStringLiteral("notes"));
    const QJsonObject notes = optionalObject(scenario.value(QStringLiteral("notes")), notesKey);
    std::map<QString, QString> byOffice;
    for (auto it = notes.begin(); it != notes.end(); ++it) {
        checkOfficeId(it.key(), notesKey);
        if (!isPresent(it.value()))
            continue;
        if (!it.value().isString())
            failType(joinKey(notesKey, it.key()), it.value(), ProjectFileText::tr("a note (a string)"));
        byOffice[it.key()] = it.value().toString();
    }
    return byOffice;
}

void ProjectReader::checkOfficeId(const QString &id, const QString &parent) const
{
    if (id.trimmed().isEmpty() || id.trimmed() != id) {
        fail(parent, ProjectFileText::tr("\"%1\" is not an office id: ids have no surrounding spaces.").arg(id),
             ProjectFileText::tr("Use the office's id from the offices table, e.g. \"br_oe\"."));
    }
}

void ProjectReader::checkFiscalYearKey(const QString &key, const QString &location) const
{
    static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
    if (!fourDigits.match(key).hasMatch()) {
        fail(location,
             ProjectFileText::tr("\"%1\" is not a fiscal year: workload keys are 4-digit western "
                                 "years.")
                 .arg(key),
             ProjectFileText::tr("Write the year the fiscal year starts in, e.g. \"2014\" for "
                                 "平成26年度."));
    }
}

std::map<LayerRole, LayerSource> ProjectReader::readLayers(const QJsonValue &value) const
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

LayerSource ProjectReader::readLayer(const QJsonValue &value, const QString &parent) const
{
    const QJsonObject object = optionalObject(value, parent);
    LayerSource layer;
    layer.path = readLayerPath(object, parent);
    layer.layerName = optionalString(object, parent, QStringLiteral("layer")).value_or(QString());
    layer.encoding = readEncoding(object, parent);
    layer.crs = readCrs(object, parent);

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

QString ProjectReader::readLayerPath(const QJsonObject &layer, const QString &parent) const
{
    const QString pathKey = joinKey(parent, QStringLiteral("path"));
    const QJsonValue path = layer.value(QStringLiteral("path"));
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
    return path.toString();
}

// "CP932" or "UTF-8", whichever alias the file names.
std::optional<QString> ProjectReader::readEncoding(const QJsonObject &layer, const QString &parent) const
{
    const std::optional<QString> encoding = optionalString(layer, parent, QStringLiteral("encoding"));
    if (!encoding)
        return std::nullopt;
    const std::optional<QString> normalized = normalizedEncoding(*encoding);
    if (!normalized) {
        fail(joinKey(parent, QStringLiteral("encoding")),
             ProjectFileText::tr("\"%1\" is not an encoding Madoguchi reads.").arg(*encoding),
             ProjectFileText::tr("Use \"CP932\" (Shift_JIS) or \"UTF-8\", or remove the key to use "
                                 "the .cpg file or detection."));
    }
    return normalized;
}

std::optional<QString> ProjectReader::readCrs(const QJsonObject &layer, const QString &parent) const
{
    const std::optional<QString> crs = optionalString(layer, parent, QStringLiteral("crs"));
    if (crs && crs->trimmed().isEmpty()) {
        fail(joinKey(parent, QStringLiteral("crs")), ProjectFileText::tr("The CRS is empty."),
             ProjectFileText::tr("Give the source's CRS, e.g. \"EPSG:6670\" for JGD2011 zone II, or "
                                 "remove the key."));
    }
    return crs;
}

// Kept as written ("EPSG:6680"), once gis::DisplayCrs has accepted it as a map projection.
std::optional<QString> ProjectReader::readDisplayCrs(const QJsonObject &root) const
{
    const QString key = QStringLiteral("displayCrs");
    const std::optional<QString> crs = optionalString(root, QString(), key);
    if (!crs)
        return std::nullopt;
    try {
        gis::DisplayCrs::fromProjectText(*crs);
    } catch (const InputError &error) {
        fail(key, error.diagnostic().message,
             ProjectFileText::tr("Give a JGD2011 plane rectangular zone such as \"EPSG:6680\" (zone XII), a UTM "
                                 "zone such as \"EPSG:6691\", or remove the key to let Madoguchi choose the "
                                 "zone of the wards' municipalities."));
    }
    return crs->trimmed();
}

FieldMapping ProjectReader::readFields(const QJsonValue &value, const QString &parent) const
{
    const QJsonObject object = optionalObject(value, parent);
    FieldMapping fields;
    for (const FieldKey &field : fieldKeys()) {
        const QString key = QLatin1String(field.key);
        fields.*field.member = optionalString(object, parent, key).value_or(QString());
    }

    const QString workloadKey = joinKey(parent, QStringLiteral("workload"));
    const QJsonObject workload = optionalObject(object.value(QStringLiteral("workload")), workloadKey);
    for (auto it = workload.begin(); it != workload.end(); ++it) {
        const QString location = joinKey(workloadKey, it.key());
        checkFiscalYearKey(it.key(), location);
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

} // namespace

Project projectFromJson(const QByteArray &json, const QString &file)
{
    return ProjectReader(file).read(json);
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

} // namespace madoguchi::app
