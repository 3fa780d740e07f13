#include "app/figures/frontiersummary.h"

#include "app/figures/figureformat.h"
#include "app/lib/languagesettings.h"
#include "core/terms.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace madoguchi::app {

namespace {

// Messages are looked up in the "FrontierSummaryText" context of the translations.
struct FrontierSummaryText
{
    Q_DECLARE_TR_FUNCTIONS(FrontierSummaryText)
};

QString nameOf(const std::vector<Office> &offices, const QString &officeId)
{
    const Office *office = findOffice(offices, officeId);
    return office && !office->name.trimmed().isEmpty() ? office->name.trimmed() : officeId;
}

QString namesOf(const std::vector<Office> &offices, const QStringList &officeIds)
{
    QStringList names;
    for (const QString &id : officeIds)
        names << nameOf(offices, id);
    return names.join(FrontierSummaryText::tr(", "));
}

// The ids of `ids` that `other` lacks, in the table's order.
QStringList without(const QStringList &ids, const QStringList &other, const std::vector<Office> &offices)
{
    QStringList result;
    for (const QString &id : ids)
        if (!other.contains(id))
            result << id;
    std::stable_sort(result.begin(), result.end(), [&offices](const QString &a, const QString &b) {
        return findOfficeIndex(offices, a) < findOfficeIndex(offices, b);
    });
    return result;
}

QString guideKm(const ClosureOptimisation &optimisation)
{
    return figureLocale().toString(optimisation.criteria.distanceThresholdMeters / 1000.0, 'g', 4);
}

// A distance as the summary writes it: from 1 km in km with two decimals, below in whole metres.
QString distanceText(double meters)
{
    if (std::abs(meters) >= 1000.0)
        return FrontierSummaryText::tr("%1 km").arg(formatKilometres(meters));
    return FrontierSummaryText::tr("%1 m").arg(formatCount(meters));
}

QString residentsText(double value)
{
    return FrontierSummaryText::tr("%1 residents").arg(formatCount(value));
}

// Two values of the measure that read the same where they are written (whole residents, whole metres).
bool sameValue(double a, double b)
{
    return std::abs(std::round(a) - std::round(b)) < 0.5;
}

// How much harm a set does, in a phrase: the residents beyond the guide with those aged 65+, or the
// mean distance.
QString harmPhrase(const ClosureOptimisation &optimisation, const ClosureSetMeasures &measures)
{
    if (optimisation.measure == HarmMeasure::MeanDistance)
        return FrontierSummaryText::tr("a mean distance of %1 to the nearest open counter")
            .arg(distanceText(measures.meanDistanceMeters));
    return FrontierSummaryText::tr("%1 residents beyond the %2 km guide, %3 of them aged 65+")
        .arg(formatCount(measures.residentsBeyond), guideKm(optimisation), formatCount(measures.residents65Beyond));
}

// The gain of the better set in a phrase, by the measure optimised.
QString gainPhrase(HarmMeasure measure, double difference)
{
    switch (measure) {
    case HarmMeasure::ResidentsBeyondGuide:
        return FrontierSummaryText::tr("leave %1 fewer residents beyond the guide").arg(formatCount(difference));
    case HarmMeasure::Residents65BeyondGuide:
        return FrontierSummaryText::tr("leave %1 fewer residents aged 65+ beyond the guide")
            .arg(formatCount(difference));
    case HarmMeasure::MeanDistance:
        return FrontierSummaryText::tr("shorten the mean distance by %1").arg(distanceText(difference));
    }
    return {};
}

// The measure's name inside a sentence (English: in lower case).
QString measureInSentence(HarmMeasure measure)
{
    const Language language = interfaceLanguage();
    const QString name = harmMeasureName(measure, language);
    return language == Language::English && !name.isEmpty() ? name.at(0).toLower() + name.mid(1) : name;
}

// The scenario's closures of counters the constraints keep open, and the counters they close that it
// keeps open: a sentence, or empty when it meets them.
QString constraintBreaches(const ClosureOptimisation &optimisation, const std::vector<Office> &offices)
{
    const ClosureSet &scenario = *optimisation.scenarioSet;
    QStringList closesKept;
    for (const KeptOffice &kept : optimisation.keptOffices)
        if (scenario.closedOfficeIds.contains(kept.officeId))
            closesKept << kept.officeId;
    const QStringList keepsClosed = without(optimisation.mustCloseOfficeIds, scenario.closedOfficeIds, offices);
    QStringList sentences;
    if (!closesKept.isEmpty())
        sentences << FrontierSummaryText::tr("%1 closes %2, which the constraints keep open.")
                         .arg(optimisation.scenarioName, namesOf(offices, without(closesKept, {}, offices)));
    if (!keepsClosed.isEmpty())
        sentences << FrontierSummaryText::tr("%1 keeps %2 open, which the constraints close.")
                         .arg(optimisation.scenarioName, namesOf(offices, keepsClosed));
    return sentences.join(QLatin1Char(' '));
}

// The sentence saying that the best set was not proven optimal, with the solver's bound.
QString notProvenSentence(const ClosureOptimisation &optimisation, const ClosureSet &best)
{
    if (best.bound)
        return FrontierSummaryText::tr("The solver stopped before proving the best set of %n closure(s) optimal: "
                                       "no set of that many can do better on %1 than %2 (its bound).",
                                       "", best.closures)
            .arg(measureInSentence(optimisation.measure), harmValueText(optimisation.measure, *best.bound));
    return FrontierSummaryText::tr("The solver stopped before proving the best set of %n closure(s) optimal.", "",
                                   best.closures);
}

// The sentences in the language of the installed translators are joined without a space in Japanese.
QString joinSentences(const QStringList &sentences)
{
    QStringList parts;
    for (const QString &sentence : sentences)
        if (!sentence.isEmpty())
            parts << sentence;
    return parts.join(interfaceLanguage() == Language::Japanese ? QString() : QStringLiteral(" "));
}

QString withoutSuffix(const QString &name)
{
    // The kinds' words in the order that leaves the shortest name: 総合出張所 before 出張所.
    static const QStringList suffixes{QStringLiteral("総合出張所"), QStringLiteral("出張所"), QStringLiteral("支所"),
                                      QStringLiteral("区役所")};
    for (const QString &suffix : suffixes)
        if (name.endsWith(suffix) && name.size() > suffix.size())
            return name.left(name.size() - suffix.size());
    return name;
}

} // namespace

QString harmValueText(HarmMeasure measure, double value)
{
    return measure == HarmMeasure::MeanDistance ? distanceText(value) : residentsText(value);
}

QString shortOfficeName(const std::vector<Office> &offices, const QString &officeId)
{
    const Office *office = findOffice(offices, officeId);
    if (!office)
        return officeId;
    const QString name = office->name.trimmed().isEmpty() ? office->id : office->name.trimmed();
    const QString shortName = withoutSuffix(name);
    if (shortName == name)
        return name;
    // Unique: no other office is called that, with or without its suffix.
    for (const Office &other : offices)
        if (other.id != office->id
            && (withoutSuffix(other.name.trimmed()) == shortName || other.name.trimmed() == shortName))
            return name;
    return shortName;
}

QString closureChangeText(const ClosureSet *previous, const ClosureSet &set, const std::vector<Office> &offices)
{
    const QStringList before = previous ? previous->closedOfficeIds : QStringList();
    const QStringList added = without(set.closedOfficeIds, before, offices);
    const QStringList removed = without(before, set.closedOfficeIds, offices);
    if (!previous && added.isEmpty())
        return FrontierSummaryText::tr("None closed");
    QStringList parts;
    for (const QString &id : added)
        parts << QStringLiteral("＋") + shortOfficeName(offices, id);
    for (const QString &id : removed)
        parts << QStringLiteral("−") + shortOfficeName(offices, id);
    if (parts.isEmpty()) // the same set as before (a frontier that did not move)
        return FrontierSummaryText::tr("Same set");
    return parts.join(QLatin1Char(' '));
}

QString frontierComparisonSentence(const ClosureOptimisation &optimisation, const std::vector<Office> &offices)
{
    if (!optimisation.scenarioSet)
        return FrontierSummaryText::tr("No scenario to compare with: choose one to compare its closures with the best "
                                       "set of as many closures.");
    if (optimisation.frontier.empty())
        return FrontierSummaryText::tr("The optimiser found no set of closures to compare %1 with.")
            .arg(optimisation.scenarioName);
    const ClosureSet &scenario = *optimisation.scenarioSet;
    const QString name = optimisation.scenarioName;
    const int k = scenario.closures;
    const QString breaches = constraintBreaches(optimisation, offices);
    const ClosureSet *best = optimisation.setWithClosures(k);
    if (!best) {
        // A frontier runs over every number of closures the constraints allow; a single set was asked
        // for one number only.
        if (optimisation.frontier.size() > 1)
            return joinSentences({FrontierSummaryText::tr("%1 closes %n counter(s), but no set of that many closures "
                                                          "meets the constraints applied, so there is no best set to "
                                                          "compare it with.",
                                                          "", k)
                                      .arg(name),
                                  breaches});
        return joinSentences({FrontierSummaryText::tr("%1 closes %n counter(s); the optimiser was run for %2 closures "
                                                      "only, so there is no best set of as many to compare it with.",
                                                      "", k)
                                  .arg(name)
                                  .arg(optimisation.frontier.front().closures),
                              breaches});
    }

    const HarmMeasure measure = optimisation.measure;
    const double own = scenario.measures.value(measure);
    const double optimum = best->measures.value(measure);
    const QStringList scenarioOnly = without(scenario.closedOfficeIds, best->closedOfficeIds, offices);
    const QStringList optimumOnly = without(best->closedOfficeIds, scenario.closedOfficeIds, offices);
    const QString notProven = best->provenOptimal ? QString() : notProvenSentence(optimisation, *best);

    QString main;
    if (scenarioOnly.isEmpty() && optimumOnly.isEmpty() && !best->provenOptimal) {
        main = FrontierSummaryText::tr("%1 closes the same %n counter(s) as the best set of that many closures the "
                                       "optimiser found (%2).",
                                       "", k)
                   .arg(name, harmPhrase(optimisation, scenario.measures));
    } else if (scenarioOnly.isEmpty() && optimumOnly.isEmpty()) {
        main = FrontierSummaryText::tr("%1 closes the same %n counter(s) as the best set of that many closures (%2): "
                                       "no other choice of %n closure(s) does better on %3.",
                                       "", k)
                   .arg(name, harmPhrase(optimisation, scenario.measures), measureInSentence(measure));
    } else if (sameValue(own, optimum) || (own < optimum && breaches.isEmpty() && best->provenOptimal)) {
        main = FrontierSummaryText::tr("%1 is as good on %2 as the best set of %n closure(s) (%3), which closes %4 "
                                       "instead of %5.",
                                       "", k)
                   .arg(name, measureInSentence(measure), harmPhrase(optimisation, best->measures),
                        namesOf(offices, optimumOnly), namesOf(offices, scenarioOnly));
    } else if (own > optimum) {
        main = FrontierSummaryText::tr("%1 closes %n counter(s), leaving %2. The best set of %n closure(s) leaves %3: "
                                       "closing %4 instead of %5 would %6.",
                                       "", k)
                   .arg(name, harmPhrase(optimisation, scenario.measures), harmPhrase(optimisation, best->measures),
                        namesOf(offices, optimumOnly), namesOf(offices, scenarioOnly),
                        gainPhrase(measure, own - optimum));
    } else if (!breaches.isEmpty()) {
        // Better than the best set: only a scenario that does not keep to the constraints can be.
        main = FrontierSummaryText::tr("%1 closes %n counter(s), leaving %2: better than the best set of %n closure(s) "
                                       "that meets the constraints (%3), because it does not meet them.",
                                       "", k)
                   .arg(name, harmPhrase(optimisation, scenario.measures), harmPhrase(optimisation, best->measures));
    } else {
        main = FrontierSummaryText::tr("%1 closes %n counter(s), leaving %2: better than the best set of %n closure(s) "
                                       "the optimiser found (%3), which it did not prove optimal.",
                                       "", k)
                   .arg(name, harmPhrase(optimisation, scenario.measures), harmPhrase(optimisation, best->measures));
    }
    return joinSentences({main, breaches, notProven});
}

QStringList frontierConstraintLines(const ClosureOptimisation &optimisation, const std::vector<Office> &offices)
{
    const ClosureConstraints &constraints = optimisation.constraints;
    const QString guide = guideKm(optimisation);
    const QString year = optimisation.fiscalYear ? fiscalYearName(*optimisation.fiscalYear, interfaceLanguage())
                                                 : QString();
    QStringList lines;
    lines << FrontierSummaryText::tr("Distance guide: %1 km (geodesic)").arg(guide);
    lines << FrontierSummaryText::tr("Counters the optimiser could close: %1")
                                     .arg(optimisation.freeOfficeIds.size());

    const auto keptFor = [&](KeepReason reason) {
        QStringList ids;
        for (const KeptOffice &kept : optimisation.keptOffices)
            if (kept.reason == reason)
                ids << kept.officeId;
        return namesOf(offices, ids);
    };
    if (const QString kept = keptFor(KeepReason::MustKeep); !kept.isEmpty())
        lines << FrontierSummaryText::tr("Kept open as asked: %1").arg(kept);
    if (const QString kept = keptFor(KeepReason::BeyondGuide); !kept.isEmpty())
        lines << FrontierSummaryText::tr("Kept open, farther than %1 km from a ward office: %2").arg(guide, kept);
    else if (constraints.requireWithinGuide)
        lines << FrontierSummaryText::tr("Only counters within %1 km of a ward office may close").arg(guide);
    if (constraints.maxWorkload) {
        const QString limit = formatCount(*constraints.maxWorkload);
        const QString above = keptFor(KeepReason::WorkloadAbove);
        if (!above.isEmpty())
            lines << FrontierSummaryText::tr("Kept open, workload above %1 transactions (%2): %3")
                         .arg(limit, year, above);
        if (const QString missing = keptFor(KeepReason::NoWorkload); !missing.isEmpty())
            lines << FrontierSummaryText::tr("Kept open, no workload count for %1: %2").arg(year, missing);
        else if (above.isEmpty() && optimisation.fiscalYear)
            lines << FrontierSummaryText::tr("Only counters with a workload of at most %1 transactions (%2) may close")
                         .arg(limit, year);
    }
    if (!optimisation.mustCloseOfficeIds.isEmpty())
        lines << FrontierSummaryText::tr("Closed as asked: %1").arg(namesOf(offices, optimisation.mustCloseOfficeIds));
    if (constraints.maxResidentsGained)
        lines << FrontierSummaryText::tr("No open counter gains more than %1 residents")
                     .arg(formatCount(*constraints.maxResidentsGained));
    if (constraints.maxWorkloadGained)
        lines << FrontierSummaryText::tr("No open counter gains more than %1 transactions")
                     .arg(formatCount(*constraints.maxWorkloadGained));
    if (optimisation.keptOffices.empty() && optimisation.mustCloseOfficeIds.isEmpty() && !constraints.maxResidentsGained
        && !constraints.maxWorkloadGained && !constraints.maxWorkload && !constraints.requireWithinGuide)
        lines << FrontierSummaryText::tr("No constraints: any branch office's counter may close");
    for (const QString &line : optimisation.notApplied)
        lines << FrontierSummaryText::tr("Not applied: %1").arg(line);
    return lines;
}

std::vector<FrontierRowText> frontierRowTexts(const ClosureOptimisation &optimisation,
                                              const std::vector<Office> &offices)
{
    std::vector<FrontierRowText> rows;
    for (const ClosureSet &set : optimisation.frontier) {
        FrontierRowText row;
        row.closures = set.closures;
        const QStringList closed = without(set.closedOfficeIds, {}, offices);
        QStringList shortNames;
        for (const QString &id : closed)
            shortNames << shortOfficeName(offices, id);
        row.closedOffices = closed.isEmpty() ? FrontierSummaryText::tr("none") : namesOf(offices, closed);
        row.closedShortNames = closed.isEmpty() ? FrontierSummaryText::tr("none")
                                                : shortNames.join(FrontierSummaryText::tr(", "));
        row.residentsBeyond = formatCount(set.measures.residentsBeyond);
        row.residents65Beyond = formatCount(set.measures.residents65Beyond);
        row.meanDistanceKm = formatKilometres(set.measures.meanDistanceMeters);
        row.provenOptimal = set.provenOptimal;
        if (set.provenOptimal)
            row.proven = FrontierSummaryText::tr("proven");
        else if (set.bound)
            row.proven = FrontierSummaryText::tr("not proven (bound %1)")
                             .arg(harmValueText(optimisation.measure, *set.bound));
        else
            row.proven = FrontierSummaryText::tr("not proven");
        rows.push_back(row);
    }
    return rows;
}

QStringList frontierTableHeaders(const ClosureOptimisation &optimisation)
{
    return {FrontierSummaryText::tr("Number closed"), FrontierSummaryText::tr("Closed counters"),
            FrontierSummaryText::tr("Residents beyond %1 km").arg(guideKm(optimisation)),
            FrontierSummaryText::tr("Aged 65+ beyond %1 km").arg(guideKm(optimisation)),
            FrontierSummaryText::tr("Mean distance (km)"), FrontierSummaryText::tr("Proven optimal")};
}

} // namespace madoguchi::app
