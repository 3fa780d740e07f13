#include "app/workbench/countsimportdialog.h"

#include "app/lib/languagesettings.h"
#include "core/diagnostic.h"
#include "core/fiscalyear.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

namespace madoguchi::app {

namespace {

// The order of the encoding combo's items.
enum EncodingChoice { AutomaticEncoding, Utf8Encoding, Cp932Encoding };
// The order of the join combo's items.
enum JoinChoice { AutomaticJoin, IdJoin, NameJoin };

// Rows that are not imported: a light amber, readable with dark text in light and dark palettes alike.
const QColor kProblemBackground(255, 236, 204);
const QColor kProblemText(0x8a, 0x4b, 0x00);
const QColor kErrorText(0xb3, 0x26, 0x1e);

// Counts a planner reads: with thousands separators in the UI language's format.
QString formatCount(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    const bool whole = value == std::floor(value);
    return locale.toString(value, 'f', whole ? 0 : 1);
}

QString yearLabel(int fiscalYear)
{
    return fiscalYearName(fiscalYear, interfaceLanguage());
}

QString encodingLabel(gis::TextEncoding encoding)
{
    return encoding == gis::TextEncoding::Cp932 ? CountsImportDialog::tr("Shift_JIS (CP932)")
                                                : CountsImportDialog::tr("UTF-8");
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}


using OfficesById = std::map<QString, const Office *>;

// How many branch (and ward) offices matched, how many rows did not, and the fiscal years.
QString previewSummary(const CountsImportPreview &preview, const std::vector<Office> &offices,
                       const OfficesById &officeById)
{
    int branchCount = 0;
    for (const Office &office : offices) {
        if (office.isBranchOffice())
            ++branchCount;
    }
    int wardOfficesMatched = 0;
    for (const CountsImportRow &row : preview.rows) {
        const auto office = officeById.find(row.officeId);
        if (row.matched() && office != officeById.end() && office->second->isWardOffice())
            ++wardOfficesMatched;
    }
    QStringList years;
    for (const auto &[year, header] : preview.yearColumns)
        years << yearLabel(year);
    QStringList summary;
    summary << CountsImportDialog::tr("%1 of %2 branch offices matched")
                   .arg(branchCount - int(preview.officesWithoutRow.size()))
                   .arg(branchCount);
    if (wardOfficesMatched > 0)
        summary << CountsImportDialog::tr("%n ward office(s) matched", nullptr, wardOfficesMatched);
    summary << CountsImportDialog::tr("%n row(s) not matched", nullptr, preview.unmatchedCount());
    summary << CountsImportDialog::tr("fiscal years %1").arg(years.join(QStringLiteral(", ")));
    return summary.join(QStringLiteral(" · "));
}

// The key column, the encoding, the fiscal-year columns and the ignored ones (HTML).
QString columnsDescription(const CountsImportPreview &preview)
{
    QStringList yearColumns;
    for (const auto &[year, header] : preview.yearColumns)
        yearColumns << CountsImportDialog::tr("“%1” → %2").arg(esc(header), esc(yearLabel(year)));
    QStringList details;
    details << CountsImportDialog::tr("Key column: <b>“%1”</b> (%2)")
                   .arg(esc(preview.keyColumn), esc(countsJoinDescription(preview.joinedBy)));
    details << CountsImportDialog::tr("Encoding: %1 (%2)")
                   .arg(esc(encodingLabel(preview.encoding)), esc(gis::encodingSourceDescription(preview.encodingSource)));
    details << CountsImportDialog::tr("Fiscal-year columns: %1").arg(yearColumns.join(QStringLiteral(", ")));
    if (!preview.ignoredColumns.isEmpty()) {
        QStringList ignored;
        for (const QString &column : preview.ignoredColumns)
            ignored << QStringLiteral("“%1”").arg(esc(column));
        details << CountsImportDialog::tr("Ignored columns: %1").arg(ignored.join(QStringLiteral(", ")));
    }
    return details.join(QStringLiteral(" · "));
}

void setPreviewHeaders(QStandardItemModel &model, const CountsImportPreview &preview)
{
    QStringList headers{CountsImportDialog::tr("Line"), CountsImportDialog::tr("Key (%1)").arg(preview.keyColumn),
                        CountsImportDialog::tr("Office")};
    for (const auto &[year, header] : preview.yearColumns)
        headers << CountsImportDialog::tr("%1\ntransactions").arg(yearLabel(year));
    headers << CountsImportDialog::tr("Problem");
    model.setColumnCount(int(headers.size()));
    model.setHorizontalHeaderLabels(headers);
    int column = CountsImportDialog::FirstYearColumn;
    for (const auto &[year, header] : preview.yearColumns) {
        if (QStandardItem *item = model.horizontalHeaderItem(column))
            item->setToolTip(CountsImportDialog::tr("Transactions received (受付件数) in %1, from the file's column “%2”")
                                 .arg(yearLabel(year), header));
        ++column;
    }
}

// The rows that are not imported first, each group in file order.
std::vector<const CountsImportRow *> unmatchedFirst(const CountsImportPreview &preview)
{
    std::vector<const CountsImportRow *> ordered;
    for (const CountsImportRow &row : preview.rows)
        ordered.push_back(&row);
    std::stable_partition(ordered.begin(), ordered.end(), [](const CountsImportRow *row) { return !row->matched(); });
    return ordered;
}

// A fiscal year's cell of a row: the count, the text that is not a count, or a dash for an empty cell.
QStandardItem *countItem(const CountsImportRow &row, int year)
{
    auto *cell = new QStandardItem;
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const auto count = row.counts.find(year);
    const auto rejected = row.rejectedCells.find(year);
    if (count != row.counts.end() && count->second) {
        cell->setText(formatCount(*count->second));
        cell->setData(*count->second, Qt::UserRole);
    } else if (rejected != row.rejectedCells.end()) {
        cell->setText(rejected->second);
        cell->setForeground(kErrorText);
        cell->setToolTip(CountsImportDialog::tr("Not a count"));
    } else {
        cell->setText(QStringLiteral("—"));
        cell->setToolTip(CountsImportDialog::tr("Empty cell: the count is missing (not zero)"));
    }
    return cell;
}

// A row of the table: line, key, office, a cell per fiscal year and the problem; marked when the row is
// not imported.
QList<QStandardItem *> rowItems(const CountsImportRow &row, const CountsImportPreview &preview,
                                const QIcon &warningIcon)
{
    QList<QStandardItem *> items;
    auto *line = new QStandardItem;
    line->setData(row.line, Qt::DisplayRole);
    line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    items << line;
    items << new QStandardItem(row.key);
    auto *office = new QStandardItem(row.officeName);
    if (row.matched())
        office->setToolTip(row.officeId);
    items << office;
    for (const auto &[year, header] : preview.yearColumns)
        items << countItem(row, year);
    auto *problem = new QStandardItem(row.problem);
    problem->setToolTip(row.problem);
    items << problem;
    if (!row.matched()) {
        line->setIcon(warningIcon);
        line->setToolTip(CountsImportDialog::tr("Not imported"));
        problem->setForeground(kProblemText);
        for (QStandardItem *item : items)
            item->setBackground(kProblemBackground);
    }
    return items;
}

QString officesWithoutRowText(const CountsImportPreview &preview, const OfficesById &officeById)
{
    QStringList names;
    for (const QString &id : preview.officesWithoutRow) {
        const auto office = officeById.find(id);
        names << esc(office != officeById.end() ? office->second->name : id);
    }
    if (names.isEmpty())
        return CountsImportDialog::tr("Every branch office has a row.");
    return CountsImportDialog::tr("<b>Branch offices without a row (%1):</b> %2")
        .arg(names.size())
        .arg(names.join(QStringLiteral("、")));
}

} // namespace

CountsImportDialog::CountsImportDialog(const QString &csvPath, std::vector<Office> offices, QWidget *parent)
    : QDialog(parent)
    , mCsvPath(csvPath)
    , mOffices(std::move(offices))
{
    setWindowTitle(tr("Import workload counts"));
    setObjectName(QStringLiteral("countsImportDialog"));

    auto *fileLabel = new QLabel(QStringLiteral("<b>%1</b>").arg(esc(QFileInfo(csvPath).fileName())));
    fileLabel->setObjectName(QStringLiteral("fileLabel"));
    fileLabel->setToolTip(QFileInfo(csvPath).absoluteFilePath());
    fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    mEncodingCombo = new QComboBox;
    mEncodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    // The order is EncodingChoice.
    mEncodingCombo->addItem(tr("Automatic"));
    mEncodingCombo->addItem(tr("UTF-8"));
    mEncodingCombo->addItem(tr("Shift_JIS (CP932)"));
    mEncodingCombo->setToolTip(tr("How the file's text is decoded. Automatic reads a UTF-8 byte order mark, else "
                                  "tells UTF-8 from Shift_JIS by the bytes. Choose one when the names are garbled."));

    mJoinCombo = new QComboBox;
    mJoinCombo->setObjectName(QStringLiteral("joinCombo"));
    // The order is JoinChoice.
    mJoinCombo->addItem(tr("Automatic"));
    mJoinCombo->addItem(tr("Office id"));
    mJoinCombo->addItem(tr("Office name"));
    mJoinCombo->setToolTip(tr("How the file's rows are matched to the project's offices: by the office id, or by "
                              "the office name (大江出張所; also 大江 when only one office has that name)."));

    auto *choices = new QHBoxLayout;
    choices->setContentsMargins(0, 0, 0, 0);
    choices->addWidget(mEncodingCombo);
    choices->addSpacing(16);
    auto *joinLabel = new QLabel(tr("Match offices by:"));
    joinLabel->setBuddy(mJoinCombo);
    choices->addWidget(joinLabel);
    choices->addWidget(mJoinCombo);
    choices->addStretch(1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("File:"), fileLabel);
    form->addRow(tr("Encoding:"), choices);

    mSummaryLabel = new QLabel;
    mSummaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    mSummaryLabel->setWordWrap(true);
    QFont summaryFont = mSummaryLabel->font();
    summaryFont.setBold(true);
    mSummaryLabel->setFont(summaryFont);

    mColumnsLabel = new QLabel;
    mColumnsLabel->setObjectName(QStringLiteral("columnsLabel"));
    mColumnsLabel->setWordWrap(true);
    mColumnsLabel->setTextFormat(Qt::RichText);

    mErrorLabel = new QLabel;
    mErrorLabel->setObjectName(QStringLiteral("errorLabel"));
    mErrorLabel->setWordWrap(true);
    mErrorLabel->setTextFormat(Qt::RichText);
    mErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mErrorLabel->setVisible(false);

    mOnlyProblems = new QCheckBox(tr("Show only rows that are not imported"));
    mOnlyProblems->setObjectName(QStringLiteral("onlyProblemsCheck"));

    mModel = new QStandardItemModel(this);
    mTable = new QTableView;
    mTable->setObjectName(QStringLiteral("rowsTable"));
    mTable->setModel(mModel);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setWordWrap(false);
    mTable->verticalHeader()->setVisible(false);
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);

    mWithoutRowLabel = new QLabel;
    mWithoutRowLabel->setObjectName(QStringLiteral("withoutRowLabel"));
    mWithoutRowLabel->setWordWrap(true);
    mWithoutRowLabel->setTextFormat(Qt::RichText);

    auto *note = new QLabel(tr("Counts are transactions received at the counter (受付件数) per fiscal year. An empty "
                               "cell is a missing count, not zero. Nothing changes until you choose Import."));
    note->setWordWrap(true);
    QPalette notePalette = note->palette();
    notePalette.setColor(QPalette::WindowText, notePalette.color(QPalette::Disabled, QPalette::WindowText));
    note->setPalette(notePalette);

    mButtons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    mImportButton = mButtons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    mImportButton->setObjectName(QStringLiteral("importButton"));
    mImportButton->setDefault(true);
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mErrorLabel);
    layout->addWidget(mSummaryLabel);
    layout->addWidget(mColumnsLabel);
    layout->addWidget(mOnlyProblems);
    layout->addWidget(mTable, 1);
    layout->addWidget(mWithoutRowLabel);
    layout->addWidget(note);
    layout->addWidget(mButtons);

    connect(mEncodingCombo, &QComboBox::currentIndexChanged, this, &CountsImportDialog::refresh);
    connect(mJoinCombo, &QComboBox::currentIndexChanged, this, &CountsImportDialog::refresh);
    connect(mOnlyProblems, &QCheckBox::toggled, this, &CountsImportDialog::applyProblemFilter);

    resize(960, 640);
    refresh();
}

CountsImportDialog::~CountsImportDialog() = default;

QString CountsImportDialog::summaryText() const
{
    return mSummaryLabel->text();
}

QAbstractItemModel *CountsImportDialog::rowsModel() const
{
    return mModel;
}

void CountsImportDialog::setEncoding(std::optional<gis::TextEncoding> encoding)
{
    const int index = !encoding                                ? AutomaticEncoding
                      : *encoding == gis::TextEncoding::Cp932 ? Cp932Encoding
                                                               : Utf8Encoding;
    mEncodingCombo->setCurrentIndex(index); // emits currentIndexChanged -> refresh() when it changes
}

void CountsImportDialog::setJoin(CountsJoin join)
{
    const int index = join == CountsJoin::Id ? IdJoin : join == CountsJoin::Name ? NameJoin : AutomaticJoin;
    mJoinCombo->setCurrentIndex(index);
}

void CountsImportDialog::refresh()
{
    CountsImportOptions options;
    switch (mEncodingCombo->currentIndex()) {
    case Utf8Encoding:
        options.encoding = gis::TextEncoding::Utf8;
        break;
    case Cp932Encoding:
        options.encoding = gis::TextEncoding::Cp932;
        break;
    default:
        break;
    }
    switch (mJoinCombo->currentIndex()) {
    case IdJoin:
        options.join = CountsJoin::Id;
        break;
    case NameJoin:
        options.join = CountsJoin::Name;
        break;
    default:
        break;
    }

    mPreview.reset();
    mErrorText.clear();
    try {
        mPreview = previewCountsImport(mCsvPath, mOffices, options);
    } catch (const InputError &error) {
        const Diagnostic &problem = error.diagnostic();
        // Name the file even when the message does not (an encoding error, say).
        QStringList where;
        const QString fileName = QFileInfo(problem.file.isEmpty() ? mCsvPath : problem.file).fileName();
        if (!problem.message.contains(fileName))
            where << fileName;
        if (!problem.location.isEmpty())
            where << problem.location;
        QString text = where.isEmpty() ? problem.message
                                       : where.join(QStringLiteral(", ")) + QStringLiteral(": ") + problem.message;
        if (!problem.hint.isEmpty())
            text += QLatin1Char('\n') + tr("What to do: %1").arg(problem.hint);
        showError(text);
        return;
    }
    showPreview();
}

void CountsImportDialog::showError(const QString &message)
{
    mErrorText = message;
    mErrorLabel->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                             .arg(kErrorText.name(), esc(message).replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    mErrorLabel->setVisible(true);
    mSummaryLabel->clear();
    mSummaryLabel->setVisible(false);
    mColumnsLabel->clear();
    mColumnsLabel->setVisible(false);
    mWithoutRowLabel->clear();
    mWithoutRowLabel->setVisible(false);
    mOnlyProblems->setVisible(false);
    mModel->clear();
    mImportButton->setEnabled(false);
}

void CountsImportDialog::showPreview()
{
    const CountsImportPreview &preview = *mPreview;
    mErrorLabel->clear();
    mErrorLabel->setVisible(false);

    OfficesById officeById;
    for (const Office &office : mOffices)
        officeById.emplace(office.id, &office);

    // Summary: what would be imported, at a glance.
    mSummaryLabel->setText(previewSummary(preview, mOffices, officeById));
    mSummaryLabel->setVisible(true);

    // Which columns were read as what.
    mColumnsLabel->setText(columnsDescription(preview));
    mColumnsLabel->setVisible(true);

    // The rows: those not imported first, each group in file order.
    mModel->clear();
    setPreviewHeaders(*mModel, preview);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const CountsImportRow *row : unmatchedFirst(preview))
        mModel->appendRow(rowItems(*row, preview, warningIcon));
    mTable->resizeColumnsToContents();
    mOnlyProblems->setVisible(true);
    applyProblemFilter();

    // Branch offices no row was found for: listed by name, with their ids as a tooltip.
    mWithoutRowLabel->setText(officesWithoutRowText(preview, officeById));
    mWithoutRowLabel->setToolTip(preview.officesWithoutRow.join(QStringLiteral(", ")));
    mWithoutRowLabel->setVisible(true);

    mImportButton->setEnabled(preview.matchedCount() > 0);
}

void CountsImportDialog::applyProblemFilter()
{
    if (!mPreview)
        return;
    const bool onlyProblems = mOnlyProblems->isChecked();
    // Unmatched rows come first: the model's first unmatchedCount() rows.
    const int unmatched = mPreview->unmatchedCount();
    for (int row = 0; row < mModel->rowCount(); ++row)
        mTable->setRowHidden(row, onlyProblems && row >= unmatched);
}

} // namespace madoguchi::app
