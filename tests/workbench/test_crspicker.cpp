#include "testsupport.h"
#include "widgetchild.h"

#include "app/workbench/crspicker.h"
#include "app/workbench/newprojectwizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QAbstractItemView>
#include <QTemporaryDir>
#include <QTest>

using madoguchi::app::CrsPicker;
using madoguchi::app::NewProjectWizard;
using namespace madoguchi::test;

namespace {

// Types `text` into the picker's box and leaves it, as a user would.
void typeInto(CrsPicker &picker, const QString &text)
{
    QLineEdit *edit = picker.comboBox()->lineEdit();
    edit->clear();
    // QTest types ASCII keys only; other text arrives as an input method would commit it.
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
    Q_EMIT edit->editingFinished();
}

void waitForReads(const NewProjectWizard &wizard)
{
    REQUIRE(QTest::qWaitFor([&wizard] { return !wizard.isReading(); }, 30000));
}

// The wizard on its wards page, with the bundled sample's offices table.
void goToWards(NewProjectWizard &wizard, const QDir &dir)
{
    wizard.restart();
    wizard.setField(QStringLiteral("projectName"), QStringLiteral("札幌市 出張所の検討"));
    wizard.setField(QStringLiteral("projectPath"), dir.filePath(QStringLiteral("test")));
    wizard.next();
    REQUIRE(wizard.currentId() == NewProjectWizard::OfficesPageId);
    QFile offices(sourceDir() + QStringLiteral("/data/kumamoto/offices.csv"));
    REQUIRE(offices.open(QIODevice::ReadOnly));
    wizard.setField(QStringLiteral("officesPath"), writeFile(dir, QStringLiteral("offices.csv"), offices.readAll()));
    waitForReads(wizard);
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    REQUIRE(wizard.currentId() == NewProjectWizard::WardsPageId);
}

} // namespace

TEST_CASE("the map projection picker lists the nineteen zones and the UTM zones over Japan", "[crspicker]")
{
    CrsPicker picker(CrsPicker::Purpose::Display, QStringLiteral("picker"));
    const QStringList listed = picker.listedTexts();
    REQUIRE(listed.size() == 19 + 5 + 5);
    for (int code = 6669; code <= 6687; ++code)
        CHECK(listed.filter(QStringLiteral("EPSG:%1 ").arg(code)).size() == 1);
    CHECK(listed.at(0).startsWith(QStringLiteral("EPSG:6669 — JGD2011 zone I (長崎県")));
    CHECK(listed.at(11).startsWith(QStringLiteral("EPSG:6680 — JGD2011 zone XII (北海道中央部")));
    CHECK(listed.at(19) == QStringLiteral("EPSG:6688 — JGD2011 / UTM zone 51N"));
    CHECK(listed.at(28) == QStringLiteral("EPSG:32655 — WGS 84 / UTM zone 55N"));
    CHECK(listed.filter(QStringLiteral("EPSG:6668")).isEmpty()); // latitude/longitude is no map projection
    CHECK(picker.epsgCode() == 0);
    CHECK(picker.crsText().isEmpty());

    // Latitude/longitude is offered where a source's CRS is asked for.
    CrsPicker source(CrsPicker::Purpose::Source, QStringLiteral("source"));
    CHECK(source.listedTexts().at(0) == QStringLiteral("EPSG:6668 — JGD2011 latitude/longitude"));
}

TEST_CASE("typing 6680 finds zone XII, and a name finds its zone", "[crspicker]")
{
    CrsPicker picker(CrsPicker::Purpose::Display, QStringLiteral("picker"));
    picker.show();
    CHECK(picker.matchingTexts(QStringLiteral("6680")).size() == 1);

    // The completer filters the list as one types.
    QCompleter *completer = picker.comboBox()->completer();
    REQUIRE(completer);
    completer->setCompletionPrefix(QStringLiteral("6680"));
    CHECK(completer->completionCount() == 1);
    CHECK(completer->currentCompletion().startsWith(QStringLiteral("EPSG:6680")));
    completer->setCompletionPrefix(QStringLiteral("札幌"));
    CHECK(completer->completionCount() == 1);
    completer->setCompletionPrefix(QStringLiteral("北海道"));
    CHECK(completer->completionCount() == 3); // zones XI, XII and XIII
    completer->complete();
    const QString shot = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("crspicker_search.png"));
    CHECK(completer->popup()->grab().save(shot));
    completer->popup()->hide();

    typeInto(picker, QStringLiteral("6680"));
    CHECK(picker.epsgCode() == 6680);
    CHECK(picker.crsText() == QStringLiteral("EPSG:6680"));
    CHECK(picker.comboBox()->currentText().startsWith(QStringLiteral("EPSG:6680 — JGD2011 zone XII")));

    typeInto(picker, QStringLiteral("熊本県"));
    CHECK(picker.epsgCode() == 6670);
    typeInto(picker, QStringLiteral("EPSG:6690"));
    CHECK(picker.epsgCode() == 6690);
}

TEST_CASE("a code PROJ knows but the map cannot be drawn in is refused, naming it", "[crspicker]")
{
    CrsPicker picker(CrsPicker::Purpose::Display, QStringLiteral("picker"));
    typeInto(picker, QStringLiteral("6668"));
    CHECK(picker.epsgCode() == 0);
    CHECK(picker.infoLabel()->text().contains(QStringLiteral("JGD2011")));
    CHECK(picker.infoLabel()->text().contains(QStringLiteral("cannot be the map projection")));
    typeInto(picker, QStringLiteral("9999999"));
    CHECK(picker.epsgCode() == 0);
    CHECK(picker.infoLabel()->text().contains(QStringLiteral("no EPSG:9999999")));

    // A source's CRS may be any that PROJ knows: the JGD2000 zone is added to the list, named.
    CrsPicker source(CrsPicker::Purpose::Source, QStringLiteral("source"));
    typeInto(source, QStringLiteral("EPSG:2451"));
    CHECK(source.epsgCode() == 2451);
    CHECK(source.listedTexts().constLast() == QStringLiteral("EPSG:2451 — JGD2000 / Japan Plane Rectangular CS IX"));
}

TEST_CASE("a source's CRS field completes from the list and keeps the code alone, or any text typed",
          "[crspicker]")
{
    QLineEdit edit;
    edit.setObjectName(QStringLiteral("wardsCrs"));
    QCompleter *completer = madoguchi::app::addCrsCompletion(&edit);
    edit.show();
    REQUIRE(QTest::qWaitForWindowExposed(&edit));
    edit.setFocus();
    int finished = 0;
    QObject::connect(&edit, &QLineEdit::editingFinished, [&finished] { ++finished; });

    QTest::keyClicks(&edit, QStringLiteral("6670"));
    REQUIRE(completer->popup()->isVisible());
    CHECK(completer->completionCount() == 1);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    CHECK(QTest::qWaitFor([&edit] { return edit.text() == QStringLiteral("EPSG:6670"); }, 5000));
    CHECK(edit.text() == QStringLiteral("EPSG:6670"));
    CHECK(finished >= 1);

    // JGD2011 latitude/longitude is listed for sources, and a name finds it.
    completer->setCompletionPrefix(QStringLiteral("latitude/longitude"));
    CHECK(completer->completionCount() == 2);
    CHECK(completer->currentCompletion().startsWith(QStringLiteral("EPSG:6668")));

    // WKT or a PROJ string is left as typed.
    edit.setText(QStringLiteral("+proj=longlat +ellps=GRS80 +no_defs"));
    CHECK(edit.text() == QStringLiteral("+proj=longlat +ellps=GRS80 +no_defs"));
    CHECK(edit.findChild<QAction *>(QStringLiteral("wardsCrsList")) != nullptr);
}

TEST_CASE("the suggestion is chosen, with its reason, until the user picks another", "[crspicker]")
{
    CrsPicker picker(CrsPicker::Purpose::Display, QStringLiteral("picker"));
    picker.setSuggestion(madoguchi::gis::DisplayCrs::fromProjectText(QStringLiteral("EPSG:6680")));
    CHECK(picker.epsgCode() == 6680);
    CHECK(picker.followsSuggestion());
    CHECK(picker.infoLabel()->text()
          == QStringLiteral("JGD2011 zone XII — the projection named in the project file"));

    typeInto(picker, QStringLiteral("6679"));
    CHECK_FALSE(picker.followsSuggestion());
    CHECK(picker.infoLabel()->text().contains(QStringLiteral("chosen here")));
    // A new suggestion does not override the user's pick.
    picker.setSuggestion(madoguchi::gis::DisplayCrs::japanZone(2));
    CHECK(picker.epsgCode() == 6679);
}

TEST_CASE("the wizard suggests zone XII for Sapporo's wards, says why, and keeps a zone picked instead",
          "[crspicker][wizard][realdata]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QDir dir(tmp.path());
    NewProjectWizard wizard;
    wizard.show();
    goToWards(wizard, dir);
    wizard.setField(QStringLiteral("wardsPath"), sharedDataDir() + QStringLiteral("/sapporo/wards.geojson"));
    waitForReads(wizard);
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());

    auto *picker = child<CrsPicker>(wizard, QStringLiteral("displayCrs"));
    CHECK(picker->epsgCode() == 6680);
    CHECK(picker->followsSuggestion());
    CHECK(wizard.field(QStringLiteral("displayCrs")).toString() == QStringLiteral("EPSG:6680"));
    const QString reason = child<QLabel>(wizard, QStringLiteral("displayCrsInfo"))->text();
    CHECK(reason == QStringLiteral("JGD2011 zone XII — the zone the MLIT notice assigns to 札幌市"));
    // The automatic choice is not written: the project chooses it again when it loads.
    CHECK_FALSE(wizard.project().displayCrs.has_value());

    const QString shot = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("wizard_displaycrs.png"));
    CHECK(wizard.grab().save(shot));

    // A zone picked instead is the project's.
    wizard.setField(QStringLiteral("displayCrs"), QStringLiteral("EPSG:6679"));
    CHECK(picker->epsgCode() == 6679);
    CHECK_FALSE(picker->followsSuggestion());
    CHECK(wizard.project().displayCrs == QStringLiteral("EPSG:6679"));

    // Kumamoto's wards: zone II, the zone of 熊本県; the pick above stays the user's.
    wizard.setField(QStringLiteral("wardsPath"), kumamotoFile(QStringLiteral("wards.geojson")));
    waitForReads(wizard);
    CHECK(picker->epsgCode() == 6679);
    CHECK(picker->suggestion().epsgCode() == 6670);
    wizard.setField(QStringLiteral("displayCrs"), QStringLiteral("EPSG:6670"));
    CHECK(picker->followsSuggestion());
    CHECK(child<QLabel>(wizard, QStringLiteral("displayCrsInfo"))->text()
          == QStringLiteral("JGD2011 zone II — the zone the MLIT notice assigns to 熊本県 (熊本市)"));
    CHECK_FALSE(wizard.project().displayCrs.has_value());
}
