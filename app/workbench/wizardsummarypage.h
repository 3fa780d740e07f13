#pragma once

#include "core/fieldmapping.h"
#include "core/project.h"

#include <QString>
#include <QStringList>
#include <QWizardPage>

class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;

namespace madoguchi::app::wizard {

// 7. What will be written ("summaryText": each layer's path as the project file will store it, its
// encoding, CRS and fields), the distance guide ("thresholdKm") and the source credits ("credits").
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

    QLabel *mSummary = nullptr;
    QDoubleSpinBox *mThreshold = nullptr;
    QPlainTextEdit *mCredits = nullptr;
    QLabel *mError = nullptr;
};

} // namespace madoguchi::app::wizard
