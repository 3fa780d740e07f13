#pragma once

#include "core/criteria.h"

#include <QWizardPage>

class QLabel;

namespace madoguchi::app {
class CriteriaForm;
}

namespace madoguchi::app::wizard {

// 7. The recommendation's criteria (a CriteriaForm): the distance guide ("thresholdKm"), the workload
// threshold ("workloadThresholdSet", "workloadThreshold") with the fiscal year it judges (the combo
// "workloadFiscalYear", offering the years the offices page maps), and the catchment threshold
// ("catchmentThresholdSet", "catchmentThreshold"). Both thresholds start set to the suggested values, so
// that a new project recommends from the start; "criteriaStatus" says what the recommendation will judge
// by with the data chosen, or what it lacks.
class CriteriaPage : public QWizardPage
{
public:
    CriteriaPage();

    void initializePage() override;

    Criteria criteria() const;

private:
    void updateStatus();

    CriteriaForm *mForm = nullptr;
    QLabel *mStatus = nullptr;
    bool mHasWorkload = false;
    bool mHasPopulation = false;
};

} // namespace madoguchi::app::wizard
