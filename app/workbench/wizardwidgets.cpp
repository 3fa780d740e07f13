#include "app/workbench/wizardwidgets.h"

#include "app/workbench/newprojectwizard.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>

#include <algorithm>

namespace madoguchi::app::wizard {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString formatCount(double value, int decimals)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(value, 'f', decimals);
}

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

QWidget *makeEncodingRow(QComboBox *combo, QLabel *info)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(combo);
    layout->addWidget(info, 1);
    return row;
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

QString encodingText(gis::TextEncoding encoding, gis::EncodingSource source)
{
    return NewProjectWizard::tr("%1, %2").arg(encodingName(encoding), encodingSourceName(source));
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
    table->setMaximumHeight(rowHeight * PreviewVisibleRows + chrome);
    table->verticalHeader()->setToolTip(NewProjectWizard::tr("Line numbers in a table, feature numbers in a layer: "
                                                             "the numbers that messages name."));
    return table;
}

void fillPreview(QTableWidget *table, const QStringList &header, const std::vector<QStringList> &rows,
                 const QStringList &rowLabels, const QStringList &highlighted)
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

void fillFeaturePreview(QTableWidget *table, const gis::VectorLayer &layer, const QStringList &highlighted)
{
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
    fillPreview(table, layer.fieldNames, rows, labels, highlighted);
}

void clearPreview(QTableWidget *table)
{
    table->clear();
    table->setRowCount(0);
    table->setColumnCount(0);
}

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

} // namespace madoguchi::app::wizard
