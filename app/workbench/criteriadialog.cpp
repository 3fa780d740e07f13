#include "app/workbench/criteriadialog.h"

#include "core/fiscalyear.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace madoguchi::app {

CriteriaDialog::CriteriaDialog(const Criteria &criteria, const std::vector<int> &fiscalYears, QWidget *parent)
    : QDialog(parent), mCriteria(criteria)
{
    setObjectName(QStringLiteral("criteriaDialog"));
    setWindowTitle(tr("Recommendation Thresholds"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A branch office within the distance guide is a candidate for closure or a "
                                "service corner when its workload (受付件数) is at or below the workload "
                                "threshold; when the offices table has no workload for the year, its catchment "
                                "population is judged instead. A threshold left unset cannot decide."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    mWorkloadCheck = new QCheckBox(tr("Workload at or below"));
    mWorkload = new QSpinBox;
    mWorkload->setObjectName(QStringLiteral("workloadThreshold"));
    mWorkload->setRange(0, 100000000);
    mWorkload->setSingleStep(1000);
    mWorkload->setGroupSeparatorShown(true);
    mWorkload->setSuffix(tr(" transactions"));
    mWorkloadCheck->setChecked(criteria.workloadThreshold.has_value());
    mWorkload->setValue(int(std::lround(criteria.workloadThreshold.value_or(20000.0))));
    form->addRow(mWorkloadCheck, mWorkload);

    mFiscalYear = new QComboBox;
    mFiscalYear->setObjectName(QStringLiteral("workloadFiscalYear"));
    mFiscalYear->addItem(tr("The latest year in the table"), QVariant());
    for (int year : fiscalYears)
        mFiscalYear->addItem(QStringLiteral("%1 (%2)").arg(fiscalYearJapanese(year), fiscalYearKey(year)), year);
    if (criteria.workloadFiscalYear) {
        const int index = mFiscalYear->findData(*criteria.workloadFiscalYear);
        if (index < 0)
            mFiscalYear->addItem(tr("%1 (%2, not in the table)")
                                     .arg(fiscalYearJapanese(*criteria.workloadFiscalYear),
                                          fiscalYearKey(*criteria.workloadFiscalYear)),
                                 *criteria.workloadFiscalYear);
        mFiscalYear->setCurrentIndex(mFiscalYear->findData(*criteria.workloadFiscalYear));
    }
    form->addRow(tr("Fiscal year:"), mFiscalYear);

    mCatchmentCheck = new QCheckBox(tr("Catchment population at or below"));
    mCatchment = new QSpinBox;
    mCatchment->setObjectName(QStringLiteral("catchmentThreshold"));
    mCatchment->setRange(0, 100000000);
    mCatchment->setSingleStep(1000);
    mCatchment->setGroupSeparatorShown(true);
    mCatchment->setSuffix(tr(" residents"));
    mCatchmentCheck->setChecked(criteria.catchmentThreshold.has_value());
    mCatchment->setValue(int(std::lround(criteria.catchmentThreshold.value_or(50000.0))));
    form->addRow(mCatchmentCheck, mCatchment);
    layout->addLayout(form);

    auto sync = [this] {
        mWorkload->setEnabled(mWorkloadCheck->isChecked());
        mCatchment->setEnabled(mCatchmentCheck->isChecked());
    };
    connect(mWorkloadCheck, &QCheckBox::toggled, this, sync);
    connect(mCatchmentCheck, &QCheckBox::toggled, this, sync);
    sync();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

Criteria CriteriaDialog::criteria() const
{
    Criteria criteria = mCriteria;
    criteria.workloadThreshold =
        mWorkloadCheck->isChecked() ? std::optional<double>(mWorkload->value()) : std::nullopt;
    criteria.catchmentThreshold =
        mCatchmentCheck->isChecked() ? std::optional<double>(mCatchment->value()) : std::nullopt;
    const QVariant year = mFiscalYear->currentData();
    criteria.workloadFiscalYear = year.isValid() ? std::optional<int>(year.toInt()) : std::nullopt;
    return criteria;
}

} // namespace madoguchi::app
