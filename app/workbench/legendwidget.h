#pragma once

#include "gis/mapcontent.h"
#include "gis/mapsettings.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace madoguchi::app {

// The legend of the map in the layers dock: the office symbol per kind, the colour per decision, the
// threshold circle, the nearest-ward-office lines, a scenario's impact (the closed counters' transfer
// arrows and the hatched cells beyond the distance guide after it, while the impact layer is on and the
// content has them), the ward and school-district outlines and, when the population choropleth is on,
// its classes. Drawn with QPainter in the colours and symbols of the map settings' gis::MapStyle, so it
// always matches the map; only entries for what the map shows appear.
class LegendWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LegendWidget(QWidget *parent = nullptr);

    // `content` may be null (no project: the legend is empty).
    void setMap(std::shared_ptr<const gis::MapContent> content, const gis::MapSettings &settings);

    // The entries' texts, top to bottom (for tests and accessibility).
    QStringList entryTexts() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Symbol { Heading, Office, Decision, Fill, Circle, Line, DashedLine, School, Arrow, Hatch };
    struct Entry
    {
        Symbol symbol = Symbol::Heading;
        QString text;
        QColor color;
        gis::OfficeSymbol office;
        double lineWidthPoints = 1.0;
    };

    void rebuild();
    double pixelsPerPoint() const;
    int rowHeight(const Entry &entry) const;

    std::shared_ptr<const gis::MapContent> mContent;
    gis::MapSettings mSettings;
    std::vector<Entry> mEntries;
};

} // namespace madoguchi::app
