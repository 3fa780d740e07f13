#include "app/workbench/officestablemodel.h"

#include "app/lib/languagesettings.h"
#include "app/workbench/workbenchdocument.h"
#include "core/office.h"
#include "core/recommendation.h"
#include "core/terms.h"

#include <QLocale>

#include <algorithm>

namespace madoguchi::app {

OfficesTableModel::OfficesTableModel(WorkbenchDocument *document, QObject *parent)
    : QAbstractTableModel(parent), mDocument(document)
{
    connect(document, &WorkbenchDocument::loaded, this, &OfficesTableModel::rebuild);
    connect(document, &WorkbenchDocument::closed, this, &OfficesTableModel::rebuild);
    connect(document, &WorkbenchDocument::evaluationChanged, this, &OfficesTableModel::rebuild);
    rebuild();
}

void OfficesTableModel::rebuild()
{
    std::vector<Column> columns;
    QStringList officeIds;
    double thresholdMeters = 0.0;
    if (mDocument && mDocument->hasProject()) {
        const EvaluationTable &table = mDocument->table();
        using Format = Column::Format;
        auto add = [&](const QString &name, Format format, int fiscalYear = 0) {
            const int index = table.column(name);
            if (index >= 0)
                columns.push_back({index, name, format, fiscalYear});
        };
        // The order a planner reads them in: which office, how far, then what else is known.
        add(QStringLiteral("name"), Format::Text);
        add(QStringLiteral("kind"), Format::Kind);
        add(QStringLiteral("ward"), Format::Text);
        add(QStringLiteral("decision"), Format::Decision);
        add(QStringLiteral("recommendation"), Format::Verdict);
        add(QStringLiteral("nearest_ward_office_name"), Format::Text);
        add(QStringLiteral("distance_m"), Format::Kilometers);
        add(QStringLiteral("within_threshold"), Format::YesNo);
        add(QStringLiteral("own_ward_office_name"), Format::Text);
        add(QStringLiteral("own_ward_distance_m"), Format::Kilometers);
        add(QStringLiteral("ward_at_site"), Format::Text);
        add(QStringLiteral("school_district"), Format::SchoolDistrict);
        add(QStringLiteral("catchment_population"), Format::Count);
        add(QStringLiteral("catchment_population_65plus"), Format::Count);
        add(QStringLiteral("catchment_population_after"), Format::Count);
        add(QStringLiteral("catchment_population_65plus_after"), Format::Count);
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            const QString &name = table.columns[i].name;
            if (name.startsWith(QLatin1String("workload_fy")) && !name.endsWith(QLatin1String("_after")))
                add(name, Format::Count, QStringView(name).mid(11).toInt());
        }
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            const QString &name = table.columns[i].name;
            if (name.startsWith(QLatin1String("workload_fy")) && name.endsWith(QLatin1String("_after")))
                add(name, Format::Count, QStringView(name).mid(11, 4).toInt());
        }
        add(QStringLiteral("receiving_counter_name"), Format::Text);
        add(QStringLiteral("receiving_distance_m"), Format::Kilometers);
        add(QStringLiteral("recommendation_reasons"), Format::Reasons);
        add(QStringLiteral("note"), Format::Note);
        add(QStringLiteral("recorded_decision"), Format::Decision);
        const int idColumn = table.column(QStringLiteral("id"));
        for (const QVariantList &row : table.rows)
            officeIds.append(idColumn >= 0 ? row.value(idColumn).toString() : QString());
        if (mDocument->evaluation())
            thresholdMeters = mDocument->evaluation()->criteria.distanceThresholdMeters;
    }
    // The same offices in the same columns (an edit of a decision, a note, a threshold): the cells change
    // in place, so that the views keep their selection, current cell and scroll position.
    const auto sameColumns = [&] {
        return std::equal(columns.begin(), columns.end(), mColumns.begin(), mColumns.end(),
                          [](const Column &a, const Column &b) {
                              return a.tableColumn == b.tableColumn && a.name == b.name && a.format == b.format
                                     && a.fiscalYear == b.fiscalYear;
                          });
    };
    if (!officeIds.isEmpty() && officeIds == mOfficeIds && sameColumns()) {
        mThresholdMeters = thresholdMeters;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        return;
    }
    beginResetModel();
    mColumns = std::move(columns);
    mOfficeIds = std::move(officeIds);
    mThresholdMeters = thresholdMeters;
    endResetModel();
}

int OfficesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mOfficeIds.size());
}

int OfficesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mColumns.size());
}

QString OfficesTableModel::officeId(int row) const
{
    return mOfficeIds.value(row);
}

int OfficesTableModel::rowOfOffice(const QString &officeId) const
{
    return int(mOfficeIds.indexOf(officeId));
}

QString OfficesTableModel::columnName(int column) const
{
    return column >= 0 && std::size_t(column) < mColumns.size() ? mColumns[std::size_t(column)].name : QString();
}

int OfficesTableModel::columnOf(const QString &name) const
{
    for (std::size_t i = 0; i < mColumns.size(); ++i)
        if (mColumns[i].name == name)
            return int(i);
    return -1;
}

QVariant OfficesTableModel::displayValue(int row, const Column &column) const
{
    const EvaluationTable &table = mDocument->table();
    const QVariant value = table.rows[std::size_t(row)].value(column.tableColumn);
    using Format = Column::Format;
    const QLocale locale;
    switch (column.format) {
    case Format::Text: return value.isNull() ? QString() : value.toString();
    case Format::Kind: {
        const auto kind = parseOfficeKind(value.toString());
        return kind ? officeKindName(*kind, interfaceLanguage()) : value.toString();
    }
    case Format::Decision: {
        if (value.isNull())
            return QString();
        const auto decision = parseDecision(value.toString());
        return decision ? decisionName(*decision, interfaceLanguage()) : value.toString();
    }
    case Format::Kilometers:
        return value.isNull() ? QString() : locale.toString(value.toDouble() / 1000.0, 'f', 2);
    case Format::Count:
        return value.isNull() ? QString() : locale.toString(value.toDouble(), 'f', 0);
    case Format::YesNo: return value.toBool() ? tr("Yes") : tr("No");
    case Format::Verdict: {
        const QString key = value.toString();
        for (const RecommendationVerdict verdict :
             {RecommendationVerdict::Candidate, RecommendationVerdict::Keep, RecommendationVerdict::Undetermined})
            if (key == recommendationVerdictKey(verdict))
                return verdictName(verdict, interfaceLanguage());
        return key;
    }
    case Format::Reasons: {
        const Recommendation *recommendation = mDocument->recommendation(mOfficeIds.value(row));
        return recommendation ? reasonTexts(*recommendation, locale).join(QStringLiteral("; ")) : value.toString();
    }
    case Format::Note: return mDocument->note(mOfficeIds.value(row));
    case Format::SchoolDistrict: {
        if (value.isNull())
            return QString();
        const int approximateColumn = table.column(QStringLiteral("school_district_approximate"));
        const bool approximate =
            approximateColumn >= 0 && table.rows[std::size_t(row)].value(approximateColumn).toBool();
        return approximate ? tr("%1 (approximate)").arg(value.toString()) : value.toString();
    }
    }
    return {};
}

QVariant OfficesTableModel::data(const QModelIndex &index, int role) const
{
    if (!mDocument || !index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Column &column = mColumns[std::size_t(index.column())];
    using Format = Column::Format;
    const bool numeric = column.format == Format::Kilometers || column.format == Format::Count;

    switch (role) {
    case Qt::DisplayRole: return displayValue(index.row(), column);
    case Qt::TextAlignmentRole:
        return numeric ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    case SortRole: {
        const QVariant value = mDocument->table().rows[std::size_t(index.row())].value(column.tableColumn);
        if (numeric)
            // Empty cells sort before every number rather than as zero.
            return value.isNull() ? QVariant(-1.0) : QVariant(value.toDouble());
        if (column.format == Format::YesNo)
            return value.toBool() ? 1 : 0;
        return displayValue(index.row(), column);
    }
    case OfficeIdRole: return mOfficeIds.value(index.row());
    case Qt::EditRole:
        if (column.name == QLatin1String("decision"))
            return decisionKey(mDocument->decision(mOfficeIds.value(index.row())));
        if (column.format == Format::Note)
            return mDocument->note(mOfficeIds.value(index.row()));
        return displayValue(index.row(), column);
    case Qt::ToolTipRole:
        if (column.format == Format::Reasons || column.format == Format::Note)
            return displayValue(index.row(), column);
        if (column.format == Format::Kilometers) {
            const QVariant value = mDocument->table().rows[std::size_t(index.row())].value(column.tableColumn);
            if (!value.isNull())
                return tr("%1 m (geodesic)").arg(QLocale().toString(value.toDouble(), 'f', 0));
        }
        return {};
    default: return {};
    }
}

QVariant OfficesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column &column = mColumns[std::size_t(section)];
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QString &name = column.name;
    if (name == QLatin1String("name"))
        return tr("Name");
    if (name == QLatin1String("kind"))
        return tr("Kind");
    if (name == QLatin1String("ward"))
        return tr("Ward");
    if (name == QLatin1String("nearest_ward_office_name"))
        return tr("Nearest ward office");
    if (name == QLatin1String("distance_m"))
        return tr("Distance to nearest ward office (km)");
    if (name == QLatin1String("within_threshold"))
        return tr("Within %1 km").arg(QLocale().toString(mThresholdMeters / 1000.0, 'g', 4));
    if (name == QLatin1String("own_ward_office_name"))
        return tr("Own ward office");
    if (name == QLatin1String("own_ward_distance_m"))
        return tr("Distance to own ward office (km)");
    if (name == QLatin1String("ward_at_site"))
        return tr("Ward at site");
    if (name == QLatin1String("school_district"))
        return tr("School district");
    if (name == QLatin1String("catchment_population"))
        return tr("Catchment population");
    if (name == QLatin1String("catchment_population_65plus"))
        return tr("Catchment population 65+");
    if (name == QLatin1String("recorded_decision"))
        return tr("Recorded decision");
    if (name == QLatin1String("decision"))
        return tr("Decision (scenario)");
    if (name == QLatin1String("recommendation"))
        return tr("Recommendation");
    if (name == QLatin1String("recommendation_reasons"))
        return tr("Reasons for the recommendation");
    if (name == QLatin1String("receiving_counter_name"))
        return tr("Receiving counter");
    if (name == QLatin1String("receiving_distance_m"))
        return tr("Distance to receiving counter (km)");
    if (name == QLatin1String("catchment_population_after"))
        return tr("Catchment population after");
    if (name == QLatin1String("catchment_population_65plus_after"))
        return tr("Catchment population 65+ after");
    if (name == QLatin1String("note"))
        return tr("Note");
    if (column.fiscalYear > 0 && name.endsWith(QLatin1String("_after")))
        return tr("Workload %1 after").arg(fiscalYearName(column.fiscalYear, interfaceLanguage()));
    if (column.fiscalYear > 0)
        return tr("Workload %1").arg(fiscalYearName(column.fiscalYear, interfaceLanguage()));
    return name;
}

Qt::ItemFlags OfficesTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() < columnCount()) {
        const Column &column = mColumns[std::size_t(index.column())];
        if (column.name == QLatin1String("decision") || column.format == Column::Format::Note)
            flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool OfficesTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!mDocument || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Column &column = mColumns[std::size_t(index.column())];
    const QString officeId = mOfficeIds.value(index.row());
    // The document re-derives and emits evaluationChanged, which refreshes this model in place.
    if (column.format == Column::Format::Note) {
        mDocument->setNote(officeId, value.toString());
        return true;
    }
    const std::optional<Decision> decision = parseDecision(value.toString());
    if (!decision)
        return false;
    mDocument->setDecision(officeId, *decision);
    return true;
}

} // namespace madoguchi::app
