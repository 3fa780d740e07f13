#pragma once

#include <QIcon>

namespace madoguchi::app {

// Icons of the workbench's map actions, drawn with QPainter at the sizes a toolbar and a menu ask for,
// so the application needs no icon files and stays sharp at any device pixel ratio. File actions use
// the style's standard icons instead.
namespace actionicons {

QIcon zoomIn();
QIcon zoomOut();
QIcon fullExtent();
QIcon zoomToSelection();
QIcon pan();
QIcon zoomBox();
QIcon select();
QIcon identify();
// Optimise Closures: a frontier (harm rising with the counters closed), its best points marked.
QIcon optimiseClosures();

} // namespace actionicons

} // namespace madoguchi::app
