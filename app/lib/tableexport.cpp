#include "app/lib/tableexport.h"
#include "app/lib/version.h"
#include "app/lib/scenarioanalysis.h"

#include "app/lib/evaluationtable.h"
#include "app/lib/outputpath.h"
#include "app/lib/projectloader.h"
#include "core/diagnostic.h"
#include "core/evaluator.h"
#include "core/scenario.h"
#include "core/terms.h"
#include "gis/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStringView>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <utility>


namespace madoguchi::app {

namespace {

struct TableExportText
{
    Q_DECLARE_TR_FUNCTIONS(TableExportText)
};

using FieldType = gis::OutputLayer::FieldType;

// Excel's limit for the text of one cell, in characters (code points). Longer text is refused, never cut.
constexpr qsizetype MaxCellCharacters = 32767;

// The built-in number format "@" (Text).
constexpr uint8_t TextNumberFormat = 49;

const QString TableSheetName = QStringLiteral("評価");
const QString NotesSheetName = QStringLiteral("説明");

// The workbook's text is bilingual by design, whatever the language of the user interface: the file is
// passed between offices and to consultants, and each column is explained in both languages.
struct FixedColumn
{
    QStringView name;
    QStringView japanese;
    QStringView english;
    ColumnUnit unit;
};

const FixedColumn FixedColumns[] = {
    {u"id", u"事務所のID（事務所一覧の id）", u"The office's id in the offices table", ColumnUnit::None},
    {u"name", u"事務所名", u"Name of the office", ColumnUnit::None},
    {u"name_en", u"事務所名（英語）", u"Name of the office in English", ColumnUnit::None},
    {u"kind", u"種別（branch 出張所、general_branch 総合出張所）",
     u"Kind of office: branch (出張所) or general_branch (総合出張所)", ColumnUnit::None},
    {u"ward", u"区（事務所一覧による）", u"The ward, as the offices table gives it", ColumnUnit::None},
    {u"nearest_ward_office", u"最寄りの区役所のID（区を問わない）", u"Id of the nearest ward office, of any ward",
     ColumnUnit::None},
    {u"nearest_ward_office_name", u"最寄りの区役所", u"Name of the nearest ward office", ColumnUnit::None},
    {u"distance_m", u"最寄りの区役所までの直線距離（GRS80楕円体上の測地線の長さ）",
     u"Straight-line distance to the nearest ward office (geodesic on the GRS80 ellipsoid)", ColumnUnit::Meters},
    {u"own_ward_office", u"自区の区役所のID", u"Id of the ward office of the office's own ward", ColumnUnit::None},
    {u"own_ward_office_name", u"自区の区役所", u"Name of the ward office of the office's own ward", ColumnUnit::None},
    {u"own_ward_distance_m", u"自区の区役所までの直線距離", u"Straight-line (geodesic) distance to the own ward's office",
     ColumnUnit::Meters},
    {u"within_threshold", u"距離の目安以内か（TRUE：distance_m が threshold_m 以下）",
     u"TRUE when distance_m is at most threshold_m", ColumnUnit::None},
    {u"threshold_m", u"距離の目安", u"The distance guide", ColumnUnit::Meters},
    {u"ward_at_site", u"所在地を含む区（区域データによる）", u"The ward whose polygon contains the office's site",
     ColumnUnit::None},
    {u"school_district", u"所在地を含む小学校区", u"The elementary-school district containing the office's site",
     ColumnUnit::None},
    {u"school_district_approximate",
     u"小学校区が近似か（TRUE：学校位置からの最近隣領域による近似で、公式の通学区域ではない）",
     u"TRUE when the school districts are approximate (the area nearest each school), not the official districts",
     ColumnUnit::None},
    {u"catchment_population", u"圏域人口：この窓口が最寄りの窓口となる住民の数",
     u"Residents for whom this counter is the nearest of all counters", ColumnUnit::Residents},
    {u"catchment_population_65plus", u"圏域人口のうち65歳以上", u"Of those, residents aged 65 or over",
     ColumnUnit::Residents},
    {u"recorded_decision", u"事務所一覧に記録された方針（keep 継続、service_corner 行政サービスコーナー、close 廃止、upgrade 機能強化）",
     u"The decision recorded in the offices table: keep, service_corner, close or upgrade", ColumnUnit::None},
    {u"decision", u"シナリオでの方針（keep 継続、service_corner 行政サービスコーナー、close 廃止、upgrade 機能強化）",
     u"The scenario's decision: keep, service_corner, close or upgrade", ColumnUnit::None},
    {u"recommendation", u"基準による推奨（candidate 見直し候補、keep 継続、undetermined 判定不能）",
     u"What the criteria recommend: candidate (for review: closure or a service corner), keep, or undetermined",
     ColumnUnit::None},
    {u"recommendation_reasons", u"推奨の理由（英語）", u"The reasons for the recommendation", ColumnUnit::None},
    {u"receiving_counter", u"引き継ぐ窓口のID（廃止する出張所のみ：最寄りの開いている窓口）",
     u"For a closed office: id of the nearest open counter, which takes over its work", ColumnUnit::None},
    {u"receiving_counter_name", u"引き継ぐ窓口", u"Name of the receiving counter", ColumnUnit::None},
    {u"receiving_distance_m", u"引き継ぐ窓口までの直線距離", u"Straight-line (geodesic) distance to the receiving counter",
     ColumnUnit::Meters},
    {u"catchment_population_after", u"シナリオ実施後の圏域人口（廃止する出張所は0）",
     u"Residents for whom it is the nearest open counter after the scenario; 0 for a closed office",
     ColumnUnit::Residents},
    {u"catchment_population_65plus_after", u"シナリオ実施後の圏域人口のうち65歳以上",
     u"Of those, residents aged 65 or over", ColumnUnit::Residents},
    {u"note", u"シナリオでの注記", u"The scenario's note on the office", ColumnUnit::None},
};

QString unitText(ColumnUnit unit)
{
    switch (unit) {
    case ColumnUnit::None: return {};
    case ColumnUnit::Meters: return QStringLiteral("m（メートル / metres）");
    case ColumnUnit::Residents: return QStringLiteral("人 / residents");
    case ColumnUnit::Transactions: return QStringLiteral("件 / transactions");
    }
    return {};
}

// --- writing files atomically ------------------------------------------------------------------------

QString writeHint()
{
    return TableExportText::tr("check that the folder exists and that you may write into it");
}

void writeCsv(const QString &path, const EvaluationTable &table)
{
    gis::AtomicFile file(path);
    file.write(evaluationCsv(table));
    file.commit();
}

// --- XLSX ---------------------------------------------------------------------------------------------

// "A1", "AB12": a cell as spreadsheets name it, for messages.
QString cellName(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

// Columns a text takes in a spreadsheet's default font: East Asian wide characters take about two.
int spreadsheetWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text)
        width += (c.unicode() >= 0x1100 && !(c.unicode() >= 0xFF61 && c.unicode() <= 0xFF9F)) ? 2 : 1;
    return width;
}

// The width a number takes once formatted with thousands separators and `decimals` decimals.
int numberWidth(double value, int decimals)
{
    const QString digits = QString::number(std::abs(value), 'f', decimals);
    const qsizetype point = digits.indexOf(QLatin1Char('.'));
    const qsizetype integerDigits = point < 0 ? digits.size() : point;
    return int(digits.size() + (integerDigits - 1) / 3 + (value < 0 ? 1 : 0));
}

// A text style with its twin for text that starts like a formula: the twin also has the number format
// "@" (Text), with which a spreadsheet keeps the cell text when it is edited instead of running it. The
// cell itself is always written as a string, never as a formula. (Excel's quote prefix would serve too,
// but Debian 12's libxlsxwriter 1.1.4 cannot write it.)
struct TextFormat
{
    lxw_format *normal = nullptr; // nullptr = the default format
    lxw_format *literal = nullptr;
};

// The workbook: owns libxlsxwriter's handle until close() has written the file.
class Workbook
{
public:
    Workbook(const QString &targetPath, const QString &writePath)
        : mTargetPath(targetPath)
    {
        mWorkbook = workbook_new(QFile::encodeName(writePath).constData());
        if (!mWorkbook)
            throw InputError(mTargetPath, QString(), TableExportText::tr("cannot start the workbook: out of memory"));
    }
    ~Workbook()
    {
        if (mWorkbook)
            lxw_workbook_free(mWorkbook);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    const QString &targetPath() const { return mTargetPath; }

    lxw_worksheet *addWorksheet(const QString &name)
    {
        lxw_worksheet *sheet = workbook_add_worksheet(mWorkbook, name.toUtf8().constData());
        if (!sheet)
            throw InputError(mTargetPath, QString(), TableExportText::tr("cannot add the sheet %1").arg(name));
        return sheet;
    }

    lxw_format *addFormat()
    {
        lxw_format *format = workbook_add_format(mWorkbook);
        if (!format)
            throw InputError(mTargetPath, QString(), TableExportText::tr("cannot start the workbook: out of memory"));
        return format;
    }

    // A text style and its twin for text that starts like a formula; `style` sets up both.
    template<typename Style>
    TextFormat addTextFormat(Style style)
    {
        TextFormat format{addFormat(), addFormat()};
        style(format.normal);
        style(format.literal);
        format_set_num_format_index(format.literal, TextNumberFormat);
        return format;
    }

    void setProperties(const QString &title, const QString &subject, const QString &comments)
    {
        QByteArray titleUtf8 = title.toUtf8();
        QByteArray subjectUtf8 = subject.toUtf8();
        QByteArray commentsUtf8 = comments.toUtf8();
        lxw_doc_properties properties = {};
        properties.title = titleUtf8.data();
        properties.subject = subjectUtf8.data();
        properties.comments = commentsUtf8.data();
        check(workbook_set_properties(mWorkbook, &properties));
    }

    // Writes the file and releases the handle (libxlsxwriter frees the workbook even when it fails).
    void close()
    {
        errno = 0;
        const lxw_error error = workbook_close(std::exchange(mWorkbook, nullptr));
        // The zip archive fails on the system's errors (a full disk, a size limit): say those, not
        // libxlsxwriter's code.
        const int systemError = errno;
        if (error != LXW_NO_ERROR && systemError != 0)
            throw InputError(mTargetPath, QString(),
                             TableExportText::tr("cannot write the workbook: %1").arg(gis::writeErrorReason(systemError)),
                             gis::writeErrorHint(systemError));
        check(error);
    }

private:
    void check(lxw_error error) const
    {
        if (error != LXW_NO_ERROR)
            throw InputError(mTargetPath, QString(),
                             TableExportText::tr("cannot write the workbook: %1")
                                 .arg(QString::fromUtf8(lxw_strerror(error))),
                             writeHint());
    }

    QString mTargetPath;
    lxw_workbook *mWorkbook = nullptr;
};

// Writes the cells of one sheet, checking every call; text is always a string cell.
class SheetWriter
{
public:
    SheetWriter(const Workbook &workbook, lxw_worksheet *sheet, QString sheetName)
        : mTargetPath(workbook.targetPath())
        , mSheet(sheet)
        , mSheetName(std::move(sheetName))
    {
    }

    lxw_worksheet *sheet() const { return mSheet; }

    // `what` names the cell for a person when it cannot be written ("row 3 (br_oe), column note").
    void text(int row, int column, const QString &text, const TextFormat &format, const QString &what = {})
    {
        if (text.isEmpty())
            return;
        const qsizetype characters = text.toUcs4().size();
        if (characters > MaxCellCharacters)
            throw InputError(mTargetPath, location(row, column, what),
                             TableExportText::tr("the text has %1 characters; a spreadsheet cell holds at most %2")
                                 .arg(characters)
                                 .arg(MaxCellCharacters),
                             TableExportText::tr("shorten the text in the project, or export to CSV, which has no "
                                                 "such limit"));
        lxw_format *cellFormat = startsLikeFormula(text) ? format.literal : format.normal;
        check(worksheet_write_string(mSheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(),
                                     cellFormat),
              row, column, what);
    }

    void number(int row, int column, double value, lxw_format *format, const QString &what = {})
    {
        if (!std::isfinite(value))
            throw InputError(mTargetPath, location(row, column, what),
                             TableExportText::tr("the value is not a finite number"));
        check(worksheet_write_number(mSheet, lxw_row_t(row), lxw_col_t(column), value, format), row, column, what);
    }

    void boolean(int row, int column, bool value, const QString &what = {})
    {
        check(worksheet_write_boolean(mSheet, lxw_row_t(row), lxw_col_t(column), value ? 1 : 0, nullptr), row,
              column, what);
    }

    // A note (comment) on the cell, shown when the pointer rests on it.
    void note(int row, int column, const QString &text)
    {
        lxw_comment_options options = {};
        options.width = 360;
        options.height = 120;
        check(worksheet_write_comment_opt(mSheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(),
                                          &options),
              row, column, {});
    }

    void columnWidth(int column, double width, lxw_format *format = nullptr)
    {
        check(worksheet_set_column(mSheet, lxw_col_t(column), lxw_col_t(column), width, format), 0, column, {});
    }

private:
    QString location(int row, int column, const QString &what) const
    {
        QString text = TableExportText::tr("sheet %1, cell %2").arg(mSheetName, cellName(row, column));
        if (!what.isEmpty())
            text += QStringLiteral(" (%1)").arg(what);
        return text;
    }

    void check(lxw_error error, int row, int column, const QString &what) const
    {
        if (error != LXW_NO_ERROR)
            throw InputError(mTargetPath, location(row, column, what),
                             TableExportText::tr("cannot write the cell: %1").arg(QString::fromUtf8(lxw_strerror(error))));
    }

    QString mTargetPath;
    lxw_worksheet *mSheet;
    QString mSheetName;
};

struct Formats
{
    TextFormat plain;
    TextFormat header;
    TextFormat title;
    TextFormat label;
    TextFormat wrapped;
    lxw_format *meters = nullptr; // distances: metres with one decimal, as in the CSV
    lxw_format *count = nullptr;  // residents and transactions: whole numbers
};

Formats makeFormats(Workbook &workbook)
{
    Formats formats;
    formats.plain.literal = workbook.addFormat();
    format_set_num_format_index(formats.plain.literal, TextNumberFormat);
    formats.header = workbook.addTextFormat([](lxw_format *f) {
        format_set_bold(f);
        format_set_bg_color(f, 0xDDEBF7);
        format_set_bottom(f, LXW_BORDER_THIN);
    });
    formats.title = workbook.addTextFormat([](lxw_format *f) {
        format_set_bold(f);
        format_set_font_size(f, 14);
    });
    formats.label = workbook.addTextFormat([](lxw_format *f) {
        format_set_bold(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
    formats.wrapped = workbook.addTextFormat([](lxw_format *f) {
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
    formats.meters = workbook.addFormat();
    format_set_num_format(formats.meters, "#,##0.0");
    formats.count = workbook.addFormat();
    format_set_num_format(formats.count, "#,##0");
    return formats;
}

QString headerNote(const QString &column)
{
    const ColumnDescription description = describeColumn(column);
    QString text = description.japanese + QLatin1Char('\n') + description.english;
    if (description.unit != ColumnUnit::None)
        text += QLatin1Char('\n') + QStringLiteral("単位 / unit: ") + unitText(description.unit);
    return text;
}

void writeTableSheet(Workbook &workbook, const Formats &formats, const EvaluationTable &table)
{
    if (table.rows.size() + 1 > LXW_ROW_MAX || table.columns.size() > LXW_COL_MAX)
        throw InputError(workbook.targetPath(), QString(),
                         TableExportText::tr("the table has %1 rows and %2 columns, more than a sheet holds")
                             .arg(table.rows.size())
                             .arg(table.columns.size()),
                         TableExportText::tr("export to CSV or GeoPackage instead"));
    SheetWriter sheet(workbook, workbook.addWorksheet(TableSheetName), TableSheetName);
    const int idColumn = table.column(QStringLiteral("id"));
    std::vector<int> widths(table.columns.size(), 0);

    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const QString &name = table.columns[c].name;
        sheet.text(0, int(c), name, formats.header);
        if (!describeColumn(name).japanese.isEmpty())
            sheet.note(0, int(c), headerNote(name));
        widths[c] = spreadsheetWidth(name) + 3; // room for the filter button
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const QVariantList &values = table.rows[r];
        const int row = int(r) + 1;
        const QString office = idColumn >= 0 ? values.value(idColumn).toString() : QString();
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const QVariant value = values.value(int(c));
            if (value.isNull())
                continue;
            const auto &column = table.columns[c];
            const QString what = TableExportText::tr("row of %1, column %2").arg(office, column.name);
            int width = 0;
            switch (column.type) {
            case FieldType::String: {
                const QString text = value.toString();
                sheet.text(row, int(c), text, formats.plain, what);
                width = spreadsheetWidth(text);
                break;
            }
            case FieldType::Real:
            case FieldType::Integer: {
                const ColumnUnit unit = describeColumn(column.name).unit;
                lxw_format *format = unit == ColumnUnit::Meters ? formats.meters
                                     : unit == ColumnUnit::None ? nullptr
                                                                : formats.count;
                const double number = value.toDouble();
                sheet.number(row, int(c), number, format, what);
                width = numberWidth(number, format == formats.meters ? 1 : format == formats.count ? 0 : 6);
                break;
            }
            case FieldType::Boolean:
                sheet.boolean(row, int(c), value.toBool(), what);
                width = 5;
                break;
            }
            widths[c] = std::max(widths[c], width + 1);
        }
    }
    for (std::size_t c = 0; c < widths.size(); ++c)
        sheet.columnWidth(int(c), std::clamp(widths[c], 6, 60));

    lxw_worksheet *ws = sheet.sheet();
    // The header row and the office's id and name stay in view while scrolling.
    worksheet_freeze_panes(ws, 1, idColumn == 0 && table.columns.size() > 1 ? 2 : 0);
    if (!table.columns.empty())
        worksheet_autofilter(ws, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(table.columns.size() - 1));
    // Printing: A4 landscape, one page wide, the header row on every page.
    worksheet_set_paper(ws, 9);
    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_repeat_rows(ws, 0, 0);
    worksheet_activate(ws);
}

QString kilometresText(double meters)
{
    return QString::number(meters / 1000.0, 'g', 6);
}

QString countText(double count)
{
    // Digits grouped by thousands, as both Japanese and English readers write them.
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(count, 'f', count == std::round(count) ? 0 : 1);
}

QString roleLabel(LayerRole role)
{
    switch (role) {
    case LayerRole::Wards: return QStringLiteral("区域 / wards");
    case LayerRole::SchoolDistricts: return QStringLiteral("小学校区 / school districts");
    case LayerRole::Schools: return QStringLiteral("小学校 / schools");
    case LayerRole::Population: return QStringLiteral("人口 / population");
    case LayerRole::Offices: return QStringLiteral("事務所一覧 / offices");
    }
    return {};
}

void writeNotesSheet(Workbook &workbook, const Formats &formats, const LoadedProject &project,
                     const Evaluation &evaluation, const EvaluationTable &table, const Scenario *scenario,
                     const QDate &date)
{
    SheetWriter sheet(workbook, workbook.addWorksheet(NotesSheetName), NotesSheetName);
    int row = 0;
    auto item = [&](const QString &label, const QString &value) {
        sheet.text(row, 0, label, formats.label);
        sheet.text(row, 1, value, formats.wrapped, label);
        ++row;
    };
    auto items = [&](const QString &label, const QStringList &values) {
        sheet.text(row, 0, label, formats.label);
        for (const QString &value : values) {
            sheet.text(row, 1, value, formats.wrapped, label);
            ++row;
        }
        if (values.isEmpty())
            ++row;
    };

    sheet.text(row++, 0, QStringLiteral("窓口の評価表 / Evaluation of the service counters"), formats.title);
    ++row;
    const Project &p = project.project;
    item(QStringLiteral("プロジェクト / Project"),
         p.name.isEmpty() ? QFileInfo(project.projectPath).completeBaseName() : p.name);
    item(QStringLiteral("プロジェクトファイル / Project file"), QFileInfo(project.projectPath).fileName());
    if (scenario) {
        item(QStringLiteral("シナリオ / Scenario"), scenario->name);
        if (!scenario->description.isEmpty())
            item(QStringLiteral("シナリオの説明 / Scenario description"), scenario->description);
    } else {
        item(QStringLiteral("シナリオ / Scenario"),
             QStringLiteral("なし（評価のみ） / none (the evaluation alone)"));
    }

    const Criteria &criteria = evaluation.criteria;
    item(QStringLiteral("距離の目安 / Distance guide"),
         QStringLiteral("%1 km（%2 m）：最寄りの区役所までの直線距離がこれ以内の出張所は目安以内 / a branch office "
                        "whose straight-line distance to the nearest ward office is at most this is within the guide")
             .arg(kilometresText(criteria.distanceThresholdMeters), countText(criteria.distanceThresholdMeters)));
    item(QStringLiteral("判定する年度 / Judged fiscal year"),
         criteria.workloadFiscalYear
             ? QStringLiteral("%1 / %2").arg(fiscalYearName(*criteria.workloadFiscalYear, Language::Japanese),
                                            fiscalYearName(*criteria.workloadFiscalYear, Language::English))
             : QStringLiteral("受付件数のある最新の年度 / the latest year with counts"));
    item(QStringLiteral("受付件数の基準 / Workload threshold"),
         criteria.workloadThreshold
             ? QStringLiteral("%1 件以下で見直し候補 / a candidate for review at or below %1 transactions")
                   .arg(countText(*criteria.workloadThreshold))
             : QStringLiteral("未設定 / not set"));
    item(QStringLiteral("圏域人口の基準 / Catchment threshold"),
         criteria.catchmentThreshold
             ? QStringLiteral("%1 人以下で見直し候補（受付件数がない場合） / a candidate for review at or below %1 residents "
                              "(when there are no counts)")
                   .arg(countText(*criteria.catchmentThreshold))
             : QStringLiteral("未設定 / not set"));
    item(QStringLiteral("距離の計算方法 / Distance method"), evaluation.distanceMethod);
    item(QStringLiteral("距離の単位 / Distances"),
         QStringLiteral("メートル（m）。表示は小数1桁、セルの値は丸めていない / metres, shown with one decimal; the "
                        "cells hold the unrounded values"));
    items(QStringLiteral("出典 / Sources"),
          p.credits.isEmpty() ? QStringList{QStringLiteral("（プロジェクトに出典の記載なし） / the project lists none")}
                              : p.credits);

    QStringList inputs{QStringLiteral("%1: %2").arg(roleLabel(LayerRole::Offices),
                                                   QFileInfo(project.officesPath).fileName())};
    for (LayerRole role : {LayerRole::Wards, LayerRole::SchoolDistricts, LayerRole::Schools, LayerRole::Population})
        if (const LoadedLayer *layer = project.layer(role))
            inputs << QStringLiteral("%1: %2%3")
                          .arg(roleLabel(role), QFileInfo(layer->resolvedPath).fileName(),
                               layer->approximate ? QStringLiteral("（近似 / approximate）") : QString());
    for (const MissingLayer &missing : project.missingLayers)
        inputs << QStringLiteral("%1: %2（読み込めず、使用していない / not loaded, not used）")
                      .arg(roleLabel(missing.role), missing.path);
    items(QStringLiteral("入力データ / Input data"), inputs);

    const QDate day = date.isValid() ? date : QDate::currentDate();
    item(QStringLiteral("作成日 / Date"), day.toString(Qt::ISODate));
    item(QStringLiteral("作成 / Made with"), QStringLiteral("Madoguchi %1").arg(QString::fromLatin1(kVersion)));
    item(QStringLiteral("文字列 / Text"),
         QStringLiteral("= + - @ で始まる文字列も数式ではなく文字列として保存している / text beginning with = + - @ "
                        "is stored as text, never as a formula"));

    ++row;
    sheet.text(row, 0, QStringLiteral("列 / Column"), formats.header);
    sheet.text(row, 1, QStringLiteral("説明"), formats.header);
    sheet.text(row, 2, QStringLiteral("Description"), formats.header);
    sheet.text(row, 3, QStringLiteral("単位 / Unit"), formats.header);
    ++row;
    for (const auto &column : table.columns) {
        const ColumnDescription description = describeColumn(column.name);
        sheet.text(row, 0, column.name, formats.label);
        sheet.text(row, 1, description.japanese, formats.wrapped, column.name);
        sheet.text(row, 2, description.english, formats.wrapped, column.name);
        sheet.text(row, 3, unitText(description.unit), formats.wrapped, column.name);
        ++row;
    }

    sheet.columnWidth(0, 36);
    sheet.columnWidth(1, 70);
    sheet.columnWidth(2, 60);
    sheet.columnWidth(3, 22);
    worksheet_set_paper(sheet.sheet(), 9);
    worksheet_fit_to_pages(sheet.sheet(), 1, 0);
}

void writeXlsx(const QString &path, const LoadedProject &project, const Evaluation &evaluation,
               const EvaluationTable &table, const Scenario *scenario, const QDate &date)
{
    // libxlsxwriter creates the file itself, under the name the atomic file reserved.
    gis::AtomicFile file(path, gis::AtomicFile::Creation::ByWriter);
    {
        Workbook workbook(path, file.temporaryPath());
        const Formats formats = makeFormats(workbook);
        workbook.setProperties(project.project.name,
                               scenario ? QStringLiteral("窓口の評価表（%1） / Evaluation of the service "
                                                                 "counters (%1)")
                                                      .arg(scenario->name)
                                                : QStringLiteral("窓口の評価表 / Evaluation of the service counters"),
                               QStringLiteral("Madoguchi %1").arg(QString::fromLatin1(kVersion)));
        writeTableSheet(workbook, formats, table);
        writeNotesSheet(workbook, formats, project, evaluation, table, scenario, date);
        workbook.close();
    }
    file.commit();
}

} // namespace

std::optional<TableFormat> tableFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return TableFormat::Csv;
    if (suffix == QLatin1String("xlsx"))
        return TableFormat::Xlsx;
    if (suffix == QLatin1String("gpkg"))
        return TableFormat::GeoPackage;
    return std::nullopt;
}

QString supportedTableSuffixes()
{
    return QStringLiteral(".csv, .xlsx, .gpkg");
}

ColumnDescription describeColumn(const QString &columnName)
{
    static const QRegularExpression workload(QStringLiteral("^workload_fy(\\d{4})(_after)?$"));
    if (const QRegularExpressionMatch match = workload.match(columnName); match.hasMatch()) {
        const int year = match.captured(1).toInt();
        if (match.captured(2).isEmpty())
            return {QStringLiteral("%1の受付件数").arg(fiscalYearName(year, Language::Japanese)),
                    QStringLiteral("Transactions received at the counter in %1").arg(fiscalYearName(year, Language::English)),
                    ColumnUnit::Transactions};
        return {QStringLiteral("シナリオ実施後の%1の受付件数（引き継ぐ業務を含む。廃止する出張所は0）")
                    .arg(fiscalYearName(year, Language::Japanese)),
                QStringLiteral("Transactions in %1 after the scenario: the counter's own and those of the closed "
                               "offices it takes over; 0 for a closed office")
                    .arg(fiscalYearName(year, Language::English)),
                ColumnUnit::Transactions};
    }
    for (const FixedColumn &column : FixedColumns)
        if (column.name == columnName)
            return {column.japanese.toString(), column.english.toString(), column.unit};
    return {};
}

void exportTable(const QString &path, const ScenarioAnalysis &analysis, const QDate &date)
{
    const LoadedProject &project = *analysis.project;
    const Evaluation &evaluation = analysis.evaluation;
    const EvaluationTable &table = analysis.table;
    const std::optional<TableFormat> format = tableFormatForPath(path);
    if (!format)
        throw InputError(path, QString(),
                         TableExportText::tr("cannot tell the table format from the file name \"%1\"")
                             .arg(QFileInfo(path).fileName()),
                         TableExportText::tr("end the file name in one of %1").arg(supportedTableSuffixes()));
    checkOutputPath(path, project);
    switch (*format) {
    case TableFormat::Csv: writeCsv(path, table); return;
    case TableFormat::Xlsx: writeXlsx(path, project, evaluation, table, analysis.scenarioOrNull(), date); return;
    case TableFormat::GeoPackage: writeEvaluationGeoPackage(path, project, evaluation, table); return;
    }
}

} // namespace madoguchi::app
