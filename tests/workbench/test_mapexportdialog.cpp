// The map export dialog: its result is optionsFromView of the canvas's settings with the choices made.
#include "testsupport.h"

#include "app/lib/mapexport.h"
#include "app/workbench/mapexportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

using namespace madoguchi;
using namespace madoguchi::app;

namespace {

gis::MapSettings canvasView()
{
    gis::MapSettings view;
    view.showLegend = false; // as the main window's canvas: the legend is in a dock
    view.layer(gis::MapLayer::Schools).visible = false;
    view.labels.distances = false;
    view.selectedOfficeIds = {QStringLiteral("br_oe")};
    view.extent = QRectF(-5000, -3000, 10000, 6000);
    view.outputSize = QSize(1000, 600);
    return view;
}

} // namespace

TEST_CASE("the export dialog starts from the command line's defaults for the view", "[mapexportdialog]")
{
    const gis::MapSettings view = canvasView();
    MapExportDialog dialog(view, QStringLiteral("熊本市の再編"), QStringLiteral("2016年方針"),
                           QStringLiteral("/tmp/地図.pdf"));
    const MapExportOptions chosen = dialog.options();
    const MapExportOptions defaults = optionsFromView(view, QStringLiteral("熊本市の再編"), QStringLiteral("2016年方針"));
    CHECK(chosen.title == defaults.title);
    CHECK(chosen.scenarioName == defaults.scenarioName);
    CHECK(chosen.date == defaults.date);
    CHECK(chosen.page.paper == defaults.page.paper);
    CHECK(chosen.page.landscape == defaults.page.landscape);
    CHECK(chosen.page.dpi == defaults.page.dpi);
    CHECK(chosen.extent == defaults.extent);
    CHECK_FALSE(chosen.map.showLegend); // as the window: its legend is off on the map
    CHECK(chosen.map.selectedOfficeIds.isEmpty());
    CHECK_FALSE(chosen.map.layer(gis::MapLayer::Schools).visible);
    CHECK_FALSE(chosen.map.labels.distances);
    CHECK(dialog.path() == QStringLiteral("/tmp/地図.pdf"));
    CHECK(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("2480")));
}

TEST_CASE("the export dialog's legend starts as the window shows it", "[mapexportdialog]")
{
    gis::MapSettings view = canvasView();
    for (const bool shown : {false, true}) {
        view.showLegend = shown;
        view.showScaleBar = !shown;
        MapExportDialog dialog(view, QStringLiteral("題"), QString(), QStringLiteral("/tmp/map.pdf"));
        CHECK(dialog.legendCheck()->isChecked() == shown);
        CHECK(dialog.options().map.showLegend == shown);
        CHECK(dialog.options().map.showScaleBar == !shown);
    }
}

TEST_CASE("the export dialog's choices reach the options", "[mapexportdialog]")
{
    const gis::MapSettings view = canvasView();
    MapExportDialog dialog(view, QStringLiteral("題"), QStringLiteral("現状"), QStringLiteral("/tmp/map.png"));
    dialog.setProtectedPaths({QStringLiteral("/data/project.madoguchi")});
    dialog.orientationCombo()->setCurrentIndex(1);
    dialog.paperCombo()->setCurrentIndex(1); // A3
    dialog.titleEdit()->setText(QStringLiteral("別の題"));
    dialog.dateEdit()->setDate(QDate(2026, 11, 26));
    dialog.currentViewButton()->setChecked(true);
    dialog.legendCheck()->setChecked(false);
    MapExportOptions options = dialog.options();
    CHECK(options.page.paper == ExportPaper::A3);
    CHECK(options.page.landscape);
    CHECK(options.title == QStringLiteral("別の題"));
    CHECK(options.date == QDate(2026, 11, 26));
    REQUIRE(options.extent.has_value());
    CHECK(*options.extent == view.visibleExtent());
    CHECK_FALSE(options.map.showLegend);
    CHECK(options.protectedPaths == QStringList{QStringLiteral("/data/project.madoguchi")});

    // A size in pixels brings the screen resolution with it, unless one was chosen.
    dialog.paperCombo()->setCurrentIndex(2);
    dialog.widthSpin()->setValue(1600);
    dialog.heightSpin()->setValue(900);
    options = dialog.options();
    CHECK(options.page.paper == ExportPaper::Pixels);
    CHECK(options.page.pixelSize == QSize(1600, 900));
    CHECK(options.page.dpi == 96);
    CHECK_FALSE(dialog.orientationCombo()->isEnabled());
    dialog.dpiSpin()->setValue(200);
    dialog.paperCombo()->setCurrentIndex(0);
    CHECK(dialog.options().page.dpi == 200);
}

TEST_CASE("the export dialog refuses a file it cannot tell the format of, and a page without room",
          "[mapexportdialog]")
{
    MapExportDialog dialog(canvasView(), QStringLiteral("題"), QString(), QStringLiteral("/tmp/map.jpg"));
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral(".pdf")));
    dialog.pathEdit()->setText(QStringLiteral("/tmp/map.svg"));
    CHECK(ok->isEnabled());
    dialog.pathEdit()->clear();
    CHECK_FALSE(ok->isEnabled());
    dialog.pathEdit()->setText(QStringLiteral("/tmp/map.svg"));

    dialog.paperCombo()->setCurrentIndex(2);
    dialog.widthSpin()->setValue(150);
    dialog.heightSpin()->setValue(150);
    CHECK_FALSE(ok->isEnabled());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Rejected);
}
