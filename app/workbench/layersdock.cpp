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
#include <initializer_list>

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


QTreeWidget *newLayerTree()
{
    auto *tree = new QTreeWidget;
    tree->setObjectName(QStringLiteral("layerTree"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({LayersDock::tr("Layer"), LayersDock::tr("Opacity")});
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::Fixed);
    tree->header()->resizeSection(1, 64);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    return tree;
}

QToolButton *newMoveButton(const QString &objectName, const QIcon &icon, const QString &toolTip)
{
    auto *button = new QToolButton;
    button->setObjectName(objectName);
    button->setIcon(icon);
    button->setToolTip(toolTip);
    return button;
}

QComboBox *newPopulationCombo()
{
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("populationChoropleth"));
    combo->addItem(LayersDock::tr("Not shown"), int(gis::PopulationChoropleth::Off));
    combo->addItem(LayersDock::tr("Density (residents/km²)"), int(gis::PopulationChoropleth::Density));
    combo->addItem(LayersDock::tr("Share aged 65+ (%)"), int(gis::PopulationChoropleth::Share65));
    combo->setToolTip(LayersDock::tr("Colours the population cells; the ward fills are then left out"));
    return combo;
}

// Check boxes in two columns, in reading order.
QGroupBox *newCheckBoxGroup(const QString &title, std::initializer_list<QCheckBox *> boxes)
{
    auto *group = new QGroupBox(title);
    auto *layout = new QGridLayout(group);
    int index = 0;
    for (QCheckBox *box : boxes) {
        layout->addWidget(box, index / 2, index % 2);
        ++index;
    }
    return group;
}

// The legend under its title, scrolling when it is taller than the space left for it.
QWidget *newLegendBox(LegendWidget *legend)
{
    auto *legendScroll = new QScrollArea;
    legendScroll->setWidget(legend);
    legendScroll->setWidgetResizable(true);
    legendScroll->setBackgroundRole(QPalette::Base);
    auto *legendBox = new QWidget;
    auto *legendLayout = new QVBoxLayout(legendBox);
    legendLayout->setContentsMargins(4, 0, 4, 4);
    auto *legendTitle = new QLabel(LayersDock::tr("Legend"));
    QFont titleFont = legendTitle->font();
    titleFont.setBold(true);
    legendTitle->setFont(titleFont);
    legendLayout->addWidget(legendTitle);
    legendLayout->addWidget(legendScroll, 1);
    return legendBox;
}

} // namespace

LayersDock::LayersDock(MapCanvas *canvas, QWidget *parent) : QDockWidget(tr("Layers"), parent), mCanvas(canvas)
{
    setObjectName(QStringLiteral("layersDock"));

    auto *layersPage = new QWidget;
    auto *layout = new QVBoxLayout(layersPage);
    layout->setContentsMargins(4, 4, 4, 4);

    mTree = newLayerTree();
    layout->addWidget(mTree, 1);

    auto *buttons = new QHBoxLayout;
    mUpButton = newMoveButton(QStringLiteral("moveLayerUp"), style()->standardIcon(QStyle::SP_ArrowUp),
                              tr("Move the layer up (drawn above the layers below it)"));
    mDownButton = newMoveButton(QStringLiteral("moveLayerDown"), style()->standardIcon(QStyle::SP_ArrowDown),
                                tr("Move the layer down"));
    buttons->addWidget(mUpButton);
    buttons->addWidget(mDownButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto *populationForm = new QFormLayout;
    mPopulationCombo = newPopulationCombo();
    populationForm->addRow(tr("Population:"), mPopulationCombo);
    layout->addLayout(populationForm);

    mWardLabels = new QCheckBox(tr("Ward names"));
    mOfficeLabels = new QCheckBox(tr("Office names"));
    mDistanceLabels = new QCheckBox(tr("Distances"));
    mCircleLabels = new QCheckBox(tr("Circle radius"));
    mDistrictLabels = new QCheckBox(tr("School districts"));
    mSchoolLabels = new QCheckBox(tr("Schools"));
    layout->addWidget(newCheckBoxGroup(
        tr("Labels"), {mWardLabels, mOfficeLabels, mDistanceLabels, mCircleLabels, mDistrictLabels, mSchoolLabels}));

    mMapLegend = new QCheckBox(tr("Legend"));
    mScaleBar = new QCheckBox(tr("Scale bar"));
    mNorthArrow = new QCheckBox(tr("North arrow"));
    mCredits = new QCheckBox(tr("Sources (出典)"));
    layout->addWidget(newCheckBoxGroup(tr("On the map"), {mMapLegend, mScaleBar, mNorthArrow, mCredits}));

    mLegend = new LegendWidget;
    mLegend->setObjectName(QStringLiteral("legend"));
    mLegend->setAutoFillBackground(true);
    mLegend->setBackgroundRole(QPalette::Base);

    // The layers and their controls scroll too, so that the dock (and the window) fits a small screen.
    auto *layersScroll = new QScrollArea;
    layersScroll->setWidget(layersPage);
    layersScroll->setWidgetResizable(true);
    layersScroll->setFrameShape(QFrame::NoFrame);
    layersScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(layersScroll);
    splitter->addWidget(newLegendBox(mLegend));
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setWidget(splitter);

    connectControls();
    rebuildTree();
    syncControls();
}

// The controls change the canvas's settings; syncControls shows them back.
void LayersDock::connectControls()
{
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
