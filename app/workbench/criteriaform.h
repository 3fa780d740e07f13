#pragma once

#include "core/criteria.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;

namespace madoguchi::app {

// The criteria the recommendation judges with, as a form: the distance guide (when asked for), the
// workload threshold and the fiscal year it judges, and the catchment threshold used when the offices
// table has no workload for that year. Each threshold can be left unset (a check box), in which case
// that measure cannot decide and the recommendation says so. Under each field a sentence says what it
// is for. The recommendation thresholds dialog and the new-project wizard both show it.
class CriteriaForm : public QWidget
{
    Q_OBJECT

public:
    enum class DistanceGuide { Shown, Hidden };

    // Starting values offered for a threshold that is not set yet: a place to start from for a city
    // the size of Kumamoto, not a rule.
    static constexpr double SuggestedWorkloadThreshold = 20000.0;
    static constexpr double SuggestedCatchmentThreshold = 50000.0;

    explicit CriteriaForm(DistanceGuide distanceGuide, QWidget *parent = nullptr);

    // Shows `criteria`; `fiscalYears` are the years the offices table has, ascending. A threshold that
    // is not set is shown unticked with the suggested value.
    void setCriteria(const Criteria &criteria, const std::vector<int> &fiscalYears);
    // The criteria as edited (the distance guide passed through unchanged when it is not shown).
    Criteria criteria() const;

    QDoubleSpinBox *distanceSpin() const { return mDistance; } // nullptr when hidden
    QCheckBox *workloadCheck() const { return mWorkloadCheck; }
    QSpinBox *workloadSpin() const { return mWorkload; }
    QComboBox *fiscalYearCombo() const { return mFiscalYear; }
    QCheckBox *catchmentCheck() const { return mCatchmentCheck; }
    QSpinBox *catchmentSpin() const { return mCatchment; }

private:
    void addDistanceRow(QFormLayout *form);
    void addWorkloadRows(QFormLayout *form);
    void addCatchmentRow(QFormLayout *form);
    void fillFiscalYears(const std::optional<int> &chosen, const std::vector<int> &fiscalYears);
    void syncEnabled();

    Criteria mCriteria;
    QDoubleSpinBox *mDistance = nullptr;
    QCheckBox *mWorkloadCheck = nullptr;
    QSpinBox *mWorkload = nullptr;
    QComboBox *mFiscalYear = nullptr;
    QCheckBox *mCatchmentCheck = nullptr;
    QSpinBox *mCatchment = nullptr;
};

} // namespace madoguchi::app
