#pragma once

#include "core/criteria.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace madoguchi::app {

// Edits the criteria the recommendation judges with: the workload threshold (transactions in the judged
// fiscal year), the fiscal year, and the catchment threshold used when the table has no workload. Each
// threshold can be left unset (a check box), in which case that measure cannot decide and the
// recommendation says so. The distance guide has its own dialog.
class CriteriaDialog : public QDialog
{
    Q_OBJECT

public:
    // `fiscalYears`: the years the offices table (with imported counts) has, ascending.
    CriteriaDialog(const Criteria &criteria, const std::vector<int> &fiscalYears, QWidget *parent = nullptr);

    // The edited criteria (the distance guide is passed through unchanged).
    Criteria criteria() const;

    QCheckBox *workloadCheck() const { return mWorkloadCheck; }
    QSpinBox *workloadSpin() const { return mWorkload; }
    QCheckBox *catchmentCheck() const { return mCatchmentCheck; }
    QSpinBox *catchmentSpin() const { return mCatchment; }
    QComboBox *fiscalYearCombo() const { return mFiscalYear; }

private:
    Criteria mCriteria;
    QCheckBox *mWorkloadCheck = nullptr;
    QSpinBox *mWorkload = nullptr;
    QComboBox *mFiscalYear = nullptr;
    QCheckBox *mCatchmentCheck = nullptr;
    QSpinBox *mCatchment = nullptr;
};

} // namespace madoguchi::app
