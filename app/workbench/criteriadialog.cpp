#include "app/workbench/criteriadialog.h"

#include "app/workbench/criteriaform.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace madoguchi::app {

CriteriaDialog::CriteriaDialog(const Criteria &criteria, const std::vector<int> &fiscalYears, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("criteriaDialog"));
    setWindowTitle(tr("Recommendation Thresholds"));

    auto *layout = new QVBoxLayout(this);
    mForm = new CriteriaForm(CriteriaForm::DistanceGuide::Hidden);
    mForm->setCriteria(criteria, fiscalYears);
    layout->addWidget(mForm);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

Criteria CriteriaDialog::criteria() const
{
    return mForm->criteria();
}

} // namespace madoguchi::app
