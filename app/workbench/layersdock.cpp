#include "app/workbench/layersdock.h"

#include "app/workbench/legendwidget.h"
#include "app/workbench/mapcanvas.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace madoguchi::app {

namespace {

constexpr int kLayerRole = Qt::UserRole;

// A layer's check box says whether it is drawn: the population layer is drawn only with a choropleth.
bool shownAsChecked(const gis::MapSettings &settings, gis::MapLayer layer)
{
    if (layer == gis::MapLayer::Population && settings.populationChoropleth == gis::PopulationChoropleth::Off)
        return false;
    return settings.layer(layer).visible;
}

} // namespace

LayersDock::LayersDock(MapCanvas *canvas, QWidget *parent) : QDockWidget(tr("Layers"), parent), mCanvas(canvas)
{
    setObjectName(QStringLiteral("layersDock"));

    auto *layersPage = new QWidget;
    auto *layout = new QVBoxLayout(layersPage);
    layout->setContentsMargins(4, 4, 4, 4);

    mTree = new QTreeWidget;
    mTree->setObjectName(QStringLiteral("layerTree"));
    mTree->setColumnCount(2);
    mTree->setHeaderLabels({tr("Layer"), tr("Opacity")});
    mTree->setRootIsDecorated(false);
    mTree->setUniformRowHeights(true);
    mTree->header()->setStretchLastSection(false);
    mTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    mTree->header()->setSectionResizeMode(1, QHeaderView::Fixed);
    mTree->header()->resizeSection(1, 64);
    mTree->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(mTree, 1);

    auto *buttons = new QHBoxLayout;
    mUpButton = new QToolButton;
    mUpButton->setObjectName(QStringLiteral("moveLayerUp"));
    mUpButton->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    mUpButton->setToolTip(tr("Move the layer up (drawn above the layers below it)"));
    mDownButton = new QToolButton;
    mDownButton->setObjectName(QStringLiteral("moveLayerDown"));
    mDownButton->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    mDownButton->setToolTip(tr("Move the layer down"));
    buttons->addWidget(mUpButton);
    buttons->addWidget(mDownButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto *populationForm = new QFormLayout;
    mPopulationCombo = new QComboBox;
    mPopulationCombo->setObjectName(QStringLiteral("populationChoropleth"));
    mPopulationCombo->addItem(tr("Not shown"), int(gis::PopulationChoropleth::Off));
    mPopulationCombo->addItem(tr("Density (residents/km²)"), int(gis::PopulationChoropleth::Density));
    mPopulationCombo->addItem(tr("Share aged 65+ (%)"), int(gis::PopulationChoropleth::Share65));
    mPopulationCombo->setToolTip(tr("Colours the population cells; the ward fills are then left out"));
    populationForm->addRow(tr("Population:"), mPopulationCombo);
    layout->addLayout(populationForm);

    auto *labels = new QGroupBox(tr("Labels"));
    auto *labelsLayout = new QGridLayout(labels);
    mWardLabels = new QCheckBox(tr("Ward names"));
    mOfficeLabels = new QCheckBox(tr("Office names"));
    mDistanceLabels = new QCheckBox(tr("Distances"));
    mCircleLabels = new QCheckBox(tr("Circle radius"));
    mDistrictLabels = new QCheckBox(tr("School districts"));
    mSchoolLabels = new QCheckBox(tr("Schools"));
    labelsLayout->addWidget(mWardLabels, 0, 0);
    labelsLayout->addWidget(mOfficeLabels, 0, 1);
    labelsLayout->addWidget(mDistanceLabels, 1, 0);
    labelsLayout->addWidget(mCircleLabels, 1, 1);
    labelsLayout->addWidget(mDistrictLabels, 2, 0);
    labelsLayout->addWidget(mSchoolLabels, 2, 1);
    layout->addWidget(labels);

    auto *furniture = new QGroupBox(tr("On the map"));
    auto *furnitureLayout = new QGridLayout(furniture);
    mMapLegend = new QCheckBox(tr("Legend"));
    mScaleBar = new QCheckBox(tr("Scale bar"));
    mNorthArrow = new QCheckBox(tr("North arrow"));
    mCredits = new QCheckBox(tr("Sources (出典)"));
    furnitureLayout->addWidget(mMapLegend, 0, 0);
    furnitureLayout->addWidget(mScaleBar, 0, 1);
    furnitureLayout->addWidget(mNorthArrow, 1, 0);
    furnitureLayout->addWidget(mCredits, 1, 1);
    layout->addWidget(furniture);

    mLegend = new LegendWidget;
    mLegend->setObjectName(QStringLiteral("legend"));
    mLegend->setAutoFillBackground(true);
    mLegend->setBackgroundRole(QPalette::Base);
    auto *legendScroll = new QScrollArea;
    legendScroll->setWidget(mLegend);
    legendScroll->setWidgetResizable(true);
    legendScroll->setBackgroundRole(QPalette::Base);
    auto *legendBox = new QWidget;
    auto *legendLayout = new QVBoxLayout(legendBox);
    legendLayout->setContentsMargins(4, 0, 4, 4);
    auto *legendTitle = new QLabel(tr("Legend"));
    QFont titleFont = legendTitle->font();
    titleFont.setBold(true);
    legendTitle->setFont(titleFont);
    legendLayout->addWidget(legendTitle);
    legendLayout->addWidget(legendScroll, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(layersPage);
    splitter->addWidget(legendBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setWidget(splitter);

    connect(mTree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (mUpdating || column != 0)
            return;
        const auto layer = gis::MapLayer(item->data(0, kLayerRole).toInt());
        const bool visible = item->checkState(0) == Qt::Checked;
        changeSettings([&](gis::MapSettings &settings) {
            settings.layer(layer).visible = visible;
            // The population layer draws nothing without a choropleth: showing it means choosing one.
            if (layer == gis::MapLayer::Population && visible
                && settings.populationChoropleth == gis::PopulationChoropleth::Off)
                settings.populationChoropleth = gis::PopulationChoropleth::Density;
        });
        syncControls();
    });
    connect(mTree, &QTreeWidget::currentItemChanged, this, &LayersDock::updateMoveButtons);
    connect(mUpButton, &QToolButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = mTree->currentItem())
            moveLayer(gis::MapLayer(item->data(0, kLayerRole).toInt()), 1);
    });
    connect(mDownButton, &QToolButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = mTree->currentItem())
            moveLayer(gis::MapLayer(item->data(0, kLayerRole).toInt()), -1);
    });
    connect(mPopulationCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (mUpdating)
            return;
        const auto choropleth = gis::PopulationChoropleth(mPopulationCombo->currentData().toInt());
        changeSettings([&](gis::MapSettings &settings) {
            settings.populationChoropleth = choropleth;
            // Choosing a choropleth means wanting to see it.
            if (choropleth != gis::PopulationChoropleth::Off)
                settings.layer(gis::MapLayer::Population).visible = true;
        });
        syncControls();
    });
    auto connectCheck = [this](QCheckBox *box, auto member) {
        connect(box, &QCheckBox::toggled, this, [this, member](bool on) {
            if (!mUpdating)
                changeSettings([&](gis::MapSettings &settings) { member(settings) = on; });
        });
    };
    connectCheck(mWardLabels, [](gis::MapSettings &s) -> bool & { return s.labels.wards; });
    connectCheck(mOfficeLabels, [](gis::MapSettings &s) -> bool & { return s.labels.offices; });
    connectCheck(mDistanceLabels, [](gis::MapSettings &s) -> bool & { return s.labels.distances; });
    connectCheck(mCircleLabels, [](gis::MapSettings &s) -> bool & { return s.labels.circles; });
    connectCheck(mDistrictLabels, [](gis::MapSettings &s) -> bool & { return s.labels.schoolDistricts; });
    connectCheck(mSchoolLabels, [](gis::MapSettings &s) -> bool & { return s.labels.schools; });
    connectCheck(mMapLegend, [](gis::MapSettings &s) -> bool & { return s.showLegend; });
    connectCheck(mScaleBar, [](gis::MapSettings &s) -> bool & { return s.showScaleBar; });
    connectCheck(mNorthArrow, [](gis::MapSettings &s) -> bool & { return s.showNorthArrow; });
    connectCheck(mCredits, [](gis::MapSettings &s) -> bool & { return s.showCredits; });

    rebuildTree();
    syncControls();
}

QString LayersDock::layerTitle(gis::MapLayer layer)
{
    switch (layer) {
    case gis::MapLayer::Population: return tr("Population");
    case gis::MapLayer::Wards: return tr("Wards");
    case gis::MapLayer::SchoolDistricts: return tr("School districts");
    case gis::MapLayer::ThresholdCircles: return tr("Distance threshold circles");
    case gis::MapLayer::NearestLines: return tr("Lines to nearest ward office");
    case gis::MapLayer::Schools: return tr("Elementary schools");
    case gis::MapLayer::Offices: return tr("Offices");
    case gis::MapLayer::Impact: return tr("Impact of the scenario");
    }
    return {};
}

bool LayersDock::layerAvailable(gis::MapLayer layer) const
{
    if (!mContent)
        return false;
    switch (layer) {
    case gis::MapLayer::Population: return !mContent->population.empty();
    case gis::MapLayer::Wards: return !mContent->wards.empty();
    case gis::MapLayer::SchoolDistricts: return !mContent->schoolDistricts.empty();
    case gis::MapLayer::ThresholdCircles: return !mContent->thresholdCircles.empty();
    case gis::MapLayer::NearestLines: return !mContent->nearestLines.empty();
    case gis::MapLayer::Schools: return !mContent->schools.empty();
    case gis::MapLayer::Offices: return !mContent->offices.empty();
    case gis::MapLayer::Impact:
        return !mContent->transferLines.empty()
               || std::any_of(mContent->population.begin(), mContent->population.end(),
                              [](const gis::MapPopulationCell &cell) { return cell.beyondThresholdAfter; });
    }
    return false;
}

template<typename Change>
void LayersDock::changeSettings(Change change)
{
    if (!mCanvas)
        return;
    gis::MapSettings settings = mCanvas->mapSettings();
    change(settings);
    mCanvas->setMapSettings(settings);
    updateLegend();
    Q_EMIT mapSettingsChanged();
}

void LayersDock::setContent(std::shared_ptr<const gis::MapContent> content)
{
    mContent = std::move(content);
    rebuildTree();
    syncControls();
}

void LayersDock::rebuildTree()
{
    if (!mCanvas)
        return;
    const gis::MapSettings settings = mCanvas->mapSettings();
    const QVariant current = mTree->currentItem() ? mTree->currentItem()->data(0, kLayerRole) : QVariant();

    mUpdating = true;
    mTree->clear();
    // Top row = drawn last, as in every GIS.
    for (auto it = settings.drawOrder.rbegin(); it != settings.drawOrder.rend(); ++it) {
        const gis::MapLayer layer = *it;
        auto *item = new QTreeWidgetItem(mTree);
        item->setText(0, layerTitle(layer));
        item->setData(0, kLayerRole, int(layer));
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(0, shownAsChecked(settings, layer) ? Qt::Checked : Qt::Unchecked);
        const bool available = layerAvailable(layer);
        if (!available) {
            item->setForeground(0, mTree->palette().brush(QPalette::Disabled, QPalette::Text));
            QString why = tr("No project is open");
            if (mContent)
                why = layer == gis::MapLayer::Impact ? tr("Choose a scenario to see where the closed counters' work "
                                                          "goes and who is beyond the distance guide")
                                                     : tr("The project has no such layer, or it could not be loaded");
            item->setToolTip(0, why);
        }

        auto *slider = new QSlider(Qt::Horizontal);
        slider->setRange(0, 100);
        slider->setValue(int(std::lround(settings.layer(layer).opacity * 100.0)));
        slider->setToolTip(tr("Opacity of %1").arg(layerTitle(layer)));
        slider->setEnabled(available);
        slider->setObjectName(QStringLiteral("opacity%1").arg(int(layer)));
        connect(slider, &QSlider::valueChanged, this, [this, layer](int value) {
            changeSettings([&](gis::MapSettings &s) { s.layer(layer).opacity = value / 100.0; });
        });
        mTree->setItemWidget(item, 1, slider);
        if (current.isValid() && current.toInt() == int(layer))
            mTree->setCurrentItem(item);
    }
    mUpdating = false;
    updateMoveButtons();
    updateLegend();
}

void LayersDock::moveLayer(gis::MapLayer layer, int steps)
{
    changeSettings([&](gis::MapSettings &settings) {
        auto &order = settings.drawOrder;
        const auto it = std::find(order.begin(), order.end(), layer);
        if (it == order.end())
            return;
        const long from = it - order.begin();
        const long to = std::clamp(from + steps, 0L, long(order.size()) - 1);
        if (from == to)
            return;
        order.erase(order.begin() + from);
        order.insert(order.begin() + to, layer);
    });
    rebuildTree();
}

void LayersDock::updateMoveButtons()
{
    QTreeWidgetItem *item = mTree->currentItem();
    const int row = item ? mTree->indexOfTopLevelItem(item) : -1;
    mUpButton->setEnabled(row > 0);
    mDownButton->setEnabled(row >= 0 && row < mTree->topLevelItemCount() - 1);
}

void LayersDock::syncControls()
{
    if (!mCanvas)
        return;
    const gis::MapSettings settings = mCanvas->mapSettings();
    mUpdating = true;
    mPopulationCombo->setCurrentIndex(mPopulationCombo->findData(int(settings.populationChoropleth)));
    mPopulationCombo->setEnabled(layerAvailable(gis::MapLayer::Population));
    mWardLabels->setChecked(settings.labels.wards);
    mOfficeLabels->setChecked(settings.labels.offices);
    mDistanceLabels->setChecked(settings.labels.distances);
    mCircleLabels->setChecked(settings.labels.circles);
    mDistrictLabels->setChecked(settings.labels.schoolDistricts);
    mSchoolLabels->setChecked(settings.labels.schools);
    mMapLegend->setChecked(settings.showLegend);
    mScaleBar->setChecked(settings.showScaleBar);
    mNorthArrow->setChecked(settings.showNorthArrow);
    mCredits->setChecked(settings.showCredits);
    for (int i = 0; i < mTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = mTree->topLevelItem(i);
        const auto layer = gis::MapLayer(item->data(0, kLayerRole).toInt());
        item->setCheckState(0, shownAsChecked(settings, layer) ? Qt::Checked : Qt::Unchecked);
    }
    mUpdating = false;
    updateLegend();
}

void LayersDock::updateLegend()
{
    mLegend->setMap(mContent, mCanvas ? mCanvas->mapSettings() : gis::MapSettings());
}

} // namespace madoguchi::app
