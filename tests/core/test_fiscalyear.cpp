#include "testsupport.h"

#include "core/fiscalyear.h"
#include "core/terms.h"

using madoguchi::fiscalYearFromColumnName;
using madoguchi::fiscalYearJapanese;
using madoguchi::fiscalYearKey;
using madoguchi::fiscalYearName;
using madoguchi::Language;

namespace {

std::optional<int> yearOf(const char16_t *header)
{
    return fiscalYearFromColumnName(QStringView(header));
}

} // namespace

TEST_CASE("western fiscal-year headers with an FY marker name their year", "[fiscalyear]")
{
    CHECK(yearOf(u"fy2014") == 2014);
    CHECK(yearOf(u"FY2014") == 2014);
    CHECK(yearOf(u"FY2014_count") == 2014);
    CHECK(yearOf(u"fy2014_count") == 2014);
    CHECK(yearOf(u"count_fy2014") == 2014);
    CHECK(yearOf(u"fy_2015") == 2015);
    CHECK(yearOf(u"FY 2016") == 2016);
    CHECK(yearOf(u"  fy2017  ") == 2017);
    CHECK(yearOf(u"受付件数_FY2013") == 2013);
}

TEST_CASE("headers with 年度 after a western year name that fiscal year", "[fiscalyear]")
{
    CHECK(yearOf(u"2014年度") == 2014);
    CHECK(yearOf(u"2014年度受付件数") == 2014);
    CHECK(yearOf(u"受付件数（2015年度）") == 2015);
    CHECK(yearOf(u"２０１６年度") == 2016);
}

TEST_CASE("Japanese era headers are converted to the western year the fiscal year starts in",
          "[fiscalyear]")
{
    CHECK(yearOf(u"平成26年度") == 2014);
    CHECK(yearOf(u"平成２６年度") == 2014);
    CHECK(yearOf(u"平成26") == 2014);
    CHECK(yearOf(u"平成元年度") == 1989);
    CHECK(yearOf(u"平成31年度") == 2019);
    CHECK(yearOf(u"令和元年度") == 2019);
    CHECK(yearOf(u"令和2年度") == 2020);
    CHECK(yearOf(u"令和５年度") == 2023);
    CHECK(yearOf(u"昭和63年度") == 1988);
    CHECK(yearOf(u"受付件数（平成26年度）") == 2014);
    CHECK(yearOf(u"受付件数(平成27年度)") == 2015);
    CHECK(yearOf(u"平成 28 年度") == 2016);
}

TEST_CASE("era letter headers are converted like the era names", "[fiscalyear]")
{
    CHECK(yearOf(u"H26") == 2014);
    CHECK(yearOf(u"h26") == 2014);
    CHECK(yearOf(u"Ｈ２６") == 2014);
    CHECK(yearOf(u"h26_count") == 2014);
    CHECK(yearOf(u"受付件数_H26") == 2014);
    CHECK(yearOf(u"H26受付件数") == 2014);
    CHECK(yearOf(u"受付件数H27") == 2015);
    CHECK(yearOf(u"R1") == 2019);
    CHECK(yearOf(u"r2") == 2020);
    CHECK(yearOf(u"S63") == 1988);
    CHECK(yearOf(u"H1") == 1989);
}

TEST_CASE("headers that agree on one year twice name it, headers naming two years name none",
          "[fiscalyear]")
{
    CHECK(yearOf(u"H26（平成26年度）") == 2014);
    CHECK_FALSE(yearOf(u"H26_H27").has_value());
    CHECK_FALSE(yearOf(u"fy2014_fy2015").has_value());
}

TEST_CASE("coordinate, name, code and population headers are not fiscal years", "[fiscalyear]")
{
    for (const char16_t *header :
         {u"lat", u"lon", u"H", u"HH", u"name", u"name_ja", u"2014", u"count_2014", u"N03_004",
          u"N03_007", u"A27_004", u"P29_004", u"PTN_2020", u"PTC_2020", u"POP15_64", u"POP65",
          u"published_distance_km", u"closed_2016", u"decision_2016", u"2016年方針", u"H26x7",
          u"th26", u"fy14", u"fy20145", u"", u"   "}) {
        INFO(QString::fromUtf16(header).toStdString());
        CHECK_FALSE(fiscalYearFromColumnName(QStringView(header)).has_value());
    }
}

TEST_CASE("calendar years written with 年 alone are not taken for fiscal years", "[fiscalyear]")
{
    CHECK_FALSE(yearOf(u"平成26年").has_value());
    CHECK_FALSE(yearOf(u"平成26年受付件数").has_value());
}

TEST_CASE("era years outside the era are rejected instead of extrapolated", "[fiscalyear]")
{
    CHECK_FALSE(yearOf(u"H45").has_value());      // 平成 ended in its 31st year
    CHECK_FALSE(yearOf(u"平成40年度").has_value());
    CHECK_FALSE(yearOf(u"昭和元年度").has_value()); // 昭和 began in December 1926: FY1926 was 大正
    CHECK_FALSE(yearOf(u"S64").has_value());        // FY1989 was 平成元年度
    CHECK_FALSE(yearOf(u"H0").has_value());
    CHECK_FALSE(yearOf(u"fy1850").has_value());
}

TEST_CASE("fiscal years are named in the era Japanese tables use", "[fiscalyear]")
{
    CHECK(fiscalYearJapanese(2014) == QStringLiteral("平成26年度"));
    CHECK(fiscalYearJapanese(2018) == QStringLiteral("平成30年度"));
    CHECK(fiscalYearJapanese(2019) == QStringLiteral("令和元年度"));
    CHECK(fiscalYearJapanese(2020) == QStringLiteral("令和2年度"));
    CHECK(fiscalYearJapanese(1988) == QStringLiteral("昭和63年度"));
    CHECK(fiscalYearJapanese(1989) == QStringLiteral("平成元年度"));
    CHECK(fiscalYearJapanese(1927) == QStringLiteral("昭和2年度"));
    CHECK(fiscalYearJapanese(1926) == QStringLiteral("1926年度"));
}

TEST_CASE("every Japanese fiscal-year name reads back as its year", "[fiscalyear]")
{
    for (int year = 1927; year <= 2060; ++year) {
        INFO(year);
        CHECK(fiscalYearFromColumnName(fiscalYearJapanese(year)) == year);
    }
}

TEST_CASE("fiscal-year keys are FY and the western year", "[fiscalyear]")
{
    CHECK(fiscalYearKey(2014) == QStringLiteral("FY2014"));
    CHECK(fiscalYearKey(2020) == QStringLiteral("FY2020"));
    CHECK(fiscalYearFromColumnName(fiscalYearKey(2031)) == 2031);
}

TEST_CASE("a fiscal year is named by its western year, with the era in Japanese", "[fiscalyear]")
{
    CHECK(fiscalYearName(2014, Language::Japanese) == QStringLiteral("2014年度（平成26年度）"));
    CHECK(fiscalYearName(2019, Language::Japanese) == QStringLiteral("2019年度（令和元年度）"));
    CHECK(fiscalYearName(1989, Language::Japanese) == QStringLiteral("1989年度（平成元年度）"));
    CHECK(fiscalYearName(2014, Language::English) == QStringLiteral("FY2014"));
    CHECK(fiscalYearName(2020, Language::English) == QStringLiteral("FY2020"));
}

TEST_CASE("a fiscal year before the eras Madoguchi knows is named once", "[fiscalyear]")
{
    CHECK(fiscalYearName(1926, Language::Japanese) == QStringLiteral("1926年度"));
    CHECK(fiscalYearName(1926, Language::English) == QStringLiteral("FY1926"));
}

TEST_CASE("every fiscal-year name reads back as its year in both languages", "[fiscalyear]")
{
    for (int year = 1927; year <= 2060; ++year) {
        INFO(year);
        CHECK(fiscalYearFromColumnName(fiscalYearName(year, Language::Japanese)) == year);
        CHECK(fiscalYearFromColumnName(fiscalYearName(year, Language::English)) == year);
    }
}
