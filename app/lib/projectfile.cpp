#include "app/lib/projectfile.h"

#include "app/lib/projectfileschema.h"

// The reading of a project file is in projectfilereader.cpp, the writing in projectfilewriter.cpp.

// The project file, schema version 1 (UTF-8 JSON; a leading byte-order mark is tolerated):
//
// {
//   "format": "madoguchi-project",          required, exactly this
//   "version": 1,                            required integer, 1 … ProjectFileVersion
//   "name": "熊本市 出張所見直し",              optional string
//   "notes": "…",                            optional string
//   "criteria": {                            optional object
//     "distanceThresholdMeters": 5000,       optional, a positive number (default 5000)
//     "workloadFiscalYear": 2014,            optional 4-digit integer (default: the latest year)
//     "workloadThreshold": 20000,            optional number >= 0: transactions per fiscal year at or
//                                            below which a branch office within the distance guide is
//                                            a candidate for closure (the recommendation)
//     "catchmentThreshold": 50000            optional number >= 0: catchment residents, used instead
//                                            when the offices table has no workload for the year
//   },
//   "scenarios": [                           optional list; names unique and non-empty
//     {
//       "name": "2016年方針",                  required non-empty string
//       "description": "…",                  optional string
//       "decisions": {"br_oe": "close", …},  optional object: branch office id -> keep |
//                                            service_corner | close | upgrade (Japanese terms such as
//                                            廃止 are read too; written as the English key); an office
//                                            left out keeps its counter
//       "notes": {"br_oe": "…", …}           optional object: office id -> the planner's note
//     }
//   ],
//   "growingSchoolDistricts": ["…", …],      optional list of school-district names expected to grow
//   "importedWorkload": {                    optional: counts imported into the project
//     "sources": ["counts_h26.csv", …],      optional list of the files they came from
//     "counts": {"br_oe": {"2014": 12345, "2015": null}, …}
//                                            office id -> 4-digit fiscal year -> a count >= 0, or null
//                                            for a known-empty cell (missing, not zero)
//   },
//   "credits": ["出典：…", …],                 optional array of strings
//   "displayCrs": "EPSG:6680",               optional: the map projection, a JGD2011 plane
//                                            rectangular zone (EPSG:6669 … 6687) or a UTM zone
//                                            (gis::DisplayCrs::fromEpsg); missing = the zone the
//                                            MLIT notice assigns to the wards' municipalities
//   "layers": {                              required object; "offices" is required
//     "<role>": {                            wards | schoolDistricts | schools | population | offices
//       "path": "data/wards.shp",            required non-empty string: relative to this file's
//                                            folder (or a data search folder), or absolute
//       "layer": "…",                        optional string: layer inside a multi-layer source
//       "encoding": "CP932",                 optional: CP932 (Shift_JIS, SJIS, Windows-31J, MS932)
//                                            or UTF-8 (UTF8); stored as "CP932" or "UTF-8"
//       "crs": "EPSG:6670",                  optional non-empty string, for sources without a CRS
//       "approximate": true,                 optional boolean
//       "fields": {                          optional object of attribute names (strings):
//         "name", "code", "population", "population65", "id", "nameEn", "kind", "ward",
//         "address", "latitude", "longitude", "x", "y", "decision",
//         "workload": { "2014": "fy2014_count", … }   fiscal year (4 digits) -> column
//       }
//     }
//   }
// }
//
// A null value is the same as a missing key. Unknown keys are ignored so that a file written by a
// later release of the same version still opens; an unknown layer role is an error, because silently
// dropping a layer would change the analysis.

namespace madoguchi::app {

const std::array<FieldKey, 14> &fieldKeys()
{
    static const std::array<FieldKey, 14> keys{{
        {"name", &FieldMapping::name},
        {"code", &FieldMapping::code},
        {"population", &FieldMapping::population},
        {"population65", &FieldMapping::population65},
        {"id", &FieldMapping::id},
        {"nameEn", &FieldMapping::nameEn},
        {"kind", &FieldMapping::kind},
        {"ward", &FieldMapping::ward},
        {"address", &FieldMapping::address},
        {"latitude", &FieldMapping::latitude},
        {"longitude", &FieldMapping::longitude},
        {"x", &FieldMapping::x},
        {"y", &FieldMapping::y},
        {"decision", &FieldMapping::decision},
    }};
    return keys;
}

} // namespace madoguchi::app
