#include "app/workbench/newprojectwizard.h"

#include "app/lib/projectfile.h"
#include "core/diagnostic.h"
#include "core/fieldmapping.h"
#include "core/fiscalyear.h"
#include "core/office.h"
#include "gis/layerreader.h"
#include "gis/officetable.h"
#include "gis/textencoding.h"
#include "gis/vectorlayer.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringDecoder>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizardPage>

#include <cmath>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace madoguchi::app {

namespace {

// Enough rows to see whether the text decodes, few enough to keep the page readable.
constexpr int PreviewRowCount = 8;
// Names listed in a layer's summary line before "…".
constexpr int SummaryNameCount = 8;
// A CRS typed into a layer page is applied after this pause, so the layer is not re-read per keystroke.
constexpr int CrsTypingDelayMs = 600;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Numbers a planner reads: always with thousands separators, in the UI language's format.
QString formatCount(double value, int decimals = 0)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(value, 'f', decimals);
}

enum class StatusKind { Neutral, Good, Warning, Error };

// Status lines are rich text (bold file names, line breaks); everything that comes from data or a file
// name is escaped by the caller.
void setStatus(QLabel *label, StatusKind kind, const QString &html)
{
    QString color;
    switch (kind) {
    case StatusKind::Neutral:
        break;
    case StatusKind::Good:
        color = QStringLiteral("#1b5e20");
        break;
    case StatusKind::Warning:
        color = QStringLiteral("#8a4b00");
        break;
    case StatusKind::Error:
        color = QStringLiteral("#b3261e");
        break;
    }
    label->setText(color.isEmpty() ? html
                                   : QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color, html));
    label->setVisible(!html.isEmpty());
    label->setProperty("statusKind", int(kind));
}

// An InputError as the page shows it: where (file, line or feature, column), what, and what to do.
QString problemHtml(const Diagnostic &problem)
{
    QStringList where;
    if (!problem.file.isEmpty())
        where << QFileInfo(problem.file).fileName();
    if (!problem.location.isEmpty())
        where << problem.location;
    QString html = where.isEmpty() ? esc(problem.message)
                                   : QStringLiteral("<b>%1</b>: %2").arg(esc(where.join(QStringLiteral(", "))),
                                                                         esc(problem.message));
    if (!problem.hint.isEmpty())
        html += QStringLiteral("<br>") + esc(NewProjectWizard::tr("What to do: %1").arg(problem.hint));
    return html;
}

QLabel *makeStatusLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setVisible(false);
    return label;
}

QLabel *makeNoteLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Disabled, QPalette::WindowText));
    label->setPalette(palette);
    return label;
}

QFormLayout *makeFormLayout()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

// A path field with a "Browse…" button beside it.
QWidget *makeFileRow(QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

QComboBox *makeEncodingCombo(const QString &objectName)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    // The order is NewProjectWizard::EncodingChoice.
    combo->addItem(NewProjectWizard::tr("Auto (.cpg file or detection)"));
    combo->addItem(NewProjectWizard::tr("CP932 (Shift_JIS)"));
    combo->addItem(NewProjectWizard::tr("UTF-8"));
    combo->setToolTip(NewProjectWizard::tr(
        "How the file's text is decoded. Auto uses the .cpg file beside a shapefile, else detects CP932 "
        "(Shift_JIS) or UTF-8 from the bytes. Choose an encoding when the names in the preview are garbled."));
    return combo;
}

std::optional<gis::TextEncoding> chosenEncoding(const QComboBox *combo)
{
    switch (combo->currentIndex()) {
    case NewProjectWizard::Cp932Encoding:
        return gis::TextEncoding::Cp932;
    case NewProjectWizard::Utf8Encoding:
        return gis::TextEncoding::Utf8;
    default:
        return std::nullopt;
    }
}

QString encodingName(gis::TextEncoding encoding)
{
    return encoding == gis::TextEncoding::Cp932 ? NewProjectWizard::tr("CP932 (Shift_JIS)")
                                                : NewProjectWizard::tr("UTF-8");
}

QString encodingSourceName(gis::EncodingSource source)
{
    switch (source) {
    case gis::EncodingSource::CodePageFile:
        return NewProjectWizard::tr("from the .cpg file");
    case gis::EncodingSource::DbfLanguageDriver:
        return NewProjectWizard::tr("from the DBF language driver");
    case gis::EncodingSource::Detected:
        return NewProjectWizard::tr("detected");
    case gis::EncodingSource::Override:
        return NewProjectWizard::tr("set here");
    case gis::EncodingSource::Format:
        return NewProjectWizard::tr("always UTF-8 in this format");
    }
    return {};
}

// Decodes for display only, even when the bytes are not valid in the encoding, so that the planner sees
// the mojibake (or the replacement characters) that the wrong choice produces.
QString decodeForDisplay(const QByteArray &bytes, gis::TextEncoding encoding)
{
    if (encoding == gis::TextEncoding::Utf8)
        return QString::fromUtf8(bytes);
    QStringDecoder decoder("Shift_JIS");
    if (!decoder.isValid())
        return {};
    return decoder.decode(bytes);
}

QString geometryKindText(gis::GeometryKind kind)
{
    switch (kind) {
    case gis::GeometryKind::Point:
        return NewProjectWizard::tr("points");
    case gis::GeometryKind::Line:
        return NewProjectWizard::tr("lines");
    case gis::GeometryKind::Polygon:
        return NewProjectWizard::tr("polygons");
    case gis::GeometryKind::None:
        break;
    }
    return NewProjectWizard::tr("no geometry");
}

// A combo of a layer's attribute names; the first item, "(none)", stands for "not mapped".
QComboBox *makeFieldCombo(const QString &objectName)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumContentsLength(12);
    return combo;
}

void fillFieldCombo(QComboBox *combo, const QStringList &fields, const QString &selected)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(NewProjectWizard::tr("(none)"), QString());
    for (const QString &field : fields)
        combo->addItem(field, field);
    combo->setCurrentIndex(std::max(0, combo->findData(selected)));
}

QString chosenField(const QComboBox *combo)
{
    return combo->currentData().toString();
}

QTableWidget *makePreviewTable(const QString &objectName)
{
    auto *table = new QTableWidget;
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    const int chrome = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth()
                       + table->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    table->setMinimumHeight(rowHeight * 5 + chrome);
    table->setMaximumHeight(rowHeight * PreviewRowCount + chrome);
    table->verticalHeader()->setToolTip(NewProjectWizard::tr("Line numbers in a table, feature numbers in a layer: "
                                                             "the numbers that messages name."));
    return table;
}

// Fills a preview: one row per record, labelled with its line or feature number; the columns named in
// `highlighted` get a bold header.
void fillPreview(QTableWidget *table, const QStringList &header, const std::vector<QStringList> &rows,
                 const QStringList &rowLabels, const QStringList &highlighted = {})
{
    table->clear();
    table->setColumnCount(int(header.size()));
    table->setRowCount(int(rows.size()));
    for (int column = 0; column < header.size(); ++column) {
        auto *item = new QTableWidgetItem(header.at(column));
        if (highlighted.contains(header.at(column))) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        table->setHorizontalHeaderItem(column, item);
    }
    table->setVerticalHeaderLabels(rowLabels);
    for (int row = 0; row < int(rows.size()); ++row) {
        for (int column = 0; column < header.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(rows[std::size_t(row)].value(column)));
    }
    table->resizeColumnsToContents();
    for (int column = 0; column < table->columnCount(); ++column)
        table->setColumnWidth(column, std::min(table->columnWidth(column), 260));
}

// The records of a CSV text as a spreadsheet saved them, for the preview: the header, the first
// `maxRows` data records (records whose cells are all empty are skipped, as the offices reader skips
// them) with the line each starts on, and how many data records there are.
struct CsvPreview
{
    QStringList header;
    std::vector<QStringList> rows;
    QStringList rowLines;
    int recordCount = 0;
};

QChar csvDelimiter(const QString &text)
{
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    QChar best = QLatin1Char(',');
    qsizetype bestCount = firstLine.count(best);
    for (const QChar candidate : {QLatin1Char(';'), QLatin1Char('\t')}) {
        const qsizetype count = firstLine.count(candidate);
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

CsvPreview parseCsvPreview(const QString &text, int maxRows)
{
    CsvPreview preview;
    const QChar delimiter = csvDelimiter(text);
    QStringList record;
    QString cell;
    bool inQuotes = false;
    int line = 1;
    int recordStart = 1;
    const auto endRecord = [&] {
        record << cell;
        cell.clear();
        bool allEmpty = true;
        for (const QString &value : std::as_const(record))
            allEmpty = allEmpty && value.trimmed().isEmpty();
        if (!allEmpty) {
            if (preview.header.isEmpty()) {
                preview.header = record;
            } else {
                if (int(preview.rows.size()) < maxRows) {
                    preview.rows.push_back(record);
                    preview.rowLines << QString::number(recordStart);
                }
                ++preview.recordCount;
            }
        }
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            inQuotes = true;
        } else if (c == delimiter) {
            record << cell;
            cell.clear();
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            recordStart = line;
        } else if (c != QLatin1Char('\r')) {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !record.isEmpty())
        endRecord();
    return preview;
}

bool isCsvPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("txt") || suffix == QLatin1String("tsv");
}

// A shapefile without its .prj has no CRS; the page then asks for one.
bool isShapefileWithoutPrj(const QString &path)
{
    const QFileInfo info(path);
    if (info.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) != 0)
        return false;
    const QDir dir = info.absoluteDir();
    const QStringList found = dir.entryList({info.completeBaseName() + QStringLiteral(".prj")},
                                            QDir::Files | QDir::CaseSensitive);
    if (!found.isEmpty())
        return false;
    return !QFileInfo::exists(dir.filePath(info.completeBaseName() + QStringLiteral(".PRJ")));
}

QString resolvedPath(const QString &text, const QString &baseDir)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (QDir::isAbsolutePath(trimmed) || baseDir.isEmpty())
        return QDir::cleanPath(QFileInfo(trimmed).absoluteFilePath());
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(trimmed));
}

// The path as the summary shows it, following writeProjectFile's rule: relative to the project folder
// unless that climbs more than three folders or up to the root, else absolute.
QString pathAsWritten(const QString &absolutePath, const QString &projectDir)
{
    if (projectDir.isEmpty())
        return absolutePath;
    const QString relative = QDir(projectDir).relativeFilePath(absolutePath);
    if (QDir::isAbsolutePath(relative))
        return absolutePath;
    int levelsUp = 0;
    for (const QStringView part : QStringView(relative).split(QLatin1Char('/'))) {
        if (part != QLatin1String(".."))
            break;
        ++levelsUp;
    }
    const qsizetype projectDirDepth =
        QDir::cleanPath(projectDir).split(QLatin1Char('/'), Qt::SkipEmptyParts).size();
    if (levelsUp > 3 || levelsUp >= projectDirDepth)
        return absolutePath;
    return relative;
}

class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

// Every page resolves relative paths against the project file's folder.
QString projectDirOf(QWizard *wizard)
{
    const auto *projectWizard = qobject_cast<NewProjectWizard *>(wizard);
    if (!projectWizard)
        return {};
    const QString file = projectWizard->projectFilePath();
    return file.isEmpty() ? QString() : QFileInfo(file).absolutePath();
}

QString browseStartDir(QWizard *wizard, const QString &currentPath)
{
    if (!currentPath.isEmpty())
        return QFileInfo(currentPath).absolutePath();
    const QString projectDir = projectDirOf(wizard);
    return projectDir.isEmpty() ? QDir::homePath() : projectDir;
}

// 1. The project: its name and the file it is saved to.
class ProjectPage : public QWizardPage
{
public:
    ProjectPage()
    {
        setTitle(NewProjectWizard::tr("Project"));
        setSubTitle(NewProjectWizard::tr("Name the project and choose the file to save it in. The layers are "
                                         "saved relative to this file's folder, so the folder can be moved "
                                         "or shared."));

        mName = new QLineEdit;
        mName->setObjectName(QStringLiteral("projectName"));
        mName->setPlaceholderText(NewProjectWizard::tr("e.g. Branch office review 2016"));
        mPath = new QLineEdit;
        mPath->setObjectName(QStringLiteral("projectPath"));
        mPath->setPlaceholderText(NewProjectWizard::tr("e.g. a project folder beside the data"));
        auto *browse = new QPushButton(NewProjectWizard::tr("Browse…"));
        mPathInfo = makeStatusLabel(QStringLiteral("projectPathStatus"));

        auto *form = makeFormLayout();
        form->addRow(NewProjectWizard::tr("Project name:"), mName);
        form->addRow(NewProjectWizard::tr("Project file:"), makeFileRow(mPath, browse));
        form->addRow(QString(), mPathInfo);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addStretch(1);

        registerField(QStringLiteral("projectName*"), mName);
        registerField(QStringLiteral("projectPath*"), mPath);

        connect(browse, &QPushButton::clicked, this, [this] { browseForFile(); });
        connect(mPath, &QLineEdit::textChanged, this, [this] { updatePathInfo(); });
    }

    // Absolute, with the .madoguchi suffix; empty when no file is given.
    QString filePath() const
    {
        const QString text = mPath->text().trimmed();
        if (text.isEmpty())
            return {};
        QString path = QDir::cleanPath(QFileInfo(text).absoluteFilePath());
        const QString suffix = QLatin1String(ProjectFileSuffix);
        if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
            path += QLatin1Char('.') + suffix;
        return path;
    }

    bool validatePage() override
    {
        const QFileInfo folder(QFileInfo(filePath()).absolutePath());
        if (!folder.isDir()) {
            setStatus(mPathInfo, StatusKind::Error,
                      esc(NewProjectWizard::tr("The folder %1 does not exist. Create it first, or choose another "
                                               "folder.")
                              .arg(QDir::toNativeSeparators(folder.absoluteFilePath()))));
            return false;
        }
        if (!folder.isWritable()) {
            setStatus(mPathInfo, StatusKind::Error,
                      esc(NewProjectWizard::tr("You may not write into the folder %1. Choose another folder.")
                              .arg(QDir::toNativeSeparators(folder.absoluteFilePath()))));
            return false;
        }
        return true;
    }

private:
    void browseForFile()
    {
        QString start = filePath();
        if (start.isEmpty()) {
            const QString name = mName->text().trimmed();
            start = QDir::home().filePath((name.isEmpty() ? NewProjectWizard::tr("project") : name)
                                          + QLatin1Char('.') + QLatin1String(ProjectFileSuffix));
        }
        const QString chosen = QFileDialog::getSaveFileName(
            this, NewProjectWizard::tr("Save the Project As"), start,
            NewProjectWizard::tr("Madoguchi projects (*.madoguchi)"));
        if (!chosen.isEmpty())
            mPath->setText(QDir::toNativeSeparators(chosen));
    }

    void updatePathInfo()
    {
        const QString path = filePath();
        if (path.isEmpty()) {
            setStatus(mPathInfo, StatusKind::Neutral, QString());
            return;
        }
        QString html = esc(NewProjectWizard::tr("Saved as %1").arg(QDir::toNativeSeparators(path)));
        if (QFileInfo::exists(path))
            html += QStringLiteral("<br>")
                    + esc(NewProjectWizard::tr("A file of this name exists: Finish will replace it."));
        setStatus(mPathInfo, QFileInfo::exists(path) ? StatusKind::Warning : StatusKind::Neutral, html);
    }

    QLineEdit *mName = nullptr;
    QLineEdit *mPath = nullptr;
    QLabel *mPathInfo = nullptr;
};

// The mapping members the offices page offers, in the order shown.
struct MappingMember
{
    QString key; // as in the project file's "fields"
    QString FieldMapping::*member;
    QString label;
};

std::vector<MappingMember> officeMappingMembers()
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

// 2. The offices table: a CSV with coordinate columns or a point layer.
class OfficesPage : public QWizardPage
{
public:
    OfficesPage()
    {
        setTitle(NewProjectWizard::tr("Offices"));
        setSubTitle(NewProjectWizard::tr("The ward offices (区役所) and branch offices (出張所) with their "
                                         "locations: a CSV table with latitude and longitude (or x/y) "
                                         "columns, or a point layer."));

        mPath = new QLineEdit;
        mPath->setObjectName(QStringLiteral("officesPath"));
        auto *browse = new QPushButton(NewProjectWizard::tr("Browse…"));
        mEncoding = makeEncodingCombo(QStringLiteral("officesEncoding"));
        mEncodingInfo = new QLabel;
        mEncodingInfo->setObjectName(QStringLiteral("officesEncodingInfo"));
        auto *encodingRow = new QWidget;
        auto *encodingLayout = new QHBoxLayout(encodingRow);
        encodingLayout->setContentsMargins(0, 0, 0, 0);
        encodingLayout->addWidget(mEncoding);
        encodingLayout->addWidget(mEncodingInfo, 1);

        auto *fileForm = makeFormLayout();
        fileForm->addRow(NewProjectWizard::tr("File:"), makeFileRow(mPath, browse));
        fileForm->addRow(NewProjectWizard::tr("Encoding:"), encodingRow);

        mPreview = makePreviewTable(QStringLiteral("officesPreview"));
        mPreviewNote = makeNoteLabel(QString());
        mPreviewNote->setObjectName(QStringLiteral("officesPreviewNote"));

        // The columns in two form columns, so the page fits without scrolling.
        auto *columns = new QGroupBox(NewProjectWizard::tr("Columns"));
        auto *columnsLayout = new QHBoxLayout(columns);
        auto *left = makeFormLayout();
        auto *right = makeFormLayout();
        const std::vector<MappingMember> members = officeMappingMembers();
        for (std::size_t i = 0; i < members.size(); ++i) {
            QComboBox *combo = makeFieldCombo(QStringLiteral("officesField.") + members[i].key);
            mFieldCombos.emplace_back(members[i], combo);
            (i < 7 ? left : right)->addRow(NewProjectWizard::tr("%1:").arg(members[i].label), combo);
            connect(combo, &QComboBox::currentIndexChanged, this, [this] { validate(); });
        }
        mCrs = new QLineEdit;
        mCrs->setObjectName(QStringLiteral("officesCrs"));
        mCrs->setPlaceholderText(NewProjectWizard::tr("EPSG:6668 for latitude/longitude"));
        mCrs->setToolTip(NewProjectWizard::tr("The coordinate reference system of the coordinate columns, e.g. "
                                              "EPSG:6668 (JGD2011 latitude/longitude) or EPSG:6670 (JGD2011 "
                                              "plane rectangular zone II). Needed for x/y columns."));
        right->addRow(NewProjectWizard::tr("Coordinate CRS:"), mCrs);
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

        mStatus = makeStatusLabel(QStringLiteral("officesStatus"));

        auto *layout = new QVBoxLayout(this);
        layout->addLayout(fileForm);
        layout->addWidget(mPreview, 1);
        layout->addWidget(mPreviewNote);
        layout->addWidget(columns);
        layout->addWidget(mStatus);

        registerField(QStringLiteral("officesPath"), mPath);
        registerField(QStringLiteral("officesEncoding"), mEncoding);
        registerField(QStringLiteral("officesCrs"), mCrs);

        connect(browse, &QPushButton::clicked, this, [this] { browseForFile(); });
        connect(mPath, &QLineEdit::textChanged, this, [this] { pathChanged(); });
        connect(mEncoding, &QComboBox::currentIndexChanged, this, [this] { reload(); });
        connect(mCrs, &QLineEdit::textChanged, this, [this] { validate(); });
        clear();
    }

    bool isComplete() const override { return mTable.has_value(); }
    // QWizard::next() does not look at isComplete(); a page that cannot be used is never left.
    bool validatePage() override { return isComplete(); }

    void initializePage() override
    {
        // The project folder may have changed since the path was typed.
        pathChanged();
    }

    LayerSource layerSource() const
    {
        LayerSource source;
        source.path = mLoadedPath;
        if (const auto encoding = chosenEncoding(mEncoding))
            source.encoding = gis::textEncodingName(*encoding);
        const QString crs = mCrs->text().trimmed();
        if (!crs.isEmpty())
            source.crs = crs;
        source.fields = mapping();
        return source;
    }

    const std::optional<gis::OfficeTable> &table() const { return mTable; }

    // How the text is decoded, for the summary: "CP932 (Shift_JIS), detected".
    QString encodingSummary() const
    {
        if (!mTable)
            return {};
        return NewProjectWizard::tr("%1, %2").arg(encodingName(mTable->encoding),
                                                  encodingSourceName(mTable->encodingSource));
    }

private:
    FieldMapping mapping() const
    {
        FieldMapping fields;
        for (const auto &[spec, box] : mFieldCombos)
            fields.*spec.member = chosenField(box);
        for (const auto &[year, combo] : mWorkloadCombos) {
            const QString column = chosenField(combo);
            if (!column.isEmpty())
                fields.workloadByFiscalYear[year] = column;
        }
        return fields;
    }

    void browseForFile()
    {
        const QString chosen = QFileDialog::getOpenFileName(
            this, NewProjectWizard::tr("Choose the Offices Table"), browseStartDir(wizard(), mLoadedPath),
            NewProjectWizard::tr("Offices tables (*.csv *.txt *.shp *.gpkg *.geojson *.json);;All files (*)"));
        if (!chosen.isEmpty())
            mPath->setText(QDir::toNativeSeparators(chosen));
    }

    void clear()
    {
        mLoadedPath.clear();
        mHeader.clear();
        mDetected = FieldMapping();
        mTable.reset();
        mPreview->clear();
        mPreview->setRowCount(0);
        mPreview->setColumnCount(0);
        mPreviewNote->clear();
        mEncodingInfo->clear();
        rebuildFieldCombos();
        setStatus(mCrsInfo, StatusKind::Neutral, QString());
    }

    void pathChanged()
    {
        const QString path = resolvedPath(mPath->text(), projectDirOf(wizard()));
        if (path == mLoadedPath && !path.isEmpty())
            return;
        if (path.isEmpty() || !QFileInfo(path).isFile()) {
            clear();
            setStatus(mStatus, path.isEmpty() ? StatusKind::Neutral : StatusKind::Error,
                      path.isEmpty() ? QString()
                                     : esc(NewProjectWizard::tr("%1 does not exist.")
                                               .arg(QDir::toNativeSeparators(path))));
            Q_EMIT completeChanged();
            return;
        }
        mLoadedPath = path;
        reload();
    }

    // Reads the header and the first rows in the chosen encoding, then the whole table as the project
    // will read it.
    void reload()
    {
        if (mLoadedPath.isEmpty())
            return;
        const WaitCursor waitCursor;
        std::optional<Diagnostic> readProblem;
        QStringList header;
        if (isCsvPath(mLoadedPath))
            readProblem = previewCsv(header);
        else
            readProblem = previewLayer(header);

        if (header != mHeader) {
            mHeader = header;
            mDetected = detectFieldMapping(LayerRole::Offices, mHeader);
            rebuildFieldCombos();
        }
        if (readProblem) {
            mTable.reset();
            setStatus(mStatus, StatusKind::Error, problemHtml(*readProblem));
            Q_EMIT completeChanged();
            return;
        }
        validate();
    }

    std::optional<Diagnostic> previewCsv(QStringList &header)
    {
        QFile file(mLoadedPath);
        if (!file.open(QIODevice::ReadOnly)) {
            clearPreview();
            return Diagnostic{Severity::Error, mLoadedPath, {},
                              NewProjectWizard::tr("The file cannot be read: %1").arg(file.errorString()),
                              NewProjectWizard::tr("check that the file exists and that you may read it")};
        }
        QByteArray bytes = file.readAll();
        const bool hasBom = bytes.startsWith("\xEF\xBB\xBF");
        if (hasBom)
            bytes.remove(0, 3);

        std::optional<gis::TextEncoding> encoding = chosenEncoding(mEncoding);
        std::optional<Diagnostic> problem;
        if (encoding) {
            mEncodingInfo->setText(NewProjectWizard::tr("%1, %2").arg(encodingName(*encoding),
                                                                      encodingSourceName(gis::EncodingSource::Override)));
        } else {
            switch (gis::guessEncoding(bytes)) {
            case gis::EncodingGuess::Ascii:
                encoding = gis::TextEncoding::Utf8;
                mEncodingInfo->setText(NewProjectWizard::tr("ASCII only: reads the same in either encoding"));
                break;
            case gis::EncodingGuess::Utf8:
                encoding = gis::TextEncoding::Utf8;
                mEncodingInfo->setText(hasBom ? NewProjectWizard::tr("UTF-8, from the byte-order mark")
                                              : NewProjectWizard::tr("%1, %2").arg(encodingName(*encoding),
                                                                                   encodingSourceName(gis::EncodingSource::Detected)));
                break;
            case gis::EncodingGuess::Cp932:
                encoding = gis::TextEncoding::Cp932;
                mEncodingInfo->setText(NewProjectWizard::tr("%1, %2").arg(encodingName(*encoding),
                                                                          encodingSourceName(gis::EncodingSource::Detected)));
                break;
            case gis::EncodingGuess::Unknown:
                encoding = gis::TextEncoding::Utf8;
                mEncodingInfo->setText(NewProjectWizard::tr("neither UTF-8 nor CP932 (Shift_JIS)"));
                problem = Diagnostic{Severity::Error, mLoadedPath, {},
                                     NewProjectWizard::tr("The file is neither valid UTF-8 nor valid CP932 "
                                                          "(Shift_JIS) text."),
                                     NewProjectWizard::tr("save it from Excel as \"CSV UTF-8\"")};
                break;
            }
        }

        QString text;
        bool exact = true;
        try {
            text = gis::decodeText(bytes, *encoding, mLoadedPath);
        } catch (const InputError &error) {
            exact = false;
            text = decodeForDisplay(bytes, *encoding);
            if (!problem)
                problem = error.diagnostic();
        }
        const CsvPreview csv = parseCsvPreview(text, PreviewRowCount);
        header = csv.header;
        fillPreview(mPreview, csv.header, csv.rows, csv.rowLines);
        QString note = NewProjectWizard::tr("%1 rows; the first %2 are shown, decoded as %3.")
                           .arg(csv.recordCount)
                           .arg(int(csv.rows.size()))
                           .arg(encodingName(*encoding));
        if (!exact)
            note += QLatin1Char(' ')
                    + NewProjectWizard::tr("The bytes are not valid %1: garbled text (mojibake) or � shows "
                                           "where they do not decode.")
                          .arg(encodingName(*encoding));
        mPreviewNote->setText(note);
        return problem;
    }

    std::optional<Diagnostic> previewLayer(QStringList &header)
    {
        gis::LayerReadOptions options;
        options.encoding = chosenEncoding(mEncoding);
        const QString crs = mCrs->text().trimmed();
        if (!crs.isEmpty())
            options.crs = crs;
        try {
            const gis::VectorLayer layer = gis::readVectorLayer(mLoadedPath, options);
            header = layer.fieldNames;
            std::vector<QStringList> rows;
            QStringList labels;
            for (const gis::Feature &feature : layer.features) {
                if (int(rows.size()) >= PreviewRowCount)
                    break;
                QStringList cells;
                for (const QVariant &value : feature.values)
                    cells << (value.isNull() ? QString() : value.toString());
                rows.push_back(cells);
                labels << QString::number(feature.number);
            }
            fillPreview(mPreview, header, rows, labels);
            mEncodingInfo->setText(NewProjectWizard::tr("%1, %2").arg(encodingName(layer.encoding),
                                                                      encodingSourceName(layer.encodingSource)));
            mPreviewNote->setText(NewProjectWizard::tr("%1 features; the first %2 are shown. Coordinates from "
                                                       "the layer (%3).")
                                      .arg(int(layer.features.size()))
                                      .arg(int(rows.size()))
                                      .arg(layer.sourceCrs));
            return std::nullopt;
        } catch (const InputError &error) {
            clearPreview();
            return error.diagnostic();
        } catch (const std::exception &error) {
            clearPreview();
            return Diagnostic{Severity::Error, mLoadedPath, {}, QString::fromLocal8Bit(error.what()), {}};
        }
    }

    void clearPreview()
    {
        mPreview->clear();
        mPreview->setRowCount(0);
        mPreview->setColumnCount(0);
        mPreviewNote->clear();
        mEncodingInfo->clear();
    }

    void rebuildFieldCombos()
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
            QComboBox *combo = makeFieldCombo(QStringLiteral("officesField.workload.%1").arg(year));
            fillFieldCombo(combo, mHeader, column);
            mWorkloadForm->addRow(NewProjectWizard::tr("Workload %1 (%2):").arg(fiscalYearKey(year),
                                                                                fiscalYearJapanese(year)),
                                  combo);
            mWorkloadCombos.emplace(year, combo);
            connect(combo, &QComboBox::currentIndexChanged, this, [this] { validate(); });
        }
    }

    // Reads the whole table as the project will, with the columns, encoding and CRS chosen here.
    void validate()
    {
        updateCrsInfo();
        if (mLoadedPath.isEmpty() || mHeader.isEmpty()) {
            mTable.reset();
            Q_EMIT completeChanged();
            return;
        }
        gis::OfficeTableOptions options;
        options.fields = mapping();
        options.encoding = chosenEncoding(mEncoding);
        const QString crs = mCrs->text().trimmed();
        if (!crs.isEmpty())
            options.crs = crs;
        try {
            mTable = gis::readOfficeTable(mLoadedPath, options);
            showTableSummary();
        } catch (const InputError &error) {
            mTable.reset();
            setStatus(mStatus, StatusKind::Error, problemHtml(error.diagnostic()));
        } catch (const std::exception &error) {
            mTable.reset();
            setStatus(mStatus, StatusKind::Error, esc(QString::fromLocal8Bit(error.what())));
        }
        Q_EMIT completeChanged();
    }

    void updateCrsInfo()
    {
        const QString crs = mCrs->text().trimmed();
        if (crs.isEmpty()) {
            const bool usesXy = chosenField(combo(QStringLiteral("latitude"))).isEmpty()
                                && !chosenField(combo(QStringLiteral("x"))).isEmpty();
            if (mLoadedPath.isEmpty() || !isCsvPath(mLoadedPath))
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

    QComboBox *combo(const QString &key) const
    {
        for (const auto &[spec, box] : mFieldCombos) {
            if (spec.key == key)
                return box;
        }
        return nullptr;
    }

    void showTableSummary()
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
            years << fiscalYearJapanese(year);
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
        setStatus(mStatus, kind, html);
    }

    QLineEdit *mPath = nullptr;
    QComboBox *mEncoding = nullptr;
    QLabel *mEncodingInfo = nullptr;
    QTableWidget *mPreview = nullptr;
    QLabel *mPreviewNote = nullptr;
    std::vector<std::pair<MappingMember, QComboBox *>> mFieldCombos;
    QFormLayout *mWorkloadForm = nullptr;
    std::map<int, QComboBox *> mWorkloadCombos;
    QLineEdit *mCrs = nullptr;
    QLabel *mCrsInfo = nullptr;
    QLabel *mStatus = nullptr;

    QString mLoadedPath; // absolute; empty when no readable file is chosen
    QStringList mHeader;
    FieldMapping mDetected;
    std::optional<gis::OfficeTable> mTable; // set when the table reads without error
};

// 3–6. A spatial layer: wards, school districts, schools or population.
class LayerPage : public QWizardPage
{
public:
    explicit LayerPage(LayerRole role)
        : mRole(role)
    {
        const QString key = layerRoleKey(role);
        switch (role) {
        case LayerRole::Wards:
            setTitle(NewProjectWizard::tr("Wards"));
            setSubTitle(NewProjectWizard::tr("The ward boundaries (区), e.g. 国土数値情報 N03 行政区域 as a "
                                             "shapefile. They are drawn on the map and tell in which ward each "
                                             "office lies."));
            break;
        case LayerRole::SchoolDistricts:
            setTitle(NewProjectWizard::tr("Elementary-School Districts (Optional)"));
            setSubTitle(NewProjectWizard::tr("The 小学校区 polygons: 国土数値情報 A27 or the city's own. Mark "
                                             "them approximate when they are not the official districts (e.g. "
                                             "nearest-school areas). Leave the file empty to skip."));
            break;
        case LayerRole::Schools:
            setTitle(NewProjectWizard::tr("Elementary Schools (Optional)"));
            setSubTitle(NewProjectWizard::tr("The elementary schools as points, shown on the map. Leave the file "
                                             "empty to skip."));
            break;
        case LayerRole::Population:
            setTitle(NewProjectWizard::tr("Population (Optional)"));
            setSubTitle(NewProjectWizard::tr("Polygons or points with a population count, e.g. the census 500 m "
                                             "mesh, for the residents each counter serves. Leave the file empty "
                                             "to skip."));
            break;
        case LayerRole::Offices:
            break;
        }

        mPath = new QLineEdit;
        mPath->setObjectName(key + QStringLiteral("Path"));
        auto *browse = new QPushButton(NewProjectWizard::tr("Browse…"));
        mEncoding = makeEncodingCombo(key + QStringLiteral("Encoding"));
        mEncodingInfo = new QLabel;
        mEncodingInfo->setObjectName(key + QStringLiteral("EncodingInfo"));
        auto *encodingRow = new QWidget;
        auto *encodingLayout = new QHBoxLayout(encodingRow);
        encodingLayout->setContentsMargins(0, 0, 0, 0);
        encodingLayout->addWidget(mEncoding);
        encodingLayout->addWidget(mEncodingInfo, 1);
        mCrsInfo = new QLabel;
        mCrsInfo->setObjectName(key + QStringLiteral("CrsInfo"));
        mCrs = new QLineEdit;
        mCrs->setObjectName(key + QStringLiteral("Crs"));
        mCrs->setPlaceholderText(NewProjectWizard::tr("e.g. EPSG:6668 (JGD2011 latitude/longitude)"));
        mCrs->setToolTip(NewProjectWizard::tr("The coordinate reference system of a file that has none (a "
                                              "shapefile without its .prj). Ask the data's provider; 国土数値情報 "
                                              "is EPSG:6668 (JGD2011)."));
        mCrsTimer = new QTimer(this);
        mCrsTimer->setSingleShot(true);
        mCrsTimer->setInterval(CrsTypingDelayMs);

        mForm = makeFormLayout();
        mForm->addRow(NewProjectWizard::tr("File:"), makeFileRow(mPath, browse));
        mForm->addRow(NewProjectWizard::tr("Encoding:"), encodingRow);
        mForm->addRow(NewProjectWizard::tr("Coordinate system:"), mCrsInfo);
        mForm->addRow(NewProjectWizard::tr("Set the CRS:"), mCrs);

        if (role == LayerRole::Population) {
            mPopulationField = makeFieldCombo(key + QStringLiteral("Field.population"));
            mPopulation65Field = makeFieldCombo(key + QStringLiteral("Field.population65"));
            mForm->addRow(NewProjectWizard::tr("Population field:"), mPopulationField);
            mForm->addRow(NewProjectWizard::tr("Aged 65+ field:"), mPopulation65Field);
            connect(mPopulationField, &QComboBox::currentIndexChanged, this, [this] { updateSummary(); });
            connect(mPopulation65Field, &QComboBox::currentIndexChanged, this, [this] { updateSummary(); });
        } else {
            mNameField = makeFieldCombo(key + QStringLiteral("Field.name"));
            mForm->addRow(role == LayerRole::Wards ? NewProjectWizard::tr("Ward name field:")
                                                   : NewProjectWizard::tr("School name field:"),
                          mNameField);
            connect(mNameField, &QComboBox::currentIndexChanged, this, [this] { updateSummary(); });
        }
        if (role == LayerRole::SchoolDistricts) {
            mApproximate = new QCheckBox(NewProjectWizard::tr("Approximate districts (e.g. nearest-school areas): "
                                                              "maps and reports say so"));
            mApproximate->setObjectName(key + QStringLiteral("Approximate"));
            mForm->addRow(QString(), mApproximate);
            registerField(key + QStringLiteral("Approximate"), mApproximate);
        }

        mPreview = makePreviewTable(key + QStringLiteral("Preview"));
        mSummary = makeStatusLabel(key + QStringLiteral("Summary"));
        mStatus = makeStatusLabel(key + QStringLiteral("Status"));

        auto *layout = new QVBoxLayout(this);
        layout->addLayout(mForm);
        layout->addWidget(mPreview);
        layout->addWidget(mSummary);
        layout->addWidget(mStatus);
        layout->addStretch(1);

        registerField(key + QStringLiteral("Path") + (role == LayerRole::Wards ? QStringLiteral("*") : QString()),
                      mPath);
        registerField(key + QStringLiteral("Encoding"), mEncoding);
        registerField(key + QStringLiteral("Crs"), mCrs);

        connect(browse, &QPushButton::clicked, this, [this] { browseForFile(); });
        connect(mPath, &QLineEdit::textChanged, this, [this] { pathChanged(); });
        connect(mEncoding, &QComboBox::currentIndexChanged, this, [this] { reload(); });
        connect(mCrs, &QLineEdit::textChanged, mCrsTimer, qOverload<>(&QTimer::start));
        connect(mCrs, &QLineEdit::editingFinished, this, [this] { crsEdited(); });
        connect(mCrsTimer, &QTimer::timeout, this, [this] { crsEdited(); });
        clear();
    }

    bool isComplete() const override
    {
        if (mLoadedPath.isEmpty())
            return mRole != LayerRole::Wards && mPath->text().trimmed().isEmpty();
        return mLayer.has_value() && mProblem.isEmpty() && !mFieldProblem;
    }
    bool validatePage() override { return isComplete(); }

    void initializePage() override { pathChanged(); }

    // nullopt when the page is left empty.
    std::optional<LayerSource> layerSource() const
    {
        if (mLoadedPath.isEmpty())
            return std::nullopt;
        LayerSource source;
        source.path = mLoadedPath;
        if (const auto encoding = chosenEncoding(mEncoding))
            source.encoding = gis::textEncodingName(*encoding);
        const QString crs = mCrs->text().trimmed();
        if (!crs.isEmpty())
            source.crs = crs;
        if (mNameField)
            source.fields.name = chosenField(mNameField);
        if (mPopulationField) {
            source.fields.population = chosenField(mPopulationField);
            source.fields.population65 = chosenField(mPopulation65Field);
        }
        if (mApproximate)
            source.approximate = mApproximate->isChecked();
        return source;
    }

    LayerRole role() const { return mRole; }
    const std::optional<gis::VectorLayer> &layer() const { return mLayer; }

    QString encodingSummary() const
    {
        if (!mLayer)
            return {};
        return NewProjectWizard::tr("%1, %2").arg(encodingName(mLayer->encoding),
                                                  encodingSourceName(mLayer->encodingSource));
    }

private:
    void browseForFile()
    {
        const QString chosen = QFileDialog::getOpenFileName(
            this, NewProjectWizard::tr("Choose the Layer"), browseStartDir(wizard(), mLoadedPath),
            NewProjectWizard::tr("Vector layers (*.shp *.gpkg *.geojson *.json);;All files (*)"));
        if (!chosen.isEmpty())
            mPath->setText(QDir::toNativeSeparators(chosen));
    }

    void clear()
    {
        mLoadedPath.clear();
        mLayer.reset();
        mProblem.clear();
        mPreview->clear();
        mPreview->setRowCount(0);
        mPreview->setColumnCount(0);
        mEncodingInfo->clear();
        mCrsInfo->clear();
        setCrsRowVisible(!mCrs->text().trimmed().isEmpty());
        fillCombos({});
        setStatus(mSummary, StatusKind::Neutral, QString());
        setStatus(mStatus, StatusKind::Neutral, QString());
    }

    void setCrsRowVisible(bool visible) { mForm->setRowVisible(mCrs, visible); }

    void pathChanged()
    {
        const QString path = resolvedPath(mPath->text(), projectDirOf(wizard()));
        if (path == mLoadedPath && !path.isEmpty())
            return;
        if (path.isEmpty() || !QFileInfo(path).isFile()) {
            clear();
            if (!path.isEmpty())
                setStatus(mStatus, StatusKind::Error,
                          esc(NewProjectWizard::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path))));
            Q_EMIT completeChanged();
            return;
        }
        mLoadedPath = path;
        reload();
    }

    void crsEdited()
    {
        mCrsTimer->stop();
        const QString crs = mCrs->text().trimmed();
        if (crs == mLoadedCrs)
            return;
        reload();
    }

    // Reads the layer as the project will, with the encoding and CRS chosen here.
    void reload()
    {
        if (mLoadedPath.isEmpty())
            return;
        const WaitCursor waitCursor;
        gis::LayerReadOptions options;
        options.encoding = chosenEncoding(mEncoding);
        mLoadedCrs = mCrs->text().trimmed();
        if (!mLoadedCrs.isEmpty())
            options.crs = mLoadedCrs;
        const bool missingCrs = isShapefileWithoutPrj(mLoadedPath);
        const QStringList previousFields = mLayer ? mLayer->fieldNames : QStringList();
        mLayer.reset();
        mProblem.clear();
        try {
            mLayer = gis::readVectorLayer(mLoadedPath, options);
        } catch (const InputError &error) {
            mProblem = problemHtml(error.diagnostic());
        } catch (const std::exception &error) {
            mProblem = esc(QString::fromLocal8Bit(error.what()));
        }
        if (!mLayer && options.encoding)
            mProblem += QStringLiteral("<br>")
                        + esc(NewProjectWizard::tr("The encoding chosen above may be wrong: try Auto or the other "
                                                   "encoding."));
        setCrsRowVisible(missingCrs || !mLoadedCrs.isEmpty());

        if (!mLayer) {
            mPreview->clear();
            mPreview->setRowCount(0);
            mPreview->setColumnCount(0);
            mEncodingInfo->setText(options.encoding ? NewProjectWizard::tr("%1, %2").arg(
                                                          encodingName(*options.encoding),
                                                          encodingSourceName(gis::EncodingSource::Override))
                                                    : QString());
            mCrsInfo->setText(missingCrs ? NewProjectWizard::tr("none: the shapefile has no .prj file")
                                         : QString());
            setStatus(mSummary, StatusKind::Neutral, QString());
            setStatus(mStatus, StatusKind::Error, mProblem);
            Q_EMIT completeChanged();
            return;
        }

        mEncodingInfo->setText(NewProjectWizard::tr("%1, %2").arg(encodingName(mLayer->encoding),
                                                                  encodingSourceName(mLayer->encodingSource)));
        mCrsInfo->setText(mLayer->crsFromOverride ? NewProjectWizard::tr("%1, set here").arg(mLayer->sourceCrs)
                                                  : NewProjectWizard::tr("%1, from the file").arg(mLayer->sourceCrs));
        if (mLayer->fieldNames != previousFields)
            fillCombos(mLayer->fieldNames);
        if (mApproximate)
            mApproximate->setChecked(marksItselfApproximate());
        checkGeometry();
        updateSummary();
    }

    void fillCombos(const QStringList &fields)
    {
        const FieldMapping detected = detectFieldMapping(mRole, fields);
        if (mNameField)
            fillFieldCombo(mNameField, fields, detected.name);
        if (mPopulationField) {
            fillFieldCombo(mPopulationField, fields, detected.population);
            fillFieldCombo(mPopulation65Field, fields, detected.population65);
        }
    }

    // Every feature has APPROX = 1, as the loader decides when the project does not say.
    bool marksItselfApproximate() const
    {
        const int index = mLayer->fieldNames.indexOf(QStringLiteral("APPROX"));
        if (index < 0 || mLayer->features.empty())
            return false;
        for (const gis::Feature &feature : mLayer->features) {
            bool ok = false;
            if (feature.values.value(index).toInt(&ok) != 1 || !ok)
                return false;
        }
        return true;
    }

    void checkGeometry()
    {
        using gis::GeometryKind;
        const GeometryKind kind = mLayer->geometryKind;
        QString expected;
        switch (mRole) {
        case LayerRole::Wards:
        case LayerRole::SchoolDistricts:
            if (kind != GeometryKind::Polygon)
                expected = NewProjectWizard::tr("polygons");
            break;
        case LayerRole::Schools:
            if (kind != GeometryKind::Point)
                expected = NewProjectWizard::tr("points");
            break;
        case LayerRole::Population:
            if (kind != GeometryKind::Polygon && kind != GeometryKind::Point)
                expected = NewProjectWizard::tr("polygons or points");
            break;
        case LayerRole::Offices:
            break;
        }
        if (!expected.isEmpty())
            mProblem = esc(NewProjectWizard::tr("%1 holds %2, but this layer must hold %3.")
                               .arg(QFileInfo(mLoadedPath).fileName(), geometryKindText(kind), expected));
    }

    void updateSummary()
    {
        if (!mLayer) {
            Q_EMIT completeChanged();
            return;
        }
        QStringList highlighted;
        QString fieldProblem;
        QString html = esc(NewProjectWizard::tr("%n feature(s) (%1).", nullptr, int(mLayer->features.size()))
                               .arg(geometryKindText(mLayer->geometryKind)));
        if (mNameField) {
            const QString field = chosenField(mNameField);
            if (field.isEmpty()) {
                fieldProblem = NewProjectWizard::tr("Choose the field that holds the names.");
            } else {
                highlighted << field;
                QStringList names;
                for (const gis::Feature &feature : mLayer->features) {
                    if (names.size() >= SummaryNameCount) {
                        names << NewProjectWizard::tr("…");
                        break;
                    }
                    names << mLayer->value(feature, field).toString().trimmed();
                }
                html += QLatin1Char(' ')
                        + esc(NewProjectWizard::tr("Names: %1").arg(names.join(NewProjectWizard::tr(", "))));
            }
        }
        if (mPopulationField) {
            const QString field = chosenField(mPopulationField);
            const QString field65 = chosenField(mPopulation65Field);
            if (field.isEmpty()) {
                fieldProblem = NewProjectWizard::tr("Choose the field that holds the population.");
            } else {
                highlighted << field;
                QString sumProblem;
                const std::optional<double> total = sumOf(field, sumProblem);
                if (total) {
                    html += QLatin1Char(' ')
                            + esc(NewProjectWizard::tr("Total population (%1): %2.").arg(field, formatCount(*total)));
                }
                if (!field65.isEmpty()) {
                    highlighted << field65;
                    const std::optional<double> total65 = sumOf(field65, sumProblem);
                    if (total && total65 && *total > 0) {
                        html += QLatin1Char(' ')
                                + esc(NewProjectWizard::tr("Aged 65+ (%1): %2 (%3%).")
                                          .arg(field65, formatCount(*total65),
                                               QLocale().toString(100.0 * *total65 / *total, 'f', 1)));
                    }
                }
                if (!sumProblem.isEmpty())
                    fieldProblem = sumProblem;
            }
        }
        if (mApproximate && mApproximate->isChecked())
            html += QStringLiteral("<br>")
                    + esc(NewProjectWizard::tr("Shown as APPROXIMATE districts, not the official 校区."));

        std::vector<QStringList> rows;
        QStringList labels;
        for (const gis::Feature &feature : mLayer->features) {
            if (int(rows.size()) >= PreviewRowCount)
                break;
            QStringList cells;
            for (const QVariant &value : feature.values)
                cells << (value.isNull() ? QString() : value.toString());
            rows.push_back(cells);
            labels << QString::number(feature.number);
        }
        fillPreview(mPreview, mLayer->fieldNames, rows, labels, highlighted);

        setStatus(mSummary, StatusKind::Good, html);
        QString problem = mProblem;
        if (problem.isEmpty() && !fieldProblem.isEmpty())
            problem = esc(fieldProblem);
        QStringList warnings;
        for (const Diagnostic &warning : mLayer->warnings)
            warnings << problemHtml(warning);
        if (!problem.isEmpty())
            setStatus(mStatus, StatusKind::Error, problem);
        else
            setStatus(mStatus, warnings.isEmpty() ? StatusKind::Neutral : StatusKind::Warning,
                      warnings.join(QStringLiteral("<br>")));
        mFieldProblem = !fieldProblem.isEmpty();
        Q_EMIT completeChanged();
    }

    // The sum of a numeric field; empty (NULL) values are skipped, anything that is not a number is a
    // problem (named with its feature), never read as zero.
    std::optional<double> sumOf(const QString &field, QString &problem) const
    {
        double total = 0.0;
        for (const gis::Feature &feature : mLayer->features) {
            const QVariant value = mLayer->value(feature, field);
            if (value.isNull())
                continue;
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (!ok || !std::isfinite(number)) {
                problem = NewProjectWizard::tr("Feature %1: \"%2\" in %3 is not a number.")
                              .arg(feature.number)
                              .arg(value.toString(), field);
                return std::nullopt;
            }
            total += number;
        }
        return total;
    }

    LayerRole mRole;
    QLineEdit *mPath = nullptr;
    QComboBox *mEncoding = nullptr;
    QLabel *mEncodingInfo = nullptr;
    QLabel *mCrsInfo = nullptr;
    QLineEdit *mCrs = nullptr;
    QTimer *mCrsTimer = nullptr;
    QFormLayout *mForm = nullptr;
    QComboBox *mNameField = nullptr;
    QComboBox *mPopulationField = nullptr;
    QComboBox *mPopulation65Field = nullptr;
    QCheckBox *mApproximate = nullptr;
    QTableWidget *mPreview = nullptr;
    QLabel *mSummary = nullptr;
    QLabel *mStatus = nullptr;

    QString mLoadedPath; // absolute; empty when no readable file is chosen
    QString mLoadedCrs;  // the CRS the layer was last read with
    std::optional<gis::VectorLayer> mLayer;
    QString mProblem;           // rich text; empty when the layer suits its role
    bool mFieldProblem = false; // a required field is not chosen, or holds something not a number
};

// 7. What will be written, the distance guide and the source credits.
class SummaryPage : public QWizardPage
{
public:
    SummaryPage()
    {
        setTitle(NewProjectWizard::tr("Summary"));
        setSubTitle(NewProjectWizard::tr("Check what will be written. Finish saves the project file; the data "
                                         "files are only read, never changed."));
        mSummary = new QLabel;
        mSummary->setObjectName(QStringLiteral("summaryText"));
        mSummary->setTextFormat(Qt::RichText);
        mSummary->setWordWrap(true);
        mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        mSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);

        mThreshold = new QDoubleSpinBox;
        mThreshold->setObjectName(QStringLiteral("thresholdKm"));
        mThreshold->setRange(0.1, 100.0);
        mThreshold->setDecimals(1);
        mThreshold->setSingleStep(0.5);
        mThreshold->setValue(Criteria().distanceThresholdMeters / 1000.0);
        mThreshold->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        mThreshold->setSuffix(NewProjectWizard::tr(" km"));
        mThreshold->setToolTip(NewProjectWizard::tr("The guide for the straight distance from a branch office to "
                                                    "the nearest ward office (Kumamoto's 2016 policy: 5 km)."));
        mCredits = new QPlainTextEdit;
        mCredits->setObjectName(QStringLiteral("credits"));
        mCredits->setPlaceholderText(NewProjectWizard::tr(
            "One line per source, e.g. 出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成"));
        mCredits->setMaximumHeight(mCredits->fontMetrics().height() * 5 + 12);
        mCredits->setTabChangesFocus(true);
        mError = makeStatusLabel(QStringLiteral("summaryError"));

        auto *form = makeFormLayout();
        form->addRow(NewProjectWizard::tr("Distance guide:"), mThreshold);
        form->addRow(NewProjectWizard::tr("Source credits (出典):"), mCredits);

        auto *layout = new QVBoxLayout(this);
        layout->addWidget(mSummary);
        layout->addSpacing(8);
        layout->addLayout(form);
        layout->addWidget(mError);
        layout->addStretch(1);

        registerField(QStringLiteral("thresholdKm"), mThreshold, "value", SIGNAL(valueChanged(double)));
        registerField(QStringLiteral("credits"), mCredits, "plainText", SIGNAL(textChanged()));
    }

    void initializePage() override
    {
        setStatus(mError, StatusKind::Neutral, QString());
        auto *projectWizard = qobject_cast<NewProjectWizard *>(wizard());
        if (!projectWizard)
            return;
        const QString file = projectWizard->projectFilePath();
        const QString projectDir = QFileInfo(file).absolutePath();
        const Project project = projectWizard->project();

        QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        const auto row = [&html](const QString &label, const QString &value) {
            html += QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
                        .arg(esc(label), value);
        };
        row(NewProjectWizard::tr("Project file"), esc(QDir::toNativeSeparators(file)));
        row(NewProjectWizard::tr("Name"), esc(project.name));
        for (const LayerRole role : {LayerRole::Offices, LayerRole::Wards, LayerRole::SchoolDistricts,
                                     LayerRole::Schools, LayerRole::Population}) {
            const auto it = project.layers.find(role);
            if (it == project.layers.end()) {
                row(roleName(role), esc(NewProjectWizard::tr("(none)")));
                continue;
            }
            const LayerSource &source = it->second;
            QStringList details;
            details << (source.encoding ? NewProjectWizard::tr("encoding %1 (saved in the project)")
                                              .arg(encodingSummary(role))
                                        : NewProjectWizard::tr("encoding %1 (decided again when the project "
                                                               "is opened)")
                                              .arg(encodingSummary(role)));
            if (source.crs)
                details << NewProjectWizard::tr("CRS %1").arg(*source.crs);
            const QStringList fields = fieldsText(source.fields);
            if (!fields.isEmpty())
                details << NewProjectWizard::tr("fields %1").arg(fields.join(NewProjectWizard::tr(", ")));
            if (source.approximate && *source.approximate)
                details << NewProjectWizard::tr("APPROXIMATE");
            row(roleName(role), QStringLiteral("%1<br><small>%2</small>")
                                    .arg(esc(pathAsWritten(source.path, projectDir)),
                                         esc(details.join(NewProjectWizard::tr("; ")))));
        }
        html += QStringLiteral("</table>");
        mSummary->setText(html);
    }

    void showError(const QString &html) { setStatus(mError, StatusKind::Error, html); }

private:
    QString encodingSummary(LayerRole role) const
    {
        for (const int id : wizard()->pageIds()) {
            if (const auto *offices = dynamic_cast<const OfficesPage *>(wizard()->page(id));
                offices && role == LayerRole::Offices)
                return offices->encodingSummary();
            if (const auto *layerPage = dynamic_cast<const LayerPage *>(wizard()->page(id));
                layerPage && layerPage->role() == role)
                return layerPage->encodingSummary();
        }
        return {};
    }

    static QString roleName(LayerRole role)
    {
        switch (role) {
        case LayerRole::Offices:
            return NewProjectWizard::tr("Offices");
        case LayerRole::Wards:
            return NewProjectWizard::tr("Wards");
        case LayerRole::SchoolDistricts:
            return NewProjectWizard::tr("School districts");
        case LayerRole::Schools:
            return NewProjectWizard::tr("Schools");
        case LayerRole::Population:
            return NewProjectWizard::tr("Population");
        }
        return {};
    }

    static QStringList fieldsText(const FieldMapping &fields)
    {
        QStringList parts;
        const auto add = [&parts](const char *key, const QString &value) {
            if (!value.isEmpty())
                parts << QStringLiteral("%1=%2").arg(QLatin1String(key), value);
        };
        add("id", fields.id);
        add("name", fields.name);
        add("kind", fields.kind);
        add("ward", fields.ward);
        add("nameEn", fields.nameEn);
        add("address", fields.address);
        add("latitude", fields.latitude);
        add("longitude", fields.longitude);
        add("x", fields.x);
        add("y", fields.y);
        add("decision", fields.decision);
        add("population", fields.population);
        add("population65", fields.population65);
        for (const auto &[year, column] : fields.workloadByFiscalYear)
            parts << QStringLiteral("workload %1=%2").arg(year).arg(column);
        return parts;
    }

    QLabel *mSummary = nullptr;
    QDoubleSpinBox *mThreshold = nullptr;
    QPlainTextEdit *mCredits = nullptr;
    QLabel *mError = nullptr;
};

} // namespace

NewProjectWizard::NewProjectWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("NewProjectWizard"));
    setWindowTitle(tr("New Project"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(ProjectPageId, new ProjectPage);
    setPage(OfficesPageId, new OfficesPage);
    setPage(WardsPageId, new LayerPage(LayerRole::Wards));
    setPage(SchoolDistrictsPageId, new LayerPage(LayerRole::SchoolDistricts));
    setPage(SchoolsPageId, new LayerPage(LayerRole::Schools));
    setPage(PopulationPageId, new LayerPage(LayerRole::Population));
    setPage(SummaryPageId, new SummaryPage);
    setStartId(ProjectPageId);
    resize(900, 720);
}

NewProjectWizard::~NewProjectWizard() = default;

QString NewProjectWizard::savedProjectPath() const
{
    return mSavedProjectPath;
}

QString NewProjectWizard::projectFilePath() const
{
    const auto *projectPage = dynamic_cast<const ProjectPage *>(page(ProjectPageId));
    return projectPage ? projectPage->filePath() : QString();
}

Project NewProjectWizard::project() const
{
    Project project;
    project.name = field(QStringLiteral("projectName")).toString().trimmed();
    project.criteria.distanceThresholdMeters = field(QStringLiteral("thresholdKm")).toDouble() * 1000.0;
    const QStringList credits = field(QStringLiteral("credits")).toString().split(QLatin1Char('\n'));
    for (const QString &line : credits) {
        if (!line.trimmed().isEmpty())
            project.credits << line.trimmed();
    }
    if (const auto *offices = dynamic_cast<const OfficesPage *>(page(OfficesPageId)))
        project.layers[LayerRole::Offices] = offices->layerSource();
    for (const int id : {WardsPageId, SchoolDistrictsPageId, SchoolsPageId, PopulationPageId}) {
        if (const auto *layerPage = dynamic_cast<const LayerPage *>(page(id))) {
            if (auto source = layerPage->layerSource())
                project.layers[layerPage->role()] = std::move(*source);
        }
    }
    return project;
}

bool NewProjectWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    if (currentId() != SummaryPageId)
        return true;
    auto *summary = dynamic_cast<SummaryPage *>(currentPage());
    const QString path = projectFilePath();
    try {
        // Absolute layer paths: writeProjectFile writes them relative to the project file's folder.
        writeProjectFile(project(), path);
    } catch (const InputError &error) {
        if (summary)
            summary->showError(problemHtml(error.diagnostic()));
        return false;
    }
    mSavedProjectPath = path;
    return true;
}

} // namespace madoguchi::app
