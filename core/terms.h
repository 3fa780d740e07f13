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
// 廃止の候補, 継続, 判定不能 / Candidate for closure, Keep, Undetermined.
QString verdictName(RecommendationVerdict verdict, Language language);
// 区, 小学校区, 小学校, 人口, 窓口 / Wards, School districts, Schools, Population, Offices.
QString layerRoleName(LayerRole role, Language language);

} // namespace madoguchi
