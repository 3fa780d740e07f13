#pragma once

// Private to MapCanvas (mapcanvas.cpp and mapcanvasinteraction.cpp).

namespace madoguchi::app {

// One step of zoom: the keys, zoomIn() and zoomOut(), a click of the zoom tool.
inline constexpr double kStepZoomFactor = 2.0;

} // namespace madoguchi::app
