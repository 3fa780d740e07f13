#pragma once

#include "core/closureproblem.h"
#include "core/office.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace madoguchi::app {

// The closure optimiser's answer in words, for the planner and the council: the sentence comparing the
// scenario with the best set of the same size, the lines saying what the optimiser was allowed to do,
// and the rows of the frontier's table. Texts in the language of the installed translators (context
// "FrontierSummaryText"), numbers with thousands separators, office names as the table has them.

// The scenario's closures against the best set of as many closures, in plain words: the residents (and
// those aged 65+) it leaves beyond the distance guide, or its mean distance, by the measure optimised,
// against the best set's, and which counters the best set closes instead ("…の代わりに…を廃止すると…");
// that it is as good (and whether it is the same set); that the frontier has no set of its size (none
// meets the constraints); that the best set was not proven optimal, with the solver's bound; that the
// scenario closes a counter the constraints keep open (or keeps one they close); or that there is no
// scenario to compare.
QString frontierComparisonSentence(const ClosureOptimisation &optimisation, const std::vector<Office> &offices);

// What the optimiser was allowed to do, one line each: the distance guide, how many counters it could
// close, the counters kept open and why (KeepReason), those closed as asked, the limits on the
// workload and on what an open counter may gain, and the constraints that could not be applied.
QStringList frontierConstraintLines(const ClosureOptimisation &optimisation, const std::vector<Office> &offices);

// The office's name for a crowded chart: without its kind's suffix (城南総合出張所 → 城南, 大江出張所 →
// 大江) where no other office of the table would then share it, else the table's name; the id when the
// table has no such office.
QString shortOfficeName(const std::vector<Office> &offices, const QString &officeId);

// What `set` changes against `previous` (the frontier's set with fewer closures before it), named with
// shortOfficeName: "＋城南" for a counter it closes too, "−大江" for one it opens again, in table order,
// closures first ("＋A ＋B −C"). Without `previous`: its closures, or 廃止なし / "None closed".
QString closureChangeText(const ClosureSet *previous, const ClosureSet &set, const std::vector<Office> &offices);

// A value of `measure` (residents, or the mean distance in metres) with its unit: "4,671 residents" /
// "4,671人", "2.45 km", "850 m" (below 1 km).
QString harmValueText(HarmMeasure measure, double value);

// One row of the frontier's table (the report's and the command line's).
struct FrontierRowText
{
    int closures = 0;
    QString closedOffices;     // the table's names, in table order; "none" when nothing closes
    QString closedShortNames;  // the same with shortOfficeName (大江, 東部), for a narrow column
    QString residentsBeyond;   // "4,671"
    QString residents65Beyond; // "1,234"
    QString meanDistanceKm;    // "2.45"
    bool provenOptimal = false;
    QString proven;            // "proven", or "not proven (bound 4,050 residents)"
};

// A row per set of the frontier, in increasing closures.
std::vector<FrontierRowText> frontierRowTexts(const ClosureOptimisation &optimisation,
                                              const std::vector<Office> &offices);
// The table's column headers, parallel to FrontierRowText's texts: closures, closed counters (either
// form of the names), residents beyond the guide (naming it), 65+ beyond it, mean distance (km), proven
// optimal.
QStringList frontierTableHeaders(const ClosureOptimisation &optimisation);

} // namespace madoguchi::app
