# Translations (Qt Linguist), included from app/CMakeLists.txt once the madoguchi_app target exists.
#
# The build only runs lrelease: the .ts files are compiled to .qm and embedded in the workbench's
# resources under :/i18n (madoguchi_ja.qm, madoguchi_en.qm) of the application library (so the command
# line has them without the workbench), which installTranslators() loads. A normal
# build never rewrites the .ts files. Developers refresh them from the sources with
#
#   cmake --build <build dir> --target update_translations
#
# then translate the new entries (Qt Linguist, or by editing madoguchi_ja.ts) and commit the .ts files.
#
# lupdate scans every library, not only the workbench's own sources, so that the messages of the
# application library and the GIS layer (loading, the command line) are translated too.
file(GLOB MADOGUCHI_TRANSLATABLE_SOURCES CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/app/workbench/*.cpp ${PROJECT_SOURCE_DIR}/app/workbench/*.h
  ${PROJECT_SOURCE_DIR}/app/figures/*.cpp ${PROJECT_SOURCE_DIR}/app/figures/*.h
  ${PROJECT_SOURCE_DIR}/app/lib/*.cpp ${PROJECT_SOURCE_DIR}/app/lib/*.h
  ${PROJECT_SOURCE_DIR}/app/cli/*.cpp ${PROJECT_SOURCE_DIR}/app/cli/*.h
  ${PROJECT_SOURCE_DIR}/gis/*.cpp ${PROJECT_SOURCE_DIR}/gis/*.h
  ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h)

qt_add_translations(madoguchi_app
  TS_FILES
    ${PROJECT_SOURCE_DIR}/resources/translations/madoguchi_ja.ts
    ${PROJECT_SOURCE_DIR}/resources/translations/madoguchi_en.ts
  SOURCES ${MADOGUCHI_TRANSLATABLE_SOURCES}
  INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}
  RESOURCE_PREFIX /i18n
  # Locations as line numbers relative to the previous entry keep the diffs of a refresh small; entries
  # whose source text is gone are dropped instead of piling up as obsolete.
  LUPDATE_OPTIONS -no-obsolete -locations relative)
