#pragma once

#include "core/criteria.h"
#include "core/fieldmapping.h"
#include "core/project.h"

#include <QString>
#include <QStringList>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace madoguchi::app::wizard {

// 8. What will be written ("summaryText": each layer's path as the project file will store it, its
// encoding, CRS and fields, and the recommendation's criteria) and the source credits ("credits").
// A failed save is shown in "summaryError".
class SummaryPage : public QWizardPage
{
public:
    SummaryPage();

    void initializePage() override;
    void showError(const QString &html);

private:
    QString encodingSummary(LayerRole role) const;
    static QString roleName(LayerRole role);
    static QStringList fieldsText(const FieldMapping &fields);
    static QString criteriaText(const Criteria &criteria);

    QLabel *mSummary = nullptr;
    QPlainTextEdit *mCredits = nullptr;
    QLabel *mError = nullptr;
};

} // namespace madoguchi::app::wizard
