#include "app/workbench/wizardofficespage.h"

#include "app/lib/languagesettings.h"
#include "app/workbench/latesttask.h"
#include "app/workbench/newprojectwizard.h"
#include "app/workbench/wizardwidgets.h"
#include "core/fiscalyear.h"
#include "core/office.h"
#include "gis/csvtable.h"
#include "gis/layerreader.h"
#include "gis/vectorlayer.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace madoguchi::app::wizard {

namespace {

// How the text of a CSV preview was decoded, and why.
QString csvEncodingText(const gis::CsvPreview &csv)
{
    const gis::CsvTable &table = csv.table;
    if (table.encodingSource == gis::EncodingSource::Override)
        return encodingText(table.encoding, table.encodingSource);
    if (table.byteOrderMark)
        return NewProjectWizard::tr("UTF-8, from the byte-order mark");
    switch (csv.bytes) {
    case gis::EncodingGuess::Ascii:
        return NewProjectWizard::tr("ASCII only: reads the same in either encoding");
    case gis::EncodingGuess::Unknown:
        return NewProjectWizard::tr("neither UTF-8 nor CP932 (Shift_JIS)");
    case gis::EncodingGuess::Utf8:
    case gis::EncodingGuess::Cp932:
        break;
    }
    return encodingText(table.encoding, table.encodingSource);
}

} // namespace

std::vector<OfficesPage::MappingMember> OfficesPage::mappingMembers()
{
    return {
        {QStringLiteral("id"), &FieldMapping::id, NewProjectWizard::tr("ID")},
        {QStringLiteral("name"), &FieldMapping::name, NewProjectWizard::tr("Name")},
        {QStringLiteral("kind"), &FieldMapping::kind, NewProjectWizard::tr("Kind")},
        {QStringLiteral("ward"), &FieldMapping::ward, NewProjectWizard::tr("Ward")},
        {QStringLiteral("nameEn"), &FieldMapping::nameEn, NewProjectWizard::tr("English name")},
        {QStringLiteral("address"), &FieldMapping::address, NewProjectWizard::tr("Address")},
        {QStringLiteral("decision"), &FieldMapping::decision, NewProjectWizard::tr("Recorded decision")},
        {QStringLiteral("latitude"), &FieldMapping::latitude, NewProjectWizard::tr("Latitude")},
        {QStringLiteral("longitude"), &FieldMapping::longitude, NewProjectWizard::tr("Longitude")},
        {QStringLiteral("x"), &FieldMapping::x, NewProjectWizard::tr("X (easting)")},
        {QStringLiteral("y"), &FieldMapping::y, NewProjectWizard::tr("Y (northing)")},
    };
}

OfficesPage::OfficesPage()
    : FilePage(LayerRole::Offices, false, NewProjectWizard::tr("Choose the Offices Table"),
               NewProjectWizard::tr("Offices tables (*.csv *.txt *.shp *.gpkg *.geojson *.json);;All files (*)"))
{
    setTitle(NewProjectWizard::tr("Offices"));
    setSubTitle(NewProjectWizard::tr("The ward offices (区役所) and branch offices (出張所) with their "
                                     "locations: a CSV table with latitude and longitude (or x/y) "
                                     "columns, or a point layer."));

    auto *fileForm = makeFormLayout();
    fileForm->addRow(NewProjectWizard::tr("File:"), fileRow());
    fileForm->addRow(NewProjectWizard::tr("Encoding:"), encodingRow());

    mPreviewNote = makeNoteLabel(QString());
    mPreviewNote->setObjectName(QStringLiteral("officesPreviewNote"));

    // The columns in two form columns, so the page fits without scrolling.
    auto *columns = new QGroupBox(NewProjectWizard::tr("Columns"));
    auto *columnsLayout = new QHBoxLayout(columns);
    auto *left = makeFormLayout();
    auto *right = makeFormLayout();
    const std::vector<MappingMember> members = mappingMembers();
    for (std::size_t i = 0; i < members.size(); ++i) {
        QComboBox *box = makeFieldCombo(QStringLiteral("officesField.") + members[i].key);
        mFieldCombos.emplace_back(members[i], box);
        (i < 7 ? left : right)->addRow(NewProjectWizard::tr("%1:").arg(members[i].label), box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] { validate(); });
    }
    QLineEdit *crs = crsEdit();
    crs->setPlaceholderText(NewProjectWizard::tr("EPSG:6668 for latitude/longitude"));
    crs->setToolTip(NewProjectWizard::tr("The coordinate reference system of the coordinate columns, e.g. "
                                         "EPSG:6668 (JGD2011 latitude/longitude) or EPSG:6670 (JGD2011 "
                                         "plane rectangular zone II). Needed for x/y columns."));
    right->addRow(NewProjectWizard::tr("Coordinate CRS:"), crs);
    mCrsInfo = makeStatusLabel(QStringLiteral("officesCrsInfo"));
    right->addRow(QString(), mCrsInfo);
    mWorkloadForm = makeFormLayout();
    left->addRow(mWorkloadForm);
    // Each column of the form keeps its rows together at the top.
    for (QFormLayout *form : {left, right}) {
        auto *column = new QVBoxLayout;
        column->addLayout(form);
        column->addStretch(1);
        columnsLayout->addLayout(column, 1);
        if (form == left)
            columnsLayout->addSpacing(12);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileForm);
    layout->addWidget(preview(), 1);
    layout->addWidget(mPreviewNote);
    layout->addWidget(columns);
    layout->addWidget(status());

    mTableRead = new LatestTask(this);
    connect(crs, &QLineEdit::textChanged, this, [this] { validate(); });
    clear();
}

bool OfficesPage::isComplete() const
{
    return mTable.has_value() && !isReading();
}

std::optional<LayerSource> OfficesPage::layerSource() const
{
    LayerSource source = fileSource();
    source.fields = mapping();
    return source;
}

QString OfficesPage::encodingSummary() const
{
    return mTable ? encodingText(mTable->encoding, mTable->encodingSource) : QString();
}

FieldMapping OfficesPage::mapping() const
{
    FieldMapping fields;
    for (const auto &[spec, box] : mFieldCombos)
        fields.*spec.member = chosenField(box);
    for (const auto &[year, box] : mWorkloadCombos) {
        const QString column = chosenField(box);
        if (!column.isEmpty())
            fields.workloadByFiscalYear[year] = column;
    }
    return fields;
}

void OfficesPage::clear()
{
    FilePage::clear();
    mHeader.clear();
    mDetected = FieldMapping();
    mTable.reset();
    mPreviewNote->clear();
    rebuildFieldCombos();
    setStatus(mCrsInfo, StatusKind::Neutral, QString());
}

// Reads the header and the first rows in the chosen encoding; then validate() reads the whole table as
// the project will.
void OfficesPage::reload()
{
    mTableRead->cancel();
    mTable.reset();
    showReading();
    Q_EMIT completeChanged();
    const QString path = loadedPath();
    const std::optional<gis::TextEncoding> chosen = encoding();
    if (gis::isCsvTablePath(path)) {
        read()->start(
            path,
            [path, chosen](Feedback &feedback) {
                return gis::readCsvPreview(path, PreviewRowCount, chosen, &feedback);
            },
            [this](TaskOutcome<gis::CsvPreview> &&outcome) {
                if (outcome.value)
                    showCsvPreview(*outcome.value);
                previewRead(outcome.value ? outcome.value->table.header : QStringList(),
                            outcome.value ? outcome.value->problem : outcome.problem);
            });
        return;
    }
    gis::LayerReadOptions options;
    options.encoding = chosen;
    if (!crsText().isEmpty())
        options.crs = crsText();
    read()->start(
        path, [path, options](Feedback &feedback) { return gis::readVectorLayer(path, options, &feedback); },
        [this](TaskOutcome<gis::VectorLayer> &&outcome) {
            if (outcome.value)
                showLayerPreview(*outcome.value);
            previewRead(outcome.value ? outcome.value->fieldNames : QStringList(), outcome.problem);
        });
}

void OfficesPage::showCsvPreview(const gis::CsvPreview &csv)
{
    std::vector<QStringList> rows;
    QStringList lines;
    for (const gis::CsvRecord &record : csv.table.records) {
        rows.push_back(record.cells);
        lines << QString::number(record.line);
    }
    fillPreview(preview(), csv.table.header, rows, lines);
    encodingInfo()->setText(csvEncodingText(csv));
    const QString encoding = encodingName(csv.table.encoding);
    QString note = int(rows.size()) == csv.recordCount
                       ? NewProjectWizard::tr("%1 rows, all in the preview (scroll), decoded as %2.")
                             .arg(csv.recordCount)
                             .arg(encoding)
                       : NewProjectWizard::tr("%1 rows; the first %2 are shown, decoded as %3.")
                             .arg(csv.recordCount)
                             .arg(int(rows.size()))
                             .arg(encoding);
    // Said only of a table whose columns are not separated by commas.
    if (csv.table.delimiter != QLatin1Char(','))
        note += QLatin1Char(' ')
                + NewProjectWizard::tr("The columns are separated by a %1.")
                      .arg(gis::csvDelimiterName(csv.table.delimiter));
    if (!csv.exactText)
        note += QLatin1Char(' ')
                + NewProjectWizard::tr("The bytes are not valid %1: garbled text (mojibake) or � shows where "
                                       "they do not decode.")
                      .arg(encoding);
    mPreviewNote->setText(note);
}

void OfficesPage::showLayerPreview(const gis::VectorLayer &layer)
{
    fillFeaturePreview(preview(), layer);
    encodingInfo()->setText(encodingText(layer.encoding, layer.encodingSource));
    mPreviewNote->setText(NewProjectWizard::tr("%1 features; the first %2 are shown. Coordinates from the layer (%3).")
                              .arg(int(layer.features.size()))
                              .arg(preview()->rowCount())
                              .arg(layer.sourceCrs));
}

// The preview has been read (or could not be): offers the columns, then reads the whole table.
void OfficesPage::previewRead(const QStringList &header, const std::optional<Diagnostic> &problem)
{
    if (header.isEmpty()) {
        clearPreview(preview());
        mPreviewNote->clear();
        encodingInfo()->clear();
    }
    if (header != mHeader) {
        mHeader = header;
        mDetected = detectFieldMapping(LayerRole::Offices, mHeader);
        rebuildFieldCombos();
    }
    if (problem) {
        mTable.reset();
        setStatus(status(), StatusKind::Error, problemHtml(*problem));
        Q_EMIT completeChanged();
        return;
    }
    validate();
}

void OfficesPage::rebuildFieldCombos()
{
    for (const auto &[spec, box] : mFieldCombos)
        fillFieldCombo(box, mHeader, mDetected.*spec.member);

    // One combo per fiscal year that the header names (fy2014_count, 平成26年度, H26 …).
    while (mWorkloadForm->rowCount() > 0)
        mWorkloadForm->removeRow(0);
    mWorkloadCombos.clear();
    if (mDetected.workloadByFiscalYear.empty() && !mHeader.isEmpty()) {
        auto *none = makeNoteLabel(NewProjectWizard::tr("None found (columns named like fy2014_count, H26 "
                                                        "or 平成26年度)"));
        none->setToolTip(NewProjectWizard::tr("A column named after a fiscal year is read as that year's "
                                              "counter workload (受付件数)."));
        mWorkloadForm->addRow(NewProjectWizard::tr("Workload:"), none);
    }
    for (const auto &[year, column] : mDetected.workloadByFiscalYear) {
        QComboBox *box = makeFieldCombo(QStringLiteral("officesField.workload.%1").arg(year));
        fillFieldCombo(box, mHeader, column);
        mWorkloadForm->addRow(
            NewProjectWizard::tr("Workload %1:").arg(fiscalYearName(year, interfaceLanguage())), box);
        mWorkloadCombos.emplace(year, box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] { validate(); });
    }
}

// Reads the whole table as the project will, with the columns, encoding and CRS chosen here.
void OfficesPage::validate()
{
    updateCrsInfo();
    if (read()->isRunning())
        return; // the preview's end validates
    mTable.reset();
    const QString path = loadedPath();
    if (path.isEmpty() || mHeader.isEmpty()) {
        mTableRead->cancel();
        Q_EMIT completeChanged();
        return;
    }
    gis::OfficeTableOptions options;
    options.fields = mapping();
    options.encoding = encoding();
    if (!crsText().isEmpty())
        options.crs = crsText();
    showReading();
    Q_EMIT completeChanged();
    mTableRead->start(
        path, [path, options](Feedback &feedback) { return gis::readOfficeTable(path, options, &feedback); },
        [this](TaskOutcome<gis::OfficeTable> &&outcome) {
            mTable = std::move(outcome.value);
            if (mTable)
                showTableSummary();
            else if (outcome.problem)
                setStatus(status(), StatusKind::Error, problemHtml(*outcome.problem));
            Q_EMIT completeChanged();
        });
}

void OfficesPage::updateCrsInfo()
{
    const QString crs = crsText();
    if (crs.isEmpty()) {
        const bool usesXy = chosenField(combo(QStringLiteral("latitude"))).isEmpty()
                            && !chosenField(combo(QStringLiteral("x"))).isEmpty();
        if (loadedPath().isEmpty() || !gis::isCsvTablePath(loadedPath()))
            setStatus(mCrsInfo, StatusKind::Neutral, QString());
        else if (usesXy)
            setStatus(mCrsInfo, StatusKind::Error,
                      esc(NewProjectWizard::tr("x/y columns need their CRS, e.g. EPSG:6670 (JGD2011 plane "
                                               "rectangular zone II).")));
        else
            setStatus(mCrsInfo, StatusKind::Neutral,
                      esc(NewProjectWizard::tr("JGD2011 latitude/longitude (EPSG:6668), the default.")));
        return;
    }
    try {
        setStatus(mCrsInfo, StatusKind::Good, esc(gis::describeCrs(crs)));
    } catch (const InputError &error) {
        setStatus(mCrsInfo, StatusKind::Error, esc(error.diagnostic().message));
    }
}

QComboBox *OfficesPage::combo(const QString &key) const
{
    for (const auto &[spec, box] : mFieldCombos) {
        if (spec.key == key)
            return box;
    }
    return nullptr;
}

void OfficesPage::showTableSummary()
{
    int wardOffices = 0;
    int generalBranches = 0;
    int branches = 0;
    for (const Office &office : mTable->offices) {
        switch (office.kind) {
        case OfficeKind::WardOffice:
            ++wardOffices;
            break;
        case OfficeKind::GeneralBranch:
            ++generalBranches;
            break;
        case OfficeKind::Branch:
            ++branches;
            break;
        }
    }
    QString html = esc(NewProjectWizard::tr("%n office(s) read. Ward offices (区役所): %1, general branch offices "
                                            "(総合出張所): %2, branch offices (出張所): %3.",
                                            nullptr, int(mTable->offices.size()))
                           .arg(wardOffices)
                           .arg(generalBranches)
                           .arg(branches));
    html += QStringLiteral("<br>")
            + esc(NewProjectWizard::tr("Text: %1, %2. Coordinates: %3.")
                      .arg(encodingName(mTable->encoding), encodingSourceName(mTable->encodingSource),
                           mTable->coordinateCrs));
    QStringList years;
    for (int year : mTable->fiscalYears)
        years << fiscalYearName(year, interfaceLanguage());
    html += QLatin1Char(' ')
            + esc(years.isEmpty() ? NewProjectWizard::tr("No workload (受付件数) columns.")
                                  : NewProjectWizard::tr("Workload (受付件数) for %1.")
                                        .arg(years.join(NewProjectWizard::tr(", "))));

    // A detected column cannot be switched off through the project file (an empty mapping means
    // "detect"), so say so rather than let "(none)" look effective.
    QStringList stillRead;
    for (const auto &[spec, box] : mFieldCombos) {
        const QString detected = mDetected.*spec.member;
        if (chosenField(box).isEmpty() && !detected.isEmpty())
            stillRead << QStringLiteral("%1 (%2)").arg(detected, spec.label);
    }
    StatusKind kind = StatusKind::Good;
    if (!stillRead.isEmpty()) {
        kind = StatusKind::Warning;
        html += QStringLiteral("<br>")
                + esc(NewProjectWizard::tr("Still read, because they are recognised by their names: %1. "
                                           "Rename the column in the table to leave it out.")
                          .arg(stillRead.join(NewProjectWizard::tr(", "))));
    }
    for (const Diagnostic &warning : mTable->warnings) {
        kind = StatusKind::Warning;
        html += QStringLiteral("<br>") + problemHtml(warning);
    }
    setStatus(status(), kind, html);
}

} // namespace madoguchi::app::wizard
