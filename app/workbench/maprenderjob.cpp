#include "app/workbench/maprenderjob.h"

#include "core/diagnostic.h"
#include "gis/maprenderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPainter>

#include <cmath>
#include <exception>

namespace madoguchi::app {

MapRenderJob::MapRenderJob(quint64 generation, std::shared_ptr<const gis::MapContent> content,
                           const gis::MapSettings &settings, double devicePixelRatio,
                           std::shared_ptr<const Feedback> feedback, std::shared_ptr<MapRenderChannel> channel)
    : mGeneration(generation)
    , mContent(std::move(content))
    , mSettings(settings)
    , mDevicePixelRatio(devicePixelRatio)
    , mFeedback(std::move(feedback))
    , mChannel(std::move(channel))
{
    setAutoDelete(true);
}

void MapRenderJob::run()
{
    MapRenderResult result;
    if (!mFeedback->isCancelled())
        result = render(*mContent, mSettings, mDevicePixelRatio, mFeedback.get());
    result.generation = mGeneration;
    result.settings = mSettings;
    mChannel->deliver(std::move(result));
}

MapRenderResult MapRenderJob::render(const gis::MapContent &content, const gis::MapSettings &settings,
                                     double devicePixelRatio, const Feedback *feedback)
{
    MapRenderResult result;
    result.settings = settings;
    QElapsedTimer timer;
    timer.start();
    const QSize deviceSize(int(std::lround(settings.outputSize.width() * devicePixelRatio)),
                           int(std::lround(settings.outputSize.height() * devicePixelRatio)));
    if (deviceSize.isEmpty())
        return result;
    QImage image(deviceSize, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        result.error = QCoreApplication::translate("madoguchi::app::MapCanvas",
                                                  "Not enough memory for a %1 x %2 pixel map image.")
                           .arg(deviceSize.width())
                           .arg(deviceSize.height());
        return result;
    }
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(settings.backgroundColor);
    try {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        result.complete = gis::MapRenderer::render(painter, content, settings, feedback);
    } catch (const InputError &error) {
        result.error = error.diagnostic().toString();
    } catch (const std::exception &error) {
        result.error = QString::fromUtf8(error.what());
    }
    result.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    if (result.complete)
        result.image = std::move(image);
    return result;
}

} // namespace madoguchi::app
