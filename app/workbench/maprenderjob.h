#pragma once

#include "gis/mapcontent.h"
#include "gis/mapsettings.h"

#include <QImage>
#include <QRunnable>
#include <QString>

#include "core/feedback.h"
#include <functional>
#include <memory>
#include <mutex>

namespace madoguchi::app {

// What a render job hands back to the canvas.
struct MapRenderResult
{
    quint64 generation = 0;     // the request it answers; the canvas drops outdated ones
    QImage image;               // null unless complete
    gis::MapSettings settings;  // the view the image shows (outputSize in logical pixels)
    double milliseconds = 0.0;
    bool complete = false;      // false: cancelled or failed
    QString error;              // why it failed; empty when it was cancelled or complete
};

// The way back from a worker thread to the canvas. The canvas owns one and shares it with its jobs;
// its destructor calls disconnect(), after which finished jobs deliver nothing, so a job never
// touches a destroyed canvas. deliver() only queues work for the GUI thread (it must not block).
struct MapRenderChannel
{
    using Receiver = std::function<void(MapRenderResult &&result)>;

    explicit MapRenderChannel(Receiver receiver) : mReceiver(std::move(receiver)) {}

    void deliver(MapRenderResult &&result)
    {
        std::lock_guard<std::mutex> lock(mMutex);
        if (mReceiver)
            mReceiver(std::move(result));
    }
    void disconnect()
    {
        std::lock_guard<std::mutex> lock(mMutex);
        mReceiver = nullptr;
    }

private:
    std::mutex mMutex;
    Receiver mReceiver;
};

// One render of the map into an image, run on a worker thread (QThreadPool deletes it when done).
// Owns everything it reads: the content is shared read-only, the settings are a copy, so the GUI
// thread may change its view or drop the content while the job runs. Stops early when `feedback` is cancelled.
class MapRenderJob : public QRunnable
{
public:
    MapRenderJob(quint64 generation, std::shared_ptr<const gis::MapContent> content,
                 const gis::MapSettings &settings, double devicePixelRatio,
                 std::shared_ptr<const Feedback> feedback, std::shared_ptr<MapRenderChannel> channel);

    void run() override;

    // Renders synchronously into a new ARGB32 premultiplied image of outputSize × devicePixelRatio
    // device pixels (its devicePixelRatio set, so the renderer works in logical pixels). The result's
    // generation is left 0. Exceptions from the renderer become a result with an error.
    static MapRenderResult render(const gis::MapContent &content, const gis::MapSettings &settings,
                                  double devicePixelRatio, const Feedback *feedback);

private:
    quint64 mGeneration;
    std::shared_ptr<const gis::MapContent> mContent;
    gis::MapSettings mSettings;
    double mDevicePixelRatio;
    std::shared_ptr<const Feedback> mFeedback;
    std::shared_ptr<MapRenderChannel> mChannel;
};

} // namespace madoguchi::app
