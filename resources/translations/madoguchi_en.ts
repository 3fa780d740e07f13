<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Cli</name>
        <message>
            <location filename="../../app/lib/cli.cpp" line="+45" />
            <source>Usage: madoguchi-cli COMMAND [OPTIONS]

Evaluates the branch offices (出張所) of a Madoguchi project against the policy's criteria.

Commands:
  evaluate PROJECT   one row per branch office: the nearest ward office and the geodesic
                     distance to it, the own ward's office, the threshold test, the ward and
                     school district at the site, and the catchment population; with
                     --scenario NAME also the scenario's decision, the recommendation and
                     its reasons, the receiving counter and the impact
  scenarios PROJECT  the project's scenarios: name, decisions per kind, description

Run 'madoguchi-cli COMMAND --help' for a command's options.
  --help       show this help
  --version    show the version

Exit status: 0 success, 1 bad input (the message says what is wrong), 2 usage error.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>A folder in which to look for layer files that are not found relative to the project file (repeatable; also MADOGUCHI_DATA_PATH).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>DIR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The coordinate reference system of a layer that has none (no .prj), e.g. wards=EPSG:6668 (repeatable). Roles: wards, schoolDistricts, schools, population, offices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>ROLE=CRS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The text encoding of a layer, overriding .cpg and detection, e.g. wards=CP932 (repeatable).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>ROLE=ENCODING</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Evaluate without the optional layers that cannot be found or read, instead of failing (the offices table is always required).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Print only warnings and errors on standard error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>--%1 expects ROLE=VALUE with ROLE one of wards, schoolDistricts, schools, population, offices; got "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <source>Branch office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Ward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Nearest ward office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Distance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Within %1 km</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Catchment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Receiving counter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 km</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%L1 residents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>%1 branch offices evaluated; %2 within %3 km of a ward office (%4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The offices table has no workload (受付件数) columns: workload is not evaluated. Add per-fiscal-year count columns (e.g. fy2014_count or 平成26年度) when the counts are available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Catchments: %L1 residents in %2 population cells assigned to their nearest counter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>School districts are APPROXIMATE (%1): not the official 校区.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>--%1 expects a number of zero or more, got "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>the project has no scenario "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the project has no scenarios: add them to its "scenarios" list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>choose one of: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Scenario %1: %2 of %3 branch office counters closed (%4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Recommendation: %1 candidate, %2 keep, %3 undetermined.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>%1 workload: %L2 transactions before, %L3 after; at the ward offices %L4 → %L5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1 workload: not totalled, some counts are missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Catchment residents: %L1 before, %L2 after; at the ward offices %L3 → %L4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Residents farther than %1 km from the nearest open counter: %L2 before → %L3 after; aged 65+: %L4 → %L5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Residents beyond the guide are not counted: the project has no population layer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>warning: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>error: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Evaluates every branch office of PROJECT: the nearest ward office of any ward and of its own ward with the geodesic distance (GRS80 ellipsoid, metres), whether it is within the threshold, the ward and school district containing it, and the residents for whom it is the nearest counter when the project has a population layer. Writes CSV to standard output (UTF-8), or to --out: FILE.csv (UTF-8 with BOM, for Excel) or FILE.gpkg (GeoPackage for QGIS: offices, lines to the nearest ward office, and geodesic threshold circles).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+154" />
            <source>The project file (*.madoguchi).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-152" />
            <source>The distance guide in kilometres (default: the project's, 5 km in Kumamoto's policy).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+15" />
            <location line="+5" />
            <source>N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-19" />
            <source>Write to FILE (.csv or .gpkg) instead of standard output.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Standard output format: csv (default) or text (a table for reading).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>FORMAT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Add the columns of the project's scenario NAME: its decision per office, the recommendation with its reasons, the receiving counter of each closed office, and the catchment (and workload) after; a summary of the impact goes to standard error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>NAME</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>For the recommendation: the workload (transactions in the judged fiscal year) at or below which a branch office within the distance guide is a candidate (default: the project's).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>For the recommendation when the offices table has no workload: the catchment residents at or below which a branch office within the guide is a candidate (default: the project's).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>evaluate needs a PROJECT file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>evaluate takes one PROJECT file, got %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>--threshold-km expects a positive number of kilometres, got "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>--format expects csv or text, got "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>--out must end in .csv or .gpkg, got "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+56" />
            <source>the output file is one of the project's input files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>choose another file name for --out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>cannot write the file: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>check that the folder exists and is writable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Wrote %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Lists the scenarios of PROJECT: each one's name, how many branch offices it keeps, turns into a service corner, closes and upgrades (an office a scenario does not mention is kept), the offices it does not keep, and its description. Reads the offices table to count and check them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>scenarios needs a PROJECT file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>scenarios takes one PROJECT file, got %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>The project has no scenarios.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>unknown command "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>madoguchi-cli: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Run 'madoguchi-cli --help' for usage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>error: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CorrelationChart</name>
        <message>
            <location filename="../../app/workbench/correlationchart.cpp" line="+42" />
            <source>No decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Service corner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Upgrade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>ward office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>general branch office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>branch office</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectLoader</name>
        <message>
            <location filename="../../app/lib/projectloader.cpp" line="+25" />
            <source>wards layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>school-district layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>schools layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>population layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>offices table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>unknown text encoding "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>use CP932 (Shift_JIS) or UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>the %1 must contain %2, but this file contains %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>check that the right file is set for "%1" in the project file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>cannot tell which attribute of the %1 holds the %2 (attributes: %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>set layers.%1.fields.%2 in the project file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>the %1 has no attribute "%2" (attributes: %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>correct layers.%1.fields.%2 in the project file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <location line="+4" />
            <source>polygons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-3" />
            <source>ward name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+4" />
            <source>school name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>polygons or points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>population</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>population aged 65+</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>the project names no offices table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>add layers.offices.path, the CSV or point layer of ward and branch offices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>the %1 "%2" was not found (looked in: %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>move the file back, correct the path in the project file, or add the folder that holds it with --data-path or MADOGUCHI_DATA_PATH</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>offices table: %1 offices, %2, coordinates in %3%4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+34" />
            <source>, found on the data search path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-6" />
            <source>%1: %2 features (%3), %4, %5%6%7</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>, APPROXIMATE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>the %1 was not loaded: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecommendationText</name>
        <message>
            <location filename="../../core/recommendation.cpp" line="+220" />
            <source>%1 km to %2, within the %3 km guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 km to %2, beyond the %3 km guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 workload %2 transactions ≤ %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 workload %2 transactions &gt; %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>no %1 workload for this office in the offices table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 workload %2 transactions, but no workload threshold is set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>the offices table has no workload for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the offices table has no workload counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>catchment %1 residents ≤ %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>catchment %1 residents &gt; %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>no catchment threshold is set to judge it without workload counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>no population layer to measure its catchment against %1 residents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>school district %1 is marked as growing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workbench</name>
        <message>
            <location filename="../../app/workbench/workbenchapplication.cpp" line="+58" />
            <source>Madoguchi: plan which branch offices keep their service counters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The project to open (.madoguchi).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>A folder in which to look for the project's layer files (repeatable).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Initial map extent in display metres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>--extent expects XMIN,YMIN,XMAX,YMAX, got "%1"</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>madoguchi::app::CorrelationChart</name>
        <message>
            <location filename="../../app/workbench/correlationchart.cpp" line="+164" />
            <source>Near and light: closure candidates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Near but busy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Far but light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Far and busy: keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Within the %1 km guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Beyond the guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%1 km</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+213" />
            <source>Not shown (no value, or not above 0 on the log scale): %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No value, not plotted: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+179" />
            <source>Distance to the nearest ward office (km, geodesic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Workload FY%1 (transactions)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Workload (transactions)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Catchment population (residents)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Catchment population (residents, %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Catchment population aged 65+ (residents)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Catchment population aged 65+ (residents, %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+86" />
            <source>Distance to the nearest ward office: %1 km</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>no value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Decision: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Recommended as a candidate for closure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+74" />
            <source>No branch offices to show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>n/a</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Distance to the nearest ward office against %1 — Pearson r = %2 (n = %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+59" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>madoguchi::app::DetailsDock</name>
        <message>
            <location filename="../../app/workbench/detailsdock.cpp" line="+34" />
            <source>%1 km (%2 m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <location line="+24" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>No project is open. Open a project with File ▸ Open… or drop a .madoguchi file on the window.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>… and %n more selected office(s)</source>
            <translation>
                <numerusform>… and %n more selected office</numerusform>
                <numerusform>… and %n more selected offices</numerusform>
            </translation>
        </message>
        <message>
            <location line="+23" />
            <source>Ward office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>General branch office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Branch office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Nearest ward office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+4" />
            <source>Own ward office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>none in the offices table for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Within threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Yes: within the %1 km guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No: beyond the %1 km guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>(the table says %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>Ward at site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>outside every ward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>outside every district</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>(approximate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>School district</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <location line="+52" />
            <source>%1 residents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-50" />
            <source>aged 65+: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n cell(s) without a 65+ count</source>
            <translation>
                <numerusform>%n cell without a 65+ count</numerusform>
                <numerusform>%n cells without a 65+ count</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Catchment population</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Recorded decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Workload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>no workload data (受付件数) in the offices table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Workload (受付件数)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Offices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>%1 ward offices, %2 branch offices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Distance threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 km: %2 of %3 branch offices within it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Distances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Population</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Project file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Select an office on the map or in the table.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Data notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>madoguchi::app::LayersDock</name>
        <message>
            <location filename="../../app/workbench/layersdock.cpp" line="+41" />
            <source>Layers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Opacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Move the layer up (drawn above the layers below it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Move the layer down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Not shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Density (residents/km²)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Share aged 65+ (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Colours the population cells; the ward fills are then left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Population:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Labels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ward names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Office names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Distances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Circle radius</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+109" />
            <source>School districts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-108" />
            <source>Schools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>On the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+21" />
            <source>Legend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-20" />
            <source>Scale bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>North arrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sources (出典)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+92" />
            <source>Population</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Distance threshold circles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lines to nearest ward office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Elementary schools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Offices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+60" />
            <source>The project has no such layer, or it could not be loaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No project is open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Opacity of %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>madoguchi::app::LegendWidget</name>
        <message>
            <location filename="../../app/workbench/legendwidget.cpp" line="+81" />
            <source>Offices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ward office (区役所)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>General branch office (総合出張所)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Branch office (出張所)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Keep (継続)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Upgrade (機能強化)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Service corner (行政サービスコーナー)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Close (廃止)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+6" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Distance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Within %1 of a ward office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>To the nearest ward office (≤ %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>To the nearest ward office (&gt; %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ward boundary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>School district (approximate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>School district</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Elementary school</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Population density (residents/km²)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Residents aged 65+ (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Suppressed or no data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>No map</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>madoguchi::app::MainWindow</name>
        <message>
            <location filename="../../app/workbench/mainwindow.cpp" line="+64" />
            <source>Wards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>School districts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Schools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Population</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Offices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+98" />
            <source>&amp;New Project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Make a project from the offices table and the map layers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Open a Madoguchi project (.madoguchi)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Zoom &amp;In</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Zoom &amp;Out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Full Extent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Show the whole project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Zoom to &amp;Selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Wards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;School Districts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Population</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>&amp;Pan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Drag to move the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Zoom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Drag a box to zoom into it; click to zoom in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;elect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Click an office or drag a box to select; Shift or Ctrl adds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Identify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Click an office to see its details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Distance &amp;Threshold…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Change the distance to the nearest ward office that a branch office is judged against</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;About Madoguchi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Zoom to &amp;Layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Panels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Analysis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>About &amp;Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Stop loading the project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Latitude and longitude of the cursor (JGD2011, degrees)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Position of the cursor in the map's projected coordinate system: metres east and north of the zone's origin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Map scale; type a scale such as 1:25000 and press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Time the last map render took</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Lat %1°  Lon %2°</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>E %1 m  N %2 m  (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Render failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Render %1 ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Loading %1 …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Cannot open the project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Loading cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+124" />
            <source>Opened %1: %2 ward offices, %3 branch offices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Missing layers</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n layer(s) of the project could not be loaded. The rest of the project is open.</source>
            <translation>
                <numerusform>%n layer of the project could not be loaded. The rest of the project is open.</numerusform>
                <numerusform>%n layers of the project could not be loaded. The rest of the project is open.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Locate a moved file to correct the project, or close this message to work without the layer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Locate %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Map layers (*.shp *.gpkg *.geojson *.json *.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 files (*.%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+172" />
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-170" />
            <source>Locate %1 (was %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Cannot correct the project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>Madoguchi — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Madoguchi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>No recent projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Clear Recent Projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>"%1" is not a scale; type it as 1:25000</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>%1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Workload FY%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Catchment: %1 residents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Open Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Madoguchi projects (*.madoguchi)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Distance Threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Straight (geodesic) distance from a branch office to the nearest ward office that counts as near, in km.
Kumamoto's 2016 policy used 5 km.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Cannot evaluate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Distance threshold set to %1 km</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>A planning tool for the service counters of municipal branch offices: distances to the nearest ward office, workload and catchment on one map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Built with Qt %1, GDAL, GEOS and PROJ (geodesic distances after Karney).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Data of the open project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The project names no sources.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>About Madoguchi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The language will change the next time Madoguchi starts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>madoguchi::app::MapCanvas</name>
        <message>
            <location filename="../../app/workbench/mapcanvas.cpp" line="+379" />
            <source>Open a project (File ▸ Open) or drop a .madoguchi file here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Drawing the map…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>The map could not be drawn: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/workbench/maprenderjob.cpp" line="+51" />
            <source>Not enough memory for a %1 x %2 pixel map image.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>madoguchi::app::NewProjectWizard</name>
        <message>
            <location filename="../../app/workbench/newprojectwizard.cpp" line="+105" />
            <source>What to do: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+51" />
            <source>Auto (.cpg file or detection)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+22" />
            <source>CP932 (Shift_JIS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-21" />
            <location line="+22" />
            <source>UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-21" />
            <source>How the file's text is decoded. Auto uses the .cpg file beside a shapefile, else detects CP932 (Shift_JIS) or UTF-8 from the bytes. Choose an encoding when the names in the preview are garbled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>from the .cpg file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>from the DBF language driver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>detected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>set here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>always UTF-8 in this format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <location line="+1170" />
            <source>points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1168" />
            <source>lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+1162" />
            <source>polygons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1158" />
            <source>no geometry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <location line="+1362" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1130" />
            <source>Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Name the project and choose the file to save it in. The layers are saved relative to this file's folder, so the folder can be moved or shared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>e.g. Branch office review 2016</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>e.g. a project folder beside the data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+123" />
            <location line="+513" />
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-632" />
            <source>Project name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Project file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>The folder %1 does not exist. Create it first, or choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>You may not write into the folder %1. Choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Save the Project As</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Madoguchi projects (*.madoguchi)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Saved as %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>A file of this name exists: Finish will replace it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+1017" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1016" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>English name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Recorded decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Latitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Longitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>X (easting)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Y (northing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <location line="+1048" />
            <source>Offices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1047" />
            <source>The ward offices (区役所) and branch offices (出張所) with their locations: a CSV table with latitude and longitude (or x/y) columns, or a point layer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <location line="+524" />
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-523" />
            <location line="+524" />
            <source>Encoding:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-517" />
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>EPSG:6668 for latitude/longitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The coordinate reference system of the coordinate columns, e.g. EPSG:6668 (JGD2011 latitude/longitude) or EPSG:6670 (JGD2011 plane rectangular zone II). Needed for x/y columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Coordinate CRS:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+86" />
            <source>Choose the Offices Table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Offices tables (*.csv *.txt *.shp *.gpkg *.geojson *.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <location line="+516" />
            <source>%1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-473" />
            <source>The file cannot be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>check that the file exists and that you may read it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-95" />
            <location line="+105" />
            <location line="+11" />
            <location line="+5" />
            <location line="+62" />
            <location line="+343" />
            <location line="+90" />
            <location line="+12" />
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1067" />
            <source>Line numbers in a table, feature numbers in a layer: the numbers that messages name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+550" />
            <source>ASCII only: reads the same in either encoding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>UTF-8, from the byte-order mark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>neither UTF-8 nor CP932 (Shift_JIS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The file is neither valid UTF-8 nor valid CP932 (Shift_JIS) text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>save it from Excel as "CSV UTF-8"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>%1 rows; the first %2 are shown, decoded as %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The bytes are not valid %1: garbled text (mojibake) or � shows where they do not decode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>%1 features; the first %2 are shown. Coordinates from the layer (%3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>None found (columns named like fy2014_count, H26 or 平成26年度)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A column named after a fiscal year is read as that year's counter workload (受付件数).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Workload:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Workload %1 (%2):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>x/y columns need their CRS, e.g. EPSG:6670 (JGD2011 plane rectangular zone II).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>JGD2011 latitude/longitude (EPSG:6668), the default.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+37" />
            <source>%n office(s) read. Ward offices (区役所): %1, general branch offices (総合出張所): %2, branch offices (出張所): %3.</source>
            <translation>
                <numerusform>%n office read. Ward offices (区役所): %1, general branch offices (総合出張所): %2, branch offices (出張所): %3.</numerusform>
                <numerusform>%n offices read. Ward offices (区役所): %1, general branch offices (総合出張所): %2, branch offices (出張所): %3.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Text: %1, %2. Coordinates: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>No workload (受付件数) columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Workload (受付件数) for %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+16" />
            <location line="+370" />
            <location line="+192" />
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-564" />
            <source>Still read, because they are recognised by their names: %1. Rename the column in the table to leave it out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <location line="+558" />
            <source>Wards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-557" />
            <source>The ward boundaries (区), e.g. 国土数値情報 N03 行政区域 as a shapefile. They are drawn on the map and tell in which ward each office lies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Elementary-School Districts (Optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The 小学校区 polygons: 国土数値情報 A27 or the city's own. Mark them approximate when they are not the official districts (e.g. nearest-school areas). Leave the file empty to skip.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Elementary Schools (Optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The elementary schools as points, shown on the map. Leave the file empty to skip.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Population (Optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Polygons or points with a population count, e.g. the census 500 m mesh, for the residents each counter serves. Leave the file empty to skip.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>e.g. EPSG:6668 (JGD2011 latitude/longitude)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The coordinate reference system of a file that has none (a shapefile without its .prj). Ask the data's provider; 国土数値情報 is EPSG:6668 (JGD2011).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Coordinate system:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Set the CRS:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Population field:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Aged 65+ field:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Ward name field:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>School name field:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Approximate districts (e.g. nearest-school areas): maps and reports say so</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+80" />
            <source>Choose the Layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Vector layers (*.shp *.gpkg *.geojson *.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+73" />
            <source>The encoding chosen above may be wrong: try Auto or the other encoding.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>none: the shapefile has no .prj file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>%1, set here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1, from the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+51" />
            <source>polygons or points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 holds %2, but this layer must hold %3.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n feature(s) (%1).</source>
            <translation>
                <numerusform>%n feature (%1).</numerusform>
                <numerusform>%n features (%1).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose the field that holds the names.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Names: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Choose the field that holds the population.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Total population (%1): %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Aged 65+ (%1): %2 (%3%).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Shown as APPROXIMATE districts, not the official 校区.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>Feature %1: "%2" in %3 is not a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Check what will be written. Finish saves the project file; the data files are only read, never changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source> km</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The guide for the straight distance from a branch office to the nearest ward office (Kumamoto's 2016 policy: 5 km).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>One line per source, e.g. 出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Distance guide:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Source credits (出典):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Project file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>encoding %1 (saved in the project)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>encoding %1 (decided again when the project is opened)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>CRS %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>fields %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>APPROXIMATE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>; </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>School districts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Schools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Population</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>New Project</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>madoguchi::app::OfficesDock</name>
        <message>
            <location filename="../../app/workbench/officesdock.cpp" line="+17" />
            <location line="+58" />
            <source>Offices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-48" />
            <location line="+49" />
            <source>Filter offices (name, ward, kind …)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>madoguchi::app::OfficesTableModel</name>
        <message>
            <location filename="../../app/workbench/officestablemodel.cpp" line="+117" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 (approximate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>%1 m (geodesic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Nearest ward office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Distance to nearest ward office (km)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Within %1 km</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Own ward office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Distance to own ward office (km)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ward at site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>School district</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Catchment population</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Catchment population 65+</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Recorded decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Workload %1 (受付件数)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>madoguchi::app::WorkbenchDocument</name>
        <message>
            <location filename="../../app/workbench/workbenchdocument.cpp" line="+136" />
            <source>%1: cannot open the project: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
