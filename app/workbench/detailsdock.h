#pragma once

#include <QDockWidget>
#include <QPointer>

class QTextBrowser;

namespace madoguchi::app {

class WorkbenchDocument;

// What is known about the selected office: its name, kind, ward and address; the nearest ward office
// and the distance to it (km and m, geodesic) against the threshold; its own ward's office and the
// distance; the ward and school district at its site (marked when the districts are approximate);
// its catchment population (and 65+); its workload per fiscal year. With nothing selected it shows
// the project: its notes and what the planner should know about how the data was read. Follows the
// document's selection; the document must outlive the dock or be destroyed with it.
class DetailsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit DetailsDock(WorkbenchDocument *document, QWidget *parent = nullptr);

    // The text shown, without markup (for tests and copying).
    QString plainText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QString officeHtml(const QString &officeId) const;
    QString projectHtml() const;

    QPointer<WorkbenchDocument> mDocument;
    QTextBrowser *mBrowser = nullptr;
};

} // namespace madoguchi::app
