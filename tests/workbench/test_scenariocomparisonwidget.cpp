#include "sampleproject.h"
#include "testsupport.h"
#include "core/terms.h"

#include "app/lib/projectloader.h"
#include "app/lib/languagesettings.h"
#include "app/workbench/scenariocomparisonwidget.h"
#include "core/scenario.h"
#include "core/scenariocomparison.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QImage>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::app;

namespace {

Office office(const QString &id, const QString &name, OfficeKind kind, const QString &ward)
{
    Office o;
    o.id = id;
    o.name = name;
    o.kind = kind;
    o.ward = ward;
    return o;
}

std::vector<Office> offices()
{
    return {office(QStringLiteral("ward_chuo"), QStringLiteral("中央区役所"), OfficeKind::WardOffice,
                   QStringLiteral("中央区")),
            office(QStringLiteral("br_oe"), QStringLiteral("大江出張所"), OfficeKind::Branch, QStringLiteral("中央区")),
            office(QStringLiteral("br_tatsuda"), QStringLiteral("龍田出張所"), OfficeKind::Branch,
                   QStringLiteral("北区")),
            office(QStringLiteral("br_akitsu"), QStringLiteral("秋津出張所"), OfficeKind::Branch,
                   QStringLiteral("東区"))};
}

std::vector<Scenario> scenarios()
{
    Scenario now;
    now.name = QStringLiteral("現状");
    Scenario policy;
    policy.name = QStringLiteral("2016年方針");
    policy.decisions = {{QStringLiteral("br_oe"), Decision::Close}, {QStringLiteral("br_tatsuda"), Decision::Upgrade}};
    policy.notes = {{QStringLiteral("ward_chuo"), QStringLiteral("大江の窓口を引き継ぐ")}};
    Scenario corner = policy;
    corner.name = QStringLiteral("コーナー案");
    corner.decisions[QStringLiteral("br_oe")] = Decision::ServiceCorner;
    return {now, policy, corner};
}

QStringList namesOf(const std::vector<Scenario> &list)
{
    QStringList names;
    for (const Scenario &scenario : list)
        names << scenario.name;
    return names;
}

// Answers the widget's choice as its owner does: compares the chosen scenarios.
void connectOwner(ScenarioComparisonWidget &widget, const std::vector<Scenario> &list, const std::vector<Office> &table)
{
    QObject::connect(&widget, &ScenarioComparisonWidget::scenariosChosen, &widget,
                     [&widget, list, table](const QString &a, const QString &b) {
                         const Scenario *sa = findScenario(list, a);
                         const Scenario *sb = findScenario(list, b);
                         REQUIRE(sa);
                         REQUIRE(sb);
                         widget.setDifferences(compareScenarios(*sa, *sb, table), table);
                     });
}

QString cell(const ScenarioComparisonWidget &widget, int row, int column, int role = Qt::DisplayRole)
{
    return widget.differencesModel()->index(row, column).data(role).toString();
}

} // namespace

TEST_CASE("the comparison lists the differing offices in table order with decisions in the interface's language and colour swatches")
{
    const std::vector<Scenario> list = scenarios();
    const std::vector<Office> table = offices();
    ScenarioComparisonWidget widget;
    widget.setScenarios(namesOf(list), QStringLiteral("現状"), QStringLiteral("2016年方針"));
    CHECK(widget.scenarioA() == QStringLiteral("現状"));
    CHECK(widget.scenarioB() == QStringLiteral("2016年方針"));
    CHECK(widget.summaryText().contains(QStringLiteral("not compared yet")));

    widget.setDifferences(compareScenarios(list[0], list[1], table), table);
    const QAbstractItemModel *model = widget.differencesModel();
    REQUIRE(model->rowCount() == 3);
    CHECK(widget.summaryText() == QStringLiteral("3 offices differ (2 in their decision, 1 only in their note)."));
    // Table order: the ward office (note only), 大江 (closed), 龍田 (upgraded); 秋津 is alike in both.
    CHECK(cell(widget, 0, 0) == QStringLiteral("中央区役所"));
    CHECK(cell(widget, 0, 1) == QStringLiteral("中央区"));
    CHECK(cell(widget, 0, 2) == QStringLiteral("Keep"));
    CHECK(cell(widget, 0, 3) == QStringLiteral("Keep"));
    CHECK(cell(widget, 0, 4).isEmpty());
    CHECK(cell(widget, 0, 5) == QStringLiteral("大江の窓口を引き継ぐ"));
    CHECK(cell(widget, 1, 0) == QStringLiteral("大江出張所"));
    CHECK(cell(widget, 1, 2) == QStringLiteral("Keep"));
    CHECK(cell(widget, 1, 3) == QStringLiteral("Close"));
    CHECK(cell(widget, 2, 0) == QStringLiteral("龍田出張所"));
    CHECK(cell(widget, 2, 1) == QStringLiteral("北区"));
    CHECK(cell(widget, 2, 3) == QStringLiteral("Upgrade"));
    // The map's colours as swatches; a changed decision in bold.
    const gis::MapStyle style;
    CHECK(model->index(1, 2).data(Qt::DecorationRole).value<QColor>() == style.keepColor);
    CHECK(model->index(1, 3).data(Qt::DecorationRole).value<QColor>() == style.closeColor);
    CHECK(model->index(2, 3).data(Qt::DecorationRole).value<QColor>() == style.upgradeColor);
    CHECK(model->index(1, 3).data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(model->index(0, 3).data(Qt::FontRole).value<QFont>().bold());
    CHECK(model->headerData(2, Qt::Horizontal).toString().contains(QStringLiteral("現状")));
    CHECK(model->headerData(3, Qt::Horizontal).toString().contains(QStringLiteral("2016年方針")));
    CHECK(model->index(1, 0).data(ScenarioComparisonWidget::OfficeIdRole).toString() == QStringLiteral("br_oe"));

    // One office differing, and none.
    widget.setDifferences(compareScenarios(list[1], list[2], table), table);
    CHECK(widget.differencesModel()->rowCount() == 1);
    CHECK(widget.summaryText() == QStringLiteral("1 office differs (in its decision)."));
    CHECK(cell(widget, 0, 3) == QStringLiteral("Service corner"));
    widget.setDifferences(compareScenarios(list[1], list[1], table), table);
    CHECK(widget.differencesModel()->rowCount() == 0);
    CHECK(widget.summaryText().startsWith(QStringLiteral("No office differs")));
}

TEST_CASE("changing a combo asks for the new pair, and the shown side's scenario follows it")
{
    const std::vector<Scenario> list = scenarios();
    const std::vector<Office> table = offices();
    ScenarioComparisonWidget widget;
    connectOwner(widget, list, table);
    widget.setScenarios(namesOf(list), QStringLiteral("現状"), QStringLiteral("2016年方針"));
    QSignalSpy chosen(&widget, &ScenarioComparisonWidget::scenariosChosen);
    QSignalSpy shown(&widget, &ScenarioComparisonWidget::shownScenarioChanged);
    // Setting from code emits nothing.
    CHECK(chosen.isEmpty());
    CHECK(widget.shownSide() == ScenarioComparisonWidget::Side::A);
    CHECK(widget.showAButton()->isChecked());

    // B changes while A is shown: a new pair, the map keeps showing A.
    widget.comboB()->setCurrentIndex(2);
    REQUIRE(chosen.count() == 1);
    CHECK(chosen.first() == (QVariantList{QStringLiteral("現状"), QStringLiteral("コーナー案")}));
    CHECK(shown.isEmpty());
    // The owner answered with the new differences: 大江 (service corner), 龍田, the ward office's note.
    CHECK(widget.differencesModel()->rowCount() == 3);
    CHECK(cell(widget, 1, 3) == QStringLiteral("Service corner"));

    // A changes while A is shown: the map must show the new A.
    chosen.clear();
    widget.comboA()->setCurrentIndex(1);
    REQUIRE(chosen.count() == 1);
    CHECK(chosen.first() == (QVariantList{QStringLiteral("2016年方針"), QStringLiteral("コーナー案")}));
    REQUIRE(shown.count() == 1);
    CHECK(shown.takeFirst().front().toString() == QStringLiteral("2016年方針"));
    CHECK(widget.summaryText() == QStringLiteral("1 office differs (in its decision)."));

    widget.comboB()->setCurrentIndex(1);
    CHECK(widget.summaryText().contains(QStringLiteral("the same")));
}

TEST_CASE("the show-on-map buttons are exclusive and say which scenario to show")
{
    const std::vector<Scenario> list = scenarios();
    ScenarioComparisonWidget widget;
    widget.setScenarios(namesOf(list), QStringLiteral("現状"), QStringLiteral("2016年方針"));
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    QSignalSpy shown(&widget, &ScenarioComparisonWidget::shownScenarioChanged);
    CHECK(widget.showAButton()->text() == QStringLiteral("Show A on map"));
    CHECK(widget.showBButton()->text() == QStringLiteral("Show B on map"));

    QTest::mouseClick(widget.showBButton(), Qt::LeftButton);
    REQUIRE(shown.count() == 1);
    CHECK(shown.takeFirst().front().toString() == QStringLiteral("2016年方針"));
    CHECK(widget.showBButton()->isChecked());
    CHECK_FALSE(widget.showAButton()->isChecked());
    CHECK(widget.shownScenario() == QStringLiteral("2016年方針"));

    // Clicking the checked button again changes nothing.
    QTest::mouseClick(widget.showBButton(), Qt::LeftButton);
    CHECK(shown.isEmpty());
    CHECK(widget.showBButton()->isChecked());

    QTest::mouseClick(widget.showAButton(), Qt::LeftButton);
    REQUIRE(shown.count() == 1);
    CHECK(shown.takeFirst().front().toString() == QStringLiteral("現状"));
    CHECK_FALSE(widget.showBButton()->isChecked());

    // Set from code: no signal.
    widget.setShownSide(ScenarioComparisonWidget::Side::B);
    CHECK(widget.shownSide() == ScenarioComparisonWidget::Side::B);
    CHECK(shown.isEmpty());
}

TEST_CASE("clicking a difference selects its office")
{
    const std::vector<Scenario> list = scenarios();
    const std::vector<Office> table = offices();
    ScenarioComparisonWidget widget;
    widget.setScenarios(namesOf(list), QStringLiteral("現状"), QStringLiteral("2016年方針"));
    widget.setDifferences(compareScenarios(list[0], list[1], table), table);
    widget.resize(800, 400);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    QSignalSpy selected(&widget, &ScenarioComparisonWidget::officesSelected);
    QTableView *view = widget.differencesView();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(2, 1)).center());
    REQUIRE(selected.count() == 1);
    CHECK(selected.takeFirst().front().toStringList() == QStringList{QStringLiteral("br_tatsuda")});
}

TEST_CASE("names that are not scenarios fall back to the first two")
{
    ScenarioComparisonWidget widget;
    widget.setScenarios(namesOf(scenarios()), QStringLiteral("gone"), QString());
    CHECK(widget.scenarioA() == QStringLiteral("現状"));
    CHECK(widget.scenarioB() == QStringLiteral("2016年方針"));
    widget.setScenarios({QStringLiteral("現状")}, QString(), QString());
    CHECK(widget.scenarioB() == QStringLiteral("現状"));
    CHECK(widget.summaryText().contains(QStringLiteral("the same")));
    widget.setScenarios({}, QString(), QString());
    CHECK(widget.summaryText() == QStringLiteral("The project has no scenarios to compare."));
}

TEST_CASE("the sample's status quo and 2016 policy differ in the eight decided offices and one note",
          "[realdata]")
{
    const LoadedProject project = test::loadSampleProject();
    const std::vector<Scenario> &list = project.project.scenarios;
    const std::vector<Office> &table = project.offices.offices;
    const Scenario *now = findScenario(list, QStringLiteral("現状"));
    const Scenario *policy = findScenario(list, QStringLiteral("2016年方針"));
    REQUIRE(now);
    REQUIRE(policy);
    const std::map<Decision, int> counts = decisionCounts(*policy, table);
    const int changed = counts.at(Decision::Close) + counts.at(Decision::Upgrade) + counts.at(Decision::ServiceCorner);

    ScenarioComparisonWidget widget;
    connectOwner(widget, list, table);
    widget.setScenarios(namesOf(list), now->name, policy->name);
    widget.setDifferences(compareScenarios(*now, *policy, table), table);
    // 7 closures, 1 upgrade; 龍田's note comes with its upgrade.
    CHECK(changed == 8);
    REQUIRE(widget.differencesModel()->rowCount() == changed);
    CHECK(widget.summaryText() == QStringLiteral("8 offices differ in their decision."));
    for (int row = 0; row < changed; ++row) {
        const QString id = widget.differencesModel()->index(row, 0).data(ScenarioComparisonWidget::OfficeIdRole).toString();
        const auto office = std::find_if(table.begin(), table.end(), [&](const Office &o) { return o.id == id; });
        REQUIRE(office != table.end());
        CHECK(cell(widget, row, 0) == office->name);
        CHECK(cell(widget, row, 3) == decisionName(decisionFor(*policy, *office), interfaceLanguage()));
    }

    widget.resize(900, 700);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    const QImage image = widget.grab().toImage();
    CHECK(image.width() == 900);
    const QByteArray screenshot = qgetenv("MADOGUCHI_COMPARISON_SCREENSHOT");
    if (!screenshot.isEmpty())
        CHECK(image.save(QString::fromLocal8Bit(screenshot)));
}
