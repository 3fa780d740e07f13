#include "sampleproject.h"
#include "testsupport.h"

#include "app/figures/chartexport.h"
#include "app/figures/reportexport.h"
#include "app/lib/projectloader.h"
#include "app/lib/scenarioanalysis.h"
#include "app/workbench/figureexportdialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <memory>

using namespace madoguchi;
using namespace madoguchi::app;

namespace {

// The sample analysed with the 2016 policy (withScenario) or without a scenario (no impact).
std::shared_ptr<const ScenarioAnalysis> sample(bool withScenario)
{
    const auto project = std::make_shared<const LoadedProject>(test::loadSampleProject());
    std::optional<Scenario> scenario;
    if (withScenario) {
        const Scenario *found = findScenario(project->project.scenarios, QStringLiteral("2016年方針"));
        REQUIRE(found != nullptr);
        scenario = *found;
    }
    return std::make_shared<const ScenarioAnalysis>(
        analyseScenario(project, AnalysisRequest{project->project.criteria, scenario, nullptr}));
}

} // namespace

TEST_CASE("the chart export dialog offers the measures each chart has and passes the choices on", "[chartexport]")
{
    ChartExportOptions initial;
    initial.measure = CorrelationMeasure::Catchment65;
    ChartExportDialog dialog(sample(true), initial, QStringLiteral("/tmp/図表/相関図.svg"));
    dialog.setProtectedPaths({QStringLiteral("/tmp/offices.csv")});
    // The sample has no counts: the catchments only, the one the dock showed chosen.
    REQUIRE(dialog.measureCombo()->count() == 2);
    CHECK(CorrelationMeasure(dialog.measureCombo()->itemData(0).toInt()) == CorrelationMeasure::Catchment);
    ChartExportOptions chosen = dialog.options();
    CHECK(chosen.kind == ChartKind::Correlation);
    CHECK(chosen.measure == CorrelationMeasure::Catchment65);
    CHECK(chosen.page.paper == ExportPaper::Figure);
    CHECK(chosen.page.dpi == 300.0);
    CHECK(chosen.protectedPaths == QStringList{QStringLiteral("/tmp/offices.csv")});
    CHECK(dialog.path() == QStringLiteral("/tmp/図表/相関図.svg"));
    CHECK(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("1890")));

    dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(int(ChartKind::Impact)));
    dialog.paperCombo()->setCurrentIndex(dialog.paperCombo()->findData(int(ExportPaper::Pixels)));
    // The file's name ended in 相関図: it follows the chart; a name of the planner's own stays.
    CHECK(dialog.path() == QStringLiteral("/tmp/図表/影響.svg"));
    dialog.pathEdit()->setText(QStringLiteral("/tmp/図表/議会資料.svg"));
    dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(int(ChartKind::Correlation)));
    CHECK(dialog.path() == QStringLiteral("/tmp/図表/議会資料.svg"));
    dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(int(ChartKind::Impact)));
    chosen = dialog.options();
    CHECK(chosen.kind == ChartKind::Impact);
    CHECK(chosen.page.paper == ExportPaper::Pixels);
    CHECK(chosen.page.dpi == 96.0); // a size in pixels is for a screen

    dialog.pathEdit()->setText(QStringLiteral("/tmp/図表/相関図.docx"));
    CHECK_FALSE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());

    // Without an impact the impact chart cannot be made, and the dialog says so.
    ChartExportOptions impact;
    impact.kind = ChartKind::Impact;
    ChartExportDialog noImpact(sample(false), impact, QStringLiteral("/tmp/影響.pdf"));
    CHECK_FALSE(noImpact.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    CHECK(noImpact.summaryLabel()->text().contains(QStringLiteral("impact")));
}

TEST_CASE("the chart export dialog offers PDF, SVG and PNG, and the file's suffix follows the format chosen",
          "[chartexport]")
{
    ChartExportDialog dialog(sample(true), ChartExportOptions(), QStringLiteral("/tmp/図表/相関図.pdf"));
    QComboBox *format = dialog.formatCombo();
    REQUIRE(format != nullptr);
    REQUIRE(format->count() == 3);
    CHECK(format->itemData(0).toString() == QStringLiteral("pdf"));
    CHECK(format->itemData(1).toString() == QStringLiteral("svg"));
    CHECK(format->itemData(2).toString() == QStringLiteral("png"));
    CHECK(format->currentData().toString() == QStringLiteral("pdf")); // the suggested file's

    // Chosen as a user does (activated), the format renames the file.
    format->setCurrentIndex(2);
    Q_EMIT format->activated(2);
    CHECK(dialog.path() == QStringLiteral("/tmp/図表/相関図.png"));
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("PNG")));
    CHECK(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());

    // A suffix typed into the path chooses its format; a name without one takes the format's.
    dialog.pathEdit()->setText(QStringLiteral("/tmp/図表/議会資料.SVG"));
    CHECK(format->currentData().toString() == QStringLiteral("svg"));
    dialog.pathEdit()->setText(QStringLiteral("/tmp/図表/議会資料"));
    format->setCurrentIndex(0);
    Q_EMIT format->activated(0);
    CHECK(dialog.path() == QStringLiteral("/tmp/図表/議会資料.pdf"));
}

TEST_CASE("the report export dialog writes PDFs of A4 or A3 with the title and date chosen", "[reportexport]")
{
    gis::MapSettings view;
    view.showLegend = false;
    view.layer(gis::MapLayer::Schools).visible = false;
    ReportExportDialog dialog(view, QStringLiteral("出張所の再編"), QStringLiteral("/tmp/報告書.pdf"));
    REQUIRE(dialog.paperCombo()->count() == 2);
    // Vector throughout: no resolution or size in pixels to choose.
    for (const char *name : {"exportDpi", "exportWidth"}) {
        auto *spin = dialog.findChild<QWidget *>(QLatin1String(name));
        REQUIRE(spin);
        CHECK_FALSE(spin->isVisibleTo(&dialog));
    }
    dialog.dateEdit()->setDate(QDate(2026, 11, 26));
    ReportOptions options = dialog.options();
    CHECK(options.title == QStringLiteral("出張所の再編"));
    CHECK(options.date == QDate(2026, 11, 26));
    CHECK(options.paper == ExportPaper::A4);
    CHECK(options.map.showLegend);                                  // the page carries its own legend
    CHECK_FALSE(options.map.layer(gis::MapLayer::Schools).visible); // the view's layers
    CHECK(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.paperCombo()->setCurrentIndex(1);
    CHECK(dialog.options().paper == ExportPaper::A3);
    dialog.pathEdit()->setText(QStringLiteral("/tmp/報告書.png"));
    CHECK_FALSE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral(".pdf")));
}
