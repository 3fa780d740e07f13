#include "app/workbench/wizardlayerpage.h"

#include "app/lib/projectloader.h"
#include "app/workbench/crspicker.h"
#include "app/workbench/newprojectwizard.h"
#include "app/workbench/latesttask.h"
#include "app/workbench/wizardwidgets.h"
#include "core/fieldmapping.h"
#include "gis/japanzones.h"
#include "gis/layerreader.h"
#include "gis/mapcontent.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace madoguchi::app::wizard {

namespace {

// Names listed in a layer's summary line before "…".
constexpr int SummaryNameCount = 8;
// A CRS typed into a layer page is applied after this pause, so the layer is not re-read per keystroke.
constexpr int CrsTypingDelayMs = 600;

} // namespace

LayerPage::LayerPage(LayerRole role)
    : FilePage(role, role == LayerRole::Wards, NewProjectWizard::tr("Choose the Layer"),
               NewProjectWizard::tr("Vector layers (*.shp *.gpkg *.geojson *.json);;All files (*)"))
{
    setTitles();
    const QString key = layerRoleKey(role);
    mCrsInfo = new QLabel;
    mCrsInfo->setObjectName(key + QStringLiteral("CrsInfo"));
    QLineEdit *crs = crsEdit();
    crs->setPlaceholderText(NewProjectWizard::tr("e.g. EPSG:6668 (JGD2011 latitude/longitude)"));
    crs->setToolTip(NewProjectWizard::tr("The coordinate reference system of a file that has none (a "
                                         "shapefile without its .prj). Ask the data's provider; 国土数値情報 "
                                         "is EPSG:6668 (JGD2011)."));
    mCrsTimer = new QTimer(this);
    mCrsTimer->setSingleShot(true);
    mCrsTimer->setInterval(CrsTypingDelayMs);

    mForm = makeFormLayout();
    mForm->addRow(NewProjectWizard::tr("File:"), fileRow());
    mForm->addRow(NewProjectWizard::tr("Encoding:"), encodingRow());
    mForm->addRow(NewProjectWizard::tr("Coordinate system:"), mCrsInfo);
    mForm->addRow(NewProjectWizard::tr("Set the CRS:"), crs);

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
    if (role == LayerRole::Wards) {
        mDisplayCrs = new CrsPicker(CrsPicker::Purpose::Display, QStringLiteral("displayCrs"));
        mDisplayCrs->setToolTip(NewProjectWizard::tr("The projection the map is drawn in. Madoguchi suggests the "
                                                     "plane rectangular zone the MLIT notice assigns to the wards' "
                                                     "municipalities; type an EPSG code or a name to search."));
        mForm->addRow(NewProjectWizard::tr("Map projection:"), mDisplayCrs);
        registerField(QStringLiteral("displayCrs"), mDisplayCrs, "crsText", SIGNAL(crsTextChanged(QString)));
    }
    if (role == LayerRole::SchoolDistricts) {
        mApproximate = new QCheckBox(NewProjectWizard::tr("Approximate districts (e.g. nearest-school areas): "
                                                          "maps and reports say so"));
        mApproximate->setObjectName(key + QStringLiteral("Approximate"));
        mForm->addRow(QString(), mApproximate);
        registerField(key + QStringLiteral("Approximate"), mApproximate);
    }

    mSummary = makeStatusLabel(key + QStringLiteral("Summary"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(mForm);
    layout->addWidget(preview());
    layout->addWidget(mSummary);
    layout->addWidget(status());
    layout->addStretch(1);

    connect(crs, &QLineEdit::textChanged, mCrsTimer, qOverload<>(&QTimer::start));
    connect(crs, &QLineEdit::editingFinished, this, [this] { crsEdited(); });
    connect(mCrsTimer, &QTimer::timeout, this, [this] { crsEdited(); });
    clear();
}

void LayerPage::setTitles()
{
    switch (role()) {
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
}

bool LayerPage::isComplete() const
{
    if (loadedPath().isEmpty())
        return role() != LayerRole::Wards && pathEdit()->text().trimmed().isEmpty();
    return !isReading() && mLayer.has_value() && mProblem.isEmpty() && !mFieldProblem;
}

std::optional<LayerSource> LayerPage::layerSource() const
{
    if (loadedPath().isEmpty())
        return std::nullopt;
    LayerSource source = fileSource();
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

std::optional<QString> LayerPage::chosenDisplayCrs() const
{
    if (!mDisplayCrs || mDisplayCrs->epsgCode() == 0 || mDisplayCrs->followsSuggestion())
        return std::nullopt;
    return mDisplayCrs->crsText();
}

QString LayerPage::encodingSummary() const
{
    return mLayer ? encodingText(mLayer->encoding, mLayer->encodingSource) : QString();
}

void LayerPage::clear()
{
    FilePage::clear();
    mLayer.reset();
    mProblem.clear();
    mFieldNames.clear();
    mCrsInfo->clear();
    if (mDisplayCrs)
        mDisplayCrs->setSuggestion(gis::DisplayCrs());
    setCrsRowVisible(!crsText().isEmpty());
    fillCombos({});
    setStatus(mSummary, StatusKind::Neutral, QString());
    setStatus(status(), StatusKind::Neutral, QString());
}

void LayerPage::setCrsRowVisible(bool visible)
{
    mForm->setRowVisible(crsEdit(), visible);
}

void LayerPage::crsEdited()
{
    mCrsTimer->stop();
    if (crsText() == mLoadedCrs || loadedPath().isEmpty())
        return;
    reload();
}

// Reads the layer as the project will, with the encoding and CRS chosen here.
void LayerPage::reload()
{
    mCrsTimer->stop();
    gis::LayerReadOptions options;
    options.encoding = encoding();
    mLoadedCrs = crsText();
    if (!mLoadedCrs.isEmpty())
        options.crs = mLoadedCrs;
    const QString path = loadedPath();
    const bool missingCrs = gis::isShapefileWithoutPrj(path);
    mLayer.reset();
    mProblem.clear();
    setCrsRowVisible(missingCrs || !mLoadedCrs.isEmpty());
    setStatus(mSummary, StatusKind::Neutral, QString());
    showReading();
    Q_EMIT completeChanged();
    read()->start(
        path, [path, options](Feedback &feedback) { return gis::readVectorLayer(path, options, &feedback); },
        [this, missingCrs, chosen = options.encoding](TaskOutcome<gis::VectorLayer> &&outcome) {
            layerRead(std::move(outcome), missingCrs, chosen);
        });
}

void LayerPage::layerRead(TaskOutcome<gis::VectorLayer> &&outcome, bool missingCrs,
                          std::optional<gis::TextEncoding> chosenEncoding)
{
    mLayer = std::move(outcome.value);
    if (!mLayer) {
        mProblem = outcome.problem ? problemHtml(*outcome.problem) : QString();
        if (chosenEncoding)
            mProblem += QStringLiteral("<br>")
                        + esc(NewProjectWizard::tr("The encoding chosen above may be wrong: try Auto or the other "
                                                   "encoding."));
        clearPreview(preview());
        encodingInfo()->setText(chosenEncoding ? encodingText(*chosenEncoding, gis::EncodingSource::Override)
                                               : QString());
        mCrsInfo->setText(missingCrs ? NewProjectWizard::tr("none: the shapefile has no .prj file") : QString());
        setStatus(mSummary, StatusKind::Neutral, QString());
        setStatus(status(), StatusKind::Error, mProblem);
        Q_EMIT completeChanged();
        return;
    }

    encodingInfo()->setText(encodingText(mLayer->encoding, mLayer->encodingSource));
    mCrsInfo->setText(mLayer->crsFromOverride ? NewProjectWizard::tr("%1, set here").arg(mLayer->sourceCrs)
                                              : NewProjectWizard::tr("%1, from the file").arg(mLayer->sourceCrs));
    if (mLayer->fieldNames != mFieldNames) {
        mFieldNames = mLayer->fieldNames;
        fillCombos(mFieldNames);
    }
    if (mApproximate)
        mApproximate->setChecked(marksItselfApproximate(*mLayer));
    checkGeometry();
    suggestDisplayCrs();
    updateSummary();
}

// As displayCrsFor will choose it for the project: the code and name fields are the detected ones (the
// N03 attributes are read whatever the mapping).
void LayerPage::suggestDisplayCrs()
{
    if (!mDisplayCrs || !mLayer)
        return;
    try {
        const FieldMapping detected = detectFieldMapping(role(), mFieldNames);
        const QString name = mNameField ? chosenField(mNameField) : QString();
        mDisplayCrs->setSuggestion(gis::DisplayCrs::forAreas(
            gis::administrativeAreas(*mLayer, detected.code, name.isEmpty() ? detected.name : name),
            gis::geographicCenter(*mLayer)));
    } catch (const InputError &) {
        // No geometry to place: checkGeometry has said so; there is nothing to suggest.
        mDisplayCrs->setSuggestion(gis::DisplayCrs());
    }
}

void LayerPage::fillCombos(const QStringList &fields)
{
    const FieldMapping detected = detectFieldMapping(role(), fields);
    if (mNameField)
        fillFieldCombo(mNameField, fields, detected.name);
    if (mPopulationField) {
        fillFieldCombo(mPopulationField, fields, detected.population);
        fillFieldCombo(mPopulation65Field, fields, detected.population65);
    }
}

void LayerPage::checkGeometry()
{
    using gis::GeometryKind;
    const GeometryKind kind = mLayer->geometryKind;
    QString expected;
    switch (role()) {
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
                           .arg(QFileInfo(loadedPath()).fileName(), geometryKindText(kind), expected));
}

void LayerPage::updateSummary()
{
    if (!mLayer) {
        Q_EMIT completeChanged();
        return;
    }
    QStringList highlighted;
    QString fieldProblem;
    QString html = esc(NewProjectWizard::tr("%n feature(s) (%1).", nullptr, int(mLayer->features.size()))
                           .arg(geometryKindText(mLayer->geometryKind)));
    if (mNameField)
        summarizeNames(html, highlighted, fieldProblem);
    if (mPopulationField)
        summarizePopulation(html, highlighted, fieldProblem);
    if (mApproximate && mApproximate->isChecked())
        html += QStringLiteral("<br>")
                + esc(NewProjectWizard::tr("Shown as APPROXIMATE districts, not the official 校区."));
    fillFeaturePreview(preview(), *mLayer, highlighted);

    setStatus(mSummary, StatusKind::Good, html);
    QString problem = mProblem;
    if (problem.isEmpty() && !fieldProblem.isEmpty())
        problem = esc(fieldProblem);
    QStringList warnings;
    for (const Diagnostic &warning : mLayer->warnings)
        warnings << problemHtml(warning);
    if (!problem.isEmpty())
        setStatus(status(), StatusKind::Error, problem);
    else
        setStatus(status(), warnings.isEmpty() ? StatusKind::Neutral : StatusKind::Warning,
                  warnings.join(QStringLiteral("<br>")));
    mFieldProblem = !fieldProblem.isEmpty();
    Q_EMIT completeChanged();
}

void LayerPage::summarizeNames(QString &html, QStringList &highlighted, QString &fieldProblem) const
{
    const QString field = chosenField(mNameField);
    if (field.isEmpty()) {
        fieldProblem = NewProjectWizard::tr("Choose the field that holds the names.");
        return;
    }
    highlighted << field;
    QStringList names;
    for (const gis::Feature &feature : mLayer->features) {
        if (names.size() >= SummaryNameCount) {
            names << NewProjectWizard::tr("…");
            break;
        }
        names << mLayer->value(feature, field).toString().trimmed();
    }
    html += QLatin1Char(' ') + esc(NewProjectWizard::tr("Names: %1").arg(names.join(NewProjectWizard::tr(", "))));
}

void LayerPage::summarizePopulation(QString &html, QStringList &highlighted, QString &fieldProblem) const
{
    const QString field = chosenField(mPopulationField);
    const QString field65 = chosenField(mPopulation65Field);
    if (field.isEmpty()) {
        fieldProblem = NewProjectWizard::tr("Choose the field that holds the population.");
        return;
    }
    highlighted << field;
    QString sumProblem;
    const std::optional<double> total = sumOf(field, sumProblem);
    if (total)
        html += QLatin1Char(' ')
                + esc(NewProjectWizard::tr("Total population (%1): %2.").arg(field, formatCount(*total)));
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

std::optional<double> LayerPage::sumOf(const QString &field, QString &problem) const
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

} // namespace madoguchi::app::wizard
