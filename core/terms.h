#pragma once

#include "core/fieldmapping.h"
#include "core/office.h"
#include "core/recommendation.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace madoguchi {

// The languages Madoguchi speaks: the policy's own Japanese, and English.
enum class Language { Japanese, English };

// "ja", "en".
QString languageCode(Language language);
// The language of Madoguchi's translation installed on the application (a QTranslator loaded from
// madoguchi_<code>.qm): what every translated message is in, and so the language the domain's words in
// those messages must be in. English (the source strings) when none is installed or there is no
// application object.
Language translationLanguage();
// "ja", "en" (any case, with or without a region such as "ja_JP"); nullopt for any other.
std::optional<Language> languageForCode(QStringView code);

// The domain's words, each defined here once, in both languages. Every view, figure and export names
// a kind, a decision, a verdict or a layer role with these, so that the map, its legend, the charts,
// the table, the report and the presentation say the same thing. The Japanese words are the policy's
// (熊本市 出張所等の再編, 2016); they are terminology, not interface prose, so they are not left to
// the translations.

// 区役所, 総合出張所, 出張所 / Ward office, General branch office, Branch office.
QString officeKindName(OfficeKind kind, Language language);
// 継続, 行政サービスコーナー, 廃止, 機能強化 / Keep, Service corner, Close, Upgrade; nullopt: 方針なし /
// No decision.
QString decisionName(std::optional<Decision> decision, Language language);
// The decisions in the order a planner reads them: keep, service corner, close, upgrade.
const std::vector<Decision> &allDecisions();
// 見直し候補, 継続, 判定不能 / Candidate for review, Keep, Undetermined. A recommendation only names the
// offices to review; closing one (廃止) or turning it into a service corner is the planner's decision.
QString verdictName(RecommendationVerdict verdict, Language language);
// 区, 小学校区, 小学校, 人口, 窓口 / Wards, School districts, Schools, Population, Offices.
QString layerRoleName(LayerRole role, Language language);
// A fiscal year as every view and export names it: 2014年度（平成26年度） / FY2014 (the western year it
// starts in, with the era name in Japanese; see fiscalYearJapanese()).
QString fiscalYearName(int fiscalYear, Language language);

} // namespace madoguchi
