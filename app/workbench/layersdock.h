#pragma once

#include "gis/mapcontent.h"
#include "gis/mapsettings.h"

#include <QDockWidget>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace madoguchi::app {

class LegendWidget;
class MapCanvas;

// The layers of the map and its legend. Lists the map layers top to bottom as they are drawn (the top
// row is drawn last), each with a visibility check box and an opacity slider, and buttons that move
// the selected layer up or down the draw order; chooses what the population layer shows (density or
// the share of residents aged 65+, or nothing); switches labels and map furniture. Every change is
// applied to the canvas's map settings at once. Layers the project does not have are listed disabled;
// so is the impact layer (off by default) until the content shows a scenario's impact.
class LayersDock : public QDockWidget
{
    Q_OBJECT

public:
    // `canvas` must outlive the dock or be destroyed with the same window.
    explicit LayersDock(MapCanvas *canvas, QWidget *parent = nullptr);

    // The map content shown (null: no project). Updates which layers are available and the legend.
    void setContent(std::shared_ptr<const gis::MapContent> content);

    // For tests: the layer rows (each row's data(0, Qt::UserRole) is its gis::MapLayer as int), the
    // legend and the draw-order buttons.
    QTreeWidget *layerTree() const { return mTree; }
    LegendWidget *legend() const { return mLegend; }
    // Moves the layer one step up (drawn later) or down the draw order.
    void moveLayer(gis::MapLayer layer, int steps);

Q_SIGNALS:
    // The dock changed the canvas's map settings.
    void mapSettingsChanged();

private:
    void connectControls();
    static QString layerTitle(gis::MapLayer layer);
    bool layerAvailable(gis::MapLayer layer) const;
    void rebuildTree();
    void syncControls();
    void updateLegend();
    void updateMoveButtons();
    // Reads the canvas's settings, lets `change` edit them and hands them back.
    template<typename Change>
    void changeSettings(Change change);

    QPointer<MapCanvas> mCanvas;
    std::shared_ptr<const gis::MapContent> mContent;
    QTreeWidget *mTree = nullptr;
    QToolButton *mUpButton = nullptr;
    QToolButton *mDownButton = nullptr;
    QComboBox *mPopulationCombo = nullptr;
    QCheckBox *mWardLabels = nullptr;
    QCheckBox *mOfficeLabels = nullptr;
    QCheckBox *mDistanceLabels = nullptr;
    QCheckBox *mCircleLabels = nullptr;
    QCheckBox *mDistrictLabels = nullptr;
    QCheckBox *mSchoolLabels = nullptr;
    QCheckBox *mMapLegend = nullptr;
    QCheckBox *mScaleBar = nullptr;
    QCheckBox *mNorthArrow = nullptr;
    QCheckBox *mCredits = nullptr;
    LegendWidget *mLegend = nullptr;
    bool mUpdating = false;
};

} // namespace madoguchi::app
