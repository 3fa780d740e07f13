#include "app/workbench/criteriaform.h"

#include "app/workbench/wizardwidgets.h"

#include "app/lib/languagesettings.h"
#include "core/terms.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include <cmath>

namespace madoguchi::app {

namespace {

QSpinBox *thresholdSpin(const QString &objectName, const QString &suffix)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(0, 100000000);
    spin->setSingleStep(1000);
    spin->setGroupSeparatorShown(true);
    spin->setSuffix(suffix);
    return spin;
}

} // namespace

CriteriaForm::CriteriaForm(DistanceGuide distanceGuide, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("criteriaForm"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    if (distanceGuide == DistanceGuide::Shown)
        addDistanceRow(form);
    addWorkloadRows(form);
    addCatchmentRow(form);
    form->addRow(wizard::makeNoteLabel(tr("A threshold left unset cannot decide: the recommendation then says “Undetermined” "
                         "for the branch offices within the distance guide.")));
    connect(mWorkloadCheck, &QCheckBox::toggled, this, &CriteriaForm::syncEnabled);
    connect(mCatchmentCheck, &QCheckBox::toggled, this, &CriteriaForm::syncEnabled);
    setCriteria(Criteria(), {});
}

void CriteriaForm::addDistanceRow(QFormLayout *form)
{
    mDistance = new QDoubleSpinBox;
    mDistance->setObjectName(QStringLiteral("thresholdKm"));
    mDistance->setRange(0.1, 100.0);
    mDistance->setDecimals(1);
    mDistance->setSingleStep(0.5);
    mDistance->setSuffix(tr(" km"));
    form->addRow(tr("Distance guide:"), mDistance);
    form->addRow(wizard::makeNoteLabel(tr("The straight distance from a branch office to the nearest ward office "
                                    "within which its counter is reviewed; one farther away is kept. "
                                    "Kumamoto's 2016 policy used 5 km.")));
}

void CriteriaForm::addWorkloadRows(QFormLayout *form)
{
    mWorkloadCheck = new QCheckBox(tr("Workload at or below"));
    mWorkloadCheck->setObjectName(QStringLiteral("workloadThresholdSet"));
    mWorkload = thresholdSpin(QStringLiteral("workloadThreshold"), tr(" transactions"));
    form->addRow(mWorkloadCheck, mWorkload);
    mFiscalYear = new QComboBox;
    mFiscalYear->setObjectName(QStringLiteral("workloadFiscalYear"));
    form->addRow(tr("Fiscal year:"), mFiscalYear);
    form->addRow(wizard::makeNoteLabel(tr("A branch office within the distance guide whose workload (transactions "
                                    "received at its counter in this fiscal year) is at or below this is a "
                                    "candidate for review.")));
}

void CriteriaForm::addCatchmentRow(QFormLayout *form)
{
    mCatchmentCheck = new QCheckBox(tr("Catchment population at or below"));
    mCatchmentCheck->setObjectName(QStringLiteral("catchmentThresholdSet"));
    mCatchment = thresholdSpin(QStringLiteral("catchmentThreshold"), tr(" residents"));
    form->addRow(mCatchmentCheck, mCatchment);
    form->addRow(wizard::makeNoteLabel(tr("Used when the offices table has no workload for the year: a branch office "
                                    "within the guide whose catchment (the residents for whom it is the "
                                    "nearest counter) is at or below this is a candidate for review. It needs "
                                    "a population layer.")));
}

void CriteriaForm::setCriteria(const Criteria &criteria, const std::vector<int> &fiscalYears)
{
    mCriteria = criteria;
    if (mDistance)
        mDistance->setValue(criteria.distanceThresholdMeters / 1000.0);
    mWorkloadCheck->setChecked(criteria.workloadThreshold.has_value());
    mWorkload->setValue(int(std::lround(criteria.workloadThreshold.value_or(SuggestedWorkloadThreshold))));
    mCatchmentCheck->setChecked(criteria.catchmentThreshold.has_value());
    mCatchment->setValue(int(std::lround(criteria.catchmentThreshold.value_or(SuggestedCatchmentThreshold))));
    fillFiscalYears(criteria.workloadFiscalYear, fiscalYears);
    syncEnabled();
}

void CriteriaForm::fillFiscalYears(const std::optional<int> &chosen, const std::vector<int> &fiscalYears)
{
    const Language language = interfaceLanguage();
    mFiscalYear->clear();
    mFiscalYear->addItem(tr("The latest year in the table"), QVariant());
    for (int year : fiscalYears)
        mFiscalYear->addItem(fiscalYearName(year, language), year);
    if (!chosen)
        return;
    if (mFiscalYear->findData(*chosen) < 0)
        mFiscalYear->addItem(tr("%1 (not in the table)").arg(fiscalYearName(*chosen, language)), *chosen);
    mFiscalYear->setCurrentIndex(mFiscalYear->findData(*chosen));
}

void CriteriaForm::syncEnabled()
{
    mWorkload->setEnabled(mWorkloadCheck->isChecked());
    mCatchment->setEnabled(mCatchmentCheck->isChecked());
}

Criteria CriteriaForm::criteria() const
{
    Criteria criteria = mCriteria;
    if (mDistance)
        criteria.distanceThresholdMeters = mDistance->value() * 1000.0;
    criteria.workloadThreshold =
        mWorkloadCheck->isChecked() ? std::optional<double>(mWorkload->value()) : std::nullopt;
    criteria.catchmentThreshold =
        mCatchmentCheck->isChecked() ? std::optional<double>(mCatchment->value()) : std::nullopt;
    const QVariant year = mFiscalYear->currentData();
    criteria.workloadFiscalYear = year.isValid() ? std::optional<int>(year.toInt()) : std::nullopt;
    return criteria;
}

} // namespace madoguchi::app
