#include "core/fiscalyear.h"

#include <QRegularExpression>

#include <array>

namespace madoguchi {

namespace {

// The Japanese eras that fiscal years in municipal tables are named by. A fiscal year is named by the
// era in force when it starts on 1 April, so the era's first fiscal year can be later than its first
// calendar year: 昭和 began on 25 December 1926, so FY1926 was 大正15年度 and there is no 昭和元年度;
// 平成 began on 8 January 1989, so FY1989 is 平成元年度. 令和 began on 1 May 2019; government bodies
// renamed FY2019 from 平成31年度 to 令和元年度, and both names occur in tables.
struct Era
{
    QString name;        // 平成
    QChar letter;        // h (lower case: headers are case-folded before matching)
    int yearOffset;      // western year = offset + era year
    int firstEraYear;    // the first era year that names a fiscal year
    int lastEraYear;     // the last one (0 = still current)
};

const std::array<Era, 3> &eras()
{
    static const std::array<Era, 3> list{{
        {QStringLiteral("昭和"), QLatin1Char('s'), 1925, 2, 63},
        {QStringLiteral("平成"), QLatin1Char('h'), 1988, 1, 31},
        {QStringLiteral("令和"), QLatin1Char('r'), 2018, 1, 0},
    }};
    return list;
}

// Western years a workload table can plausibly name.
constexpr int FirstWesternYear = 1900;
constexpr int LastWesternYear = 2199;

std::optional<int> westernYearFromEra(const Era &era, int eraYear)
{
    if (eraYear < era.firstEraYear)
        return std::nullopt;
    if (era.lastEraYear != 0 && eraYear > era.lastEraYear)
        return std::nullopt;
    return era.yearOffset + eraYear;
}

const Era *eraByName(QStringView name)
{
    for (const Era &era : eras()) {
        if (name == era.name)
            return &era;
    }
    return nullptr;
}

const Era *eraByLetter(QChar letter)
{
    for (const Era &era : eras()) {
        if (letter == era.letter)
            return &era;
    }
    return nullptr;
}

} // namespace

std::optional<int> fiscalYearFromColumnName(QStringView header)
{
    // NFKC turns full-width digits and letters and （） into ASCII; case folding makes H26 = h26.
    const QString text = header.toString().normalized(QString::NormalizationForm_KC).toCaseFolded().trimmed();
    if (text.isEmpty())
        return std::nullopt;

    // A marker counts only when it stands on its own among ASCII letters and digits: "h26_count" and
    // "受付件数h26" name a year, "th26", "h26x7" and "n03_004" do not. Japanese text and punctuation
    // around a marker are fine. Bare four-digit numbers ("PTN_2020", "2014") are not fiscal years:
    // population columns and calendar years look just like them.
    static const QRegularExpression japaneseEra(
        QStringLiteral("(昭和|平成|令和)\\s*(元|\\d{1,2})\\s*(年度)?(?!\\d|年)"));
    static const QRegularExpression letterEra(
        QStringLiteral("(?<![a-z0-9])([shr])(\\d{1,2})(?![a-z0-9])"));
    static const QRegularExpression westernFy(
        QStringLiteral("(?<![a-z0-9])fy[\\s_\\-]?(\\d{4})(?![a-z0-9])"));
    static const QRegularExpression westernNendo(QStringLiteral("(?<!\\d)(\\d{4})\\s*年度"));

    // Every marker found must agree: "h26_h27" names two years and so none.
    std::optional<int> found;
    bool conflicting = false;
    bool invalid = false;
    const auto accept = [&](std::optional<int> year) {
        if (!year) {
            invalid = true;
            return;
        }
        if (found && *found != *year)
            conflicting = true;
        found = year;
    };

    for (auto it = japaneseEra.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const Era *era = eraByName(match.capturedView(1));
        const QStringView number = match.capturedView(2);
        const int eraYear = number == QStringLiteral("元") ? 1 : number.toInt();
        accept(westernYearFromEra(*era, eraYear));
    }
    for (auto it = letterEra.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const Era *era = eraByLetter(match.capturedView(1).front());
        accept(westernYearFromEra(*era, match.capturedView(2).toInt()));
    }
    for (const QRegularExpression *western : {&westernFy, &westernNendo}) {
        for (auto it = western->globalMatch(text); it.hasNext();) {
            const int year = it.next().capturedView(1).toInt();
            if (year >= FirstWesternYear && year <= LastWesternYear)
                accept(year);
            else
                accept(std::nullopt);
        }
    }

    if (conflicting || invalid)
        return std::nullopt;
    return found;
}

QString fiscalYearJapanese(int fiscalYear)
{
    // Newest era first; see eras() for why FY2019 is 令和元年度 and not 平成31年度.
    for (auto era = eras().rbegin(); era != eras().rend(); ++era) {
        const int eraYear = fiscalYear - era->yearOffset;
        if (eraYear < era->firstEraYear)
            continue;
        if (era->lastEraYear != 0 && eraYear > era->lastEraYear)
            continue;
        const QString number = eraYear == 1 ? QStringLiteral("元") : QString::number(eraYear);
        return era->name + number + QStringLiteral("年度");
    }
    // Before 昭和 (or a nonsensical year): the western year is still unambiguous.
    return QString::number(fiscalYear) + QStringLiteral("年度");
}

QString fiscalYearKey(int fiscalYear)
{
    return QStringLiteral("FY") + QString::number(fiscalYear);
}

} // namespace madoguchi
