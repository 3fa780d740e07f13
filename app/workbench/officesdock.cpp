#include "app/workbench/officesdock.h"
#include "app/lib/languagesettings.h"
#include "core/terms.h"

#include "app/workbench/officestablemodel.h"
#include "app/workbench/workbenchdocument.h"
#include "core/office.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelection>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace madoguchi::app {

namespace {

// Edits the decision column with a list of the four decisions (Japanese terms, as in the policy).
class DecisionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (Decision decision : {Decision::Keep, Decision::ServiceCorner, Decision::Close, Decision::Upgrade})
            combo->addItem(decisionName(decision, interfaceLanguage()), decisionKey(decision));
        // Commit as soon as a decision is picked, like a spreadsheet's list cell.
        connect(combo, &QComboBox::activated, combo, [this, combo] {
            auto *self = const_cast<DecisionDelegate *>(this);
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

OfficesDock::OfficesDock(WorkbenchDocument *document, QWidget *parent)
    : QDockWidget(tr("Offices"), parent), mDocument(document)
{
    setObjectName(QStringLiteral("officesDock"));
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    mFilter = new QLineEdit;
    mFilter->setObjectName(QStringLiteral("officesFilter"));
    mFilter->setPlaceholderText(tr("Filter offices (name, ward, kind …)"));
    mFilter->setClearButtonEnabled(true);
    layout->addWidget(mFilter);

    mModel = new OfficesTableModel(document, this);
    mProxy = new QSortFilterProxyModel(this);
    mProxy->setSourceModel(mModel);
    mProxy->setSortRole(OfficesTableModel::SortRole);
    mProxy->setFilterKeyColumn(-1);
    mProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    mProxy->setSortLocaleAware(true);

    mView = new QTableView;
    mView->setObjectName(QStringLiteral("officesTable"));
    mView->setModel(mProxy);
    mView->setSortingEnabled(true);
    mView->sortByColumn(-1, Qt::AscendingOrder); // table order until the user sorts
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mView->setAlternatingRowColors(true);
    mView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::SelectedClicked);
    mDecisionDelegate = new DecisionDelegate(mView);
    mView->setWordWrap(false);
    mView->verticalHeader()->setVisible(false);
    mView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    mView->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    mView->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    layout->addWidget(mView, 1);
    setWidget(page);

    connect(mFilter, &QLineEdit::textChanged, mProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OfficesDock::pushSelectionToDocument);
    connect(mView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(OfficesTableModel::OfficeIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT officeActivated(id);
    });
    connect(document, &WorkbenchDocument::selectionChanged, this, &OfficesDock::selectRowsOfDocumentSelection);
    // A reset model loses the view's selection; restore it from the document.
    connect(mModel, &QAbstractItemModel::modelReset, this, [this] {
        mView->resizeColumnsToContents();
        // Long texts (reasons, notes) stay readable in their tooltips.
        const int widest = mView->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24;
        for (int column = 0; column < mProxy->columnCount(); ++column)
            mView->setColumnWidth(column, std::min(mView->columnWidth(column), widest));
        const int decisionColumn = mModel->columnOf(QStringLiteral("decision"));
        for (int column = 0; column < mProxy->columnCount(); ++column)
            mView->setItemDelegateForColumn(column, column == decisionColumn ? mDecisionDelegate : nullptr);
        selectRowsOfDocumentSelection();
    });
}

void OfficesDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Offices"));
        mFilter->setPlaceholderText(tr("Filter offices (name, ward, kind …)"));
    }
    QDockWidget::changeEvent(event);
}

void OfficesDock::pushSelectionToDocument()
{
    if (mSyncing || !mDocument)
        return;
    QStringList ids;
    const QModelIndexList rows = mView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(OfficesTableModel::OfficeIdRole).toString();
    mSyncing = true;
    mDocument->setSelectedOfficeIds(ids);
    mSyncing = false;
}

void OfficesDock::selectRowsOfDocumentSelection()
{
    if (mSyncing || !mDocument)
        return;
    mSyncing = true;
    QItemSelection selection;
    QModelIndex first;
    for (const QString &id : mDocument->selectedOfficeIds()) {
        const int sourceRow = mModel->rowOfOffice(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex index = mProxy->mapFromSource(mModel->index(sourceRow, 0));
        if (!index.isValid())
            continue;
        selection.select(index, index.siblingAtColumn(mProxy->columnCount() - 1));
        if (!first.isValid())
            first = index;
    }
    mView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        mView->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        mView->scrollTo(first, QAbstractItemView::PositionAtCenter);
    }
    mSyncing = false;
}

} // namespace madoguchi::app
