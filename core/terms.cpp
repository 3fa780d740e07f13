#include "core/terms.h"

#include "core/fiscalyear.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTranslator>

namespace madoguchi {

namespace {

QString pick(Language language, const char16_t *japanese, const char16_t *english)
{
    return QString::fromUtf16(language == Language::Japanese ? japanese : english);
}

} // namespace

QString languageCode(Language language)
{
    return language == Language::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

Language translationLanguage()
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return Language::English;
    const QList<QTranslator *> translators = app->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    for (const QTranslator *translator : translators)
        if (QFileInfo(translator->filePath()).fileName().startsWith(QLatin1String("madoguchi_")))
            return languageForCode(translator->language()).value_or(Language::English);
    return Language::English;
}

std::optional<Language> languageForCode(QStringView code)
{
    const QString language = code.toString().trimmed().toLower().section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    if (language == QLatin1String("ja"))
        return Language::Japanese;
    if (language == QLatin1String("en"))
        return Language::English;
    return std::nullopt;
}

QString officeKindName(OfficeKind kind, Language language)
{
    switch (kind) {
    case OfficeKind::WardOffice:
        return pick(language, u"区役所", u"Ward office");
    case OfficeKind::GeneralBranch:
        return pick(language, u"総合出張所", u"General branch office");
    case OfficeKind::Branch:
        return pick(language, u"出張所", u"Branch office");
    }
    return {};
}

QString decisionName(std::optional<Decision> decision, Language language)
{
    if (!decision)
        return pick(language, u"方針なし", u"No decision");
    switch (*decision) {
    case Decision::Keep:
        return pick(language, u"継続", u"Keep");
    case Decision::ServiceCorner:
        return pick(language, u"行政サービスコーナー", u"Service corner");
    case Decision::Close:
        return pick(language, u"廃止", u"Close");
    case Decision::Upgrade:
        return pick(language, u"機能強化", u"Upgrade");
    }
    return {};
}

const std::vector<Decision> &allDecisions()
{
    static const std::vector<Decision> decisions{Decision::Keep, Decision::ServiceCorner, Decision::Close,
                                                 Decision::Upgrade};
    return decisions;
}

QString verdictName(RecommendationVerdict verdict, Language language)
{
    switch (verdict) {
    case RecommendationVerdict::Candidate:
        return pick(language, u"見直し候補", u"Candidate for review");
    case RecommendationVerdict::Keep:
        return pick(language, u"継続", u"Keep");
    case RecommendationVerdict::Undetermined:
        return pick(language, u"判定不能", u"Undetermined");
    }
    return {};
}

QString layerRoleName(LayerRole role, Language language)
{
    switch (role) {
    case LayerRole::Wards:
        return pick(language, u"区", u"Wards");
    case LayerRole::SchoolDistricts:
        return pick(language, u"小学校区", u"School districts");
    case LayerRole::Schools:
        return pick(language, u"小学校", u"Schools");
    case LayerRole::Population:
        return pick(language, u"人口", u"Population");
    case LayerRole::Offices:
        return pick(language, u"窓口", u"Offices");
    }
    return {};
}

QString fiscalYearName(int fiscalYear, Language language)
{
    if (language == Language::English)
        return fiscalYearKey(fiscalYear);
    const QString western = QString::number(fiscalYear) + QStringLiteral("年度");
    const QString era = fiscalYearJapanese(fiscalYear);
    // Before 昭和 there is no era name to add.
    return era == western ? western : QStringLiteral("%1（%2）").arg(western, era);
}

} // namespace madoguchi
