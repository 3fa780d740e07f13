#include "app/workbench/legendwidget.h"

#include "app/lib/languagesettings.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace madoguchi::app {

namespace {

constexpr int kMargin = 6;
constexpr int kGap = 8;

} // namespace

LegendWidget::LegendWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void LegendWidget::setMap(std::shared_ptr<const gis::MapContent> content, const gis::MapSettings &settings)
{
    mContent = std::move(content);
    mSettings = settings;
    rebuild();
}

void LegendWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void LegendWidget::rebuild()
{
    mEntries = mContent ? gis::mapLegend(*mContent, mSettings, interfaceLanguage()) : std::vector<gis::LegendEntry>();
    updateGeometry();
    update();
}

std::vector<LegendWidget::Row> LegendWidget::rows() const
{
    std::vector<Row> rows;
    const Language language = interfaceLanguage();
    for (std::size_t i = 0; i < mEntries.size(); ++i) {
        const gis::LegendEntry &entry = mEntries[i];
        // The population choropleth's own heading names the measure; the other groups get theirs.
        if ((i == 0 || mEntries[i - 1].group != entry.group) && entry.symbol != gis::LegendSymbol::Heading)
            rows.push_back({gis::legendGroupName(entry.group, language), nullptr});
        rows.push_back({QString(), &entry});
    }
    return rows;
}

QStringList LegendWidget::entryTexts() const
{
    QStringList texts;
    for (const Row &row : rows())
        texts << (row.entry ? row.entry->text : row.heading);
    return texts;
}

double LegendWidget::pixelsPerPoint() const
{
    return logicalDpiY() / 72.0;
}

int LegendWidget::rowHeight(const Row &row, bool first) const
{
    const int text = fontMetrics().height();
    const bool heading = !row.entry || row.entry->symbol == gis::LegendSymbol::Heading;
    const int symbol = row.entry ? int(std::ceil(gis::legendSymbolHeight(*row.entry, mSettings.style, pixelsPerPoint())))
                                 : 0;
    return std::max(text, symbol) + 4 + (heading && !first ? 6 : 0);
}

static int symbolWidthPixels(double pixelsPerPoint)
{
    return int(std::ceil(gis::kLegendSymbolWidthPoints * pixelsPerPoint));
}

QSize LegendWidget::sizeHint() const
{
    int height = 2 * kMargin;
    int width = 0;
    const std::vector<Row> all = rows();
    const int symbolWidth = symbolWidthPixels(pixelsPerPoint());
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Row &row = all[i];
        height += rowHeight(row, i == 0);
        const bool heading = !row.entry || row.entry->symbol == gis::LegendSymbol::Heading;
        QFont font = this->font();
        font.setBold(heading);
        const int indent = heading ? 0 : symbolWidth + kGap;
        width = std::max(width, indent + QFontMetrics(font).horizontalAdvance(row.entry ? row.entry->text : row.heading));
    }
    if (all.empty())
        height += fontMetrics().height();
    return QSize(width + 2 * kMargin, height);
}

QSize LegendWidget::minimumSizeHint() const
{
    return QSize(symbolWidthPixels(pixelsPerPoint()) * 3, sizeHint().height());
}

void LegendWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const double ppp = pixelsPerPoint();

    const std::vector<Row> all = rows();
    if (all.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignLeft | Qt::AlignTop,
                         tr("No map"));
        return;
    }

    QFont headingFont = font();
    headingFont.setBold(true);
    const int symbolWidth = symbolWidthPixels(ppp);
    int y = kMargin;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Row &row = all[i];
        const int height = rowHeight(row, i == 0);
        const QRect box(kMargin, y, width() - 2 * kMargin, height);
        painter.setPen(palette().color(QPalette::WindowText));
        if (!row.entry || row.entry->symbol == gis::LegendSymbol::Heading) {
            painter.setFont(headingFont);
            painter.drawText(QRect(box.left(), box.bottom() - fontMetrics().height() - 2, box.width(),
                                   fontMetrics().height() + 2),
                             Qt::AlignLeft | Qt::AlignVCenter, row.entry ? row.entry->text : row.heading);
            painter.setFont(font());
        } else {
            gis::paintLegendSymbol(painter, *row.entry, QRectF(box.left(), box.top(), symbolWidth, box.height()),
                                   mSettings.style, ppp);
            const int left = box.left() + symbolWidth + kGap;
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(QRect(left, box.top(), box.right() - left, box.height()), Qt::AlignLeft | Qt::AlignVCenter,
                             row.entry->text);
        }
        y += height;
    }
}

} // namespace madoguchi::app
