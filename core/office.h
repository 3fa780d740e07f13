#pragma once

#include "core/geopoint.h"

#include <QString>
#include <QStringView>

#include <map>
#include <optional>
#include <vector>

namespace madoguchi {

enum class OfficeKind {
    WardOffice,    // 区役所
    GeneralBranch, // 総合出張所
    Branch,        // 出張所
};

// What a scenario does with a branch office's counter.
enum class Decision {
    Keep,          // 継続
    ServiceCorner, // 行政サービスコーナー (stage 1: certificates only)
    Close,         // 廃止 (stage 2)
    Upgrade,       // 機能強化 (e.g. to full general-branch functions)
};

// Accepts the project's keys ("ward_office", "general_branch", "branch") and the Japanese terms
// (区役所, 総合出張所, 出張所, 支所 …), case- and width-insensitive. nullopt when not recognised.
std::optional<OfficeKind> parseOfficeKind(QStringView text);
QString officeKindKey(OfficeKind kind); // "ward_office", "general_branch", "branch"; names: core/terms.h

// Accepts "keep", "service_corner", "close", "upgrade" and Japanese terms (継続, 存続, 廃止, 閉鎖,
// 行政サービスコーナー, 機能強化, 格上げ …). nullopt when not recognised.
std::optional<Decision> parseDecision(QStringView text);
QString decisionKey(Decision decision); // "keep", "service_corner", "close", "upgrade"; names: core/terms.h

// Workload counts (受付件数) by office id, then fiscal year (western year in which it starts); a year
// present with nullopt is a known-empty cell (missing, not zero). Used for counts imported into a
// project, which take precedence over the offices table's own columns for the same office and year.
using WorkloadCounts = std::map<QString, std::map<int, std::optional<double>>>;

// One office with a service counter, as read from the offices table.
struct Office
{
    QString id;     // unique within the table
    QString name;   // Japanese name as in the table, e.g. 大江出張所
    QString nameEn; // may be empty
    OfficeKind kind = OfficeKind::Branch;
    QString ward;    // the ward the table puts it in, e.g. 中央区
    QString address; // may be empty
    GeoPoint location;
    // The decision recorded in the table (e.g. the 2016 policy), if the table has one.
    std::optional<Decision> recordedDecision;
    // Counter workload (受付件数) per fiscal year (the western year in which the fiscal year starts in
    // April: 平成26年度 = 2014). A year present with nullopt means the cell was empty: missing, not zero.
    std::map<int, std::optional<double>> workloadByFiscalYear;
    // 1-based data row (or feature number) in the source, for messages.
    int sourceRow = 0;

    bool isWardOffice() const { return kind == OfficeKind::WardOffice; }
    bool operator==(const Office &) const = default;
    bool isBranchOffice() const { return kind != OfficeKind::WardOffice; }
};

// The office with that id, or nullptr. Ids are unique within a table (gis::readOfficeTable checks).
const Office *findOffice(const std::vector<Office> &offices, QStringView id);
// Its index in `offices`, or -1.
int findOfficeIndex(const std::vector<Office> &offices, QStringView id);

} // namespace madoguchi
