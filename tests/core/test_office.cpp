#include "testsupport.h"

#include "core/office.h"
#include "core/terms.h"

using madoguchi::Decision;
using madoguchi::Language;
using madoguchi::decisionName;
using madoguchi::officeKindName;
using madoguchi::OfficeKind;
using madoguchi::parseDecision;
using madoguchi::parseOfficeKind;

namespace {

std::optional<OfficeKind> kindOf(const char16_t *text)
{
    return parseOfficeKind(QStringView(text));
}

std::optional<Decision> decisionOf(const char16_t *text)
{
    return parseDecision(QStringView(text));
}

} // namespace

TEST_CASE("office kind keys of the project are recognised", "[office]")
{
    CHECK(kindOf(u"ward_office") == OfficeKind::WardOffice);
    CHECK(kindOf(u"ward") == OfficeKind::WardOffice);
    CHECK(kindOf(u"general_branch") == OfficeKind::GeneralBranch);
    CHECK(kindOf(u"branch") == OfficeKind::Branch);
}

TEST_CASE("office kind keys ignore case, width, spaces and word separators", "[office]")
{
    CHECK(kindOf(u"Ward_Office") == OfficeKind::WardOffice);
    CHECK(kindOf(u"WARD OFFICE") == OfficeKind::WardOffice);
    CHECK(kindOf(u"  branch  ") == OfficeKind::Branch);
    CHECK(kindOf(u"ＢＲＡＮＣＨ") == OfficeKind::Branch);
    CHECK(kindOf(u"general-branch") == OfficeKind::GeneralBranch);
    CHECK(kindOf(u"General Branch Office") == OfficeKind::GeneralBranch);
}

TEST_CASE("Japanese office kinds are recognised", "[office]")
{
    CHECK(kindOf(u"区役所") == OfficeKind::WardOffice);
    CHECK(kindOf(u"総合出張所") == OfficeKind::GeneralBranch);
    CHECK(kindOf(u"出張所") == OfficeKind::Branch);
    CHECK(kindOf(u"総合支所") == OfficeKind::GeneralBranch);
    CHECK(kindOf(u"支所") == OfficeKind::Branch);
    CHECK(kindOf(u" 出張所　") == OfficeKind::Branch);
}

TEST_CASE("the most specific Japanese office kind wins over the term it contains", "[office]")
{
    // 総合出張所 contains 出張所, 総合支所 contains 支所.
    CHECK(kindOf(u"総合出張所") == OfficeKind::GeneralBranch);
    CHECK(kindOf(u"城南総合出張所") == OfficeKind::GeneralBranch);
    CHECK(kindOf(u"富合総合支所") == OfficeKind::GeneralBranch);
    CHECK(kindOf(u"大江出張所") == OfficeKind::Branch);
    CHECK(kindOf(u"中央区役所") == OfficeKind::WardOffice);
    // The head noun comes last: an office named after the ward office it belongs to is a branch.
    CHECK(kindOf(u"中央区役所大江出張所") == OfficeKind::Branch);
}

TEST_CASE("unrecognised office kinds give nothing rather than a guess", "[office]")
{
    for (const char16_t *text : {u"", u"  ", u"office", u"市役所", u"まちづくりセンター", u"yes", u"区",
                                 u"branchy", u"wards"}) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK_FALSE(parseOfficeKind(QStringView(text)).has_value());
    }
}

TEST_CASE("office kind keys and Japanese names read back as the same kind", "[office]")
{
    for (OfficeKind kind : {OfficeKind::WardOffice, OfficeKind::GeneralBranch, OfficeKind::Branch}) {
        CHECK(parseOfficeKind(madoguchi::officeKindKey(kind)) == kind);
        CHECK(parseOfficeKind(madoguchi::officeKindName(kind, Language::Japanese)) == kind);
    }
    CHECK(madoguchi::officeKindKey(OfficeKind::WardOffice) == QStringLiteral("ward_office"));
    CHECK(madoguchi::officeKindKey(OfficeKind::GeneralBranch) == QStringLiteral("general_branch"));
    CHECK(madoguchi::officeKindKey(OfficeKind::Branch) == QStringLiteral("branch"));
    CHECK(madoguchi::officeKindName(OfficeKind::WardOffice, Language::Japanese) == QStringLiteral("区役所"));
    CHECK(madoguchi::officeKindName(OfficeKind::GeneralBranch, Language::Japanese) == QStringLiteral("総合出張所"));
    CHECK(madoguchi::officeKindName(OfficeKind::Branch, Language::Japanese) == QStringLiteral("出張所"));
}

TEST_CASE("decision keys and their Japanese terms are recognised", "[office]")
{
    CHECK(decisionOf(u"keep") == Decision::Keep);
    CHECK(decisionOf(u"継続") == Decision::Keep);
    CHECK(decisionOf(u"存続") == Decision::Keep);
    CHECK(decisionOf(u"維持") == Decision::Keep);
    CHECK(decisionOf(u"service_corner") == Decision::ServiceCorner);
    CHECK(decisionOf(u"行政サービスコーナー") == Decision::ServiceCorner);
    CHECK(decisionOf(u"サービスコーナー") == Decision::ServiceCorner);
    CHECK(decisionOf(u"close") == Decision::Close);
    CHECK(decisionOf(u"closed") == Decision::Close);
    CHECK(decisionOf(u"廃止") == Decision::Close);
    CHECK(decisionOf(u"閉鎖") == Decision::Close);
    CHECK(decisionOf(u"upgrade") == Decision::Upgrade);
    CHECK(decisionOf(u"機能強化") == Decision::Upgrade);
    CHECK(decisionOf(u"格上げ") == Decision::Upgrade);
    CHECK(decisionOf(u"拡充") == Decision::Upgrade);
}

TEST_CASE("decisions ignore case, width and spaces", "[office]")
{
    CHECK(decisionOf(u"KEEP") == Decision::Keep);
    CHECK(decisionOf(u"Service Corner") == Decision::ServiceCorner);
    CHECK(decisionOf(u"ｻｰﾋﾞｽｺｰﾅｰ") == Decision::ServiceCorner); // half-width katakana
    CHECK(decisionOf(u"　廃止 ") == Decision::Close);
    CHECK(decisionOf(u"Ｕｐｇｒａｄｅ") == Decision::Upgrade);
}

TEST_CASE("yes and no are not decisions", "[office]")
{
    // offices.csv's closed_2016 column holds yes/no/upgrade: "yes" alone does not say which stage.
    CHECK_FALSE(decisionOf(u"yes").has_value());
    CHECK_FALSE(decisionOf(u"no").has_value());
    CHECK_FALSE(decisionOf(u"はい").has_value());
}

TEST_CASE("cells that only contain a decision term are not read as that decision", "[office]")
{
    // A negation or a proposal must not turn into the decision it mentions.
    CHECK_FALSE(decisionOf(u"廃止しない").has_value());
    CHECK_FALSE(decisionOf(u"存続を検討").has_value());
    CHECK_FALSE(decisionOf(u"").has_value());
    CHECK_FALSE(decisionOf(u"maybe").has_value());
}

TEST_CASE("decision keys and Japanese names read back as the same decision", "[office]")
{
    for (Decision decision :
         {Decision::Keep, Decision::ServiceCorner, Decision::Close, Decision::Upgrade}) {
        CHECK(parseDecision(madoguchi::decisionKey(decision)) == decision);
        CHECK(parseDecision(madoguchi::decisionName(decision, Language::Japanese)) == decision);
    }
    CHECK(madoguchi::decisionKey(Decision::ServiceCorner) == QStringLiteral("service_corner"));
    CHECK(madoguchi::decisionName(Decision::Keep, Language::Japanese) == QStringLiteral("継続"));
    CHECK(madoguchi::decisionName(Decision::ServiceCorner, Language::Japanese) == QStringLiteral("行政サービスコーナー"));
    CHECK(madoguchi::decisionName(Decision::Close, Language::Japanese) == QStringLiteral("廃止"));
    CHECK(madoguchi::decisionName(Decision::Upgrade, Language::Japanese) == QStringLiteral("機能強化"));
}

TEST_CASE("ward offices are not branch offices", "[office]")
{
    madoguchi::Office office;
    office.kind = OfficeKind::WardOffice;
    CHECK(office.isWardOffice());
    CHECK_FALSE(office.isBranchOffice());
    office.kind = OfficeKind::GeneralBranch;
    CHECK_FALSE(office.isWardOffice());
    CHECK(office.isBranchOffice());
}
