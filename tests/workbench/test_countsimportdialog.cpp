#include "testsupport.h"
#include "widgetchild.h"

#include "app/workbench/countsimportdialog.h"
#include "gis/officetable.h"

#include <cpl_conv.h>
#include <cpl_string.h>

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

using namespace madoguchi;
using namespace madoguchi::app;

// The counts in these fixtures are made-up test values: the real FY2014 counts were never published.

using madoguchi::test::child;

namespace {

std::vector<Office> sampleOffices()
{
    return gis::readOfficeTable(test::sourceDir() + QStringLiteral("/data/kumamoto/offices.csv")).offices;
}

QByteArray toCp932(const QString &text)
{
    char *recoded = CPLRecode(text.toUtf8().constData(), CPL_ENC_UTF8, "CP932");
    const QByteArray bytes(recoded);
    CPLFree(recoded);
    return bytes;
}

QString cellText(const QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

QString headerText(const QAbstractItemModel *model, int column)
{
    return model->headerData(column, Qt::Horizontal).toString();
}

// Numbers are formatted in the UI language: pin it so that the separators are known.
struct EnglishLocale
{
    EnglishLocale() : previous(QLocale()) { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    ~EnglishLocale() { QLocale::setDefault(previous); }
    QLocale previous;
};

} // namespace

TEST_CASE("the dialog lists unmatched rows first, then one column per fiscal year with formatted counts",
          "[countsimportdialog]")
{
    const EnglishLocale locale;
    QTemporaryDir dir;
    const QString path = test::writeFile(QDir(dir.path()), QStringLiteral("counts.csv"),
                                         QStringLiteral("office_id,H26,平成27年度\n"
                                                        "br_oe,12345,11900\n"
                                                        "br_takuma,\"23,456\",\n"
                                                        "nobody,5,5\n")
                                             .toUtf8());
    CountsImportDialog dialog(path, sampleOffices());
    REQUIRE(dialog.preview().has_value());
    CHECK(dialog.errorText().isEmpty());

    const QAbstractItemModel *model = dialog.rowsModel();
    REQUIRE(model->rowCount() == 3);
    REQUIRE(model->columnCount() == 6); // line, key, office, H26, 平成27年度, problem
    CHECK(headerText(model, CountsImportDialog::FirstYearColumn).contains(QStringLiteral("FY2014")));
    CHECK(headerText(model, CountsImportDialog::FirstYearColumn).contains(QStringLiteral("transactions")));
    CHECK(headerText(model, CountsImportDialog::FirstYearColumn + 1).contains(QStringLiteral("FY2015")));

    // The unmatched row first, marked.
    CHECK(model->data(model->index(0, CountsImportDialog::LineColumn)).toInt() == 4);
    CHECK(cellText(model, 0, CountsImportDialog::KeyColumn) == QStringLiteral("nobody"));
    CHECK(cellText(model, 0, 5).contains(QStringLiteral("nobody")));
    CHECK_FALSE(model->data(model->index(0, CountsImportDialog::LineColumn), Qt::DecorationRole).isNull());
    CHECK(model->data(model->index(0, 5), Qt::BackgroundRole).isValid());

    // Then the matched rows in file order, with thousands separators; an empty cell is "—", not 0.
    CHECK(model->data(model->index(1, CountsImportDialog::LineColumn)).toInt() == 2);
    CHECK(cellText(model, 1, CountsImportDialog::OfficeColumn) == QStringLiteral("大江出張所"));
    CHECK(cellText(model, 1, CountsImportDialog::FirstYearColumn) == QStringLiteral("12,345"));
    CHECK(cellText(model, 2, CountsImportDialog::OfficeColumn) == QStringLiteral("託麻総合出張所"));
    CHECK(cellText(model, 2, CountsImportDialog::FirstYearColumn) == QStringLiteral("23,456"));
    CHECK(cellText(model, 2, CountsImportDialog::FirstYearColumn + 1) == QStringLiteral("—"));
    CHECK(cellText(model, 2, 5).isEmpty());
    CHECK(model->data(model->index(2, CountsImportDialog::LineColumn), Qt::DecorationRole).isNull());
    CHECK_FALSE(model->data(model->index(2, 5), Qt::BackgroundRole).isValid());

    // Only the rows with problems, when asked.
    auto *table = child<QTableView>(dialog, QStringLiteral("rowsTable"));
    child<QCheckBox>(dialog, QStringLiteral("onlyProblemsCheck"))->setChecked(true);
    CHECK_FALSE(table->isRowHidden(0));
    CHECK(table->isRowHidden(1));
    CHECK(table->isRowHidden(2));
}

TEST_CASE("the summary counts the matched branch offices, the unmatched rows and names the fiscal years",
          "[countsimportdialog]")
{
    QTemporaryDir dir;
    const QString path = test::writeFile(QDir(dir.path()), QStringLiteral("counts.csv"),
                                         QStringLiteral("名称,H26,平成27年度\n"
                                                        "大江出張所,100,110\n"
                                                        "託麻,200,210\n"
                                                        "中央区役所,5000,5100\n"
                                                        "熊本出張所,1,1\n")
                                             .toUtf8());
    CountsImportDialog dialog(path, sampleOffices());
    const QString summary = dialog.summaryText();
    CHECK(summary.contains(QStringLiteral("2 of 14 branch offices matched")));
    CHECK(summary.contains(QStringLiteral("1 ward office")));
    CHECK(summary.contains(QStringLiteral("1 row")));
    CHECK(summary.contains(QStringLiteral("FY2014, FY2015")));
    CHECK(child<QLabel>(dialog, QStringLiteral("summaryLabel"))->isVisibleTo(&dialog));

    const QString withoutRow = child<QLabel>(dialog, QStringLiteral("withoutRowLabel"))->text();
    CHECK(withoutRow.contains(QStringLiteral("12")));
    CHECK(withoutRow.contains(QStringLiteral("秋津出張所")));
    CHECK_FALSE(withoutRow.contains(QStringLiteral("大江出張所")));
    CHECK(dialog.importButton()->isEnabled());
}

TEST_CASE("Import is disabled when no row matches or the preview fails, and the failure is shown",
          "[countsimportdialog]")
{
    QTemporaryDir dir;
    const std::vector<Office> offices = sampleOffices();
    const QString unmatched = test::writeFile(QDir(dir.path()), QStringLiteral("unmatched.csv"),
                                              QStringLiteral("名称,H26\n熊本出張所,1\n札幌出張所,2\n").toUtf8());
    CountsImportDialog nothingMatched(unmatched, offices);
    REQUIRE(nothingMatched.preview().has_value());
    CHECK(nothingMatched.preview()->matchedCount() == 0);
    CHECK(nothingMatched.rowsModel()->rowCount() == 2);
    CHECK_FALSE(nothingMatched.importButton()->isEnabled());

    const QString noYears = test::writeFile(QDir(dir.path()), QStringLiteral("no_years.csv"),
                                            QByteArray("id,count\nbr_oe,1\n"));
    CountsImportDialog failed(noYears, offices);
    CHECK_FALSE(failed.preview().has_value());
    CHECK(failed.errorText().contains(QStringLiteral("no_years.csv")));
    CHECK(failed.errorText().contains(QStringLiteral("H26")));
    CHECK_FALSE(failed.importButton()->isEnabled());
    CHECK(failed.rowsModel()->rowCount() == 0);
    auto *error = child<QLabel>(failed, QStringLiteral("errorLabel"));
    CHECK(error->isVisibleTo(&failed));
    CHECK(error->text().contains(QStringLiteral("no_years.csv")));
}

TEST_CASE("switching the encoding re-reads the file: CP932 read as UTF-8 fails, as CP932 matches",
          "[countsimportdialog]")
{
    QTemporaryDir dir;
    const QString path = test::writeFile(QDir(dir.path()), QStringLiteral("counts_sjis.csv"),
                                         toCp932(QStringLiteral("出張所名,平成26年度\n大江出張所,1200\n託麻,3400\n")));
    CountsImportDialog dialog(path, sampleOffices());
    REQUIRE(dialog.preview().has_value());
    CHECK(dialog.preview()->encoding == gis::TextEncoding::Cp932);
    CHECK(dialog.preview()->encodingSource == gis::EncodingSource::Detected);
    CHECK(dialog.preview()->matchedCount() == 2);

    dialog.setEncoding(gis::TextEncoding::Utf8);
    CHECK_FALSE(dialog.preview().has_value());
    CHECK(dialog.errorText().contains(QStringLiteral("UTF-8")));
    CHECK_FALSE(dialog.importButton()->isEnabled());

    // The combo itself re-runs the preview too.
    auto *combo = child<QComboBox>(dialog, QStringLiteral("encodingCombo"));
    combo->setCurrentIndex(combo->findText(QStringLiteral("Shift_JIS (CP932)")));
    REQUIRE(dialog.preview().has_value());
    CHECK(dialog.errorText().isEmpty());
    CHECK(dialog.preview()->encoding == gis::TextEncoding::Cp932);
    CHECK(dialog.preview()->encodingSource == gis::EncodingSource::Override);
    CHECK(cellText(dialog.rowsModel(), 0, CountsImportDialog::OfficeColumn) == QStringLiteral("大江出張所"));
    CHECK(dialog.importButton()->isEnabled());
    CHECK_FALSE(child<QLabel>(dialog, QStringLiteral("errorLabel"))->isVisibleTo(&dialog));
}

TEST_CASE("switching the join re-runs the preview by office id or by office name", "[countsimportdialog]")
{
    QTemporaryDir dir;
    const QString path = test::writeFile(QDir(dir.path()), QStringLiteral("counts.csv"),
                                         QStringLiteral("code,窓口名,fy2014\nbr_oe,大江出張所,1\nx,東部出張所,2\n")
                                             .toUtf8());
    CountsImportDialog dialog(path, sampleOffices());
    REQUIRE(dialog.preview().has_value());
    CHECK(dialog.preview()->joinedBy == CountsJoin::Name);
    CHECK(dialog.preview()->matchedCount() == 2);

    dialog.setJoin(CountsJoin::Id);
    REQUIRE(dialog.preview().has_value());
    CHECK(dialog.preview()->joinedBy == CountsJoin::Id);
    CHECK(dialog.preview()->keyColumn == QStringLiteral("code"));
    CHECK(dialog.preview()->matchedCount() == 1);
    CHECK(cellText(dialog.rowsModel(), 0, CountsImportDialog::KeyColumn) == QStringLiteral("x"));
}
