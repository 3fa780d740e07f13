#pragma once

#include <QDockWidget>
#include <QPointer>

class QLineEdit;
class QSortFilterProxyModel;
class QStyledItemDelegate;
class QTableView;

namespace madoguchi::app {

class OfficesTableModel;
class WorkbenchDocument;

// The branch offices as a table (OfficesTableModel) that sorts by any column and filters by text in
// any column. Its selection is the document's selection: selecting rows selects the offices, and a
// selection made elsewhere (the map) selects and scrolls to their rows. The document must outlive the
// dock or be destroyed with it.
class OfficesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit OfficesDock(WorkbenchDocument *document, QWidget *parent = nullptr);

    QTableView *view() const { return mView; }
    OfficesTableModel *model() const { return mModel; }
    QSortFilterProxyModel *proxy() const { return mProxy; }
    QLineEdit *filterEdit() const { return mFilter; }

Q_SIGNALS:
    // A row was double-clicked (or Enter pressed on it): e.g. zoom the map to the office.
    void officeActivated(const QString &officeId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void selectRowsOfDocumentSelection();
    void pushSelectionToDocument();

    QPointer<WorkbenchDocument> mDocument;
    OfficesTableModel *mModel = nullptr;
    QSortFilterProxyModel *mProxy = nullptr;
    QTableView *mView = nullptr;
    QLineEdit *mFilter = nullptr;
    QStyledItemDelegate *mDecisionDelegate = nullptr; // owned by mView
    bool mSyncing = false;
};

} // namespace madoguchi::app
