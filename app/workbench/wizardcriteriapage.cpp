#include "app/workbench/wizardcriteriapage.h"

#include "app/workbench/criteriaform.h"
#include "app/workbench/newprojectwizard.h"
#include "app/workbench/wizardwidgets.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace madoguchi::app::wizard {

CriteriaPage::CriteriaPage()
{
    setTitle(NewProjectWizard::tr("Recommendation"));
    setSubTitle(NewProjectWizard::tr("What the recommendation judges the branch offices by. It only names "
                                     "candidates for review; the decisions are yours. Everything here can be "
                                     "changed later under Analysis."));
    mForm = new CriteriaForm(CriteriaForm::DistanceGuide::Shown);
    Criteria suggested;
    suggested.workloadThreshold = CriteriaForm::SuggestedWorkloadThreshold;
    suggested.catchmentThreshold = CriteriaForm::SuggestedCatchmentThreshold;
    mForm->setCriteria(suggested, {});
    mStatus = makeStatusLabel(QStringLiteral("criteriaStatus"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mForm);
    layout->addSpacing(8);
    layout->addWidget(mStatus);
    layout->addStretch(1);

    registerField(QStringLiteral("thresholdKm"), mForm->distanceSpin(), "value", SIGNAL(valueChanged(double)));
    registerField(QStringLiteral("workloadThresholdSet"), mForm->workloadCheck());
    registerField(QStringLiteral("workloadThreshold"), mForm->workloadSpin());
    registerField(QStringLiteral("catchmentThresholdSet"), mForm->catchmentCheck());
    registerField(QStringLiteral("catchmentThreshold"), mForm->catchmentSpin());
    for (QCheckBox *check : {mForm->workloadCheck(), mForm->catchmentCheck()})
        connect(check, &QCheckBox::toggled, this, &CriteriaPage::updateStatus);
}

// Offers the fiscal years the offices page maps, keeping what the planner entered.
void CriteriaPage::initializePage()
{
    auto *projectWizard = qobject_cast<NewProjectWizard *>(wizard());
    std::vector<int> years;
    mHasPopulation = false;
    if (projectWizard) {
        const Project project = projectWizard->project();
        if (const auto offices = project.layers.find(LayerRole::Offices); offices != project.layers.end())
            for (const auto &[year, column] : offices->second.fields.workloadByFiscalYear)
                years.push_back(year);
        mHasPopulation = project.layers.count(LayerRole::Population) > 0;
    }
    mHasWorkload = !years.empty();
    mForm->setCriteria(mForm->criteria(), years);
    updateStatus();
}

Criteria CriteriaPage::criteria() const
{
    return mForm->criteria();
}

// What the recommendation will judge by with the data chosen on the earlier pages.
void CriteriaPage::updateStatus()
{
    const Criteria criteria = mForm->criteria();
    if (mHasWorkload && criteria.workloadThreshold) {
        setStatus(mStatus, StatusKind::Good,
                  esc(NewProjectWizard::tr("The offices table has workload columns: the recommendation judges "
                                           "the branch offices within the guide by their workload.")));
    } else if (!mHasWorkload && mHasPopulation && criteria.catchmentThreshold) {
        setStatus(mStatus, StatusKind::Good,
                  esc(NewProjectWizard::tr("The offices table has no workload columns: the recommendation judges "
                                           "the branch offices within the guide by their catchment population.")));
    } else if (!mHasWorkload && !mHasPopulation) {
        setStatus(mStatus, StatusKind::Warning,
                  esc(NewProjectWizard::tr("The offices table has no workload columns and no population layer is "
                                           "chosen: the branch offices within the guide stay “Undetermined” until "
                                           "workload counts are imported (File ▸ Import Workload Counts) or a "
                                           "population layer is added.")));
    } else {
        setStatus(mStatus, StatusKind::Warning,
                  esc(NewProjectWizard::tr("The threshold for the data chosen is unset: the branch offices within "
                                           "the guide stay “Undetermined”.")));
    }
}

} // namespace madoguchi::app::wizard
