#pragma once

#include "core/office.h"

#include <QString>

#include <utility>
#include <vector>

namespace madoguchi {
struct ScenarioImpact;
}

namespace madoguchi::app {

// One line of a scenario's summary: a label and its value, plain text; a line with an empty value is a
// note that stands alone.
using SummaryRow = std::pair<QString, QString>;

// What a scenario does to the counters, for the planner deciding on it and the council reading the
// report: counters open before → after, the closed counters by name, the workload moved (or why it is
// not known), the residents (and those aged 65+) farther than the distance guide from an open counter
// before → after, and the residents whose counter closes. `impact` may be null (the one line says there
// is none); `offices` is the table it was assessed on; `thresholdMeters` names the guide when the impact
// has no population layer. Numbers with thousands separators and units (人, transactions, km); texts in
// the language of the installed translators (context "ImpactSummary"). The impact panel and the report
// show these rows.
std::vector<SummaryRow> impactSummaryRows(const ScenarioImpact *impact, const std::vector<Office> &offices,
                                          double thresholdMeters);

} // namespace madoguchi::app
