#pragma once

#include "core/criteria.h"

#include <QDialog>

#include <vector>

namespace madoguchi::app {

class CriteriaForm;

// Edits the criteria the recommendation judges with (a CriteriaForm): the workload threshold
// (transactions in the judged fiscal year), the fiscal year, and the catchment threshold used when the
// table has no workload. The distance guide has its own dialog.
class CriteriaDialog : public QDialog
{
    Q_OBJECT

public:
    // `fiscalYears`: the years the offices table (with imported counts) has, ascending.
    CriteriaDialog(const Criteria &criteria, const std::vector<int> &fiscalYears, QWidget *parent = nullptr);

    // The edited criteria (the distance guide is passed through unchanged).
    Criteria criteria() const;

    CriteriaForm *form() const { return mForm; }

private:
    CriteriaForm *mForm = nullptr;
};

} // namespace madoguchi::app
