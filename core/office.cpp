#include "core/office.h"

#include <QRegularExpression>

#include <array>
#include <utility>

namespace madoguchi {

namespace {

// Table cells come from Excel sheets typed by hand: full-width letters, half-width katakana, stray
// spaces and mixed case are all common. NFKC folds the width variants, case folding the case; spaces,
// hyphens and underscores between English words are treated alike ("Ward Office" = "ward_office").
QString normalizedTerm(QStringView text)
{
    QString folded = text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded().trimmed();
    static const QRegularExpression separators(QStringLiteral("[\\s_\\-]+"));
    folded.replace(separators, QStringLiteral("_"));
    return folded;
}

struct Term
{
    QString text;
    OfficeKind kind;
};

} // namespace

std::optional<OfficeKind> parseOfficeKind(QStringView text)
{
    const QString term = normalizedTerm(text);
    if (term.isEmpty())
        return std::nullopt;

    static const std::array<std::pair<QString, OfficeKind>, 8> keys{{
        {QStringLiteral("ward_office"), OfficeKind::WardOffice},
        {QStringLiteral("ward"), OfficeKind::WardOffice},
        {QStringLiteral("wardoffice"), OfficeKind::WardOffice},
        {QStringLiteral("general_branch"), OfficeKind::GeneralBranch},
        {QStringLiteral("general_branch_office"), OfficeKind::GeneralBranch},
        {QStringLiteral("branch"), OfficeKind::Branch},
        {QStringLiteral("branch_office"), OfficeKind::Branch},
        {QStringLiteral("branchoffice"), OfficeKind::Branch},
    }};
    for (const auto &[key, kind] : keys) {
        if (term == key)
            return kind;
    }

    // Japanese terms may come with the office's own name around them (中央区役所, 城南総合出張所). In a
    // Japanese compound the last noun is the head, so the term that ends last wins, and of terms ending
    // at the same place the longest: 総合出張所 ends where its 出張所 ends and is more specific.
    static const std::array<Term, 5> japanese{{
        {QStringLiteral("区役所"), OfficeKind::WardOffice},
        {QStringLiteral("総合出張所"), OfficeKind::GeneralBranch},
        {QStringLiteral("総合支所"), OfficeKind::GeneralBranch},
        {QStringLiteral("出張所"), OfficeKind::Branch},
        {QStringLiteral("支所"), OfficeKind::Branch},
    }};
    std::optional<OfficeKind> best;
    qsizetype bestEnd = -1;
    qsizetype bestLength = 0;
    for (const Term &candidate : japanese) {
        const qsizetype at = term.lastIndexOf(candidate.text);
        if (at < 0)
            continue;
        const qsizetype end = at + candidate.text.size();
        if (end > bestEnd || (end == bestEnd && candidate.text.size() > bestLength)) {
            best = candidate.kind;
            bestEnd = end;
            bestLength = candidate.text.size();
        }
    }
    return best;
}

QString officeKindKey(OfficeKind kind)
{
    switch (kind) {
    case OfficeKind::WardOffice:
        return QStringLiteral("ward_office");
    case OfficeKind::GeneralBranch:
        return QStringLiteral("general_branch");
    case OfficeKind::Branch:
        return QStringLiteral("branch");
    }
    return {};
}


std::optional<Decision> parseDecision(QStringView text)
{
    // Whole-cell matches only: a decision cell that merely contains a term ("廃止しない", "存続を検討")
    // can mean the opposite, and a wrong decision is worse than an unrecognised one. "yes"/"no" are not
    // decisions (yes to what?); tables that use them need an explicit mapping by the planner.
    static const std::array<std::pair<QString, Decision>, 21> terms{{
        {QStringLiteral("keep"), Decision::Keep},
        {QStringLiteral("kept"), Decision::Keep},
        {QStringLiteral("継続"), Decision::Keep},
        {QStringLiteral("存続"), Decision::Keep},
        {QStringLiteral("維持"), Decision::Keep},
        {QStringLiteral("現状維持"), Decision::Keep},
        {QStringLiteral("service_corner"), Decision::ServiceCorner},
        {QStringLiteral("行政サービスコーナー"), Decision::ServiceCorner},
        {QStringLiteral("サービスコーナー"), Decision::ServiceCorner},
        {QStringLiteral("行政サービスコーナー化"), Decision::ServiceCorner},
        {QStringLiteral("close"), Decision::Close},
        {QStringLiteral("closed"), Decision::Close},
        {QStringLiteral("廃止"), Decision::Close},
        {QStringLiteral("閉鎖"), Decision::Close},
        {QStringLiteral("窓口廃止"), Decision::Close},
        {QStringLiteral("upgrade"), Decision::Upgrade},
        {QStringLiteral("upgraded"), Decision::Upgrade},
        {QStringLiteral("機能強化"), Decision::Upgrade},
        {QStringLiteral("格上げ"), Decision::Upgrade},
        {QStringLiteral("拡充"), Decision::Upgrade},
        {QStringLiteral("機能拡充"), Decision::Upgrade},
    }};
    const QString term = normalizedTerm(text);
    for (const auto &[candidate, decision] : terms) {
        if (term == candidate)
            return decision;
    }
    return std::nullopt;
}

QString decisionKey(Decision decision)
{
    switch (decision) {
    case Decision::Keep:
        return QStringLiteral("keep");
    case Decision::ServiceCorner:
        return QStringLiteral("service_corner");
    case Decision::Close:
        return QStringLiteral("close");
    case Decision::Upgrade:
        return QStringLiteral("upgrade");
    }
    return {};
}


const Office *findOffice(const std::vector<Office> &offices, QStringView id)
{
    const int index = findOfficeIndex(offices, id);
    return index < 0 ? nullptr : &offices[std::size_t(index)];
}

int findOfficeIndex(const std::vector<Office> &offices, QStringView id)
{
    for (std::size_t i = 0; i < offices.size(); ++i)
        if (offices[i].id == id)
            return int(i);
    return -1;
}

} // namespace madoguchi
