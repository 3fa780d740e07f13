# The layering of the sources, as a test (cmake -DSOURCE_DIR=<root> -P check_layering.cmake):
#
#   core            the domain: offices, distances, evaluation, impact            (includes nothing above)
#   gis             formats, projections, geometry, map content and rendering     (core)
#   app/lib         the project, the analysis pipeline, tables and page export    (core, gis)
#   app/figures     the correlation and impact figures and the report             (core, gis, app/lib)
#   app/cli         madoguchi-cli                                                 (core, gis, app/lib, app/figures)
#   app/workbench   the desktop application                                       (everything below it)
#
# A file that includes a folder its layer may not use fails the test, named with the include.

if(NOT SOURCE_DIR)
  message(FATAL_ERROR "check_layering: set -DSOURCE_DIR=<the source tree>")
endif()

# layer;folders it must not include
set(rules
  "core|gis/ app/"
  "gis|app/"
  "app/lib|app/figures/ app/cli/ app/workbench/"
  "app/figures|app/cli/ app/workbench/"
  "app/cli|app/workbench/")

set(violations "")
set(checked 0)
foreach(rule IN LISTS rules)
  string(REPLACE "|" ";" parts "${rule}")
  list(GET parts 0 layer)
  list(GET parts 1 forbidden)
  string(REPLACE " " ";" forbidden "${forbidden}")
  file(GLOB_RECURSE sources "${SOURCE_DIR}/${layer}/*.h" "${SOURCE_DIR}/${layer}/*.cpp" "${SOURCE_DIR}/${layer}/*.in")
  foreach(source IN LISTS sources)
    math(EXPR checked "${checked} + 1")
    file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]")
    foreach(line IN LISTS includes)
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[\"<]([^\">]*)[\">].*$" "\\1" included "${line}")
      foreach(folder IN LISTS forbidden)
        string(FIND "${included}" "${folder}" at)
        if(at EQUAL 0)
          file(RELATIVE_PATH relative "${SOURCE_DIR}" "${source}")
          string(APPEND violations "  ${relative} includes ${included} (${layer} may not use ${folder})\n")
        endif()
      endforeach()
    endforeach()
  endforeach()
endforeach()

if(checked EQUAL 0)
  message(FATAL_ERROR "check_layering: no sources under ${SOURCE_DIR}")
endif()
if(violations)
  message(FATAL_ERROR "The layering is broken:\n${violations}"
                      "Move the code to the layer that may use it (see tests/layering/check_layering.cmake).")
endif()
message(STATUS "check_layering: ${checked} files keep to their layers")
