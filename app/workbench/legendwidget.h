#pragma once

#include "gis/legend.h"
#include "gis/mapcontent.h"
#include "gis/mapsettings.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace madoguchi::app {

// The legend of the map in the layers dock: the legend model's entries (gis::mapLegend) for what the
// map shows, under a heading per group, in the interface's language, each symbol drawn by
// gis::paintLegendSymbol — the painter of the map's own legend — in the map settings' style, so that
// the dock and an exported map always show the same symbol and colour for the same thing.
class LegendWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LegendWidget(QWidget *parent = nullptr);

    // `content` may be null (no project: the legend is empty).
    void setMap(std::shared_ptr<const gis::MapContent> content, const gis::MapSettings &settings);

    // The entries' texts with the group headings, top to bottom (for tests and accessibility).
    QStringList entryTexts() const;
    // The model's entries shown (without the group headings).
    const std::vector<gis::LegendEntry> &entries() const { return mEntries; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // One row: a group heading (entry null) or an entry.
    struct Row
    {
        QString heading;
        const gis::LegendEntry *entry = nullptr;
    };

    void rebuild();
    std::vector<Row> rows() const;
    double pixelsPerPoint() const;
    int rowHeight(const Row &row, bool first) const;

    std::shared_ptr<const gis::MapContent> mContent;
    gis::MapSettings mSettings;
    std::vector<gis::LegendEntry> mEntries;
};

} // namespace madoguchi::app
