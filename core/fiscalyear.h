#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace madoguchi {

// Japanese fiscal years run from April to March and are named by the western year in which they start
// (平成26年度 = FY2014 = April 2014 – March 2015).

// Recognises a workload column header naming one fiscal year and returns that year: "fy2014",
// "FY2014_count", "2014年度", "H26", "h26_count", "平成26年度", "平成２６年度", "受付件数_H26",
// "受付件数（平成26年度）", "R1", "令和元年度", "令和2年度". Width-insensitive (full-width digits).
// Returns nullopt for anything else (including bare numbers and coordinate or name columns).
std::optional<int> fiscalYearFromColumnName(QStringView header);

// "平成26年度" for 2014, "令和元年度" for 2019, "令和2年度" for 2020. FY2019 began in 平成 but is named
// 令和元年度, as government bodies relabelled it; 平成31年度 and H31 still read as 2019.
QString fiscalYearJapanese(int fiscalYear);
// "FY2014"
QString fiscalYearKey(int fiscalYear);

} // namespace madoguchi
