#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

#include <vector>

namespace madoguchi::app {

class WorkbenchDocument;

// The evaluation table of the open project (WorkbenchDocument::table(), one row per branch office, with
// the shown scenario's columns — the current one's, or a preview's: decision, recommendation, receiving
// counter, after-columns, note) as
// an item model for the offices view. Shows the columns a planner reads; leaves out internal ids and
// repeated values (the threshold). Distances are shown in kilometres with two decimals and sorted by
// their value in metres (SortRole); numbers are right-aligned. Rebuilds itself when the document
// loads, closes or re-evaluates. The document must outlive the model or be destroyed with it.
class OfficesTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1, // a number for numeric columns, the text otherwise
        OfficeIdRole,                // the office id of the row (any column)
    };

    explicit OfficesTableModel(WorkbenchDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The decision column (the current scenario's decision; edit role = the decision key, e.g. "close")
    // and the note column are editable; edits go to the document as undoable commands.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QString officeId(int row) const;
    // -1 when the office has no row (a ward office, or not in the project).
    int rowOfOffice(const QString &officeId) const;
    // The evaluation table's column name shown in `column` (e.g. "distance_m").
    QString columnName(int column) const;
    // The view column that shows the evaluation table's column `name`, or -1.
    int columnOf(const QString &name) const;

private:
    void rebuild();

    // A column shown: which column of the evaluation table and how.
    struct Column
    {
        int tableColumn = -1;
        QString name;
        enum class Format {
            Text,
            Kind,
            Decision,
            Kilometers,
            Count,
            YesNo,
            SchoolDistrict,
            Verdict,  // the recommendation (candidate / keep / undetermined)
            Reasons,  // the recommendation's reasons, in the UI's language
            Note,     // the scenario's note (editable)
        } format = Format::Text;
        int fiscalYear = 0; // workload columns
    };
    QVariant displayValue(int row, const Column &column) const;

    QPointer<WorkbenchDocument> mDocument;
    std::vector<Column> mColumns;
    QStringList mOfficeIds; // per row
    double mThresholdMeters = 0.0;
};

} // namespace madoguchi::app
