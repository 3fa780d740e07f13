#include "gis/rendercontext.h"

#include "gis/officesymbol.h"
#include "gis/pathsimplification.h"

#include "core/feedback.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>

namespace madoguchi::gis {

bool isCancelled(const Feedback *feedback)
{
    return feedback && feedback->isCancelled();
}

int kindRank(OfficeKind kind)
{
    switch (kind) {
    case OfficeKind::WardOffice:
        return 2;
    case OfficeKind::GeneralBranch:
        return 1;
    case OfficeKind::Branch:
        return 0;
    }
    return 0;
}

// --- TextMaker -----------------------------------------------------------------------------------

TextMaker::TextMaker(const QString &family, bool forTextDevice)
{
    for (QFont *font : {&mRegular, &mBold}) {
        font->setFamily(family);
        font->setPixelSize(kReferencePixels);
        font->setHintingPreference(QFont::PreferNoHinting);
        font->setStyleStrategy(forTextDevice ? QFont::StyleStrategy(QFont::ForceOutline | QFont::PreferNoShaping)
                                             : QFont::ForceOutline);
    }
    mBold.setWeight(QFont::Bold);
}

QPainterPath TextMaker::path(const QString &text, double pixelSize, bool bold) const
{
    const QFont &font = bold ? mBold : mRegular;
    QPainterPath outline;
    outline.addText(QPointF(0, QFontMetricsF(font).ascent()), font, text);
    const double scale = pixelSize / kReferencePixels;
    return QTransform::fromScale(scale, scale).map(outline);
}

QSizeF TextMaker::size(const QString &text, double pixelSize, bool bold) const
{
    const QFontMetricsF metrics(bold ? mBold : mRegular);
    const double scale = pixelSize / kReferencePixels;
    // Noto Sans CJK's ascent and descent leave room for accents above Latin capitals; the box is
    // trimmed to 1.25 em so neighbouring labels can sit closer without touching.
    const double height = std::min(metrics.ascent() + metrics.descent(), kReferencePixels * 1.25);
    return QSizeF(metrics.horizontalAdvance(text) * scale, height * scale);
}

void TextMaker::draw(QPainter &painter, const QString &text, const QPointF &topLeft, double pixelSize, bool bold,
                     const QColor &color) const
{
    const QFont &font = bold ? mBold : mRegular;
    const double scale = pixelSize / kReferencePixels;
    painter.save();
    painter.translate(topLeft);
    painter.scale(scale, scale);
    painter.setFont(font);
    painter.setPen(color);
    painter.setBrush(Qt::NoBrush);
    painter.drawText(QPointF(0, QFontMetricsF(font).ascent()), text);
    painter.restore();
}

double TextMaker::trimOffset(double pixelSize, bool bold) const
{
    const QFontMetricsF metrics(bold ? mBold : mRegular);
    const double excess = metrics.ascent() + metrics.descent() - kReferencePixels * 1.25;
    return std::max(0.0, excess) / 2.0 * pixelSize / kReferencePixels;
}

// --- RenderContext -------------------------------------------------------------------------------

RenderContext::RenderContext(QPainter &painter, const MapContent &content, const MapSettings &settings,
                             const Feedback *feedback)
    : painter(painter)
    , content(content)
    , settings(settings)
    , style(settings.style)
    , feedback(feedback)
    , textAsText(keepsText(painter))
    , textMaker(settings.style.fontFamily, textAsText)
    , visibleExtent(settings.visibleExtent())
    , worldToScreen(settings.mapToScreen())
    , base(painter.transform())
    , output(QPointF(0, 0), QSizeF(settings.outputSize))
    , pixelsPerMeter(visibleExtent.isNull() ? 0.0 : double(settings.outputSize.width()) / visibleExtent.width())
    , pixelsPerPoint(settings.pixelsPerPoint())
    , rasterLabels(painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster
                   && base.type() <= QTransform::TxTranslate)
    , devicePixelRatio(painter.device() ? painter.device()->devicePixelRatioF() : 1.0)
{
}

bool RenderContext::keepsText(const QPainter &painter)
{
    const QPaintEngine *engine = painter.paintEngine();
    if (!engine)
        return false;
    const QPaintEngine::Type type = engine->type();
    return type == QPaintEngine::Pdf || type == QPaintEngine::SVG || type == QPaintEngine::Picture;
}

void RenderContext::useScreenCoordinates() const
{
    painter.setTransform(base);
}

bool RenderContext::visible(MapLayer layer) const
{
    const LayerSettings &layerSettings = settings.layer(layer);
    return layerSettings.visible && layerSettings.opacity > 0.0;
}

QPainterPath RenderContext::screenPath(const QPainterPath &mapPath) const
{
    return gis::screenPath(mapPath, worldToScreen, output, px(20));
}

double RenderContext::officeRadius(const MapOffice &office) const
{
    return officeSymbolRadius(style, office.kind, pixelsPerPoint);
}

double RenderContext::scaleDenominator() const
{
    if (!mScaleDenominator)
        mScaleDenominator = settings.scaleDenominator(content.crs);
    return *mScaleDenominator;
}

void RenderContext::drawText(const QString &text, const QPointF &topLeft, double pixelSize, bool bold,
                             const QColor &color) const
{
    const QPointF origin(topLeft.x(), topLeft.y() - textMaker.trimOffset(pixelSize, bold));
    if (textAsText) {
        textMaker.draw(painter, text, origin, pixelSize, bold, color);
        return;
    }
    painter.fillPath(textMaker.path(text, pixelSize, bold).translated(origin), color);
}

void RenderContext::drawTextWithHalo(const QString &text, const QPainterPath &outline, const QPointF &origin,
                                     double pixelSize, bool bold, const QColor &color, const QPen &haloPen) const
{
    painter.strokePath(outline, haloPen);
    if (textAsText)
        textMaker.draw(painter, text, origin, pixelSize, bold, color);
    else
        painter.fillPath(outline, color);
}

} // namespace madoguchi::gis
