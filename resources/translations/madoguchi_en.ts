<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AtomicFileText</name>
    <message>
        <location filename="../../gis/atomicfile.cpp" line="+64"/>
        <source>free some space on the disk or choose another folder; an existing file was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is larger than this system allows; choose another folder or a smaller output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose a folder you may write into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that the folder exists and that you may write into it, and that there is space on the disk; an existing file was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose an existing folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a folder of that name is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create a file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+9"/>
        <source>it could not be flushed to disk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the writer did not create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot put the new file in place: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundTaskText</name>
    <message>
        <location filename="../../app/workbench/backgroundtask.cpp" line="+71"/>
        <source>the work could not be done (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close other programs and try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatchmentText</name>
    <message>
        <location filename="../../core/catchment.cpp" line="+33"/>
        <location line="+1"/>
        <source>population cell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>population %1 is not a count of residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the population field of the population layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>population aged 65+ %1 is not a count of residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the 65+ field of the population layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>there are population cells but no service counter to assign them to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the offices table needs at least one office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the distance to office %1 cannot be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the coordinates of the cell and of the office (longitude -180..180, latitude -90..90 degrees)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExportText</name>
    <message>
        <location filename="../../app/figures/chartexport.cpp" line="+31"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the frontier chart needs the optimiser&apos;s result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run the closure optimiser first, then export its frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no scenario, so there is no impact chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a scenario, or export the correlation chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the project has nothing to chart: no workload counts and no population layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import workload counts (受付件数) or add a population layer to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the project has no values for the measure &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Impact of the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closure frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Distance and workload of the branch offices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/clioptions.cpp" line="+90"/>
        <source>A folder in which to look for layer files that are not found relative to the project file (repeatable; also MADOGUCHI_DATA_PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The coordinate reference system of a layer that has none (no .prj), e.g. wards=EPSG:6668 (repeatable). Roles: wards, schoolDistricts, schools, population, offices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ROLE=CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text encoding of a layer, overriding .cpg and detection, e.g. wards=CP932 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROLE=ENCODING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluate without the optional layers that cannot be found or read, instead of failing (the offices table is always required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print only warnings and errors on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-77"/>
        <source>--%1 expects ROLE=VALUE with ROLE one of wards, schoolDistricts, schools, population, offices; got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/evaluatecommand.cpp" line="+46"/>
        <source>Branch office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nearest ward office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within %1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catchment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receiving counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="+74"/>
        <location line="+5"/>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="+86"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="+4"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/clitext.cpp" line="+43"/>
        <source>%1 branch offices evaluated; %2 within %3 km of a ward office (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The offices table has no workload (受付件数) columns: workload is not evaluated. Add per-fiscal-year count columns (e.g. fy2014_count or 平成26年度) when the counts are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catchments: %L1 residents in %2 population cells assigned to their nearest counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>School districts are APPROXIMATE (%1): not the official 校区.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/clioptions.cpp" line="+17"/>
        <source>--%1 expects a number of zero or more, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the project has no scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project has no scenarios: add them to its &quot;scenarios&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/clitext.cpp" line="+8"/>
        <source>Scenario %1: %2 of %3 branch office counters closed (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommendation: %1 candidate, %2 keep, %3 undetermined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 workload: %L2 transactions before, %L3 after; at the ward offices %L4 → %L5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 workload: not totalled, some counts are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catchment residents: %L1 before, %L2 after; at the ward offices %L3 → %L4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Residents farther than %1 km from the nearest open counter: %L2 before → %L3 after; aged 65+: %L4 → %L5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Residents beyond the guide are not counted: the project has no population layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/evaluatecommand.cpp" line="+17"/>
        <source>Evaluates every branch office of PROJECT: the nearest ward office of any ward and of its own ward with the geodesic distance (GRS80 ellipsoid, metres), whether it is within the threshold, the ward and school district containing it, and the residents for whom it is the nearest counter when the project has a population layer. Writes CSV to standard output (UTF-8), or to --out: FILE.csv (UTF-8 with BOM, for Excel) or FILE.gpkg (GeoPackage for QGIS: offices, lines to the nearest ward office, and geodesic threshold circles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/cli/exportchartcommand.cpp" line="+48"/>
        <location filename="../../app/cli/exportmapcommand.cpp" line="+93"/>
        <location filename="../../app/cli/exportreportcommand.cpp" line="+30"/>
        <location filename="../../app/cli/exporttablecommand.cpp" line="+26"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="+186"/>
        <location filename="../../app/cli/scenarioscommand.cpp" line="+23"/>
        <source>The project file (*.madoguchi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/clioptions.cpp" line="+63"/>
        <source>The distance guide in kilometres (default: the project&apos;s, 5 km in Kumamoto&apos;s policy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/clitext.cpp" line="-9"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/clioptions.cpp" line="+2"/>
        <location line="+42"/>
        <location line="+5"/>
        <location line="+99"/>
        <location filename="../../app/cli/optimiseoptions.cpp" line="+59"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/evaluatecommand.cpp" line="+1"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="+19"/>
        <source>Write to FILE (.csv or .gpkg) instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli/exportchartcommand.cpp" line="+2"/>
        <location filename="../../app/cli/exportmapcommand.cpp" line="+2"/>
        <location filename="../../app/cli/exportreportcommand.cpp" line="+1"/>
        <location filename="../../app/cli/exporttablecommand.cpp" line="+2"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="+1"/>
        <location line="+12"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard output format: csv (default) or text (a table for reading).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="-9"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/clioptions.cpp" line="-112"/>
        <source>Add the columns of the project&apos;s scenario NAME: its decision per office, the recommendation with its reasons, the receiving counter of each closed office, and the catchment (and workload) after; a summary of the impact goes to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+81"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="-12"/>
        <location line="+17"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-79"/>
        <source>For the recommendation: the workload (transactions in the judged fiscal year) at or below which a branch office within the distance guide is a candidate (default: the project&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For the recommendation when the offices table has no workload: the catchment residents at or below which a branch office within the guide is a candidate (default: the project&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/evaluatecommand.cpp" line="+8"/>
        <source>evaluate needs a PROJECT file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluate takes one PROJECT file, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/clioptions.cpp" line="-34"/>
        <source>--threshold-km expects a positive number of kilometres, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/evaluatecommand.cpp" line="+5"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="-76"/>
        <source>--format expects csv or text, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="+5"/>
        <source>--out must end in .csv or .gpkg, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/clitext.cpp" line="+59"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exporttablecommand.cpp" line="-10"/>
        <source>Writes the evaluation table of PROJECT (the rows and columns of &apos;evaluate&apos;, with --scenario NAME also the scenario&apos;s) to FILE, in the format its suffix names: FILE.csv (UTF-8 with BOM, for Excel), FILE.xlsx (an Excel workbook: the table as text and numbers, never formulas, and a sheet 説明 with the project, the scenario, the criteria, the sources and what each column means, in Japanese and English) or FILE.gpkg (GeoPackage for QGIS: the offices with every metric, lines to the nearest ward office, and geodesic threshold circles). The file appears complete or not at all; an input file of the project is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file to write: .csv, .xlsx or .gpkg (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exportmapcommand.cpp" line="-47"/>
        <source>--layers expects a list of layers, e.g. wards,offices or +impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--layers mixes a list with +/- changes (&quot;%1&quot;); give either the layers to show or only changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--layers: unknown layer &quot;%1&quot;; the layers are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/clioptions.cpp" line="+127"/>
        <source>A4 or A3 paper, a figure of 160 x 110 mm (figure), or a size in pixels such as 1920x1080 (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A4 or A3 paper (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--paper expects A4, A3, figure or a size in pixels such as 1920x1080, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--paper expects A4 or A3, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-61"/>
        <source>export %1 needs a PROJECT file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export %1 takes one PROJECT file, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export %1 needs --out FILE (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--out must end in %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The scenario whose decisions (and impact) %1 shows (default: the project&apos;s last scenario, the one the workbench opens with).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The language of the texts: ja (default, as the Japanese workbench draws them) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--language expects one of %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exportmapcommand.cpp" line="+15"/>
        <source>Draws the map of PROJECT for a scenario, as the workbench shows it, on a page with a title block (title, scenario, date), a legend, a scale bar, a north arrow and the sources, and writes it to --out: FILE.pdf (vector, fonts embedded, text searchable), FILE.svg (vector) or FILE.png (an image that records its dpi). Needs no display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exportchartcommand.cpp" line="-1"/>
        <location filename="../../app/cli/exportmapcommand.cpp" line="+6"/>
        <source>The file to write: .pdf, .svg or .png (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/clioptions.cpp" line="-52"/>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the paper to landscape (A4 and A3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dots per inch: the PNG&apos;s resolution and the scale of texts, symbols and lines (default 300; 96 with a size in pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exportmapcommand.cpp" line="+2"/>
        <source>the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title at the top of the page (default: the project&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli/exportreportcommand.cpp" line="+4"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="+78"/>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/cli/exportreportcommand.cpp" line="+2"/>
        <source>The date under the title, as YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/cli/exportreportcommand.cpp" line="+0"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The layers to show, e.g. wards,offices,thresholdCircles, or changes to the default ones, e.g. +impact,-schools. Layers: %1. By default every layer the project has is shown except the impact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/clioptions.cpp" line="+17"/>
        <source>--landscape turns A4 or A3 paper; give a size in pixels as WIDTHxHEIGHT instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--dpi expects a number of dots per inch, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--date expects a date as YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="+27"/>
        <source>the evaluation table as .csv, .xlsx (Excel, with notes) or .gpkg (QGIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the map of a scenario as PDF, SVG or PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Usage: madoguchi-cli export KIND PROJECT --out FILE [OPTIONS]

Writes the evaluation of PROJECT to FILE. KIND is one of:
%1

Run &apos;madoguchi-cli export KIND --help&apos; for the options of a kind.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>export needs a KIND first, one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown export kind &quot;%1&quot;; the kinds available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scenarioscommand.cpp" line="-4"/>
        <source>Lists the scenarios of PROJECT: each one&apos;s name, how many branch offices it keeps, turns into a service corner, closes and upgrades (an office a scenario does not mention is kept), the offices it does not keep, and its description. Reads the offices table to count and check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>scenarios needs a PROJECT file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scenarios takes one PROJECT file, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The project has no scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exportchartcommand.cpp" line="+2"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/cli/optimiseoptions.cpp" line="+22"/>
        <source>MEASURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Draws a chart of PROJECT for a scenario, as the workbench shows it, and writes it to --out: FILE.pdf or FILE.svg (vector, texts as text) or FILE.png (an image that records its dpi). The correlation chart plots each branch office&apos;s distance to the nearest ward office against its workload or catchment, coloured by the scenario&apos;s decisions; the impact chart shows a measure per counter or per ward before and after the scenario; the frontier chart shows the closure optimiser&apos;s best sets, the harm against the number of counters closed, with the scenario&apos;s own point (the optimiser&apos;s options as &apos;madoguchi-cli optimise&apos; takes them). Needs no display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>correlation (default), impact or frontier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the chart measures: workload, catchment or catchment65 (default: workload when the offices table has counts, else catchment); for the frontier chart what the optimiser minimises: beyond (default), beyond65 or mean-distance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fiscal year of the workload, e.g. 2014, FY2014 or 平成26年度 (default: the year the recommendation judges); for the frontier chart the year the workload limits judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/cli/exportreportcommand.cpp" line="+10"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="-18"/>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation chart: a logarithmic value axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation chart: the least-squares line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact chart: one bar pair per ward instead of per counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact chart: one bar pair per counter, however many (by default per ward when the counters are too many to read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--chart expects correlation, impact or frontier, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the optimiser&apos;s options (--must-keep, --must-close, --require-within-guide, --max-workload, --max-gain, --max-gain-workload, --time-limit) go with --chart frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--measure expects workload, catchment or catchment65, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/clioptions.cpp" line="-152"/>
        <source>--fiscal-year expects a fiscal year such as 2014, FY2014 or 平成26年度, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exportchartcommand.cpp" line="-70"/>
        <source>--per-ward and --per-counter exclude each other: give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exportreportcommand.cpp" line="-25"/>
        <source>Writes the report of a scenario of PROJECT for the policy document to --out FILE.pdf: the summary (counters closed, residents beyond the distance guide before and after), the map, the correlation chart, the impact chart, the table of branch offices with the decisions and their reasons, and the sources; vector, fonts embedded, text searchable. With --alternatives also the section 代替案との比較: the closure optimiser&apos;s frontier (the options as &apos;madoguchi-cli optimise&apos; takes them) with the scenario&apos;s own point, and a sentence comparing the scenario with the best set of its size. Needs no display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PDF to write (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report&apos;s title (default: the project&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the section 代替案との比較 (comparison with the alternatives): the closure optimiser&apos;s frontier with the scenario&apos;s point, and how the scenario compares with the best set of its size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --alternatives: the fiscal year whose workload --max-workload and --max-gain-workload judge (default: the year the recommendation judges).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--dpi does not apply to a report, which is vector throughout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the optimiser&apos;s options (--measure, --must-keep, --must-close, --require-within-guide, --max-workload, --max-gain, --max-gain-workload, --fiscal-year, --time-limit) go with --alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="-44"/>
        <source>the correlation or the impact chart of a scenario as PDF, SVG or PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the report of a scenario for the policy document as an A4 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="+21"/>
        <source>Usage: madoguchi-cli COMMAND [OPTIONS]

Evaluates the branch offices (出張所) of a Madoguchi project against the policy&apos;s criteria.

Commands:
  evaluate PROJECT   one row per branch office: the nearest ward office and the geodesic
                     distance to it, the own ward&apos;s office, the threshold test, the ward and
                     school district at the site, and the catchment population; with
                     --scenario NAME also the scenario&apos;s decision, the recommendation and
                     its reasons, the receiving counter and the impact
  export KIND PROJECT --out FILE
                     writes the evaluation to FILE; KIND is one of:
%1
  optimise PROJECT   which counters to close so that residents are harmed least: for each
                     number of closures the best set (residents beyond the distance guide,
                     those aged 65+, the mean distance), proven optimal or not; with
                     --scenario NAME the scenario&apos;s own closures beside it; with
                     --save-scenario NAME --project-out FILE a copy of the project with the
                     set as a new scenario
  scenarios PROJECT  the project&apos;s scenarios: name, decisions per kind, description

Run &apos;madoguchi-cli COMMAND --help&apos; for a command&apos;s options.
  --help       show this help
  --version    show the version

Exit status: 0 success, 1 bad input (the message says what is wrong), 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>madoguchi-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &apos;madoguchi-cli --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/optimisecommand.cpp" line="-236"/>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents: %1, of whom %2 aged 65 and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beyond guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>65+ beyond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest workload gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proven optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no (bound %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Beyond guide: residents whose nearest open counter is farther than %1; 65+ beyond: those aged 65 and over; mean distance: the population-weighted mean distance to the nearest open counter; largest gain: the most residents any open counter gains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The time limit stopped the optimiser: the sets above are those it found, and a set not proven optimal is the best it found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No set of closures was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No set of %1 closures meets the constraints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>The %n counter(s) whose closure the optimiser found to leave the fewest residents harmed (%1, distance guide %2).</source>
        <translation>
            <numerusform>The %n counter whose closure the optimiser found to leave the fewest residents harmed (%1, distance guide %2).</numerusform>
            <numerusform>The %n counters whose closure the optimiser found to leave the fewest residents harmed (%1, distance guide %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>optimise needs a PROJECT file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optimise takes one PROJECT file, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--closures and --frontier exclude each other: give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--closures expects a number of counters of zero or more, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--save-scenario expects the new scenario&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--save-scenario needs --closures K: the number of counters the saved set closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--save-scenario needs --project-out FILE: the project is saved as a copy, the input project is never changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--project-out and --description go with --save-scenario NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--project-out must end in .%1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finds which branch offices&apos; counters to close so that residents are harmed least: for each number of counters closed (the frontier, the default) or for --closures K, the set of closures that minimises the measure, solved exactly (a mixed-integer program), with the residents beyond the distance guide, those aged 65 and over, the mean distance to the nearest open counter, the closed offices and whether the set is proven optimal. With --scenario NAME the scenario&apos;s own closures are measured the same way and listed beside the best set of their size; the scenario does not set the constraints, which come only from --must-keep, --must-close and the limits. Writes a table for reading (default) or CSV to standard output, or to --out: FILE.csv (UTF-8 with BOM, for Excel) or FILE.gpkg (a table without geometry for QGIS). --save-scenario NAME --project-out FILE writes a copy of the project with the set of --closures K added as the scenario NAME; the input project is never changed. Needs the project&apos;s population layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only the best set of K closures (the must-close offices count among them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The best set for every number of closures that the constraints allow (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project&apos;s scenario to compare with: its closures are measured the same way and listed as a row of their own. It sets no constraint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fiscal year whose workload --max-workload and --max-gain-workload judge, e.g. 2014, FY2014 or 平成26年度 (default: the project&apos;s judged year, else the latest in the offices table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Standard output format: text (default, a table for reading) or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the set of --closures K to a copy of the project as the scenario NAME (a name the project does not have yet); its other decisions are those of --scenario, else of the project&apos;s last scenario. Needs --project-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project file (.madoguchi) to write with the saved scenario; never one of the project&apos;s input files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved scenario&apos;s description (default: what the optimiser chose it for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the project already has a scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give --save-scenario a name of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--out and --project-out name the same file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the optimiser found no set of %1 closures to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give it more time (--time-limit) or fewer constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>warning: the saved set is the best found, not proven optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1 with the scenario %2, which closes no counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1 with the scenario %2, which closes %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/optimiseoptions.cpp" line="-52"/>
        <source>--%1 expects office ids separated by commas, e.g. br_oe,br_akitsu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Branch offices whose counter must stay open, as office ids separated by commas (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>IDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Branch offices whose counter must close, as office ids separated by commas (repeatable); they count among the closures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a counter within the distance guide of its nearest ward office may close (the policy&apos;s first criterion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a counter whose workload (transactions in the judged fiscal year) is at most N may close; not applied, and said so, when the offices table has no counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No open counter may gain more than N residents (its catchment after the closures less its catchment with every counter open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No open counter may receive more than N transactions of the closed counters&apos; workload in the judged fiscal year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop after S seconds and give the best sets found, marked as not proven optimal (default: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What the optimiser minimises: beyond (residents farther than the distance guide from their nearest open counter, the default), beyond65 (those aged 65 and over) or mean-distance (the population-weighted mean distance to the nearest open counter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--measure expects beyond, beyond65 or mean-distance, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--time-limit expects a positive number of seconds, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>warning: the time limit of %1 s stopped the optimiser: the sets not proven optimal are the best it found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optimised in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosureOptimiserText</name>
    <message>
        <location filename="../../app/lib/closureoptimiser.cpp" line="+45"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>office %1 is not in the offices table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the ids of the offices table&apos;s id column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a ward office, whose counter always stays open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list branch offices only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is both in must keep and in must close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove it from one of the two lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The workload limit for a closing counter was not applied: the offices table has no counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The limit on the workload a counter gains was not applied: the offices table has no counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it is farther than the distance guide from its nearest ward office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its workload in %1 is not known, so the workload limits cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its workload is above the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must close, but the constraints keep it open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>take it out of must close, or turn the constraint off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+479"/>
        <source>%1 closures cannot be chosen: with these lists and constraints between %2 and %3 counters can close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ask for a number of closures in that range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>the time limit ended the optimisation before any set of closures was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allow more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no set of closures meets the constraints: the limits on the residents or workload a counter gains are too tight for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n closure(s)</source>
        <translation>
            <numerusform>%n closure</numerusform>
            <numerusform>%n closures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any number of closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raise the limits, or close fewer counters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosureProblemText</name>
    <message>
        <location filename="../../core/closureproblem.cpp" line="+150"/>
        <source>the closure optimiser needs a population layer: without residents there is no harm to minimise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a population layer (e.g. the 500 m mesh) to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the distance guide %1 m is not a positive distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set a distance guide in metres, e.g. 5000 for Kumamoto&apos;s 5 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the offices table has no ward office: residents would have no counter that always stays open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the ward offices the kind ward_office (区役所)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the distance to office %1 cannot be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the coordinates (longitude -180..180, latitude -90..90 degrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+1"/>
        <source>population cell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>population %1 is not a count of residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the population field of the population layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>office %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrelationFigure</name>
    <message>
        <location filename="../../app/figures/correlationfigure.cpp" line="+52"/>
        <source>Distance to the nearest ward office (km, geodesic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workload (transactions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workload %1 (transactions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catchment population (residents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catchment population (residents, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catchment population aged 65+ (residents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catchment population aged 65+ (residents, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+161"/>
        <source>No branch offices to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Distance to the nearest ward office against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pearson r = %1 (n = %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not shown (no value, or not above 0 on the log scale): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No value, not plotted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Near and light: candidates for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Recommended as a candidate for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Near but busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Far but light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Far and busy: keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within the %1 km guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beyond the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Distance to the nearest ward office: %1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/figures/correlationfigurelabels.cpp" line="+204"/>
        <source>%n more office(s) too crowded to name at this size: enlarge the figure</source>
        <translation>
            <numerusform>%n more office too crowded to name at this size: enlarge the figure</numerusform>
            <numerusform>%n more offices too crowded to name at this size: enlarge the figure</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountsImportText</name>
    <message>
        <location filename="../../app/lib/countsimport.cpp" line="+196"/>
        <source>%1 has no column &quot;%2&quot; to join the offices by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the header has: %1; choose one of these as the key column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 has no column naming the offices by id or by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no column of office ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no column of office names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the header has: %1; head the column of office ids &quot;id&quot; (or 窓口ID, コード) or the column of office names &quot;name&quot; (or 名称, 窓口名, 出張所名, 施設名)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Column %1: %2 is negative; counts cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column %1: &quot;%2&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>office id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 has no data rows: it holds only a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add one row per office below the header, with its key and its counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has no fiscal-year column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the header has: %1; head each column of counts with its fiscal year, e.g. fy2014, 2014年度, H26, 平成26年度, 受付件数_H26, R1 or 令和元年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The key (column %1) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No office has the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No office is named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; could be any of %2; write the office&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lines %1 and %2 both name %3; only line %1 is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines %1 and %2 both name %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTableText</name>
    <message>
        <location filename="../../gis/csvtable.cpp" line="+27"/>
        <source>save it from Excel as &quot;CSV UTF-8&quot;, or choose its encoding (UTF-8 or CP932 / Shift_JIS) explicitly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the file&apos;s name and folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+216"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-215"/>
        <source>check that you may read the file and that no other program locks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 is neither valid UTF-8 nor valid CP932 (Shift_JIS) text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+8"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A quote (&quot;) opened here is never closed, so the rest of the file would be read as one cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close the quoted cell, or write a quote inside a cell as two quotes (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The row has %1 cells, but the header has only %2 columns: the cells after column %2 would be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>put a cell that holds a %1 in double quotes, or name every column in the header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 cannot be read as a CSV table: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save the table as CSV (comma-separated) with a header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>check that the file is a complete CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayCrsText</name>
    <message>
        <location filename="../../gis/displaycrs.cpp" line="+120"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+5"/>
        <source>display CRS EPSG:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PROJ cannot create the projection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that PROJ&apos;s database (proj.db) is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PROJ cannot normalise the axis order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+102"/>
        <location line="+22"/>
        <location line="+10"/>
        <source>display CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-133"/>
        <source>cannot choose a map projection for the point (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the layers hold geographic coordinates in degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>“%1” is not an EPSG code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the map projection as EPSG:6680, e.g. a JGD2011 plane rectangular zone (EPSG:6669 to 6687).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>EPSG:%1 cannot be used as the map projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a JGD2011 plane rectangular zone (EPSG:6669 to 6687), a JGD2011 UTM zone (EPSG:6688 to 6692) or a WGS 84 UTM zone (EPSG:32601 to 32660, 32701 to 32760).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no plane rectangular zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The JGD2011 plane rectangular zones are numbered 1 (I) to 19 (XIX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>JGD2011 zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the projection named in the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data names no prefecture or municipality of the MLIT notice&apos;s table, so the zone whose origin is nearest to the data&apos;s centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outside Japan, so the UTM zone of the data&apos;s longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the zone the MLIT notice assigns to where the data of %1 lies (its islands lie in several zones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the zone the MLIT notice assigns to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the zone the MLIT notice assigns to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, for %2 of the %3 areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>point %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot project a coordinate to %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the layer&apos;s coordinates are longitude/latitude degrees near the mapped area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>display point (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot convert a map position of %1 back to longitude/latitude: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluatorText</name>
    <message>
        <location filename="../../core/evaluator.cpp" line="+36"/>
        <source>office %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the offices table has no offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add the ward offices (区役所) and branch offices (出張所) with their coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the distance guide %1 m is not a positive distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set a distance guide in metres, e.g. 5000 for Kumamoto&apos;s 5 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>office %1 has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>give every office a unique id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>office id %1 is used twice (rows %2 and %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the offices table has no ward office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the offices table needs at least one row of kind ward_office (区役所)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the offices table has no branch office to evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the offices table needs at least one row of kind branch (出張所) or general_branch (総合出張所)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the distance to %1 cannot be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the coordinates of both offices (longitude -180..180, latitude -90..90 degrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>lies outside every ward polygon: check its coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lies in %1 on the map, but the table says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the office&apos;s coordinates and its ward in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the table gives no ward: the distance to its own ward office is left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fill in the ward column of the offices table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ward %1 has no ward office in the table: the distance to the own ward office of %2 is left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add the ward&apos;s 区役所 to the offices table, or correct the ward names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>population layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 population cells have no 65+ value: the 65+ catchments count only cells with a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>census meshes with suppressed age counts add them to a neighbouring mesh; map the 65+ field if it is not mapped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrontierFigure</name>
    <message>
        <location filename="../../app/figures/frontierfigure.cpp" line="+63"/>
        <source>Counters closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 closes %n counter(s): no set of that many meets the constraints</source>
        <translation>
            <numerusform>%1 closes %n counter: no set of that many meets the constraints</numerusform>
            <numerusform>%1 closes %n counters: no set of that many meets the constraints</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 closed: at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hollow points: not proven optimal, the solver stopped before proving them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hollow points: not proven optimal, the solver stopped before proving them; the dashed line runs down to its bound, the least harm still possible (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enlarge the figure to read the whole note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+213"/>
        <source>The optimiser found no set of closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best closures for each number of counters closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each point: the closures with the least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Best set for each number closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best set found, not proven optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+130"/>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>%n more point(s) too crowded to name at this size: enlarge the figure</source>
        <translation>
            <numerusform>%n more point too crowded to name at this size: enlarge the figure</numerusform>
            <numerusform>%n more points too crowded to name at this size: enlarge the figure</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrontierSummaryText</name>
    <message>
        <location filename="../../app/figures/frontiersummary.cpp" line="+33"/>
        <location line="+310"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-285"/>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a mean distance of %1 to the nearest open counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 residents beyond the %2 km guide, %3 of them aged 65+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>leave %1 fewer residents beyond the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave %1 fewer residents aged 65+ beyond the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shorten the mean distance by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 closes %2, which the constraints keep open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 keeps %2 open, which the constraints close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The solver stopped before proving the best set of %n closure(s) optimal: no set of that many can do better on %1 than %2 (its bound).</source>
        <translation>
            <numerusform>The solver stopped before proving the best set of %n closure optimal: no set of that many can do better on %1 than %2 (its bound).</numerusform>
            <numerusform>The solver stopped before proving the best set of %n closures optimal: no set of that many can do better on %1 than %2 (its bound).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The solver stopped before proving the best set of %n closure(s) optimal.</source>
        <translation>
            <numerusform>The solver stopped before proving the best set of %n closure optimal.</numerusform>
            <numerusform>The solver stopped before proving the best set of %n closures optimal.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>None closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Same set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No scenario to compare with: choose one to compare its closures with the best set of as many closures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The optimiser found no set of closures to compare %1 with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 closes %n counter(s), but no set of that many closures meets the constraints applied, so there is no best set to compare it with.</source>
        <translation>
            <numerusform>%1 closes %n counter, but no set of that many closures meets the constraints applied, so there is no best set to compare it with.</numerusform>
            <numerusform>%1 closes %n counters, but no set of that many closures meets the constraints applied, so there is no best set to compare it with.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 closes %n counter(s); the optimiser was run for %2 closures only, so there is no best set of as many to compare it with.</source>
        <translation>
            <numerusform>%1 closes %n counter; the optimiser was run for %2 closures only, so there is no best set of as many to compare it with.</numerusform>
            <numerusform>%1 closes %n counters; the optimiser was run for %2 closures only, so there is no best set of as many to compare it with.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 closes the same %n counter(s) as the best set of that many closures the optimiser found (%2).</source>
        <translation>
            <numerusform>%1 closes the same %n counter as the best set of that many closures the optimiser found (%2).</numerusform>
            <numerusform>%1 closes the same %n counters as the best set of that many closures the optimiser found (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 closes the same %n counter(s) as the best set of that many closures (%2): no other choice of %n closure(s) does better on %3.</source>
        <translation>
            <numerusform>%1 closes the same %n counter as the best set of that many closures (%2): no other choice of %n closure does better on %3.</numerusform>
            <numerusform>%1 closes the same %n counters as the best set of that many closures (%2): no other choice of %n closures does better on %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 is as good on %2 as the best set of %n closure(s) (%3), which closes %4 instead of %5.</source>
        <translation>
            <numerusform>%1 is as good on %2 as the best set of %n closure (%3), which closes %4 instead of %5.</numerusform>
            <numerusform>%1 is as good on %2 as the best set of %n closures (%3), which closes %4 instead of %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 closes %n counter(s), leaving %2. The best set of %n closure(s) leaves %3: closing %4 instead of %5 would %6.</source>
        <translation>
            <numerusform>%1 closes %n counter, leaving %2. The best set of %n closure leaves %3: closing %4 instead of %5 would %6.</numerusform>
            <numerusform>%1 closes %n counters, leaving %2. The best set of %n closures leaves %3: closing %4 instead of %5 would %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 closes %n counter(s), leaving %2: better than the best set of %n closure(s) that meets the constraints (%3), because it does not meet them.</source>
        <translation>
            <numerusform>%1 closes %n counter, leaving %2: better than the best set of %n closure that meets the constraints (%3), because it does not meet them.</numerusform>
            <numerusform>%1 closes %n counters, leaving %2: better than the best set of %n closures that meets the constraints (%3), because it does not meet them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 closes %n counter(s), leaving %2: better than the best set of %n closure(s) the optimiser found (%3), which it did not prove optimal.</source>
        <translation>
            <numerusform>%1 closes %n counter, leaving %2: better than the best set of %n closure the optimiser found (%3), which it did not prove optimal.</numerusform>
            <numerusform>%1 closes %n counters, leaving %2: better than the best set of %n closures the optimiser found (%3), which it did not prove optimal.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Distance guide: %1 km (geodesic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counters the optimiser could close: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept open as asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept open, farther than %1 km from a ward office: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only counters within %1 km of a ward office may close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept open, workload above %1 transactions (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept open, no workload count for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only counters with a workload of at most %1 transactions (%2) may close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed as asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open counter gains more than %1 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No open counter gains more than %1 transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No constraints: any branch office&apos;s counter may close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not proven (bound %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents beyond %1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aged 65+ beyond %1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean distance (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proven optimal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeoPackageWriterText</name>
    <message>
        <location filename="../../gis/geopackagewriter.cpp" line="+85"/>
        <source>layer %1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>GDAL has no GeoPackage driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot set up EPSG:6668 (JGD2011)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>writing the GeoPackage failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check that you may write into the folder and that the disk is not full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a %1 geometry cannot go into this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every layer of a GeoPackage needs its own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot create the field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every field of a layer needs its own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot start writing the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot convert the geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot finish writing the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, field </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the value &quot;%1&quot; is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeosText</name>
    <message>
        <location filename="../../gis/geos.cpp" line="+102"/>
        <source>Cannot create a point: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+10"/>
        <location line="+9"/>
        <location line="+11"/>
        <source>unknown GEOS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Cannot create a WKB reader: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unreadable geometry (WKB): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create a WKB writer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write a geometry as WKB: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot copy a geometry: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpactFigure</name>
    <message>
        <location filename="../../app/figures/impactfigurerows.cpp" line="+100"/>
        <source>%1 (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>(no ward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/figures/impactfigure.cpp" line="+22"/>
        <source>Workload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catchment population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catchment population aged 65+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No scenario impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to chart: no workload counts and no population layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>per counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2: before and after %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per ward (its ward office and branch counters): the %1 counters are too many for a row each at this size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per ward: its ward office and branch counters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No value, so no row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No %1 count for %2: the bars of their wards (marked *) sum the other counters and the work they receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No %1 count, so no row: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 +%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (before and after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No %1 count, so no bar: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No value, so no bar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No %1 count of their own, so only the work they receive from closed counters is drawn: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 population cells have no 65+ value and are left out of the 65+ counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+189"/>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-181"/>
        <source>%1 (transactions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (residents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+189"/>
        <source>received from closed counters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 before: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/figures/impactfigurepaint.cpp" line="+86"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of it received from closed counters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpactSummaryText</name>
    <message>
        <location filename="../../app/figures/impactsummary.cpp" line="+30"/>
        <location line="+57"/>
        <source>%1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no counts loaded for any fiscal year — catchments are shown instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no counts loaded for any fiscal year, and no population layer: there is nothing to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+5"/>
        <source>%1 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+3"/>
        <source>Workload moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 (%2) from the closed counters to the receiving counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not known (%1): no count for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>No scenario impact: choose a scenario to see what it does to the counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counters open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closed counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Residents over %1 km from an open counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aged 65+ over %1 km from an open counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Residents whose counter closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (aged 65+: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residents beyond the %1 km guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not counted: the project has no population layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpactText</name>
    <message>
        <location filename="../../core/impact.cpp" line="+40"/>
        <source>office %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office %1 has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office id %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give every office a unique id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the offices table has no ward office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the offices table needs at least one row of kind ward_office (区役所): ward offices always stay open and receive the closed counters&apos; work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the distance guide %1 m is not a positive distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set a distance guide in metres, e.g. 5000 for Kumamoto&apos;s 5 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the distance to %1 cannot be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the coordinates of both offices (longitude -180..180, latitude -90..90 degrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>has no %1 workload: the workload totals are unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fill in the office&apos;s count for %1 in the offices table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerReaderText</name>
    <message>
        <location filename="../../gis/shapefilecheck.cpp" line="+12"/>
        <source>copy the file again from its source; a shapefile needs its .shp, .shx and .dbf together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/layerreader.cpp" line="+29"/>
        <source>feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+420"/>
        <location filename="../../gis/shapefilecheck.cpp" line="+49"/>
        <location line="+52"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/shapefilecheck.cpp" line="-50"/>
        <location line="+52"/>
        <source>check that the file exists and that you may read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>%1 is truncated or not a shapefile %2: it has only %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a shapefile %2 (wrong file code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is truncated: it has %2 bytes, but its header says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is truncated: its header is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is truncated: it has %2 bytes, but its header announces %3 records in %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>its .cpg file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its DBF language driver id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the encoding set for this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-185"/>
        <source>set &quot;encoding&quot; for this layer in the project file (&quot;CP932&quot; for Shift_JIS, or &quot;UTF-8&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+209"/>
        <source>%1 names the encoding &quot;%2&quot;, which is not supported (only CP932/Shift_JIS and UTF-8 are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> to override it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The text attributes of %1 are neither valid UTF-8 nor valid CP932 (Shift_JIS), and there is no .cpg file naming the encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The text attributes of %1 are not valid UTF-8, although %2 says UTF-8; they look like CP932 (Shift_JIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text attributes of %1 are not valid UTF-8, although %2 says UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text attributes of %1 are not valid CP932 (Shift_JIS), although %2 says CP932</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The text attributes of %1 cannot be read as CP932 (Shift_JIS), as %2 says: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text attributes look like UTF-8, but %1 says CP932 (Shift_JIS): names may be garbled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/layerreader.cpp" line="-407"/>
        <source>The text is not valid after reading it as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+149"/>
        <source>features without geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+299"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the path in the project file or on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/shapefilecheck.cpp" line="+15"/>
        <source>%1.%2 is missing: a shapefile needs its .shp, .shx and .dbf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copy all the files that came with %1 (.shp, .shx, .dbf, .prj, .cpg) into the same folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>index (.shx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2 do not belong together: the index has %3 shapes, the attribute table %4 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gis/layerreader.cpp" line="-279"/>
        <source>The encoding %1 set for this layer was ignored: this format always stores text as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove &quot;encoding&quot; for this layer from the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the format is not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read as a vector layer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that it is a complete Shapefile, GeoPackage or GeoJSON file; copy it again from its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 contains no vector layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that this is the right file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no layer named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has %2 layers; the first, &quot;%3&quot;, was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name the layer to read in the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The layer&apos;s own coordinate reference system %1 was replaced by %2, as set for this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no coordinate reference system (no .prj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no coordinate reference system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add the .prj that came with the data, or set &quot;crs&quot; for this layer in the project file (e.g. &quot;EPSG:6668&quot; for JGD2011 latitude/longitude) or pass --crs ROLE=EPSG:6668 on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>, field </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The feature has no geometry; it is kept without a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The geometry cannot be transformed from %1 to JGD2011: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>coordinates out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the coordinate reference system of this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+30"/>
        <source>repair the geometry in a GIS, or remove the feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The geometry mixes points, lines and polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+89"/>
        <source>split the layer so that each holds one kind of geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-91"/>
        <source>The geometry is a %1, but the layer holds %2s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-48"/>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The polygon is invalid (%1) and cannot be repaired: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The polygon was invalid (%1) and was repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the boundary of this feature in a GIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 has no features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that this is the right file and layer; it holds no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1 of the %2 features of %3 could be read: the shapefile is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 mixes %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapContentBuilderText</name>
    <message>
        <location filename="../../app/lib/mapcontentbuilder.cpp" line="+30"/>
        <location line="+33"/>
        <source>scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>assess the scenario&apos;s impact again after changing the scenario or the offices table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the impact was assessed for %1 offices, the offices table has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the impact does not match the scenario&apos;s decision for office %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the impact moves work from office %1 to office %2, which the offices table does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>assess the scenario&apos;s impact again with the project&apos;s offices table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+125"/>
        <source>feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the map&apos;s population cells do not come from this population layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reload the project so the map is built from the layer again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapContentText</name>
    <message>
        <location filename="../../gis/mapcontent.cpp" line="+256"/>
        <source>field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 field &quot;%2&quot; is not in the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the layer&apos;s fields: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+161"/>
        <source>feature %1, field %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-160"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map a numeric population field, or correct the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>the layer has no geometry to place on a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a layer with points or polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no name field was given for the polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the field that holds the names (e.g. N03_004 for wards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-79"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no population field was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the field that holds the residents of each cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>population 65+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the population is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the count (0 where nobody lives); an empty cell is missing data, not zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+149"/>
        <source>circle around %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the radius %1 m is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a distance threshold greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapExportText</name>
    <message>
        <location filename="../../app/lib/mapexport.cpp" line="+125"/>
        <source>a %1 x %2 px page at %3 dpi leaves too little room for the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose a larger page or a lower resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the map has nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open a project with an offices table or map layers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeTableText</name>
    <message>
        <location filename="../../gis/officetable.cpp" line="+36"/>
        <source>name the column for the offices layer in the project file (&quot;fields&quot;: {&quot;%1&quot;: &quot;&lt;column&gt;&quot;})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 holds %2 geometries; the offices must be points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a point layer, or a CSV table with latitude and longitude columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The office has no location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place the office&apos;s point in a GIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The office&apos;s geometry is not a single point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give each office exactly one point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ward_office (区役所), general_branch (総合出張所), branch (出張所)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keep (継続), service_corner (行政サービスコーナー), close (廃止), upgrade (機能強化)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The coordinate is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fill in the office&apos;s coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write coordinates as decimal numbers with &apos;.&apos; (e.g. 32.80300)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>workload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the columns %1 all hold the workload of %2: which one counts cannot be told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keep one column per fiscal year, or name the year&apos;s column in the project&apos;s field mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+243"/>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>write counts as plain numbers (1234 or 1,234); leave the cell empty when the count is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write counts as plain numbers (1234 or 1,234)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The count %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counts cannot be negative; leave the cell empty when the count is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the path of the offices table in the project file or on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-251"/>
        <source>The column &quot;%1&quot; (set for %2) is not in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the header has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no %2 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <location line="+11"/>
        <source>the header has: %1; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <source>id (番号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name (名称)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind (種別)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ward (区)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has a %2 column (%3) but no %4 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no coordinate columns (latitude and longitude, or x and y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has projected coordinate columns (%2, %3) but no coordinate reference system is set for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set &quot;crs&quot; for the offices layer in the project file (e.g. &quot;EPSG:6670&quot; for JGD2011 plane rectangular zone II) or pass --crs offices=EPSG:6670 on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The coordinate reference system %1 set for the offices is projected, but the table has latitude/longitude columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set a geographic CRS (e.g. &quot;EPSG:6668&quot;), or map the x and y columns instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+197"/>
        <source>%1 has no offices: it holds only a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add one row per office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-147"/>
        <source>, column </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fill in the %1 of every office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Unknown kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Unknown decision &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use one of: %1, or leave the cell empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The latitude %1 is out of range (-90 to 90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>are latitude and longitude swapped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>check the coordinates of this office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The longitude %1 is out of range (-180 to 180)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The coordinates cannot be transformed from %1 to JGD2011: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>check the coordinates and the &quot;crs&quot; of the offices layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The coordinates lie outside the world after transforming them from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The id &quot;%1&quot; is used twice: on %2 and on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give every office its own id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputPathText</name>
    <message>
        <location filename="../../app/lib/outputpath.cpp" line="+74"/>
        <source>a folder of that name is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the output file is one of the project&apos;s input files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose another file name for the output; input files are never overwritten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageExportText</name>
    <message>
        <location filename="../../app/lib/pageexport.cpp" line="+176"/>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that the folder exists and is writable, and that there is space on the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+130"/>
        <source>the page could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-74"/>
        <source>the resolution %1 dpi is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose between %1 and %2 dpi (300 for print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the page size %1 x %2 px is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give a width and a height in pixels, e.g. 1920x1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the page would be %1 x %2 px, more than %3 px a side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+80"/>
        <source>choose a lower resolution or a smaller size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-71"/>
        <source>cannot tell the format from the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name the file .pdf (vector, for print), .svg (vector, for editing) or .png (image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n pages cannot go into one image</source>
        <translation>
            <numerusform>%n page cannot go into one image</numerusform>
            <numerusform>%n pages cannot go into one image</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name the file .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the export would overwrite one of the project&apos;s input files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing can be drawn without the graphics library set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run the export from madoguchi or madoguchi-cli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the PDF could not be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not enough memory for a %1 x %2 px image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolygonIndexText</name>
    <message>
        <location filename="../../gis/polygonindex.cpp" line="+29"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a polygon layer: it has %2 geometries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a layer of areas (e.g. the ward boundaries) for this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its polygon cannot be prepared for point-in-polygon tests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repair the geometry in a GIS (e.g. QGIS&apos;s Fix geometries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create a spatial index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>feature index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the point-in-polygon test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repair the polygon layer&apos;s geometry in a GIS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopulationCellsText</name>
    <message>
        <location filename="../../gis/populationcells.cpp" line="+30"/>
        <source>feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature %1, field %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the population layer has no field %1 (mapped as the %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map the %1 to one of the layer&apos;s fields: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>cannot read a point: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the population cell has no geometry, so its residents cannot be placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove the feature or give it its area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot find a point for the population cell (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repair the geometry in a GIS (e.g. QGIS&apos;s Fix geometries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>centroid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>centroid test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>point on surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the population layer must have polygons (e.g. mesh cells) or points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a population layer of areas or points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>65+ population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cell id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the population is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every cell needs its number of residents (0 where nobody lives); a missing count is not read as zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the population %1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that the population field is mapped to the count of residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the population %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>check the population layer: a count of residents cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the 65+ population %1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that the 65+ field is mapped to the count of residents aged 65 and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the 65+ population %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjGeodesicText</name>
    <message>
        <location filename="../../gis/projgeodesic.cpp" line="+31"/>
        <source>geodesic, GRS80 ellipsoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>geodesic, WGS84 ellipsoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>geodesic, sphere of radius %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geodesic, ellipsoid a = %1 m, 1/f = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFileText</name>
    <message>
        <location filename="../../app/lib/projectfilereader.cpp" line="+71"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+282"/>
        <location line="+96"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-376"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+175"/>
        <source>&quot;%1&quot; must be %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the value in the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a *.madoguchi file saved by Madoguchi, or save the project again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project file is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the JSON syntax there (a missing comma or quote is common), or open a file saved by Madoguchi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The project file must hold a JSON object ({…}) at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Open a *.madoguchi file saved by Madoguchi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The file has no &quot;format&quot; key, so it is not a Madoguchi project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a *.madoguchi file, or add &quot;format&quot;: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;format&quot; is %1, not &quot;%2&quot;: this is not a Madoguchi project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The project file has no &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &quot;version&quot;: %1 (the version this file was written for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a whole number such as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project file was made by a newer Madoguchi (file version %1; this Madoguchi reads up to version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Update Madoguchi to open this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;version&quot; %1 is not a valid project file version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &quot;version&quot; to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>an object ({…})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a distance in metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The distance threshold must be a positive number of metres, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the guide distance in metres, e.g. 5000 for 5 km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;workloadFiscalYear&quot; must be a western year such as 2014, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the year the fiscal year starts in: 2014 for 平成26年度.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <source>transactions per fiscal year, e.g. 20000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-99"/>
        <source>&quot;%1&quot; is given twice in the same object (lines %2 and %3); a project file says one thing per key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the one you mean and delete the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>residents, e.g. 50000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>a number of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; must be zero or more, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a number of %1, or remove the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a count (a number) or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A workload count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the count or import the counts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a list of scenarios ([{&quot;name&quot;: …}, …])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an object ({&quot;name&quot;: …, &quot;decisions&quot;: {…}})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scenario has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give every scenario a name, e.g. &quot;現状&quot; for the status quo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a decision (a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use keep, service_corner, close or upgrade (継続, 行政サービスコーナー, 廃止, 機能強化).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a note (a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not an office id: ids have no surrounding spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the office&apos;s id from the offices table, e.g. &quot;br_oe&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The project has no layers: the offices table is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &quot;layers&quot;: {&quot;offices&quot;: {&quot;path&quot;: &quot;offices.csv&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a layer role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project has no offices layer: it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &quot;offices&quot;: {&quot;path&quot;: &quot;offices.csv&quot;} under &quot;layers&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The layer has no &quot;path&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the file&apos;s path, relative to the project file&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a file path (a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The layer&apos;s path is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the file&apos;s path, relative to the project file&apos;s folder, or remove the layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not an encoding Madoguchi reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &quot;CP932&quot; (Shift_JIS) or &quot;UTF-8&quot;, or remove the key to use the .cpg file or detection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The CRS is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the source&apos;s CRS, e.g. &quot;EPSG:6670&quot; for JGD2011 zone II, or remove the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-48"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&quot;%1&quot; is not a fiscal year: workload keys are 4-digit western years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the year the fiscal year starts in, e.g. &quot;2014&quot; for 平成26年度.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Give a JGD2011 plane rectangular zone such as &quot;EPSG:6680&quot; (zone XII), a UTM zone such as &quot;EPSG:6691&quot;, or remove the key to let Madoguchi choose the zone of the wards&apos; municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a column name (a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workload column for %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the column&apos;s name or remove the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The project file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path and the file name (*.%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a folder, not a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the *.%1 file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>The project file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Check that you are allowed to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/lib/projectfilewriter.cpp" line="+142"/>
        <source>The distance threshold must be a positive number of metres, not %1; the project was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the guide distance, e.g. 5000 for 5 km, and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The threshold must be a number, not %1; the project was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the threshold or remove it, and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source> The project was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectLoader</name>
    <message>
        <location filename="../../app/lib/projectloader.cpp" line="+29"/>
        <source>wards layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school-district layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schools layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>population layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offices table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown text encoding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use CP932 (Shift_JIS) or UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the %1 must contain %2, but this file contains %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check that the right file is set for &quot;%1&quot; in the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot tell which attribute of the %1 holds the %2 (attributes: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set layers.%1.fields.%2 in the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the %1 has no attribute &quot;%2&quot; (attributes: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>correct layers.%1.fields.%2 in the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>ward name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>school name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>polygons or points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>population aged 65+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the %1 &quot;%2&quot; is a folder, not a layer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name the layer&apos;s file in the folder, e.g. wards.shp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the %1 &quot;%2&quot; is not a regular file (a pipe, a socket or a device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save the data to a file and name that file in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+183"/>
        <source>the project names no offices table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add layers.offices.path, the CSV or point layer of ward and branch offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-203"/>
        <source>the %1 &quot;%2&quot; was not found (looked in: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>move the file back, correct the path in the project file, or add the folder that holds it with --data-path or MADOGUCHI_DATA_PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>offices table: %1 offices, %2, coordinates in %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>, found on the data search path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>imported workload counts for &quot;%1&quot;, which is not in the offices table, are not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the office ids, or import the counts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1: %2 features (%3), %4, %5%6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, APPROXIMATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the %1 was not loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationText</name>
    <message>
        <location filename="../../core/recommendation.cpp" line="+213"/>
        <source>%1 km to %2, within the %3 km guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 km to %2, beyond the %3 km guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 workload %2 transactions ≤ %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 workload %2 transactions &gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no %1 workload for this office in the offices table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 workload %2 transactions, but no workload threshold is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the offices table has no workload for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the offices table has no workload counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>catchment %1 residents ≤ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>catchment %1 residents &gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no catchment threshold is set to judge it without workload counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no population layer to measure its catchment against %1 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>school district %1 is marked as growing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../../app/figures/reportexport.cpp" line="+206"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No chart: the project has neither workload counts (受付件数) nor a population layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance to the nearest ward office and use of each branch office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Impact of the scenario on the counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+296"/>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Summary of the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No scenario was chosen: the report shows the evaluation alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 km, geodesic distance to the nearest ward office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workload threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the offices table has no workload counts (受付件数): the recommendation judges by the catchment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catchment threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Comparison with the alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Branch offices: decisions and reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Branch office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nearest ward office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catchment (residents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasons, receiving counter and note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>there is no map to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-56"/>
        <source>its work goes to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-184"/>
        <source>%1 transactions in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+185"/>
        <source>its work goes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Distances: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with Madoguchi %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a report is written as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name the file .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open a project with an offices table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioAnalysisText</name>
    <message>
        <location filename="../../app/lib/scenarioanalysis.cpp" line="+154"/>
        <source>Status quo: every counter stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decisions in the offices table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioText</name>
    <message>
        <location filename="../../core/scenario.cpp" line="+24"/>
        <source>scenario &quot;%1&quot;, %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The scenario has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give every scenario a name, e.g. &quot;現状&quot; for the status quo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scenario name &quot;%1&quot; is already used by scenarios[%2].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give every scenario a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scenario &quot;%1&quot; decides on office &quot;%2&quot;, which is not in the offices table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the office id in the scenario (ids are case-sensitive) or add the office to the offices table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scenario &quot;%1&quot; decides &quot;%2&quot; for %3 (%4), a ward office: ward offices always keep their counters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the ward office from the scenario&apos;s decisions; only branch offices (出張所) can be decided on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenario &quot;%1&quot; has a note on office &quot;%2&quot;, which is not in the offices table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the office id of the note or add the office to the offices table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpatialReferenceText</name>
    <message>
        <location filename="../../gis/spatialreference.cpp" line="+49"/>
        <source>The coordinate reference system &quot;%1&quot; is not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give an EPSG code such as &quot;EPSG:6668&quot; (JGD2011 latitude/longitude) or &quot;EPSG:6670&quot; (JGD2011 plane rectangular zone II)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>EPSG:6668 (JGD2011) is not in the PROJ database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>install PROJ&apos;s data files (proj-data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unnamed CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>There is no transformation from %1 to JGD2011 (EPSG:6668): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the coordinate reference system of this data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableExportText</name>
    <message>
        <location filename="../../app/lib/tableexport.cpp" line="+126"/>
        <source>check that the folder exists and that you may write into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+24"/>
        <source>cannot start the workbook: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>cannot add the sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+10"/>
        <source>cannot write the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the text has %1 characters; a spreadsheet cell holds at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shorten the text in the project, or export to CSV, which has no such limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the value is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>sheet %1, cell %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write the cell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the table has %1 rows and %2 columns, more than a sheet holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export to CSV or GeoPackage instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>row of %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+244"/>
        <source>cannot tell the table format from the file name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end the file name in one of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextEncodingText</name>
    <message>
        <location filename="../../gis/textencoding.cpp" line="+124"/>
        <source>The text could not be converted from CP932 (Shift_JIS): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the file&apos;s character encoding; set the encoding to UTF-8 if the text is not Shift_JIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this system has no CP932 converter (iconv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>byte %1 has no Unicode equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The text is not valid UTF-8 (at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the text is Shift_JIS, set the encoding to CP932</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text is not valid CP932 (Shift_JIS) (at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the text is UTF-8, set the encoding to UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>.cpg file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DBF language driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 by format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VectorLayerText</name>
    <message>
        <location filename="../../gis/vectorlayer.cpp" line="+21"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polygon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../app/workbench/workbenchapplication.cpp" line="+66"/>
        <source>Madoguchi: plan which branch offices keep their service counters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project to open (.madoguchi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A folder in which to look for the project&apos;s layer files (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Initial map extent in display metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--extent expects XMIN,YMIN,XMAX,YMAX, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::ChartDock</name>
    <message>
        <location filename="../../app/workbench/chartdock.cpp" line="+26"/>
        <source>Workload (受付件数)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catchment population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catchment population 65+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Correlation Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trend line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fiscal year of the workload counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The offices table has no workload counts (受付件数): the chart shows the catchment population instead. Import counts with File ▸ Import Workload Counts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to plot: the project has neither workload counts nor a population layer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::ChartExportDialog</name>
    <message>
        <location filename="../../app/workbench/figureexportdialogs.cpp" line="+28"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/exportactions.cpp" line="+291"/>
        <location filename="../../app/workbench/figureexportdialogs.cpp" line="+21"/>
        <location line="+25"/>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/figureexportdialogs.cpp" line="-19"/>
        <source>Correlation chart: distance and workload or catchment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact of the scenario: before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logarithmic value axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend line (least squares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One pair of bars per ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF, vector for print (*.pdf);;SVG, vector for editing (*.svg);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::CountsImportDialog</name>
    <message>
        <location filename="../../app/workbench/countsimportdialog.cpp" line="+56"/>
        <location line="+175"/>
        <source>Shift_JIS (CP932)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+173"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Import workload counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>How the file&apos;s text is decoded. Automatic reads a UTF-8 byte order mark, else tells UTF-8 from Shift_JIS by the bytes. Choose one when the names are garbled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Office id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the file&apos;s rows are matched to the project&apos;s offices: by the office id, or by the office name (大江出張所; also 大江 when only one office has that name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Match offices by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show only rows that are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Counts are transactions received at the counter (受付件数) per fiscal year. An empty cell is a missing count, not zero. Nothing changes until you choose Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-309"/>
        <source>%1 of %2 branch offices matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n ward office(s) matched</source>
        <translation>
            <numerusform>%n ward office matched</numerusform>
            <numerusform>%n ward offices matched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) not matched</source>
        <translation>
            <numerusform>%n row not matched</numerusform>
            <numerusform>%n rows not matched</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fiscal years %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key column: &lt;b&gt;“%1”&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fiscal-year columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignored columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transactions received (受付件数) in %1, from the file&apos;s column “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty cell: the count is missing (not zero)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Every branch office has a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Branch offices without a row (%1):&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::CriteriaDialog</name>
    <message>
        <location filename="../../app/workbench/criteriadialog.cpp" line="+14"/>
        <source>Recommendation Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::CriteriaForm</name>
    <message>
        <location filename="../../app/workbench/criteriaform.cpp" line="+45"/>
        <source>A threshold left unset cannot decide: the recommendation then says “Undetermined” for the branch offices within the distance guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance guide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The straight distance from a branch office to the nearest ward office within which its counter is reviewed; one farther away is kept. Kumamoto&apos;s 2016 policy used 5 km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workload at or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fiscal year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A branch office within the distance guide whose workload (transactions received at its counter in this fiscal year) is at or below this is a candidate for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catchment population at or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used when the offices table has no workload for the year: a branch office within the guide whose catchment (the residents for whom it is the nearest counter) is at or below this is a candidate for review. It needs a population layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The latest year in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (not in the table)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::CrsPicker</name>
    <message>
        <location filename="../../app/workbench/crspicker.cpp" line="+23"/>
        <source>EPSG:%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPSG:%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Type an EPSG code or a name, e.g. 6680 or 札幌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the file; or type an EPSG code, e.g. 6668</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-62"/>
        <source>JGD2011 latitude/longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WGS 84 latitude/longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Show the coordinate systems of Japanese data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“%1” is not an EPSG code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No coordinate system is listed for “%1”: type its EPSG code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” matches %2 coordinate systems: pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PROJ&apos;s database has no EPSG:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EPSG:%1 (%2) cannot be the map projection: choose a plane rectangular zone or a UTM zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>EPSG:%1 (%2) is not a horizontal coordinate system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1, chosen here; the automatic choice is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::DetailsDock</name>
    <message>
        <location filename="../../app/workbench/detailsdock.cpp" line="+37"/>
        <source>%1 km (%2 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+160"/>
        <location line="+24"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No project is open. Open a project with File ▸ Open… or drop a .madoguchi file on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>… and %n more selected office(s)</source>
        <translation>
            <numerusform>… and %n more selected office</numerusform>
            <numerusform>… and %n more selected offices</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Nearest ward office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Own ward office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none in the offices table for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes: within the %1 km guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: beyond the %1 km guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(the table says %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Ward at site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outside every ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>outside every district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(approximate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+179"/>
        <source>%1 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-177"/>
        <source>aged 65+: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n cell(s) without a 65+ count</source>
        <translation>
            <numerusform>%n cell without a 65+ count</numerusform>
            <numerusform>%n cells without a 65+ count</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catchment population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>work goes to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>(closure or a service corner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no workload data (受付件数) in the offices table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload (受付件数)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ward offices, %2 branch offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Distance threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 km: %2 of %3 branch offices within it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Distances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an office on the map or in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::ExportActions</name>
    <message>
        <location filename="../../app/workbench/exportactions.cpp" line="-214"/>
        <source>Export &amp;Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the map of the current scenario as PDF, SVG or PNG, with a title, a legend, a scale bar and the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the evaluation with the current scenario&apos;s columns as CSV (Excel), an Excel workbook or a GeoPackage (QGIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the correlation chart or the impact chart of the current scenario as PDF, SVG or PNG, for the policy document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a PDF report of the current scenario: summary, map, charts, the branch offices with decisions and reasons, sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Open %1 in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The export was cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exporting the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the map to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot export the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CSV (UTF-8, Excel) (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoPackage (QGIS) (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot export the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported the table to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exporting the chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the chart to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the report to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot export the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::ExportFileField</name>
    <message>
        <location filename="../../app/workbench/exportfields.cpp" line="+29"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the file .pdf (vector, for print), .svg (vector, for editing) or .png (image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::ExportPageFields</name>
    <message>
        <location line="+29"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure, 160 × 110 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image&apos;s resolution, and the scale of texts, symbols and lines on every format: 1 pt is 1/72 inch on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 × %2 px, %3 × %4 mm at %5 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PDF (vector, fonts embedded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::FrontierChart</name>
    <message>
        <location filename="../../app/workbench/frontierchart.cpp" line="+149"/>
        <source>Run the optimiser to see the best set of closures for each number of counters closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Best set of %n closure(s)</source>
        <translation>
            <numerusform>Best set of %n closure</numerusform>
            <numerusform>Best set of %n closures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not proven optimal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::ImpactPanel</name>
    <message>
        <location filename="../../app/workbench/impactpanel.cpp" line="+205"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Bars:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the closed counters&apos; work and residents go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Transfers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+91"/>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Click a row to select the closed office and its receiving counter on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before: every counter open, as today. After: the scenario&apos;s counters. Residents are counted from the population layer&apos;s cells, each going to its nearest open counter (geodesic distance); a closed counter&apos;s workload goes to the open counter nearest to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Closed office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receiving counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distance (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload %1 (transactions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workload (transactions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents (人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aged 65+ (人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean distance (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ward the offices table puts the closed office in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The nearest open counter to the closed office, which takes over its workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geodesic distance from the closed office to the receiving counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residents for whom the closed office was the nearest counter (its catchment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population-weighted mean distance from the residents of its catchment to their nearest counter, before → after the closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 m (geodesic, from office to office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No %1 count for this office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workload counts are loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No population layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Population-weighted mean distance from the residents of its catchment to their nearest counter: %1 km today, %2 km to their nearest open counter after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No residents in its catchment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::LayersDock</name>
    <message>
        <location filename="../../app/workbench/layersdock.cpp" line="+111"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Move the layer up (drawn above the layers below it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the layer down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Density (residents/km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share aged 65+ (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours the population cells; the ward fills are then left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Population:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Ward names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>School districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+46"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources (出典)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance threshold circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines to nearest ward office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elementary schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact of the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose a scenario to see where the closed counters&apos; work goes and who is beyond the distance guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project has no such layer, or it could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opacity of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::LegendWidget</name>
    <message>
        <location filename="../../app/workbench/legendwidget.cpp" line="+122"/>
        <source>No map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::MainWindow</name>
    <message>
        <location filename="../../app/workbench/mainwindow.cpp" line="+69"/>
        <source>Wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/mainwindowactions.cpp" line="+80"/>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a project from the offices table and the map layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a Madoguchi project (.madoguchi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the scenarios, notes, criteria and imported counts in the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import Workload Counts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join workload counts (受付件数) from a CSV to the offices by id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New Scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a scenario in which every counter stays open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Duplicate Scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the current scenario&apos;s decisions and notes into a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the copy of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename Scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set the decision of the selected branch offices in the current scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Full Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;School Districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to move the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a box to zoom into it; click to zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;elect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click an office or drag a box to select; Shift or Ctrl adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click an office to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distance &amp;Threshold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the distance to the nearest ward office that a branch office is judged against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recommendation Thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Full screen for a projector: step through the candidates for review with the arrow keys, S switches scenario, Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The workload or catchment at or below which a near branch office is a candidate for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Optimise Closures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the closures that harm residents least, for each number of counters closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;End Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the current scenario again instead of the set previewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Madoguchi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set &amp;Decision of Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom to &amp;Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;cenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Compare Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Impact of the Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/workbench/mainwindowplanning.cpp" line="+306"/>
        <source>The scenario whose decisions the map, the table and the chart show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop loading the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Latitude and longitude of the cursor (JGD2011, degrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position of the cursor in the map&apos;s projected coordinate system: metres east and north of the zone&apos;s origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Map scale; type a scale such as 1:25000 and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time the last map render took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lat %1°  Lon %2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E %1 m  N %2 m  (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Render failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/mainwindow.cpp" line="+93"/>
        <source>Loading %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot apply the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Map projection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opened %1: %2 ward offices, %3 branch offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Missing layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n layer(s) of the project could not be loaded. The rest of the project is open.</source>
        <translation>
            <numerusform>%n layer of the project could not be loaded. The rest of the project is open.</numerusform>
            <numerusform>%n layers of the project could not be loaded. The rest of the project is open.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locate a moved file to correct the project, or close this message to work without the layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locate %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Map layers (*.shp *.gpkg *.geojson *.json *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Locate %1 (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot correct the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Madoguchi — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madoguchi — %1 — scenario %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Madoguchi — %1 — preview: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Madoguchi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear Recent Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/mainwindowactions.cpp" line="+56"/>
        <source>&quot;%1&quot; is not a scale; type it as 1:25000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/mainwindowplanning.cpp" line="+21"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Catchment: %1 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/mainwindow.cpp" line="+8"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Madoguchi projects (*.madoguchi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/mainwindowplanning.cpp" line="-295"/>
        <source>Distance Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Straight (geodesic) distance from a branch office to the nearest ward office that counts as near, in km.
Kumamoto&apos;s 2016 policy used 5 km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distance threshold set to %1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impact of the Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compare Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+134"/>
        <source>End Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the current scenario again (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not an edit: the project and its scenarios are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import Workload Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Imported workload counts for %n office(s) from %1</source>
        <translation>
            <numerusform>Imported workload counts for %n office from %1</numerusform>
            <numerusform>Imported workload counts for %n offices from %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot make the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Workload %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/mainwindow.cpp" line="-13"/>
        <location line="+21"/>
        <source>Cannot save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project has changes that are not saved (decisions, notes, thresholds or imported counts).
Save them in the project file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A planning tool for the service counters of municipal branch offices: distances to the nearest ward office, workload and catchment on one map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built with Qt %1, GDAL, GEOS and PROJ (geodesic distances after Karney).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data of the open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project names no sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Madoguchi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language will change the next time Madoguchi starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::MapCanvas</name>
    <message>
        <location filename="../../app/workbench/mapcanvas.cpp" line="+53"/>
        <source>School districts are approximate (nearest-school areas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+319"/>
        <source>Open a project (File ▸ Open) or drop a .madoguchi file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Drawing the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The map could not be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/maprenderjob.cpp" line="+51"/>
        <source>Not enough memory for a %1 x %2 pixel map image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::MapExportDialog</name>
    <message>
        <location filename="../../app/workbench/exportactions.cpp" line="-87"/>
        <location filename="../../app/workbench/mapexportdialog.cpp" line="+30"/>
        <location line="+6"/>
        <source>Export Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/mapexportdialog.cpp" line="+3"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-53"/>
        <source>PDF, vector for print (*.pdf);;SVG, vector for editing (*.svg);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+137"/>
        <source>%1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::NewProjectWizard</name>
    <message>
        <location filename="../../app/workbench/wizardwidgets.cpp" line="+67"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Auto (.cpg file or detection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>CP932 (Shift_JIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>How the file&apos;s text is decoded. Auto uses the .cpg file beside a shapefile, else detects CP932 (Shift_JIS) or UTF-8 from the bytes. Choose an encoding when the names in the preview are garbled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>from the .cpg file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the DBF language driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>always UTF-8 in this format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardlayerpage.cpp" line="+299"/>
        <location filename="../../app/workbench/wizardwidgets.cpp" line="+14"/>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardwidgets.cpp" line="+2"/>
        <source>lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardlayerpage.cpp" line="-4"/>
        <location filename="../../app/workbench/wizardwidgets.cpp" line="+2"/>
        <source>polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardwidgets.cpp" line="+4"/>
        <source>no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardsummarypage.cpp" line="+75"/>
        <location filename="../../app/workbench/wizardwidgets.cpp" line="+16"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardprojectpage.cpp" line="+20"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the project and choose the file to save it in. The layers are saved relative to this file&apos;s folder, so the folder can be moved or shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Branch office review 2016</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. a project folder beside the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardfilepage.cpp" line="+30"/>
        <location filename="../../app/workbench/wizardprojectpage.cpp" line="+1"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Reading %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardprojectpage.cpp" line="+4"/>
        <source>Project name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The folder %1 does not exist. Create it first, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You may not write into the folder %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madoguchi projects (*.madoguchi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file of this name exists: Finish will replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardofficespage.cpp" line="+51"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/workbench/wizardsummarypage.cpp" line="-5"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X (easting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y (northing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/workbench/wizardsummarypage.cpp" line="+70"/>
        <source>Offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ward offices (区役所) and branch offices (出張所) with their locations: a CSV table with latitude and longitude (or x/y) columns, or a point layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Workload %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardlayerpage.cpp" line="-240"/>
        <location filename="../../app/workbench/wizardofficespage.cpp" line="-212"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/workbench/wizardofficespage.cpp" line="+1"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardofficespage.cpp" line="+6"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EPSG:6668 for latitude/longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The coordinate reference system of the coordinate columns, e.g. EPSG:6668 (JGD2011 latitude/longitude) or EPSG:6670 (JGD2011 plane rectangular zone II). Needed for x/y columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coordinate CRS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Choose the Offices Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offices tables (*.csv *.txt *.shp *.gpkg *.geojson *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardfilepage.cpp" line="+20"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardwidgets.cpp" line="-31"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Line numbers in a table, feature numbers in a layer: the numbers that messages name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardofficespage.cpp" line="-31"/>
        <source>ASCII only: reads the same in either encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>UTF-8, from the byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>neither UTF-8 nor CP932 (Shift_JIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+177"/>
        <source>%1 rows, all in the preview (scroll), decoded as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows; the first %2 are shown, decoded as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The columns are separated by a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bytes are not valid %1: garbled text (mojibake) or � shows where they do not decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 features; the first %2 are shown. Coordinates from the layer (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>None found (columns named like fy2014_count, H26 or 平成26年度)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A column named after a fiscal year is read as that year&apos;s counter workload (受付件数).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>x/y columns need their CRS, e.g. EPSG:6670 (JGD2011 plane rectangular zone II).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JGD2011 latitude/longitude (EPSG:6668), the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n office(s) read. Ward offices (区役所): %1, general branch offices (総合出張所): %2, branch offices (出張所): %3.</source>
        <translation>
            <numerusform>%n office read. Ward offices (区役所): %1, general branch offices (総合出張所): %2, branch offices (出張所): %3.</numerusform>
            <numerusform>%n offices read. Ward offices (区役所): %1, general branch offices (総合出張所): %2, branch offices (出張所): %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text: %1, %2. Coordinates: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No workload (受付件数) columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload (受付件数) for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardlayerpage.cpp" line="+308"/>
        <location filename="../../app/workbench/wizardofficespage.cpp" line="+1"/>
        <location line="+16"/>
        <location filename="../../app/workbench/wizardsummarypage.cpp" line="-51"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardofficespage.cpp" line="-2"/>
        <source>Still read, because they are recognised by their names: %1. Rename the column in the table to leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardlayerpage.cpp" line="-255"/>
        <location filename="../../app/workbench/wizardsummarypage.cpp" line="+53"/>
        <source>Wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ward boundaries (区), e.g. 国土数値情報 N03 行政区域 as a shapefile. They are drawn on the map and tell in which ward each office lies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Elementary-School Districts (Optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 小学校区 polygons: 国土数値情報 A27 or the city&apos;s own. Mark them approximate when they are not the official districts (e.g. nearest-school areas). Leave the file empty to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Elementary Schools (Optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The elementary schools as points, shown on the map. Leave the file empty to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Population (Optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygons or points with a population count, e.g. the census 500 m mesh, for the residents each counter serves. Leave the file empty to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-81"/>
        <source>e.g. EPSG:6668 (JGD2011 latitude/longitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The coordinate reference system of a file that has none (a shapefile without its .prj). Ask the data&apos;s provider; 国土数値情報 is EPSG:6668 (JGD2011).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coordinate system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the CRS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Population field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aged 65+ field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ward name field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School name field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approximate districts (e.g. nearest-school areas): maps and reports say so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Choose the Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vector layers (*.shp *.gpkg *.geojson *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The projection the map is drawn in. Madoguchi suggests the plane rectangular zone the MLIT notice assigns to the wards&apos; municipalities; type an EPSG code or a name to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map projection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+152"/>
        <source>The encoding chosen above may be wrong: try Auto or the other encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none: the shapefile has no .prj file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, set here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>polygons or points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds %2, but this layer must hold %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n feature(s) (%1).</source>
        <translation>
            <numerusform>%n feature (%1).</numerusform>
            <numerusform>%n features (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the field that holds the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the field that holds the population.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total population (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aged 65+ (%1): %2 (%3%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Shown as APPROXIMATE districts, not the official 校区.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Feature %1: &quot;%2&quot; in %3 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardsummarypage.cpp" line="-119"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what will be written. Finish saves the project file; the data files are only read, never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One line per source, e.g. 出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source credits (出典):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>encoding %1 (saved in the project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encoding %1 (decided again when the project is opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fields %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>APPROXIMATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>distance guide %1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the latest year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>workload at or below %1 transactions (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no workload threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>catchment at or below %1 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no catchment threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>School districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/newprojectwizard.cpp" line="+21"/>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardcriteriapage.cpp" line="+17"/>
        <location filename="../../app/workbench/wizardsummarypage.cpp" line="-51"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the recommendation judges the branch offices by. It only names candidates for review; the decisions are yours. Everything here can be changed later under Analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The offices table has workload columns: the recommendation judges the branch offices within the guide by their workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The offices table has no workload columns: the recommendation judges the branch offices within the guide by their catchment population.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The offices table has no workload columns and no population layer is chosen: the branch offices within the guide stay “Undetermined” until workload counts are imported (File ▸ Import Workload Counts) or a population layer is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The threshold for the data chosen is unset: the branch offices within the guide stay “Undetermined”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::OfficesDock</name>
    <message>
        <location filename="../../app/workbench/officesdock.cpp" line="+60"/>
        <location line="+68"/>
        <source>Offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Filter offices (name, ward, kind …)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::OfficesTableModel</name>
    <message>
        <location filename="../../app/workbench/officestablemodel.cpp" line="+152"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (approximate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 m (geodesic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nearest ward office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance to nearest ward office (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within %1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own ward office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance to own ward office (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ward at site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>School district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catchment population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catchment population 65+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision (scenario)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reasons for the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance to receiving counter (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catchment population after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catchment population 65+ after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workload %1 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workload %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::OptimiseDialog</name>
    <message>
        <location filename="../../app/workbench/optimisedialog.cpp" line="+75"/>
        <source>the closure optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optimise Closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>What the optimiser makes as small as it can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every number (the best set for each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Counters to close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the run and show the sets found so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Branch offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Branch office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To ward office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From the Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current scenario&apos;s closures must close and its upgrades must stay open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the optimiser choose for every branch office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ward offices always keep their counters and are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close only counters within the %1 km guide of a ward office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The policy&apos;s first criterion: a counter farther than the guide from its nearest ward office stays open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close only counters with a workload (%1) of at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close only counters with a workload of at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source> transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No counter gains more residents than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The residents a counter that stays open receives from the closed ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No counter gains more workload than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transactions a counter that stays open receives from the closed ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The offices table has no workload counts for the judged year: the workload limits cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sets found by then are shown, not proven optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offices closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beyond the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>65+ beyond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Create Scenario from This Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the chosen set as a new scenario (it can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the current scenario again (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a point or a row to see its set on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+278"/>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-274"/>
        <source>Optimiser chooses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must keep / Must close: fixed before the optimiser chooses among the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <source>From %1 to %2 with the choices and constraints above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project has no population layer: the optimiser needs one to count the residents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Optimising…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Found the best set for %n number(s) of closures in %1 s.</source>
        <translation>
            <numerusform>Found the best set for %n number of closures in %1 s.</numerusform>
            <numerusform>Found the best set for %n numbers of closures in %1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cancelled: the %n set(s) found so far are shown and not proven optimal.</source>
        <translation>
            <numerusform>Cancelled: the %n set found so far is shown and is not proven optimal.</numerusform>
            <numerusform>Cancelled: the %n sets found so far are shown and not proven optimal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Time limit reached: the %n set(s) found so far are shown and not proven optimal.</source>
        <translation>
            <numerusform>Time limit reached: the %n set found so far is shown and is not proven optimal.</numerusform>
            <numerusform>Time limit reached: the %n sets found so far are shown and not proven optimal.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot optimise: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled before any set was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The project has changed since this run; run again to update the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Cannot show this set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>residents beyond the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>65+ beyond the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Optimal (%1 closed, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Found by the closure optimiser: the set of %n closure(s) with the least %1 (%2).</source>
        <translation>
            <numerusform>Found by the closure optimiser: the set of %n closure with the least %1 (%2).</numerusform>
            <numerusform>Found by the closure optimiser: the set of %n closures with the least %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proven optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not proven optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added the scenario %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create Scenario from This Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::PresentationWindow</name>
    <message>
        <location filename="../../app/workbench/presentationwindow.cpp" line="+76"/>
        <source>Madoguchi — Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <source>→ · Page Down · Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← · Page Up · Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home · End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>first · last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the other scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H · ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>show or hide these keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>close the presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+245"/>
        <source>No branch offices to present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — scenario %2 — summary: before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — scenario %2 — %3 %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>branch office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>candidate for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What scenario &lt;b&gt;%1&lt;/b&gt; does to the counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;b style=&apos;font-size:28pt&apos;&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>workload %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>catchment: &lt;b&gt;%1 residents&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>decision (%1): &lt;b style=&apos;color:%2&apos;&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::ReportExportDialog</name>
    <message>
        <location filename="../../app/workbench/exportactions.cpp" line="+86"/>
        <location filename="../../app/workbench/figureexportdialogs.cpp" line="+15"/>
        <location line="+3"/>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workbench/figureexportdialogs.cpp" line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report holds the scenario&apos;s summary, the map, the correlation chart, the impact chart, the branch offices with their decisions and reasons, and the sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the file .pdf: the report is a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (vector, fonts embedded), %1 pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::ScenarioComparisonWidget</name>
    <message>
        <location filename="../../app/workbench/scenariocomparisonwidget.cpp" line="+35"/>
        <source>Keep the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service corner (certificates only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade (full general-branch functions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Scenario &amp;A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario &amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show A on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show B on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour the offices on the map by the decisions of scenario A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour the offices on the map by the decisions of scenario B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a row to select its office on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision in A (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision in B (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A ward office always keeps its counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The project has no scenarios to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario A and B are the same: choose two different scenarios to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 are not compared yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No office differs: %1 and %2 decide alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 office differs (in its decision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 office differs (only in its note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 offices differ in their decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 offices differ only in their notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 offices differ (%2 in their decision, %3 only in their note).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::app::WorkbenchDocument</name>
    <message>
        <location filename="../../app/workbench/workbenchdocument.cpp" line="+229"/>
        <source>Change the criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+122"/>
        <source>A scenario needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name, e.g. &quot;2016年方針&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a scenario &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename scenario %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is the only scenario and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another scenario first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n offices</source>
        <translation>
            <numerusform>%n office</numerusform>
            <numerusform>%n offices</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Edit the note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not an office of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import counts only for offices of the offices table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import workload counts from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>There is no scenario &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
