<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AtomicFileText</name>
    <message>
        <location filename="../../gis/atomicfile.cpp" line="+64"/>
        <source>free some space on the disk or choose another folder; an existing file was left as it was</source>
        <translation>ディスクの空きを増やすか、別のフォルダーを選んでください。既存のファイルはそのまま残っています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is larger than this system allows; choose another folder or a smaller output</source>
        <translation>ファイルがこのシステムで許される大きさを超えています。別のフォルダーを選ぶか、出力を小さくしてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose a folder you may write into</source>
        <translation>書き込みできるフォルダーを選んでください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that the folder exists and that you may write into it, and that there is space on the disk; an existing file was left as it was</source>
        <translation>フォルダーがあり書き込みできること、ディスクに空きがあることを確認してください。既存のファイルはそのまま残っています</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the folder %1 does not exist</source>
        <translation>フォルダ %1 がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose an existing folder</source>
        <translation>存在するフォルダーを選んでください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a folder of that name is in the way</source>
        <translation>同じ名前のフォルダがあります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose another file name</source>
        <translation>別のファイル名を選んでください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create a file in %1: %2</source>
        <translation>%1 にファイルを作成できません：%2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot write the file: %1</source>
        <translation>ファイルを書き出せません：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not open for writing</source>
        <translation>書き込み用に開かれていません</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+9"/>
        <source>it could not be flushed to disk (%1)</source>
        <translation>ディスクへ書き出せませんでした（%1）</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the writer did not create it</source>
        <translation>書き出し処理がファイルを作成しませんでした</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot put the new file in place: %1</source>
        <translation>新しいファイルを所定の場所に置けません：%1</translation>
    </message>
</context>
<context>
    <name>BackgroundTaskText</name>
    <message>
        <location filename="../../app/workbench/backgroundtask.cpp" line="+71"/>
        <source>the work could not be done (%1)</source>
        <translation>処理を完了できませんでした（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close other programs and try again</source>
        <translation>ほかのプログラムを閉じてからやり直してください</translation>
    </message>
</context>
<context>
    <name>CatchmentText</name>
    <message>
        <location filename="../../core/catchment.cpp" line="+33"/>
        <location line="+1"/>
        <source>population cell %1</source>
        <translation>人口セル %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>population %1 is not a count of residents</source>
        <translation>人口 %1 は住民の数ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the population field of the population layer</source>
        <translation>人口レイヤの人口の属性を確認してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>population aged 65+ %1 is not a count of residents</source>
        <translation>65歳以上人口 %1 は住民の数ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the 65+ field of the population layer</source>
        <translation>人口レイヤの65歳以上人口の属性を確認してください</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>there are population cells but no service counter to assign them to</source>
        <translation>人口セルはありますが、割り当てる窓口がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the offices table needs at least one office</source>
        <translation>事務所一覧には少なくとも1つの事務所が必要です</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the distance to office %1 cannot be computed</source>
        <translation>事務所 %1 までの距離を計算できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the coordinates of the cell and of the office (longitude -180..180, latitude -90..90 degrees)</source>
        <translation>セルと事務所の座標を確認してください（経度 -180～180 度、緯度 -90～90 度）</translation>
    </message>
</context>
<context>
    <name>ChartExportText</name>
    <message>
        <location filename="../../app/figures/chartexport.cpp" line="+31"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the frontier chart needs the optimiser&apos;s result</source>
        <translation>最適な廃止の組合せの図には、最適化の結果が必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run the closure optimiser first, then export its frontier</source>
        <translation>先に廃止の最適化を行ってから、その結果の図を書き出してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no scenario, so there is no impact chart</source>
        <translation>シナリオがないため、影響のグラフはありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a scenario, or export the correlation chart</source>
        <translation>シナリオを選ぶか、相関図を出力してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the project has nothing to chart: no workload counts and no population layer</source>
        <translation>グラフにするものがありません：受付件数も人口レイヤもありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import workload counts (受付件数) or add a population layer to the project</source>
        <translation>受付件数を取り込むか、プロジェクトに人口レイヤを加えてください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the project has no values for the measure &quot;%1&quot;</source>
        <translation>指標「%1」の値がプロジェクトにありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose one of: %1</source>
        <translation>次のいずれかを選んでください：%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Impact of the scenario</source>
        <translation>シナリオの影響</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closure frontier</source>
        <translation>最適な廃止の組合せ</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Distance and workload of the branch offices</source>
        <translation>出張所の距離と利用</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/clioptions.cpp" line="+90"/>
        <source>A folder in which to look for layer files that are not found relative to the project file (repeatable; also MADOGUCHI_DATA_PATH).</source>
        <translation>プロジェクトファイルからの相対パスで見つからないレイヤファイルを探すフォルダ（複数指定可。MADOGUCHI_DATA_PATH でも指定できます）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The coordinate reference system of a layer that has none (no .prj), e.g. wards=EPSG:6668 (repeatable). Roles: wards, schoolDistricts, schools, population, offices.</source>
        <translation>座標参照系のない（.prj がない）レイヤの座標参照系。例：wards=EPSG:6668（複数指定可）。役割：wards, schoolDistricts, schools, population, offices。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ROLE=CRS</source>
        <translation>ROLE=CRS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text encoding of a layer, overriding .cpg and detection, e.g. wards=CP932 (repeatable).</source>
        <translation>レイヤの文字コード。.cpg と自動判定より優先します。例：wards=CP932（複数指定可）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROLE=ENCODING</source>
        <translation>ROLE=ENCODING</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluate without the optional layers that cannot be found or read, instead of failing (the offices table is always required).</source>
        <translation>見つからない・読み込めない任意のレイヤを除いて評価します（エラーで終了しません。事務所一覧は常に必要です）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print only warnings and errors on standard error.</source>
        <translation>標準エラー出力には警告とエラーのみを出力します。</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>--%1 expects ROLE=VALUE with ROLE one of wards, schoolDistricts, schools, population, offices; got &quot;%2&quot;</source>
        <translation>--%1 には ROLE=VALUE を指定してください（ROLE は wards, schoolDistricts, schools, population, offices のいずれか）。指定値：「%2」</translation>
    </message>
    <message>
        <location filename="../../app/cli/evaluatecommand.cpp" line="+46"/>
        <source>Branch office</source>
        <translation>出張所</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ward</source>
        <translation>区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nearest ward office</source>
        <translation>最寄りの区役所</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distance</source>
        <translation>距離</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within %1 km</source>
        <translation>%1 km 以内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catchment</source>
        <translation>利用圏人口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>方針</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommendation</source>
        <translation>推奨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receiving counter</source>
        <translation>移管先の窓口</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="+74"/>
        <location line="+5"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="+86"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="+4"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 residents</source>
        <translation>%L1 人</translation>
    </message>
    <message>
        <location filename="../../app/cli/clitext.cpp" line="+43"/>
        <source>%1 branch offices evaluated; %2 within %3 km of a ward office (%4).</source>
        <translation>出張所 %1 か所を評価しました。区役所から %3 km 以内は %2 か所です（%4）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The offices table has no workload (受付件数) columns: workload is not evaluated. Add per-fiscal-year count columns (e.g. fy2014_count or 平成26年度) when the counts are available.</source>
        <translation>事務所一覧に受付件数の列がないため、受付件数は評価していません。件数が分かる場合は年度ごとの列（例：fy2014_count、平成26年度）を追加してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catchments: %L1 residents in %2 population cells assigned to their nearest counter.</source>
        <translation>利用圏：人口区画 %2 個の %L1 人を、それぞれ最寄りの窓口に割り当てました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>School districts are APPROXIMATE (%1): not the official 校区.</source>
        <translation>校区は近似です（%1）。公式の通学区域ではありません。</translation>
    </message>
    <message>
        <location filename="../../app/cli/clioptions.cpp" line="+17"/>
        <source>--%1 expects a number of zero or more, got &quot;%2&quot;</source>
        <translation>--%1 には 0 以上の数値を指定してください（指定値：「%2」）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the project has no scenario &quot;%1&quot;</source>
        <translation>プロジェクトにシナリオ「%1」がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project has no scenarios: add them to its &quot;scenarios&quot; list</source>
        <translation>プロジェクトにシナリオがありません。&quot;scenarios&quot; の一覧に追加してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose one of: %1</source>
        <translation>次のいずれかを指定してください：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/clitext.cpp" line="+8"/>
        <source>Scenario %1: %2 of %3 branch office counters closed (%4).</source>
        <translation>シナリオ %1：出張所 %3 か所のうち %2 か所の窓口を廃止（%4）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommendation: %1 candidate, %2 keep, %3 undetermined.</source>
        <translation>推奨：見直し候補 %1、継続 %2、判定不能 %3。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 workload: %L2 transactions before, %L3 after; at the ward offices %L4 → %L5.</source>
        <translation>%1の受付件数：変更前 %L2 件、変更後 %L3 件。区役所では %L4 件 → %L5 件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 workload: not totalled, some counts are missing.</source>
        <translation>%1の受付件数：欠測があるため合計していません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catchment residents: %L1 before, %L2 after; at the ward offices %L3 → %L4.</source>
        <translation>利用圏人口：変更前 %L1 人、変更後 %L2 人。区役所では %L3 人 → %L4 人。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Residents farther than %1 km from the nearest open counter: %L2 before → %L3 after; aged 65+: %L4 → %L5.</source>
        <translation>最寄りの窓口から %1 km を超える住民：変更前 %L2 人 → 変更後 %L3 人。うち 65 歳以上：%L4 人 → %L5 人。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Residents beyond the guide are not counted: the project has no population layer.</source>
        <translation>プロジェクトに人口レイヤがないため、目安の距離を超える住民は数えていません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <location filename="../../app/cli/evaluatecommand.cpp" line="+17"/>
        <source>Evaluates every branch office of PROJECT: the nearest ward office of any ward and of its own ward with the geodesic distance (GRS80 ellipsoid, metres), whether it is within the threshold, the ward and school district containing it, and the residents for whom it is the nearest counter when the project has a population layer. Writes CSV to standard output (UTF-8), or to --out: FILE.csv (UTF-8 with BOM, for Excel) or FILE.gpkg (GeoPackage for QGIS: offices, lines to the nearest ward office, and geodesic threshold circles).</source>
        <translation>PROJECT のすべての出張所を評価します：全区のうち最寄りの区役所と所在区の区役所、そこまでの測地線距離（GRS80 楕円体、メートル）、基準距離以内かどうか、所在地の区と校区、人口レイヤがある場合はその出張所を最寄りの窓口とする住民の数。CSV を標準出力（UTF-8）に、または --out で指定したファイルに書き出します：FILE.csv（Excel 用の BOM 付き UTF-8）または FILE.gpkg（QGIS 用の GeoPackage：事務所、最寄りの区役所への線、基準距離の測地線円）。</translation>
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
        <translation>プロジェクトファイル (*.madoguchi)。</translation>
    </message>
    <message>
        <location filename="../../app/cli/clioptions.cpp" line="+63"/>
        <source>The distance guide in kilometres (default: the project&apos;s, 5 km in Kumamoto&apos;s policy).</source>
        <translation>距離の目安（km）（既定：プロジェクトの値。熊本市の方針では 5 km）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/clitext.cpp" line="-9"/>
        <source>Usage: %1</source>
        <translation>使い方: %1</translation>
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
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../app/cli/evaluatecommand.cpp" line="+1"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="+19"/>
        <source>Write to FILE (.csv or .gpkg) instead of standard output.</source>
        <translation>標準出力の代わりに FILE（.csv または .gpkg）に書き出します。</translation>
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
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard output format: csv (default) or text (a table for reading).</source>
        <translation>標準出力の形式：csv（既定）または text（読みやすい表）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="-9"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../../app/cli/clioptions.cpp" line="-112"/>
        <source>Add the columns of the project&apos;s scenario NAME: its decision per office, the recommendation with its reasons, the receiving counter of each closed office, and the catchment (and workload) after; a summary of the impact goes to standard error.</source>
        <translation>プロジェクトのシナリオ NAME の列を追加します：事務所ごとの方針、推奨とその理由、廃止する事務所の移管先の窓口、変更後の利用圏人口（と受付件数）。影響の概要は標準エラー出力に書き出します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+81"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="-12"/>
        <location line="+17"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>For the recommendation: the workload (transactions in the judged fiscal year) at or below which a branch office within the distance guide is a candidate (default: the project&apos;s).</source>
        <translation>推奨の基準：距離の目安以内にある出張所のうち、受付件数（判定する年度の件数）がこの値以下のものを見直し候補とします（既定：プロジェクトの値）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For the recommendation when the offices table has no workload: the catchment residents at or below which a branch office within the guide is a candidate (default: the project&apos;s).</source>
        <translation>事務所一覧に受付件数がない場合の推奨の基準：目安以内にある出張所のうち、利用圏人口がこの値以下のものを見直し候補とします（既定：プロジェクトの値）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/evaluatecommand.cpp" line="+8"/>
        <source>evaluate needs a PROJECT file</source>
        <translation>evaluate には PROJECT ファイルが必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluate takes one PROJECT file, got %1</source>
        <translation>evaluate に指定できる PROJECT ファイルは 1 つです（指定数：%1）</translation>
    </message>
    <message>
        <location filename="../../app/cli/clioptions.cpp" line="-34"/>
        <source>--threshold-km expects a positive number of kilometres, got &quot;%1&quot;</source>
        <translation>--threshold-km には正の数（km）を指定してください（指定値：「%1」）</translation>
    </message>
    <message>
        <location filename="../../app/cli/evaluatecommand.cpp" line="+5"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="-76"/>
        <source>--format expects csv or text, got &quot;%1&quot;</source>
        <translation>--format には csv または text を指定してください（指定値：「%1」）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="+5"/>
        <source>--out must end in .csv or .gpkg, got &quot;%1&quot;</source>
        <translation>--out のファイル名は .csv または .gpkg で終わる必要があります（指定値：「%1」）</translation>
    </message>
    <message>
        <location filename="../../app/cli/clitext.cpp" line="+59"/>
        <source>Wrote %1</source>
        <translation>%1 に書き出しました</translation>
    </message>
    <message>
        <location filename="../../app/cli/exporttablecommand.cpp" line="-10"/>
        <source>Writes the evaluation table of PROJECT (the rows and columns of &apos;evaluate&apos;, with --scenario NAME also the scenario&apos;s) to FILE, in the format its suffix names: FILE.csv (UTF-8 with BOM, for Excel), FILE.xlsx (an Excel workbook: the table as text and numbers, never formulas, and a sheet 説明 with the project, the scenario, the criteria, the sources and what each column means, in Japanese and English) or FILE.gpkg (GeoPackage for QGIS: the offices with every metric, lines to the nearest ward office, and geodesic threshold circles). The file appears complete or not at all; an input file of the project is never overwritten.</source>
        <translation>PROJECT の評価表（&apos;evaluate&apos; と同じ行と列。--scenario NAME を付けるとシナリオの列も）を、拡張子が示す形式で FILE に書き出します：FILE.csv（Excel 向けの BOM 付き UTF-8）、FILE.xlsx（Excel ブック：表は文字と数値のみで数式は含まず、プロジェクト、シナリオ、基準、出典、各列の意味を日本語と英語で記した「説明」シート付き）、FILE.gpkg（QGIS 向けの GeoPackage：全指標付きの事務所、最寄りの区役所への線、測地線の基準距離円）。ファイルは完全に書き出されるか、まったく作られないかのどちらかです。プロジェクトの入力ファイルは上書きしません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file to write: .csv, .xlsx or .gpkg (required).</source>
        <translation>書き出すファイル: .csv、.xlsx、.gpkg（必須）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportmapcommand.cpp" line="-47"/>
        <source>--layers expects a list of layers, e.g. wards,offices or +impact</source>
        <translation>--layers にはレイヤの一覧を指定してください（例：wards,offices、+impact）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--layers mixes a list with +/- changes (&quot;%1&quot;); give either the layers to show or only changes</source>
        <translation>--layers でレイヤの一覧と +/- による変更が混在しています（「%1」）。表示するレイヤの一覧か、変更だけのどちらかを指定してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--layers: unknown layer &quot;%1&quot;; the layers are %2</source>
        <translation>--layers：レイヤ「%1」はありません。使えるレイヤ：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/clioptions.cpp" line="+127"/>
        <source>A4 or A3 paper, a figure of 160 x 110 mm (figure), or a size in pixels such as 1920x1080 (default: %1).</source>
        <translation>A4 か A3 の用紙、160 × 110 mm の図 (figure)、または 1920x1080 のようなピクセル寸法（既定：%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A4 or A3 paper (default: %1).</source>
        <translation>A4 か A3 の用紙（既定：%1）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--paper expects A4, A3, figure or a size in pixels such as 1920x1080, got &quot;%1&quot;</source>
        <translation>--paper には A4、A3、figure または 1920x1080 のようなピクセル寸法を指定してください（指定：「%1」）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--paper expects A4 or A3, got &quot;%1&quot;</source>
        <translation>--paper には A4 か A3 を指定してください（指定：「%1」）</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>export %1 needs a PROJECT file</source>
        <translation>export %1 にはプロジェクトファイルが必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export %1 takes one PROJECT file, got %2</source>
        <translation>export %1 に指定できるプロジェクトファイルは 1 つです（指定：%2 個）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export %1 needs --out FILE (%2)</source>
        <translation>export %1 には --out FILE（%2）が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--out must end in %1, got &quot;%2&quot;</source>
        <translation>--out のファイル名は %1 で終わる必要があります（指定：「%2」）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The scenario whose decisions (and impact) %1 shows (default: the project&apos;s last scenario, the one the workbench opens with).</source>
        <translation>%1 に示す方針（と影響）のシナリオ（既定：プロジェクトの最後のシナリオ。ワークベンチが開くときのもの）。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The language of the texts: ja (default, as the Japanese workbench draws them) or en.</source>
        <translation>文字の言語：ja（既定。日本語のワークベンチと同じ）または en。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LANG</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--language expects one of %1, got &quot;%2&quot;</source>
        <translation>--language には %1 のいずれかを指定してください（指定：「%2」）</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportmapcommand.cpp" line="+15"/>
        <source>Draws the map of PROJECT for a scenario, as the workbench shows it, on a page with a title block (title, scenario, date), a legend, a scale bar, a north arrow and the sources, and writes it to --out: FILE.pdf (vector, fonts embedded, text searchable), FILE.svg (vector) or FILE.png (an image that records its dpi). Needs no display.</source>
        <translation>PROJECT のシナリオの地図を、ワークベンチの表示と同じように、表題欄（表題、シナリオ、日付）、凡例、スケールバー、方位記号、出典を付けたページに描き、--out で指定したファイルに書き出します：FILE.pdf（ベクタ、フォント埋め込み、文字を検索可能）、FILE.svg（ベクタ）、FILE.png（dpi を記録した画像）。ディスプレイは不要です。</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportchartcommand.cpp" line="-1"/>
        <location filename="../../app/cli/exportmapcommand.cpp" line="+6"/>
        <source>The file to write: .pdf, .svg or .png (required).</source>
        <translation>書き出すファイル: .pdf、.svg、.png（必須）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/clioptions.cpp" line="-52"/>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the paper to landscape (A4 and A3).</source>
        <translation>用紙を横向きにします（A4 と A3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dots per inch: the PNG&apos;s resolution and the scale of texts, symbols and lines (default 300; 96 with a size in pixels).</source>
        <translation>1 インチあたりのドット数：PNG の解像度と、文字・記号・線の大きさ（既定 300。ピクセル単位のサイズでは 96）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportmapcommand.cpp" line="+2"/>
        <source>the map</source>
        <translation>地図</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title at the top of the page (default: the project&apos;s name).</source>
        <translation>ページ上部の表題（既定：プロジェクト名）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli/exportreportcommand.cpp" line="+4"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="+78"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/cli/exportreportcommand.cpp" line="+2"/>
        <source>The date under the title, as YYYY-MM-DD (default: today).</source>
        <translation>表題の下の日付。YYYY-MM-DD の形式（既定：今日）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/cli/exportreportcommand.cpp" line="+0"/>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The layers to show, e.g. wards,offices,thresholdCircles, or changes to the default ones, e.g. +impact,-schools. Layers: %1. By default every layer the project has is shown except the impact.</source>
        <translation>表示するレイヤ（例：wards,offices,thresholdCircles）、または既定のレイヤに対する変更（例：+impact,-schools）。レイヤ：%1。既定では、影響を除くプロジェクトのすべてのレイヤを表示します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <location filename="../../app/cli/clioptions.cpp" line="+17"/>
        <source>--landscape turns A4 or A3 paper; give a size in pixels as WIDTHxHEIGHT instead</source>
        <translation>--landscape は A4 と A3 の用紙を横向きにします。ピクセル単位のサイズは WIDTHxHEIGHT の形で指定してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--dpi expects a number of dots per inch, got &quot;%1&quot;</source>
        <translation>--dpi には 1 インチあたりのドット数を指定してください（指定値：「%1」）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--date expects a date as YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>--date には YYYY-MM-DD の形式で日付を指定してください（指定値：「%1」）</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="+27"/>
        <source>the evaluation table as .csv, .xlsx (Excel, with notes) or .gpkg (QGIS)</source>
        <translation>評価表を .csv、.xlsx（Excel、説明シート付き）、.gpkg（QGIS）で</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the map of a scenario as PDF, SVG or PNG</source>
        <translation>シナリオの地図を PDF、SVG、PNG で</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Usage: madoguchi-cli export KIND PROJECT --out FILE [OPTIONS]

Writes the evaluation of PROJECT to FILE. KIND is one of:
%1

Run &apos;madoguchi-cli export KIND --help&apos; for the options of a kind.
</source>
        <translation>使い方: madoguchi-cli export KIND PROJECT --out FILE [OPTIONS]

PROJECT の評価を FILE に書き出します。KIND は次のいずれか:
%1

種類ごとのオプションは &apos;madoguchi-cli export KIND --help&apos; で表示します。
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>export needs a KIND first, one of: %1</source>
        <translation>export には最初に種類を指定してください: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown export kind &quot;%1&quot;; the kinds available: %2</source>
        <translation>出力の種類「%1」はありません。使える種類: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/scenarioscommand.cpp" line="-4"/>
        <source>Lists the scenarios of PROJECT: each one&apos;s name, how many branch offices it keeps, turns into a service corner, closes and upgrades (an office a scenario does not mention is kept), the offices it does not keep, and its description. Reads the offices table to count and check them.</source>
        <translation>PROJECT のシナリオを一覧表示します：名前、継続・行政サービスコーナー化・廃止・機能強化とする出張所の数（シナリオにない事務所は継続）、継続しない事務所、説明。数えて確認するために事務所一覧を読み込みます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>scenarios needs a PROJECT file</source>
        <translation>scenarios には PROJECT ファイルが必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scenarios takes one PROJECT file, got %1</source>
        <translation>scenarios に指定できる PROJECT ファイルは 1 つです（指定数：%1）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The project has no scenarios.</source>
        <translation>プロジェクトにシナリオがありません。</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportchartcommand.cpp" line="+2"/>
        <source>KIND</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/cli/optimiseoptions.cpp" line="+22"/>
        <source>MEASURE</source>
        <translation>指標</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Draws a chart of PROJECT for a scenario, as the workbench shows it, and writes it to --out: FILE.pdf or FILE.svg (vector, texts as text) or FILE.png (an image that records its dpi). The correlation chart plots each branch office&apos;s distance to the nearest ward office against its workload or catchment, coloured by the scenario&apos;s decisions; the impact chart shows a measure per counter or per ward before and after the scenario; the frontier chart shows the closure optimiser&apos;s best sets, the harm against the number of counters closed, with the scenario&apos;s own point (the optimiser&apos;s options as &apos;madoguchi-cli optimise&apos; takes them). Needs no display.</source>
        <translation>PROJECT のシナリオのグラフをワークベンチの表示どおりに描き、--out に書き出します：FILE.pdf または FILE.svg（ベクタ、文字は文字のまま）、FILE.png（解像度を記録した画像）。相関図は各出張所の最寄りの区役所までの距離と受付件数または利用圏人口をシナリオの方針の色で示し、影響のグラフは窓口ごとまたは区ごとの指標の変更前と変更後を示し、代替案のグラフは廃止する窓口の数ごとに最適化で求めた最善の組み合わせの影響をシナリオ自身の点とともに示します（最適化のオプションは &apos;madoguchi-cli optimise&apos; と同じ）。ディスプレイは不要です。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>correlation (default), impact or frontier.</source>
        <translation>correlation（相関図、既定）、impact（影響）または frontier（代替案）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the chart measures: workload, catchment or catchment65 (default: workload when the offices table has counts, else catchment); for the frontier chart what the optimiser minimises: beyond (default), beyond65 or mean-distance.</source>
        <translation>グラフの指標：workload（受付件数）、catchment（利用圏人口）、catchment65（65歳以上の利用圏人口）（既定：事務所一覧に受付件数があれば workload、なければ catchment）。代替案のグラフでは最適化で最小にする指標：beyond（既定）、beyond65、mean-distance。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fiscal year of the workload, e.g. 2014, FY2014 or 平成26年度 (default: the year the recommendation judges); for the frontier chart the year the workload limits judge.</source>
        <translation>受付件数の年度。例：2014、FY2014、平成26年度（既定：推奨が判定に用いる年度）。代替案のグラフでは受付件数の上限を判定する年度。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/cli/exportreportcommand.cpp" line="+10"/>
        <location filename="../../app/cli/optimisecommand.cpp" line="-18"/>
        <source>YEAR</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation chart: a logarithmic value axis.</source>
        <translation>相関図：値の軸を対数目盛にします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation chart: the least-squares line.</source>
        <translation>相関図：最小二乗法の回帰直線を引きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact chart: one bar pair per ward instead of per counter.</source>
        <translation>影響のグラフ：窓口ごとではなく区ごとに棒を並べます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact chart: one bar pair per counter, however many (by default per ward when the counters are too many to read).</source>
        <translation>影響のグラフ：窓口の数にかかわらず窓口ごとに棒を並べます（既定では、窓口が多すぎて読めないときは区ごと）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--chart expects correlation, impact or frontier, got &quot;%1&quot;</source>
        <translation>--chart には correlation、impact、frontier のいずれかを指定してください（指定：「%1」）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the optimiser&apos;s options (--must-keep, --must-close, --require-within-guide, --max-workload, --max-gain, --max-gain-workload, --time-limit) go with --chart frontier</source>
        <translation>最適化のオプション（--must-keep、--must-close、--require-within-guide、--max-workload、--max-gain、--max-gain-workload、--time-limit）は --chart frontier と一緒に指定してください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--measure expects workload, catchment or catchment65, got &quot;%1&quot;</source>
        <translation>--measure には workload、catchment、catchment65 のいずれかを指定してください（指定：「%1」）</translation>
    </message>
    <message>
        <location filename="../../app/cli/clioptions.cpp" line="-152"/>
        <source>--fiscal-year expects a fiscal year such as 2014, FY2014 or 平成26年度, got &quot;%1&quot;</source>
        <translation>--fiscal-year には 2014、FY2014、平成26年度 のような年度を指定してください（指定：「%1」）</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportchartcommand.cpp" line="-70"/>
        <source>--per-ward and --per-counter exclude each other: give one of them.</source>
        <translation>--per-ward と --per-counter は同時に指定できません。どちらか一方を指定してください。</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportreportcommand.cpp" line="-25"/>
        <source>Writes the report of a scenario of PROJECT for the policy document to --out FILE.pdf: the summary (counters closed, residents beyond the distance guide before and after), the map, the correlation chart, the impact chart, the table of branch offices with the decisions and their reasons, and the sources; vector, fonts embedded, text searchable. With --alternatives also the section 代替案との比較: the closure optimiser&apos;s frontier (the options as &apos;madoguchi-cli optimise&apos; takes them) with the scenario&apos;s own point, and a sentence comparing the scenario with the best set of its size. Needs no display.</source>
        <translation>PROJECT のシナリオの報告書を政策資料用に --out FILE.pdf に書き出します：概要（廃止する窓口、距離の目安を超える住民の変更前と変更後）、地図、相関図、影響のグラフ、方針と理由を付けた出張所の一覧、出典。ベクタで、フォントを埋め込み、文字を検索できます。--alternatives を付けると「代替案との比較」の節も加えます：最適化で求めた廃止の組み合わせ（オプションは &apos;madoguchi-cli optimise&apos; と同じ）とシナリオ自身の点、シナリオと同じ数の最善の組み合わせとの比較の文。ディスプレイは不要です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PDF to write (required).</source>
        <translation>書き出す PDF（必須）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report</source>
        <translation>報告書</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report&apos;s title (default: the project&apos;s name).</source>
        <translation>報告書の表題（既定：プロジェクト名）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the section 代替案との比較 (comparison with the alternatives): the closure optimiser&apos;s frontier with the scenario&apos;s point, and how the scenario compares with the best set of its size.</source>
        <translation>「代替案との比較」の節を加えます：最適化で求めた廃止の組み合わせとシナリオの点、シナリオと同じ数の最善の組み合わせとの比較。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --alternatives: the fiscal year whose workload --max-workload and --max-gain-workload judge (default: the year the recommendation judges).</source>
        <translation>--alternatives のとき：--max-workload と --max-gain-workload が判定する受付件数の年度（既定：推奨が判定に用いる年度）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--dpi does not apply to a report, which is vector throughout</source>
        <translation>報告書はすべてベクタのため --dpi は指定できません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the optimiser&apos;s options (--measure, --must-keep, --must-close, --require-within-guide, --max-workload, --max-gain, --max-gain-workload, --fiscal-year, --time-limit) go with --alternatives</source>
        <translation>最適化のオプション（--measure、--must-keep、--must-close、--require-within-guide、--max-workload、--max-gain、--max-gain-workload、--fiscal-year、--time-limit）は --alternatives と一緒に指定してください</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="-44"/>
        <source>the correlation or the impact chart of a scenario as PDF, SVG or PNG</source>
        <translation>シナリオの相関図または影響のグラフ（PDF、SVG、PNG）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the report of a scenario for the policy document as an A4 PDF</source>
        <translation>シナリオの政策資料用の報告書（A4 の PDF）</translation>
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
        <translation>使い方: madoguchi-cli COMMAND [OPTIONS]

Madoguchi プロジェクトの出張所を、方針の基準に照らして評価します。

コマンド:
  evaluate PROJECT   出張所ごとに 1 行：最寄りの区役所とそこまでの測地線距離、
                     所在区の区役所、基準距離の判定、所在地の区と校区、
                     利用圏人口。--scenario NAME を付けると、シナリオの方針、
                     推奨とその理由、移管先の窓口、影響も出力します
  export KIND PROJECT --out FILE
                     評価を FILE に書き出します。KIND は次のいずれか:
%1
  optimise PROJECT   住民への影響が最も小さくなるよう廃止する窓口を選びます：
                     廃止する数ごとに最善の組み合わせ（距離の目安を超える住民、
                     うち65歳以上、平均距離）と最適性の証明の有無。--scenario NAME
                     を付けるとシナリオ自身の値を並べ、--save-scenario NAME
                     --project-out FILE を付けるとその組み合わせを新しいシナリオ
                     としたプロジェクトの複製を書き出します
  scenarios PROJECT  プロジェクトのシナリオ：名前、種別ごとの方針、説明

コマンドのオプションは &apos;madoguchi-cli COMMAND --help&apos; で表示します。
  --help       このヘルプを表示
  --version    バージョンを表示

終了ステータス: 0 成功、1 入力の誤り（メッセージに内容を表示）、2 使い方の誤り。
</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>不明なコマンド「%1」</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>madoguchi-cli: %1</source>
        <translation>madoguchi-cli: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &apos;madoguchi-cli --help&apos; for usage.</source>
        <translation>使い方は &apos;madoguchi-cli --help&apos; で表示します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cannot write to standard output: %1</source>
        <translation>標準出力に書き込めません：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled</source>
        <translation>中止しました</translation>
    </message>
    <message>
        <location filename="../../app/cli/optimisecommand.cpp" line="-236"/>
        <source>Project: %1</source>
        <translation>プロジェクト：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimised: %1</source>
        <translation>最小化する指標：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents: %1, of whom %2 aged 65 and over</source>
        <translation>住民：%1 人、うち65歳以上 %2 人</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set</source>
        <translation>組合せ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>廃止数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beyond guide</source>
        <translation>目安超え</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>65+ beyond</source>
        <translation>目安超の65歳以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean distance</source>
        <translation>平均距離</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest gain</source>
        <translation>最大の増加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest workload gain</source>
        <translation>受付件数の最大の増加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proven optimal</source>
        <translation>最適性の証明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed offices</source>
        <translation>廃止する窓口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>best</source>
        <translation>最善</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no (bound %1)</source>
        <translation>未証明（下限 %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Beyond guide: residents whose nearest open counter is farther than %1; 65+ beyond: those aged 65 and over; mean distance: the population-weighted mean distance to the nearest open counter; largest gain: the most residents any open counter gains.</source>
        <translation>目安超え：最寄りの窓口まで %1 を超える住民。うち65歳以上：そのうち65歳以上の住民。平均距離：最寄りの窓口までの人口で重み付けした平均距離。最大の増加：いずれかの窓口の利用圏人口の最大の増加。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The time limit stopped the optimiser: the sets above are those it found, and a set not proven optimal is the best it found.</source>
        <translation>時間制限で最適化を打ち切りました：上の組み合わせは見つかったもので、最適性が証明されていない組み合わせは見つかった中で最善のものです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No set of closures was found.</source>
        <translation>廃止の組み合わせは見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No set of %1 closures meets the constraints.</source>
        <translation>廃止数 %1 では条件を満たす組み合わせがありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>The %n counter(s) whose closure the optimiser found to leave the fewest residents harmed (%1, distance guide %2).</source>
        <translation>
            <numerusform>最適化で住民への影響が最も小さいとされた %n か所の窓口の廃止（%1、距離の目安 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>optimise needs a PROJECT file</source>
        <translation>optimise には PROJECT ファイルが必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optimise takes one PROJECT file, got %1</source>
        <translation>optimise に指定できる PROJECT ファイルは 1 つです（指定：%1 個）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--closures and --frontier exclude each other: give one of them.</source>
        <translation>--closures と --frontier は同時に指定できません。どちらか一方を指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--closures expects a number of counters of zero or more, got &quot;%1&quot;</source>
        <translation>--closures には 0 以上の窓口の数を指定してください（指定：「%1」）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--save-scenario expects the new scenario&apos;s name</source>
        <translation>--save-scenario には新しいシナリオの名前を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--save-scenario needs --closures K: the number of counters the saved set closes</source>
        <translation>--save-scenario には --closures K（保存する組み合わせで廃止する窓口の数）が必要です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--save-scenario needs --project-out FILE: the project is saved as a copy, the input project is never changed</source>
        <translation>--save-scenario には --project-out FILE が必要です：プロジェクトは複製として保存し、元のプロジェクトは変更しません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--project-out and --description go with --save-scenario NAME</source>
        <translation>--project-out と --description は --save-scenario NAME と一緒に指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--project-out must end in .%1, got &quot;%2&quot;</source>
        <translation>--project-out のファイル名は .%1 で終わる必要があります（指定：「%2」）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finds which branch offices&apos; counters to close so that residents are harmed least: for each number of counters closed (the frontier, the default) or for --closures K, the set of closures that minimises the measure, solved exactly (a mixed-integer program), with the residents beyond the distance guide, those aged 65 and over, the mean distance to the nearest open counter, the closed offices and whether the set is proven optimal. With --scenario NAME the scenario&apos;s own closures are measured the same way and listed beside the best set of their size; the scenario does not set the constraints, which come only from --must-keep, --must-close and the limits. Writes a table for reading (default) or CSV to standard output, or to --out: FILE.csv (UTF-8 with BOM, for Excel) or FILE.gpkg (a table without geometry for QGIS). --save-scenario NAME --project-out FILE writes a copy of the project with the set of --closures K added as the scenario NAME; the input project is never changed. Needs the project&apos;s population layer.</source>
        <translation>住民への影響が最も小さくなるよう、廃止する出張所の窓口を選びます：廃止する窓口の数ごと（既定）または --closures K について、指標を最小にする廃止の組み合わせを厳密に（混合整数計画として）求め、距離の目安を超える住民、うち65歳以上、最寄りの窓口までの平均距離、廃止する窓口、最適性の証明の有無を示します。--scenario NAME を付けるとシナリオ自身の廃止を同じ方法で測り、同じ数の最善の組み合わせと並べます。シナリオは条件を決めません：条件は --must-keep、--must-close と上限の指定だけから決まります。標準出力に読みやすい表（既定）または CSV を書き出すか、--out に書き出します：FILE.csv（BOM 付き UTF-8、Excel 用）または FILE.gpkg（QGIS 用、図形のない表）。--save-scenario NAME --project-out FILE は、--closures K の組み合わせをシナリオ NAME として加えたプロジェクトの複製を書き出します。元のプロジェクトは変更しません。プロジェクトに人口レイヤーが必要です。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only the best set of K closures (the must-close offices count among them).</source>
        <translation>廃止数 K の最善の組み合わせのみ（廃止が必須の窓口も数に含みます）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The best set for every number of closures that the constraints allow (the default).</source>
        <translation>条件が許す廃止数ごとの最善の組み合わせ（既定）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project&apos;s scenario to compare with: its closures are measured the same way and listed as a row of their own. It sets no constraint.</source>
        <translation>比べるプロジェクトのシナリオ：その廃止を同じ方法で測り、別の行に示します。条件は決めません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fiscal year whose workload --max-workload and --max-gain-workload judge, e.g. 2014, FY2014 or 平成26年度 (default: the project&apos;s judged year, else the latest in the offices table).</source>
        <translation>--max-workload と --max-gain-workload が判定する受付件数の年度。例：2014、FY2014、平成26年度（既定：プロジェクトの判定年度、なければ事務所一覧の最新の年度）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Standard output format: text (default, a table for reading) or csv.</source>
        <translation>標準出力の形式：text（既定、読みやすい表）または csv。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the set of --closures K to a copy of the project as the scenario NAME (a name the project does not have yet); its other decisions are those of --scenario, else of the project&apos;s last scenario. Needs --project-out.</source>
        <translation>--closures K の組み合わせを、シナリオ NAME（プロジェクトにまだない名前）としてプロジェクトの複製に加えます。それ以外の方針は --scenario の、なければプロジェクトの最後のシナリオのものです。--project-out が必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project file (.madoguchi) to write with the saved scenario; never one of the project&apos;s input files.</source>
        <translation>保存したシナリオを含めて書き出すプロジェクトファイル（.madoguchi）。プロジェクトの入力ファイルは指定できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved scenario&apos;s description (default: what the optimiser chose it for).</source>
        <translation>保存するシナリオの説明（既定：最適化で選んだ理由）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the project already has a scenario &quot;%1&quot;</source>
        <translation>プロジェクトにはすでにシナリオ「%1」があります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give --save-scenario a name of its own</source>
        <translation>--save-scenario にはほかと重ならない名前を指定してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--out and --project-out name the same file</source>
        <translation>--out と --project-out に同じファイルが指定されています</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the optimiser found no set of %1 closures to save</source>
        <translation>保存する廃止数 %1 の組み合わせが最適化で見つかりませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give it more time (--time-limit) or fewer constraints</source>
        <translation>時間（--time-limit）を延ばすか、条件を減らしてください</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>warning: the saved set is the best found, not proven optimal</source>
        <translation>警告：保存した組み合わせは見つかった中で最善のもので、最適性は証明されていません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1 with the scenario %2, which closes no counter.</source>
        <translation>%1 を書き出しました。シナリオ %2 はどの窓口も廃止しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1 with the scenario %2, which closes %3.</source>
        <translation>%1 を書き出しました。シナリオ %2 は %3 を廃止します。</translation>
    </message>
    <message>
        <location filename="../../app/cli/optimiseoptions.cpp" line="-52"/>
        <source>--%1 expects office ids separated by commas, e.g. br_oe,br_akitsu</source>
        <translation>--%1 には事務所の ID をカンマ区切りで指定してください（例：br_oe,br_akitsu）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Branch offices whose counter must stay open, as office ids separated by commas (repeatable).</source>
        <translation>窓口の存続が必須の出張所。事務所の ID をカンマ区切りで指定します（繰り返し指定可）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Branch offices whose counter must close, as office ids separated by commas (repeatable); they count among the closures.</source>
        <translation>窓口の廃止が必須の出張所。事務所の ID をカンマ区切りで指定します（繰り返し指定可）。廃止数に含みます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a counter within the distance guide of its nearest ward office may close (the policy&apos;s first criterion).</source>
        <translation>最寄りの区役所から距離の目安以内の窓口のみ廃止できます（方針の第一の基準）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a counter whose workload (transactions in the judged fiscal year) is at most N may close; not applied, and said so, when the offices table has no counts.</source>
        <translation>受付件数（判定年度の件数）が N 件以下の窓口のみ廃止できます。事務所一覧に受付件数がないときは適用せず、その旨を示します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No open counter may gain more than N residents (its catchment after the closures less its catchment with every counter open).</source>
        <translation>どの窓口も利用圏人口の増加（廃止後の利用圏人口から、すべての窓口が開いているときの利用圏人口を引いたもの）を N 人までとします。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No open counter may receive more than N transactions of the closed counters&apos; workload in the judged fiscal year.</source>
        <translation>どの窓口も、廃止する窓口から移る判定年度の受付件数を N 件までとします。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop after S seconds and give the best sets found, marked as not proven optimal (default: no limit).</source>
        <translation>S 秒で打ち切り、それまでに見つかった最善の組み合わせを最適性が証明されていないものとして示します（既定：制限なし）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What the optimiser minimises: beyond (residents farther than the distance guide from their nearest open counter, the default), beyond65 (those aged 65 and over) or mean-distance (the population-weighted mean distance to the nearest open counter).</source>
        <translation>最適化で最小にする指標：beyond（最寄りの窓口まで距離の目安を超える住民、既定）、beyond65（そのうち65歳以上の住民）、mean-distance（最寄りの窓口までの人口で重み付けした平均距離）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--measure expects beyond, beyond65 or mean-distance, got &quot;%1&quot;</source>
        <translation>--measure には beyond、beyond65、mean-distance のいずれかを指定してください（指定：「%1」）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--time-limit expects a positive number of seconds, got &quot;%1&quot;</source>
        <translation>--time-limit には正の秒数を指定してください（指定：「%1」）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>warning: the time limit of %1 s stopped the optimiser: the sets not proven optimal are the best it found.</source>
        <translation>警告：時間制限 %1 秒で最適化を打ち切りました。最適性が証明されていない組み合わせは、見つかった中で最善のものです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optimised in %1 s.</source>
        <translation>最適化に %1 秒かかりました。</translation>
    </message>
</context>
<context>
    <name>ClosureOptimiserText</name>
    <message>
        <location filename="../../app/lib/closureoptimiser.cpp" line="+45"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>office %1 is not in the offices table</source>
        <translation>事務所 %1 は事務所一覧にありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the ids of the offices table&apos;s id column</source>
        <translation>事務所一覧の id 列の ID を指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a ward office, whose counter always stays open</source>
        <translation>%1 は区役所で、その窓口は常に存続します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list branch offices only</source>
        <translation>出張所だけを指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must keep</source>
        <translation>存続させる窓口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must close</source>
        <translation>廃止する窓口</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is both in must keep and in must close</source>
        <translation>%1 が「存続させる窓口」と「廃止する窓口」の両方にあります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove it from one of the two lists</source>
        <translation>どちらか一方から外してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The workload limit for a closing counter was not applied: the offices table has no counts.</source>
        <translation>廃止する窓口の受付件数の上限は適用していません。事務所一覧に受付件数がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The limit on the workload a counter gains was not applied: the offices table has no counts.</source>
        <translation>窓口が引き受ける受付件数の上限は適用していません。事務所一覧に受付件数がありません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it is farther than the distance guide from its nearest ward office</source>
        <translation>最寄りの区役所から目安の距離より遠くにあります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its workload in %1 is not known, so the workload limits cannot be checked</source>
        <translation>%1の受付件数が不明なため、受付件数の上限を確かめられません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its workload is above the limit</source>
        <translation>受付件数が上限を超えています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must close, but the constraints keep it open: %2</source>
        <translation>%1 は廃止する窓口に指定されていますが、条件により存続となります：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>take it out of must close, or turn the constraint off</source>
        <translation>「廃止する窓口」から外すか、その条件を外してください</translation>
    </message>
    <message>
        <location line="+479"/>
        <source>%1 closures cannot be chosen: with these lists and constraints between %2 and %3 counters can close</source>
        <translation>%1 か所の廃止は選べません。この指定と条件では、廃止できるのは %2～%3 か所です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ask for a number of closures in that range</source>
        <translation>その範囲の廃止数を指定してください</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>the time limit ended the optimisation before any set of closures was found</source>
        <translation>廃止の組合せが一つも見つかる前に制限時間に達しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allow more time</source>
        <translation>制限時間を延ばしてください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no set of closures meets the constraints: the limits on the residents or workload a counter gains are too tight for %1</source>
        <translation>条件を満たす廃止の組合せがありません。%1では、窓口が引き受ける住民または受付件数の上限が厳しすぎます</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n closure(s)</source>
        <translation>
            <numerusform>%n か所の廃止</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any number of closures</source>
        <translation>どの廃止数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raise the limits, or close fewer counters</source>
        <translation>上限を緩めるか、廃止する窓口を減らしてください</translation>
    </message>
</context>
<context>
    <name>ClosureProblemText</name>
    <message>
        <location filename="../../core/closureproblem.cpp" line="+150"/>
        <source>the closure optimiser needs a population layer: without residents there is no harm to minimise</source>
        <translation>廃止の組合せの最適化には人口レイヤが必要です。住民がいなければ、小さくする影響がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a population layer (e.g. the 500 m mesh) to the project</source>
        <translation>プロジェクトに人口レイヤ（500 m メッシュなど）を追加してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the distance guide %1 m is not a positive distance</source>
        <translation>目安の距離 %1 m が正の距離ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set a distance guide in metres, e.g. 5000 for Kumamoto&apos;s 5 km</source>
        <translation>目安の距離をメートルで設定してください（熊本市の 5 km なら 5000）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the offices table has no ward office: residents would have no counter that always stays open</source>
        <translation>事務所一覧に区役所がありません。住民が必ず利用できる窓口がなくなります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the ward offices the kind ward_office (区役所)</source>
        <translation>区役所の種別を ward_office（区役所）にしてください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the distance to office %1 cannot be computed</source>
        <translation>事務所 %1 までの距離を計算できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the coordinates (longitude -180..180, latitude -90..90 degrees)</source>
        <translation>座標を確認してください（経度 -180～180 度、緯度 -90～90 度）</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+1"/>
        <source>population cell %1</source>
        <translation>人口セル %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>population %1 is not a count of residents</source>
        <translation>人口 %1 は住民の数ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the population field of the population layer</source>
        <translation>人口レイヤの人口の属性を確認してください</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>office %1 (%2)</source>
        <translation>事務所 %1（%2）</translation>
    </message>
</context>
<context>
    <name>CorrelationFigure</name>
    <message>
        <location filename="../../app/figures/correlationfigure.cpp" line="+52"/>
        <source>Distance to the nearest ward office (km, geodesic)</source>
        <translation>最寄りの区役所までの距離（km、測地線）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workload (transactions)</source>
        <translation>受付件数（件）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workload %1 (transactions)</source>
        <translation>%1の受付件数（件）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catchment population (residents)</source>
        <translation>利用圏人口（人）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catchment population (residents, %1)</source>
        <translation>利用圏人口（人、%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catchment population aged 65+ (residents)</source>
        <translation>利用圏の 65 歳以上人口（人）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catchment population aged 65+ (residents, %1)</source>
        <translation>利用圏の 65 歳以上人口（人、%1）</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>No branch offices to show</source>
        <translation>表示する出張所がありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Distance to the nearest ward office against %1</source>
        <translation>最寄りの区役所までの距離と%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n/a</source>
        <translation>―</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pearson r = %1 (n = %2)</source>
        <translation>ピアソンの相関係数 r = %1（n = %2）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not shown (no value, or not above 0 on the log scale): %1</source>
        <translation>表示していないもの（値がない、または対数目盛で 0 以下）：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No value, not plotted: %1</source>
        <translation>値がないため表示していないもの：%1</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Near and light: candidates for review</source>
        <translation>近くて件数が少ない：見直し候補</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Recommended as a candidate for review</source>
        <translation>見直し候補として推奨</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Near but busy</source>
        <translation>近いが件数が多い</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Far but light</source>
        <translation>遠いが件数が少ない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Far and busy: keep</source>
        <translation>遠くて件数が多い：継続</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within the %1 km guide</source>
        <translation>目安 %1 km 以内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beyond the guide</source>
        <translation>目安を超える</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Distance to the nearest ward office: %1 km</source>
        <translation>最寄りの区役所までの距離：%1 km</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision: %1</source>
        <translation>方針：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/figures/correlationfigurelabels.cpp" line="+204"/>
        <source>%n more office(s) too crowded to name at this size: enlarge the figure</source>
        <translation>
            <numerusform>ほかに%n か所の窓口は、この大きさでは名前を示せません（図を大きくしてください）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountsImportText</name>
    <message>
        <location filename="../../app/lib/countsimport.cpp" line="+196"/>
        <source>%1 has no column &quot;%2&quot; to join the offices by</source>
        <translation>%1 に事務所の対応付けに使う列「%2」がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the header has: %1; choose one of these as the key column</source>
        <translation>見出し行の列：%1。このいずれかをキーの列に選んでください</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 has no column naming the offices by id or by name</source>
        <translation>%1 に事務所の番号または名称の列がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no column of office ids</source>
        <translation>%1 に事務所の番号の列がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no column of office names</source>
        <translation>%1 に事務所の名称の列がありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the header has: %1; head the column of office ids &quot;id&quot; (or 窓口ID, コード) or the column of office names &quot;name&quot; (or 名称, 窓口名, 出張所名, 施設名)</source>
        <translation>見出し行の列：%1。事務所の番号の列の見出しを「id」（または 窓口ID、コード）にするか、事務所の名称の列の見出しを「name」（または 名称、窓口名、出張所名、施設名）にしてください</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Column %1: %2 is negative; counts cannot be negative</source>
        <translation>列 %1：%2 は負の値です。件数は負にできません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column %1: &quot;%2&quot; is not a number</source>
        <translation>列 %1：「%2」は数値ではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>detected</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>office id</source>
        <translation>事務所の番号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>office name</source>
        <translation>事務所の名称</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 has no data rows: it holds only a header</source>
        <translation>%1 にデータの行がありません：見出し行しかありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add one row per office below the header, with its key and its counts</source>
        <translation>見出し行の下に、事務所ごとにキーと件数を入れた行を1行ずつ追加してください</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has no fiscal-year column</source>
        <translation>%1 に年度の列がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the header has: %1; head each column of counts with its fiscal year, e.g. fy2014, 2014年度, H26, 平成26年度, 受付件数_H26, R1 or 令和元年度</source>
        <translation>見出し行の列：%1。件数の各列の見出しには年度を付けてください（例：fy2014、2014年度、H26、平成26年度、受付件数_H26、R1、令和元年度）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The key (column %1) is empty</source>
        <translation>キー（列 %1）が空欄です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No office has the id &quot;%1&quot;</source>
        <translation>番号「%1」の事務所がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No office is named &quot;%1&quot;</source>
        <translation>名称「%1」の事務所がありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; could be any of %2; write the office&apos;s full name</source>
        <translation>「%1」は %2 のどれにも当てはまります。事務所の正式な名称を書いてください</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lines %1 and %2 both name %3; only line %1 is imported</source>
        <translation>%1 行目と %2 行目がどちらも %3 を指しています。取り込むのは %1 行目だけです</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines %1 and %2 both name %3</source>
        <translation>%1 行目と %2 行目がどちらも %3 を指しています</translation>
    </message>
</context>
<context>
    <name>CsvTableText</name>
    <message>
        <location filename="../../gis/csvtable.cpp" line="+27"/>
        <source>save it from Excel as &quot;CSV UTF-8&quot;, or choose its encoding (UTF-8 or CP932 / Shift_JIS) explicitly</source>
        <translation>Excel で「CSV UTF-8」として保存し直すか、文字コード（UTF-8 または CP932／Shift_JIS）を明示的に選んでください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not exist</source>
        <translation>%1 がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the file&apos;s name and folder</source>
        <translation>ファイル名とフォルダを確認してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+216"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>check that you may read the file and that no other program locks it</source>
        <translation>ファイルの読み取り権限があり、ほかのプログラムがファイルをロックしていないか確認してください</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 is neither valid UTF-8 nor valid CP932 (Shift_JIS) text</source>
        <translation>%1 は正しい UTF-8 でも正しい CP932（Shift_JIS）の文字列でもありません</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+8"/>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A quote (&quot;) opened here is never closed, so the rest of the file would be read as one cell</source>
        <translation>ここで始まる引用符（&quot;）が閉じられていないため、ファイルの残りがすべて一つのセルとして読まれてしまいます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close the quoted cell, or write a quote inside a cell as two quotes (&quot;&quot;)</source>
        <translation>引用符で囲んだセルを閉じるか、セル内の引用符は二つ重ねて（&quot;&quot;）書いてください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The row has %1 cells, but the header has only %2 columns: the cells after column %2 would be lost</source>
        <translation>この行には %1 個のセルがありますが、見出し行には %2 列しかありません。%2 列目より後のセルは失われます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>put a cell that holds a %1 in double quotes, or name every column in the header line</source>
        <translation>%1 を含むセルは二重引用符（&quot;）で囲むか、見出し行ですべての列に名前を付けてください</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 cannot be read as a CSV table: %2</source>
        <translation>%1 を CSV の表として読み込めません：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save the table as CSV (comma-separated) with a header line</source>
        <translation>見出し行のある CSV（カンマ区切り）として表を保存してください</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>check that the file is a complete CSV table</source>
        <translation>ファイルが完全な CSV の表であるか確認してください</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>space</source>
        <translation>空白</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma</source>
        <translation>カンマ</translation>
    </message>
</context>
<context>
    <name>DisplayCrsText</name>
    <message>
        <location filename="../../gis/displaycrs.cpp" line="+120"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> …</source>
        <translation> …</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+5"/>
        <source>display CRS EPSG:%1</source>
        <translation>表示用の座標参照系 EPSG:%1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PROJ cannot create the projection: %1</source>
        <translation>PROJ で投影法を作成できません：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that PROJ&apos;s database (proj.db) is installed.</source>
        <translation>PROJ のデータベース（proj.db）がインストールされているか確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PROJ cannot normalise the axis order: %1</source>
        <translation>PROJ で軸の順序を正規化できません：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+102"/>
        <location line="+22"/>
        <location line="+10"/>
        <source>display CRS</source>
        <translation>表示用の座標参照系</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>cannot choose a map projection for the point (%1, %2)</source>
        <translation>点 (%1, %2) に合う地図の投影法を選べません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the layers hold geographic coordinates in degrees.</source>
        <translation>レイヤの座標が度単位の経緯度であるか確認してください。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>“%1” is not an EPSG code</source>
        <translation>「%1」はEPSGコードではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the map projection as EPSG:6680, e.g. a JGD2011 plane rectangular zone (EPSG:6669 to 6687).</source>
        <translation>地図の投影法は EPSG:6680 のように指定してください（例：JGD2011 平面直角座標系 EPSG:6669〜6687）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>EPSG:%1 cannot be used as the map projection</source>
        <translation>EPSG:%1 は地図の投影法として使えません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a JGD2011 plane rectangular zone (EPSG:6669 to 6687), a JGD2011 UTM zone (EPSG:6688 to 6692) or a WGS 84 UTM zone (EPSG:32601 to 32660, 32701 to 32760).</source>
        <translation>JGD2011 平面直角座標系（EPSG:6669〜6687）、JGD2011 UTM（EPSG:6688〜6692）または WGS 84 UTM（EPSG:32601〜32660、32701〜32760）を使ってください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no plane rectangular zone %1</source>
        <translation>平面直角座標系 %1 系はありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The JGD2011 plane rectangular zones are numbered 1 (I) to 19 (XIX).</source>
        <translation>JGD2011 の平面直角座標系は 1（I）系から 19（XIX）系までです。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>JGD2011 zone %1</source>
        <translation>平面直角座標系 第%1系</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the projection named in the project file</source>
        <translation>プロジェクトファイルで指定された投影法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data names no prefecture or municipality of the MLIT notice&apos;s table, so the zone whose origin is nearest to the data&apos;s centre</source>
        <translation>データに告示の表の都道府県・市区町村名がないため、原点がデータの中心に最も近い系</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outside Japan, so the UTM zone of the data&apos;s longitude</source>
        <translation>日本国外のため、データの経度のUTM帯</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the zone the MLIT notice assigns to where the data of %1 lies (its islands lie in several zones)</source>
        <translation>告示で%1のデータの位置に定められた系（島により系が異なる）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the zone the MLIT notice assigns to %1 (%2)</source>
        <translation>告示で%1に定められた系（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the zone the MLIT notice assigns to %1</source>
        <translation>告示で%1に定められた系</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, for %2 of the %3 areas</source>
        <translation>%1（%3区域のうち%2区域）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>point %1 of %2</source>
        <translation>%2 の点 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot project a coordinate to %1 (%2): %3</source>
        <translation>座標を %1（%2）に投影できません：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the layer&apos;s coordinates are longitude/latitude degrees near the mapped area.</source>
        <translation>レイヤの座標が地図の範囲付近の経緯度（度）であるか確認してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>display point (%1, %2)</source>
        <translation>表示上の点 (%1, %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot convert a map position of %1 back to longitude/latitude: %2</source>
        <translation>%1 の地図上の位置を経緯度に戻せません：%2</translation>
    </message>
</context>
<context>
    <name>EvaluatorText</name>
    <message>
        <location filename="../../core/evaluator.cpp" line="+36"/>
        <source>office %1 (%2)</source>
        <translation>事務所 %1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the offices table has no offices</source>
        <translation>事務所一覧に事務所がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add the ward offices (区役所) and branch offices (出張所) with their coordinates</source>
        <translation>区役所と出張所を座標とともに追加してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the distance guide %1 m is not a positive distance</source>
        <translation>目安の距離 %1 m が正の距離ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set a distance guide in metres, e.g. 5000 for Kumamoto&apos;s 5 km</source>
        <translation>目安の距離をメートルで設定してください（例：熊本市の 5 km なら 5000）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>office %1 has no id</source>
        <translation>事務所 %1 に番号（id）がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>give every office a unique id</source>
        <translation>すべての事務所に重複しない番号（id）を付けてください</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>office id %1 is used twice (rows %2 and %3)</source>
        <translation>事務所の番号 %1 が重複しています（%2 行目と %3 行目）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the offices table has no ward office</source>
        <translation>事務所一覧に区役所がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the offices table needs at least one row of kind ward_office (区役所)</source>
        <translation>事務所一覧には種別 ward_office（区役所）の行が少なくとも1行必要です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the offices table has no branch office to evaluate</source>
        <translation>事務所一覧に評価する出張所がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the offices table needs at least one row of kind branch (出張所) or general_branch (総合出張所)</source>
        <translation>事務所一覧には種別 branch（出張所）または general_branch（総合出張所）の行が少なくとも1行必要です</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the distance to %1 cannot be computed</source>
        <translation>%1 までの距離を計算できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the coordinates of both offices (longitude -180..180, latitude -90..90 degrees)</source>
        <translation>両方の事務所の座標を確認してください（経度 -180～180 度、緯度 -90～90 度）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>lies outside every ward polygon: check its coordinates</source>
        <translation>どの区のポリゴンにも含まれません：座標を確認してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lies in %1 on the map, but the table says %2</source>
        <translation>地図上は %1 にありますが、一覧では %2 となっています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the office&apos;s coordinates and its ward in the table</source>
        <translation>事務所の座標と一覧の区を確認してください</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the table gives no ward: the distance to its own ward office is left empty</source>
        <translation>一覧に区がないため、所在区の区役所までの距離は空欄にしています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fill in the ward column of the offices table</source>
        <translation>事務所一覧の区の列を入力してください</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ward %1</source>
        <translation>区 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ward %1 has no ward office in the table: the distance to the own ward office of %2 is left empty</source>
        <translation>%1 の区役所が一覧にないため、%2 の所在区の区役所までの距離は空欄にしています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add the ward&apos;s 区役所 to the offices table, or correct the ward names</source>
        <translation>その区の区役所を事務所一覧に追加するか、区名を修正してください</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>population layer</source>
        <translation>人口レイヤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 population cells have no 65+ value: the 65+ catchments count only cells with a value</source>
        <translation>人口セル %2 件のうち %1 件に65歳以上人口の値がありません：65歳以上の利用圏人口は値のあるセルだけを数えています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>census meshes with suppressed age counts add them to a neighbouring mesh; map the 65+ field if it is not mapped</source>
        <translation>国勢調査のメッシュで秘匿された年齢別人口は隣のメッシュに合算されています。65歳以上人口の属性が対応付けられていない場合は対応付けてください</translation>
    </message>
</context>
<context>
    <name>FrontierFigure</name>
    <message>
        <location filename="../../app/figures/frontierfigure.cpp" line="+63"/>
        <source>Counters closed</source>
        <translation>廃止する窓口の数（か所）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 closes %n counter(s): no set of that many meets the constraints</source>
        <translation>
            <numerusform>%1 は %n か所を廃止：条件を満たす同数の組合せはありません</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 closed: at least %2</source>
        <translation>%1 か所廃止：%2以上</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hollow points: not proven optimal, the solver stopped before proving them</source>
        <translation>白抜きの点：計算を打ち切ったため、最適であることが証明されていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hollow points: not proven optimal, the solver stopped before proving them; the dashed line runs down to its bound, the least harm still possible (%1)</source>
        <translation>白抜きの点：計算を打ち切ったため、最適であることが証明されていません。破線は、これよりよくなることのない値（下限）までを示します（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enlarge the figure to read the whole note</source>
        <translation>図を拡大すると注記をすべて表示します</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>The optimiser found no set of closures</source>
        <translation>廃止の組合せが見つかりませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best closures for each number of counters closed</source>
        <translation>廃止する窓口の数ごとの最適な組合せ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each point: the closures with the least %1</source>
        <translation>各点：%1が最小となる廃止の組合せ</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Best set for each number closed</source>
        <translation>廃止数ごとの最適な組合せ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best set found, not proven optimal</source>
        <translation>最適であることが未証明の組合せ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario: %1</source>
        <translation>シナリオ：%1</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>%1 = %2</source>
        <translation>%1 ＝ %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 / %2</source>
        <translation>%1 ／ %2</translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>%n more point(s) too crowded to name at this size: enlarge the figure</source>
        <translation>
            <numerusform>ほかに %n 点は混み合っているため、この大きさでは表示できません。図を拡大してください</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrontierSummaryText</name>
    <message>
        <location filename="../../app/figures/frontiersummary.cpp" line="+33"/>
        <location line="+310"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 residents</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a mean distance of %1 to the nearest open counter</source>
        <translation>最寄りの窓口までの平均距離が %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 residents beyond the %2 km guide, %3 of them aged 65+</source>
        <translation>目安（%2 km）を超える住民が %1 人（うち65歳以上 %3 人）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>leave %1 fewer residents beyond the guide</source>
        <translation>目安を超える住民が %1 人少なくなります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave %1 fewer residents aged 65+ beyond the guide</source>
        <translation>目安を超える65歳以上の住民が %1 人少なくなります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shorten the mean distance by %1</source>
        <translation>平均距離が %1 短くなります</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 closes %2, which the constraints keep open.</source>
        <translation>%1 は、条件で存続とした%2を廃止しています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 keeps %2 open, which the constraints close.</source>
        <translation>%1 は、条件で廃止とした%2を存続しています。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The solver stopped before proving the best set of %n closure(s) optimal: no set of that many can do better on %1 than %2 (its bound).</source>
        <translation>
            <numerusform>ただし、%n か所の最適な組合せは、計算を打ち切ったため最適であることが証明されていません。%1が %2（計算で得た下限）を下回る %n か所の組合せはありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The solver stopped before proving the best set of %n closure(s) optimal.</source>
        <translation>
            <numerusform>ただし、%n か所の最適な組合せは、計算を打ち切ったため最適であることが証明されていません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>None closed</source>
        <translation>廃止なし</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Same set</source>
        <translation>同じ組合せ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No scenario to compare with: choose one to compare its closures with the best set of as many closures.</source>
        <translation>比較するシナリオがありません。シナリオを選ぶと、その廃止を同じ数の最適な組合せと比較します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The optimiser found no set of closures to compare %1 with.</source>
        <translation>%1 と比較できる廃止の組合せが見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 closes %n counter(s), but no set of that many closures meets the constraints applied, so there is no best set to compare it with.</source>
        <translation>
            <numerusform>%1 は窓口を %n か所廃止しますが、適用した条件を満たす %n か所の廃止の組合せはないため、最適な組合せと比較できません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 closes %n counter(s); the optimiser was run for %2 closures only, so there is no best set of as many to compare it with.</source>
        <translation>
            <numerusform>%1 は窓口を %n か所廃止しますが、最適化は %2 か所の廃止についてのみ行ったため、同じ数の最適な組合せと比較できません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 closes the same %n counter(s) as the best set of that many closures the optimiser found (%2).</source>
        <translation>
            <numerusform>%1 の %n か所の廃止は、最適化で見つかった %n か所の最もよい組合せと同じです（%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 closes the same %n counter(s) as the best set of that many closures (%2): no other choice of %n closure(s) does better on %3.</source>
        <translation>
            <numerusform>%1 の %n か所の廃止は、%n か所を廃止する最適な組合せと同じです（%2）。%3の点でこれよりよい %n か所の組合せはありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 is as good on %2 as the best set of %n closure(s) (%3), which closes %4 instead of %5.</source>
        <translation>
            <numerusform>%1 は、%2の点で %n か所を廃止する最適な組合せと同じ結果です（%3）。最適な組合せは、%5の代わりに%4を廃止します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 closes %n counter(s), leaving %2. The best set of %n closure(s) leaves %3: closing %4 instead of %5 would %6.</source>
        <translation>
            <numerusform>%1 は窓口を %n か所廃止し、%2です。%n か所を廃止する最適な組合せでは%3で、%5の代わりに%4を廃止すると、%6。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 closes %n counter(s), leaving %2: better than the best set of %n closure(s) that meets the constraints (%3), because it does not meet them.</source>
        <translation>
            <numerusform>%1 は窓口を %n か所廃止し、%2です。条件を満たす %n か所の最適な組合せ（%3）よりよい結果ですが、これは %1 が条件を満たしていないためです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 closes %n counter(s), leaving %2: better than the best set of %n closure(s) the optimiser found (%3), which it did not prove optimal.</source>
        <translation>
            <numerusform>%1 は窓口を %n か所廃止し、%2です。最適化で見つかった %n か所の組合せ（%3）よりよい結果です（その組合せは最適であることが証明されていません）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Distance guide: %1 km (geodesic)</source>
        <translation>距離の目安：%1 km（測地線距離）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counters the optimiser could close: %1</source>
        <translation>廃止を検討した窓口：%1 か所</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept open as asked: %1</source>
        <translation>存続を指定：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept open, farther than %1 km from a ward office: %2</source>
        <translation>区役所から %1 km を超えるため存続：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only counters within %1 km of a ward office may close</source>
        <translation>区役所から %1 km 以内の窓口のみ廃止の対象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept open, workload above %1 transactions (%2): %3</source>
        <translation>受付件数が %1 件（%2）を超えるため存続：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept open, no workload count for %1: %2</source>
        <translation>%1 の受付件数がないため存続：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only counters with a workload of at most %1 transactions (%2) may close</source>
        <translation>受付件数が %1 件（%2）以下の窓口のみ廃止の対象</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed as asked: %1</source>
        <translation>廃止を指定：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open counter gains more than %1 residents</source>
        <translation>存続する各窓口で増える住民は %1 人まで</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No open counter gains more than %1 transactions</source>
        <translation>存続する各窓口で増える受付件数は %1 件まで</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No constraints: any branch office&apos;s counter may close</source>
        <translation>条件なし：すべての出張所の窓口を廃止の対象としました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: %1</source>
        <translation>適用できなかった条件：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>proven</source>
        <translation>証明済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not proven (bound %1)</source>
        <translation>未証明（下限 %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not proven</source>
        <translation>未証明</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number closed</source>
        <translation>廃止数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed counters</source>
        <translation>廃止する窓口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents beyond %1 km</source>
        <translation>%1 km を超える住民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aged 65+ beyond %1 km</source>
        <translation>%1 km を超える65歳以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean distance (km)</source>
        <translation>平均距離（km）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proven optimal</source>
        <translation>最適性の証明</translation>
    </message>
</context>
<context>
    <name>GeoPackageWriterText</name>
    <message>
        <location filename="../../gis/geopackagewriter.cpp" line="+85"/>
        <source>layer %1, row %2</source>
        <translation>レイヤ %1、%2 行目</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>GDAL has no GeoPackage driver</source>
        <translation>GDAL に GeoPackage ドライバがありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the GeoPackage</source>
        <translation>GeoPackage を作成できません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot set up EPSG:6668 (JGD2011)</source>
        <translation>EPSG:6668（JGD2011）を設定できません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>writing the GeoPackage failed</source>
        <translation>GeoPackage の書き出しに失敗しました</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check that you may write into the folder and that the disk is not full</source>
        <translation>フォルダへの書き込み権限があり、ディスクに空きがあるか確認してください</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>layer %1</source>
        <translation>レイヤ %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a %1 geometry cannot go into this layer</source>
        <translation>%1 のジオメトリはこのレイヤに入れられません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the layer</source>
        <translation>レイヤを作成できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every layer of a GeoPackage needs its own name</source>
        <translation>GeoPackage の各レイヤには別々の名前が必要です</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot create the field %1</source>
        <translation>属性 %1 を作成できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every field of a layer needs its own name</source>
        <translation>レイヤの各属性には別々の名前が必要です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot start writing the rows</source>
        <translation>行の書き出しを開始できません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot convert the geometry</source>
        <translation>ジオメトリを変換できません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write the row</source>
        <translation>行を書き出せません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot finish writing the rows</source>
        <translation>行の書き出しを完了できません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, field </source>
        <translation>、属性 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the value &quot;%1&quot; is not %2</source>
        <translation>値「%1」は%2ではありません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a finite number</source>
        <translation>有限の数値</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
</context>
<context>
    <name>GeosText</name>
    <message>
        <location filename="../../gis/geos.cpp" line="+102"/>
        <source>Cannot create a point: %1</source>
        <translation>点を作成できません：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+10"/>
        <location line="+9"/>
        <location line="+11"/>
        <source>unknown GEOS error</source>
        <translation>不明な GEOS のエラー</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Cannot create a WKB reader: %1</source>
        <translation>WKB の読み込み器を作成できません：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unreadable geometry (WKB): %1</source>
        <translation>読み込めないジオメトリ（WKB）：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create a WKB writer: %1</source>
        <translation>WKB の書き出し器を作成できません：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write a geometry as WKB: %1</source>
        <translation>ジオメトリを WKB として書き出せません：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot copy a geometry: %1</source>
        <translation>ジオメトリを複製できません：%1</translation>
    </message>
</context>
<context>
    <name>ImpactFigure</name>
    <message>
        <location filename="../../app/figures/impactfigurerows.cpp" line="+100"/>
        <source>%1 (closed)</source>
        <translation>%1（廃止）</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>(no ward)</source>
        <translation>（区なし）</translation>
    </message>
    <message>
        <location filename="../../app/figures/impactfigure.cpp" line="+22"/>
        <source>Workload %1</source>
        <translation>%1の受付件数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workload</source>
        <translation>受付件数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catchment population</source>
        <translation>利用圏人口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catchment population aged 65+</source>
        <translation>利用圏の 65 歳以上人口</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 transactions</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 residents</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No scenario impact</source>
        <translation>シナリオの影響を表示していません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to chart: no workload counts and no population layer</source>
        <translation>受付件数も人口レイヤもないため、グラフに表示するものがありません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>per counter</source>
        <translation>窓口ごと</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per ward</source>
        <translation>区ごと</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2: before and after %3</source>
        <translation>%1（%2）：%3 の変更前と変更後</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per ward (its ward office and branch counters): the %1 counters are too many for a row each at this size.</source>
        <translation>区ごとに1行（区役所とその区の出張所等の窓口）：窓口 %1 か所はこの大きさでは1か所1行に収まりません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per ward: its ward office and branch counters.</source>
        <translation>区ごとに1行（区役所とその区の出張所等の窓口）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No value, so no row: %1</source>
        <translation>値がないため行を表示していないもの：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No %1 count for %2: the bars of their wards (marked *) sum the other counters and the work they receive.</source>
        <translation>%1 の件数がないもの：%2。その区の棒（* 印）は、ほかの窓口の件数と移管を受ける件数の合計です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No %1 count, so no row: %2</source>
        <translation>%1 の件数がないため行を表示していないもの：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (before and after)</source>
        <translation>%1（変更前・変更後）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (before)</source>
        <translation>%1（変更前）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (after)</source>
        <translation>%1（変更後）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No %1 count, so no bar: %2</source>
        <translation>%1 の件数がないため棒を表示していないもの：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No value, so no bar: %1</source>
        <translation>値がないため棒を表示していないもの：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No %1 count of their own, so only the work they receive from closed counters is drawn: %2</source>
        <translation>%1 の件数がないため、廃止する窓口から移管を受ける件数のみを表示しているもの：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 population cells have no 65+ value and are left out of the 65+ counts.</source>
        <translation>人口セル %1 個に 65 歳以上人口の値がないため、65 歳以上の集計から除いています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no count</source>
        <translation>件数なし</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+189"/>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>%1 (transactions)</source>
        <translation>%1（件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (residents)</source>
        <translation>%1（人）</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>received from closed counters: %1</source>
        <translation>廃止する窓口からの移管：%1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 before: %2</source>
        <translation>%1（変更前）：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after: %1</source>
        <translation>変更後：%1</translation>
    </message>
    <message>
        <location filename="../../app/figures/impactfigurepaint.cpp" line="+86"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After (%1)</source>
        <translation>変更後（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of it received from closed counters</source>
        <translation>うち廃止する窓口から移管</translation>
    </message>
</context>
<context>
    <name>ImpactSummaryText</name>
    <message>
        <location filename="../../app/figures/impactsummary.cpp" line="+30"/>
        <location line="+57"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Workload</source>
        <translation>受付件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no counts loaded for any fiscal year — catchments are shown instead</source>
        <translation>どの年度の受付件数も読み込まれていないため、代わりに利用圏人口を表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no counts loaded for any fiscal year, and no population layer: there is nothing to chart</source>
        <translation>どの年度の受付件数も読み込まれておらず、人口レイヤもないため、グラフに表示するものがありません</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+5"/>
        <source>%1 residents</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+3"/>
        <source>Workload moved</source>
        <translation>移管する受付件数</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 (%2) from the closed counters to the receiving counters</source>
        <translation>廃止する窓口から移管先の窓口へ %1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not known (%1): no count for %2</source>
        <translation>不明（%1）：%2 の件数がありません</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>No scenario impact: choose a scenario to see what it does to the counters</source>
        <translation>シナリオの影響を表示していません。シナリオを選ぶと、窓口への影響を表示します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counters open</source>
        <translation>窓口数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closed counters</source>
        <translation>廃止する窓口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Residents over %1 km from an open counter</source>
        <translation>存続する窓口から %1 km を超える住民</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aged 65+ over %1 km from an open counter</source>
        <translation>存続する窓口から %1 km を超える 65 歳以上の住民</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Residents whose counter closes</source>
        <translation>最寄りの窓口が廃止される住民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (aged 65+: %2)</source>
        <translation>%1（うち 65 歳以上：%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residents beyond the %1 km guide</source>
        <translation>目安 %1 km を超える住民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not counted: the project has no population layer</source>
        <translation>プロジェクトに人口レイヤがないため、数えていません</translation>
    </message>
</context>
<context>
    <name>ImpactText</name>
    <message>
        <location filename="../../core/impact.cpp" line="+40"/>
        <source>office %1 (%2)</source>
        <translation>事務所 %1（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office %1 has no id</source>
        <translation>事務所 %1 に番号（id）がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office id %1 is used twice</source>
        <translation>事務所の番号 %1 が重複しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give every office a unique id</source>
        <translation>すべての事務所に重複しない番号（id）を付けてください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the offices table has no ward office</source>
        <translation>事務所一覧に区役所がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the offices table needs at least one row of kind ward_office (区役所): ward offices always stay open and receive the closed counters&apos; work</source>
        <translation>事務所一覧には種別 ward_office（区役所）の行が少なくとも1行必要です：区役所は常に存続し、廃止する窓口の業務を引き継ぎます</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the distance guide %1 m is not a positive distance</source>
        <translation>目安の距離 %1 m が正の距離ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set a distance guide in metres, e.g. 5000 for Kumamoto&apos;s 5 km</source>
        <translation>目安の距離をメートルで設定してください（例：熊本市の 5 km なら 5000）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the distance to %1 cannot be computed</source>
        <translation>%1 までの距離を計算できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the coordinates of both offices (longitude -180..180, latitude -90..90 degrees)</source>
        <translation>両方の事務所の座標を確認してください（経度 -180～180 度、緯度 -90～90 度）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>has no %1 workload: the workload totals are unknown</source>
        <translation>%1の受付件数がないため、受付件数の合計は不明です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fill in the office&apos;s count for %1 in the offices table</source>
        <translation>事務所一覧にこの事務所の%1の件数を入力してください</translation>
    </message>
</context>
<context>
    <name>LayerReaderText</name>
    <message>
        <location filename="../../gis/shapefilecheck.cpp" line="+12"/>
        <source>copy the file again from its source; a shapefile needs its .shp, .shx and .dbf together</source>
        <translation>入手元からファイルをもう一度コピーしてください。シェープファイルには .shp、.shx、.dbf がそろっている必要があります</translation>
    </message>
    <message>
        <location filename="../../gis/layerreader.cpp" line="+29"/>
        <source>feature %1</source>
        <translation>地物 %1</translation>
    </message>
    <message>
        <location line="+420"/>
        <location filename="../../gis/shapefilecheck.cpp" line="+49"/>
        <location line="+52"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <location filename="../../gis/shapefilecheck.cpp" line="-50"/>
        <location line="+52"/>
        <source>check that the file exists and that you may read it</source>
        <translation>ファイルがあり、読み込む権限があることを確認してください</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>%1 is truncated or not a shapefile %2: it has only %3 bytes</source>
        <translation>%1 は途中で切れているか、シェープファイル%2ではありません：%3 バイトしかありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a shapefile %2 (wrong file code)</source>
        <translation>%1 はシェープファイル%2ではありません（ファイルコードが違います）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is truncated: it has %2 bytes, but its header says %3</source>
        <translation>%1 は途中で切れています：%2 バイトですが、ヘッダには %3 とあります</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is truncated: its header is incomplete</source>
        <translation>%1 は途中で切れています：ヘッダが不完全です</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is truncated: it has %2 bytes, but its header announces %3 records in %4 bytes</source>
        <translation>%1 は途中で切れています：%2 バイトですが、ヘッダには %3 レコード、%4 バイトとあります</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>its .cpg file %1</source>
        <translation>.cpg ファイル %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its DBF language driver id</source>
        <translation>DBF の言語ドライバ ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the encoding set for this layer</source>
        <translation>このレイヤに設定した文字コード</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>detection</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>set &quot;encoding&quot; for this layer in the project file (&quot;CP932&quot; for Shift_JIS, or &quot;UTF-8&quot;)</source>
        <translation>プロジェクトファイルでこのレイヤの &quot;encoding&quot; を設定してください（Shift_JIS なら &quot;CP932&quot;、または &quot;UTF-8&quot;）</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>%1 names the encoding &quot;%2&quot;, which is not supported (only CP932/Shift_JIS and UTF-8 are)</source>
        <translation>%1 は文字コード「%2」を指定していますが、対応していません（対応しているのは CP932/Shift_JIS と UTF-8 のみです）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> to override it</source>
        <translation>（上書きする場合）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The text attributes of %1 are neither valid UTF-8 nor valid CP932 (Shift_JIS), and there is no .cpg file naming the encoding</source>
        <translation>%1 の文字列の属性は正しい UTF-8 でも正しい CP932（Shift_JIS）でもなく、文字コードを指定する .cpg ファイルもありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The text attributes of %1 are not valid UTF-8, although %2 says UTF-8; they look like CP932 (Shift_JIS)</source>
        <translation>%2 では UTF-8 となっていますが、%1 の文字列の属性は正しい UTF-8 ではありません。CP932（Shift_JIS）のようです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text attributes of %1 are not valid UTF-8, although %2 says UTF-8</source>
        <translation>%2 では UTF-8 となっていますが、%1 の文字列の属性は正しい UTF-8 ではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text attributes of %1 are not valid CP932 (Shift_JIS), although %2 says CP932</source>
        <translation>%2 では CP932 となっていますが、%1 の文字列の属性は正しい CP932（Shift_JIS）ではありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The text attributes of %1 cannot be read as CP932 (Shift_JIS), as %2 says: %3</source>
        <translation>%1 の文字列の属性を %2 のとおり CP932（Shift_JIS）として読み込めません：%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text attributes look like UTF-8, but %1 says CP932 (Shift_JIS): names may be garbled</source>
        <translation>文字列の属性は UTF-8 のようですが、%1 では CP932（Shift_JIS）となっています：名称が文字化けしている可能性があります</translation>
    </message>
    <message>
        <location filename="../../gis/layerreader.cpp" line="-407"/>
        <source>The text is not valid after reading it as %1 (%2)</source>
        <translation>%1（%2）として読み込んだ文字列が正しくありません</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>features without geometry</source>
        <translation>ジオメトリのない地物</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lines</source>
        <translation>ライン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polygons</source>
        <translation>ポリゴン</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> and </source>
        <translation>と</translation>
    </message>
    <message>
        <location line="+299"/>
        <source>%1 does not exist</source>
        <translation>%1 がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the path in the project file or on the command line</source>
        <translation>プロジェクトファイルまたはコマンドラインのパスを確認してください</translation>
    </message>
    <message>
        <location filename="../../gis/shapefilecheck.cpp" line="+15"/>
        <source>%1.%2 is missing: a shapefile needs its .shp, .shx and .dbf</source>
        <translation>%1.%2 がありません：シェープファイルには .shp、.shx、.dbf が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copy all the files that came with %1 (.shp, .shx, .dbf, .prj, .cpg) into the same folder</source>
        <translation>%1 と一緒に提供されたすべてのファイル（.shp、.shx、.dbf、.prj、.cpg）を同じフォルダにコピーしてください</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>index (.shx)</source>
        <translation>のインデックス（.shx）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2 do not belong together: the index has %3 shapes, the attribute table %4 records</source>
        <translation>%1 と %2 は対応していません：インデックスには %3 個の図形、属性テーブルには %4 件のレコードがあります</translation>
    </message>
    <message>
        <location filename="../../gis/layerreader.cpp" line="-279"/>
        <source>The encoding %1 set for this layer was ignored: this format always stores text as UTF-8</source>
        <translation>このレイヤに設定した文字コード %1 は無視しました：この形式では文字列は常に UTF-8 で保存されます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove &quot;encoding&quot; for this layer from the project file</source>
        <translation>プロジェクトファイルからこのレイヤの &quot;encoding&quot; を削除してください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the format is not recognised</source>
        <translation>形式を認識できません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read as a vector layer: %2</source>
        <translation>%1 をベクタレイヤとして読み込めません：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that it is a complete Shapefile, GeoPackage or GeoJSON file; copy it again from its source</source>
        <translation>完全なシェープファイル、GeoPackage または GeoJSON ファイルであるか確認し、入手元からもう一度コピーしてください</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 contains no vector layer</source>
        <translation>%1 にベクタレイヤがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that this is the right file</source>
        <translation>正しいファイルであるか確認してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no layer named &quot;%2&quot;</source>
        <translation>%1 に「%2」という名前のレイヤがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose one of: %1</source>
        <translation>次のいずれかを指定してください：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has %2 layers; the first, &quot;%3&quot;, was read</source>
        <translation>%1 には %2 個のレイヤがあります。最初のレイヤ「%3」を読み込みました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name the layer to read in the project file</source>
        <translation>読み込むレイヤの名前をプロジェクトファイルで指定してください</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>field %1</source>
        <translation>属性 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The layer&apos;s own coordinate reference system %1 was replaced by %2, as set for this layer</source>
        <translation>このレイヤの設定に従い、レイヤ自身の座標参照系 %1 を %2 に置き換えました</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no coordinate reference system (no .prj)</source>
        <translation>%1 に座標参照系がありません（.prj がありません）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no coordinate reference system</source>
        <translation>%1 に座標参照系がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add the .prj that came with the data, or set &quot;crs&quot; for this layer in the project file (e.g. &quot;EPSG:6668&quot; for JGD2011 latitude/longitude) or pass --crs ROLE=EPSG:6668 on the command line</source>
        <translation>データと一緒に提供された .prj を追加するか、プロジェクトファイルでこのレイヤの &quot;crs&quot; を設定するか（例：JGD2011 の経緯度なら &quot;EPSG:6668&quot;）、コマンドラインで --crs ROLE=EPSG:6668 を指定してください</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>, field </source>
        <translation>、属性 </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The feature has no geometry; it is kept without a location</source>
        <translation>地物にジオメトリがありません。位置のないまま残しています</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The geometry cannot be transformed from %1 to JGD2011: %2</source>
        <translation>ジオメトリを %1 から JGD2011 に変換できません：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>coordinates out of range</source>
        <translation>座標が範囲外です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the coordinate reference system of this layer</source>
        <translation>このレイヤの座標参照系を確認してください</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+30"/>
        <source>repair the geometry in a GIS, or remove the feature</source>
        <translation>GIS でジオメトリを修復するか、地物を削除してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The geometry mixes points, lines and polygons</source>
        <translation>ジオメトリにポイント、ライン、ポリゴンが混在しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+89"/>
        <source>split the layer so that each holds one kind of geometry</source>
        <translation>1つのレイヤに1種類のジオメトリだけが入るようにレイヤを分けてください</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>The geometry is a %1, but the layer holds %2s</source>
        <translation>ジオメトリは%1ですが、レイヤは%2のレイヤです</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>invalid</source>
        <translation>不正</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The polygon is invalid (%1) and cannot be repaired: %2</source>
        <translation>ポリゴンが不正（%1）で、修復できません：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The polygon was invalid (%1) and was repaired</source>
        <translation>ポリゴンが不正（%1）だったため修復しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the boundary of this feature in a GIS</source>
        <translation>GIS でこの地物の境界を確認してください</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 has no features</source>
        <translation>%1 に地物がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that this is the right file and layer; it holds no data</source>
        <translation>正しいファイルとレイヤであるか確認してください。データが入っていません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1 of the %2 features of %3 could be read: the shapefile is damaged</source>
        <translation>%3 の地物 %2 件のうち %1 件しか読み込めませんでした：シェープファイルが壊れています</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 mixes %2</source>
        <translation>%1 には%2が混在しています</translation>
    </message>
</context>
<context>
    <name>MapContentBuilderText</name>
    <message>
        <location filename="../../app/lib/mapcontentbuilder.cpp" line="+30"/>
        <location line="+33"/>
        <source>scenario %1</source>
        <translation>シナリオ「%1」</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>assess the scenario&apos;s impact again after changing the scenario or the offices table</source>
        <translation>シナリオまたは事務所一覧を変更した後は、シナリオの影響を評価し直してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the impact was assessed for %1 offices, the offices table has %2</source>
        <translation>影響は %1 か所の事務所について評価されていますが、事務所一覧には %2 か所あります</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the impact does not match the scenario&apos;s decision for office %1 (%2)</source>
        <translation>影響が事務所 %1（%2）に対するシナリオの方針と一致しません</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the impact moves work from office %1 to office %2, which the offices table does not have</source>
        <translation>影響では事務所 %1 から事務所 %2 に業務を移していますが、その事務所が事務所一覧にありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>assess the scenario&apos;s impact again with the project&apos;s offices table</source>
        <translation>プロジェクトの事務所一覧でシナリオの影響を評価し直してください</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>feature %1</source>
        <translation>地物 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the map&apos;s population cells do not come from this population layer</source>
        <translation>地図の人口セルがこの人口レイヤのものではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reload the project so the map is built from the layer again</source>
        <translation>プロジェクトを読み込み直して、このレイヤから地図を作り直してください</translation>
    </message>
</context>
<context>
    <name>MapContentText</name>
    <message>
        <location filename="../../gis/mapcontent.cpp" line="+256"/>
        <source>field %1</source>
        <translation>属性 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 field &quot;%2&quot; is not in the layer</source>
        <translation>%1 の属性「%2」がレイヤにありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the layer&apos;s fields: %1.</source>
        <translation>レイヤの属性から選んでください：%1。</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+161"/>
        <source>feature %1, field %2</source>
        <translation>地物 %1、属性 %2</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>「%1」は数値ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map a numeric population field, or correct the value.</source>
        <translation>数値の人口の属性を対応付けるか、値を修正してください。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>the layer has no geometry to place on a map</source>
        <translation>レイヤに地図上に配置できるジオメトリがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a layer with points or polygons.</source>
        <translation>ポイントまたはポリゴンのレイヤを選んでください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no name field was given for the polygons</source>
        <translation>ポリゴンの名称の属性が指定されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the field that holds the names (e.g. N03_004 for wards).</source>
        <translation>名称が入っている属性を対応付けてください（例：区なら N03_004）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approximate</source>
        <translation>近似フラグ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no population field was given</source>
        <translation>人口の属性が指定されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the field that holds the residents of each cell.</source>
        <translation>各セルの住民の数が入っている属性を対応付けてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>population 65+</source>
        <translation>65歳以上人口</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the population is empty</source>
        <translation>人口が空欄です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the count (0 where nobody lives); an empty cell is missing data, not zero.</source>
        <translation>人数を入力してください（住民がいない場合は 0）。空欄はゼロではなく欠測として扱います。</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>circle around %1</source>
        <translation>%1 を中心とする円</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the radius %1 m is not positive</source>
        <translation>半径 %1 m が正ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a distance threshold greater than zero.</source>
        <translation>0 より大きい基準距離を設定してください。</translation>
    </message>
</context>
<context>
    <name>MapExportText</name>
    <message>
        <location filename="../../app/lib/mapexport.cpp" line="+125"/>
        <source>a %1 x %2 px page at %3 dpi leaves too little room for the map</source>
        <translation>%3 dpi で %1 × %2 px のページでは、地図を描く余白が足りません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose a larger page or a lower resolution</source>
        <translation>ページを大きくするか、解像度を下げてください</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the map has nothing to show</source>
        <translation>地図に表示するものがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open a project with an offices table or map layers</source>
        <translation>事務所一覧か地図レイヤのあるプロジェクトを開いてください</translation>
    </message>
</context>
<context>
    <name>OfficeTableText</name>
    <message>
        <location filename="../../gis/officetable.cpp" line="+36"/>
        <source>name the column for the offices layer in the project file (&quot;fields&quot;: {&quot;%1&quot;: &quot;&lt;column&gt;&quot;})</source>
        <translation>プロジェクトファイルで事務所レイヤの列名を指定してください（&quot;fields&quot;: {&quot;%1&quot;: &quot;&lt;column&gt;&quot;}）</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data row %1</source>
        <translation>データ %1 行目</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 holds %2 geometries; the offices must be points</source>
        <translation>%1 のジオメトリは%2です。事務所はポイントでなければなりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a point layer, or a CSV table with latitude and longitude columns</source>
        <translation>ポイントのレイヤか、緯度と経度の列がある CSV の表を使ってください</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>feature %1</source>
        <translation>地物 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The office has no location</source>
        <translation>事務所に位置がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place the office&apos;s point in a GIS</source>
        <translation>GIS で事務所のポイントを配置してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The office&apos;s geometry is not a single point</source>
        <translation>事務所のジオメトリが1つのポイントではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give each office exactly one point</source>
        <translation>各事務所にポイントを1つだけ与えてください</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ward_office (区役所), general_branch (総合出張所), branch (出張所)</source>
        <translation>ward_office（区役所）、general_branch（総合出張所）、branch（出張所）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keep (継続), service_corner (行政サービスコーナー), close (廃止), upgrade (機能強化)</source>
        <translation>keep（継続）、service_corner（行政サービスコーナー）、close（廃止）、upgrade（機能強化）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The coordinate is empty</source>
        <translation>座標が空欄です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fill in the office&apos;s coordinates</source>
        <translation>事務所の座標を入力してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>「%1」は数値ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write coordinates as decimal numbers with &apos;.&apos; (e.g. 32.80300)</source>
        <translation>座標は &apos;.&apos; を使った小数で書いてください（例：32.80300）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>workload %1</source>
        <translation>%1の受付件数</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the columns %1 all hold the workload of %2: which one counts cannot be told</source>
        <translation>列 %1 はいずれも%2の受付件数です。どれを使うか判断できません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keep one column per fiscal year, or name the year&apos;s column in the project&apos;s field mapping</source>
        <translation>年度ごとに列を一つにするか、プロジェクトの属性の対応付けでその年度の列を指定してください</translation>
    </message>
    <message>
        <location line="+243"/>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a count</source>
        <translation>「%1」は件数ではありません</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>write counts as plain numbers (1234 or 1,234); leave the cell empty when the count is not known</source>
        <translation>件数は数字だけで書いてください（1234 または 1,234）。件数が分からない場合は空欄にしてください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write counts as plain numbers (1234 or 1,234)</source>
        <translation>件数は数字だけで書いてください（1234 または 1,234）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The count %1 is negative</source>
        <translation>件数 %1 が負の値です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counts cannot be negative; leave the cell empty when the count is not known</source>
        <translation>件数は負にできません。件数が分からない場合は空欄にしてください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist</source>
        <translation>%1 がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the path of the offices table in the project file or on the command line</source>
        <translation>プロジェクトファイルまたはコマンドラインで事務所一覧のパスを確認してください</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>The column &quot;%1&quot; (set for %2) is not in the table</source>
        <translation>（%2 に指定した）列「%1」が表にありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the header has: %1</source>
        <translation>見出し行の列：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no %2 column</source>
        <translation>%1 に %2 の列がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <location line="+11"/>
        <source>the header has: %1; </source>
        <translation>見出し行の列：%1。</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>id (番号)</source>
        <translation>id（番号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name (名称)</source>
        <translation>name（名称）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind (種別)</source>
        <translation>kind（種別）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ward (区)</source>
        <translation>ward（区）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has a %2 column (%3) but no %4 column</source>
        <translation>%1 には %2 の列（%3）はありますが、%4 の列がありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no coordinate columns (latitude and longitude, or x and y)</source>
        <translation>%1 に座標の列（緯度と経度、または x と y）がありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has projected coordinate columns (%2, %3) but no coordinate reference system is set for them</source>
        <translation>%1 には投影座標の列（%2、%3）がありますが、その座標参照系が設定されていません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set &quot;crs&quot; for the offices layer in the project file (e.g. &quot;EPSG:6670&quot; for JGD2011 plane rectangular zone II) or pass --crs offices=EPSG:6670 on the command line</source>
        <translation>プロジェクトファイルで事務所レイヤの &quot;crs&quot; を設定するか（例：JGD2011 平面直角座標系 II 系なら &quot;EPSG:6670&quot;）、コマンドラインで --crs offices=EPSG:6670 を指定してください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The coordinate reference system %1 set for the offices is projected, but the table has latitude/longitude columns</source>
        <translation>事務所に設定した座標参照系 %1 は投影座標系ですが、表には緯度・経度の列があります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set a geographic CRS (e.g. &quot;EPSG:6668&quot;), or map the x and y columns instead</source>
        <translation>地理座標系（例：&quot;EPSG:6668&quot;）を設定するか、代わりに x と y の列を対応付けてください</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>%1 has no offices: it holds only a header</source>
        <translation>%1 に事務所がありません：見出し行しかありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add one row per office</source>
        <translation>事務所ごとに1行追加してください</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>, column </source>
        <translation>、列 </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 is empty</source>
        <translation>%1 が空欄です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fill in the %1 of every office</source>
        <translation>すべての事務所の %1 を入力してください</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Unknown kind &quot;%1&quot;</source>
        <translation>不明な種別「%1」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use one of: %1</source>
        <translation>次のいずれかを使ってください：%1</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Unknown decision &quot;%1&quot;</source>
        <translation>不明な方針「%1」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use one of: %1, or leave the cell empty</source>
        <translation>次のいずれかを使うか、空欄にしてください：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The latitude %1 is out of range (-90 to 90)</source>
        <translation>緯度 %1 が範囲外です（-90～90）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>are latitude and longitude swapped?</source>
        <translation>緯度と経度が入れ替わっていませんか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>check the coordinates of this office</source>
        <translation>この事務所の座標を確認してください</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The longitude %1 is out of range (-180 to 180)</source>
        <translation>経度 %1 が範囲外です（-180～180）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The coordinates cannot be transformed from %1 to JGD2011: %2</source>
        <translation>座標を %1 から JGD2011 に変換できません：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>check the coordinates and the &quot;crs&quot; of the offices layer</source>
        <translation>事務所レイヤの座標と &quot;crs&quot; を確認してください</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The coordinates lie outside the world after transforming them from %1</source>
        <translation>%1 から変換した座標が地球の範囲外になります</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The id &quot;%1&quot; is used twice: on %2 and on %3</source>
        <translation>番号「%1」が重複しています：%2 と %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give every office its own id</source>
        <translation>すべての事務所に別々の番号（id）を付けてください</translation>
    </message>
</context>
<context>
    <name>OutputPathText</name>
    <message>
        <location filename="../../app/lib/outputpath.cpp" line="+74"/>
        <source>a folder of that name is in the way</source>
        <translation>同じ名前のフォルダーがあります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose another file name</source>
        <translation>別のファイル名を指定してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the output file is one of the project&apos;s input files (%1)</source>
        <translation>出力先がプロジェクトの入力ファイル（%1）です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose another file name for the output; input files are never overwritten</source>
        <translation>出力には別のファイル名を指定してください。入力ファイルは上書きしません</translation>
    </message>
</context>
<context>
    <name>PageExportText</name>
    <message>
        <location filename="../../app/lib/pageexport.cpp" line="+176"/>
        <source>cannot write the file: %1</source>
        <translation>ファイルを書き出せません：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that the folder exists and is writable, and that there is space on the disk</source>
        <translation>フォルダが存在して書き込めること、ディスクに空きがあることを確認してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+130"/>
        <source>the page could not be started</source>
        <translation>ページを始められませんでした</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>the resolution %1 dpi is out of range</source>
        <translation>解像度 %1 dpi は範囲外です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose between %1 and %2 dpi (300 for print)</source>
        <translation>%1 から %2 dpi の間で選んでください（印刷には 300）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the page size %1 x %2 px is empty</source>
        <translation>ページの大きさ %1 × %2 px は空です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give a width and a height in pixels, e.g. 1920x1080</source>
        <translation>幅と高さをピクセルで指定してください（例：1920x1080）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the page would be %1 x %2 px, more than %3 px a side</source>
        <translation>ページが %1 × %2 px になり、一辺 %3 px を超えます</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+80"/>
        <source>choose a lower resolution or a smaller size</source>
        <translation>解像度を下げるか、小さな大きさを選んでください</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>cannot tell the format from the file name</source>
        <translation>ファイル名から形式がわかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name the file .pdf (vector, for print), .svg (vector, for editing) or .png (image)</source>
        <translation>ファイル名を .pdf（ベクタ、印刷用）、.svg（ベクタ、編集用）、.png（画像）のいずれかにしてください</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n pages cannot go into one image</source>
        <translation>
            <numerusform>%n ページを 1 枚の画像にはできません</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name the file .pdf</source>
        <translation>ファイル名を .pdf にしてください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the export would overwrite one of the project&apos;s input files</source>
        <translation>書き出すとプロジェクトの入力ファイルを上書きしてしまいます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose another file name</source>
        <translation>別のファイル名を選んでください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing can be drawn without the graphics library set up</source>
        <translation>グラフィックスのライブラリを準備しないと描画できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run the export from madoguchi or madoguchi-cli</source>
        <translation>madoguchi か madoguchi-cli から書き出してください</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the PDF could not be completed</source>
        <translation>PDF を完成できませんでした</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not enough memory for a %1 x %2 px image</source>
        <translation>%1 × %2 px の画像にはメモリが足りません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the image could not be encoded</source>
        <translation>画像を符号化できませんでした</translation>
    </message>
</context>
<context>
    <name>PolygonIndexText</name>
    <message>
        <location filename="../../gis/polygonindex.cpp" line="+29"/>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>point</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line</source>
        <translation>ライン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polygon</source>
        <translation>ポリゴン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a polygon layer: it has %2 geometries</source>
        <translation>%1 はポリゴンのレイヤではありません：ジオメトリの種類は「%2」です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a layer of areas (e.g. the ward boundaries) for this role</source>
        <translation>この役割には面のレイヤ（例：区の境界）を選んでください</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>feature %1</source>
        <translation>地物 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its polygon cannot be prepared for point-in-polygon tests: %1</source>
        <translation>ポリゴンを点の内外判定に使えるように準備できません：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repair the geometry in a GIS (e.g. QGIS&apos;s Fix geometries)</source>
        <translation>GIS でジオメトリを修復してください（例：QGIS の「ジオメトリを修復」）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create a spatial index: %1</source>
        <translation>空間インデックスを作成できません：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>feature index %1</source>
        <translation>地物の番号 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the point-in-polygon test failed: %1</source>
        <translation>点の内外判定に失敗しました：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repair the polygon layer&apos;s geometry in a GIS</source>
        <translation>GIS でポリゴンのレイヤのジオメトリを修復してください</translation>
    </message>
</context>
<context>
    <name>PopulationCellsText</name>
    <message>
        <location filename="../../gis/populationcells.cpp" line="+30"/>
        <source>feature %1</source>
        <translation>地物 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature %1, field %2</source>
        <translation>地物 %1、属性 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>field %1</source>
        <translation>属性 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the population layer has no field %1 (mapped as the %2)</source>
        <translation>人口レイヤに属性 %1（%2として対応付け）がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map the %1 to one of the layer&apos;s fields: %2</source>
        <translation>%1をレイヤの属性のいずれかに対応付けてください：%2</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>cannot read a point: %1</source>
        <translation>点を読み込めません：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the population cell has no geometry, so its residents cannot be placed</source>
        <translation>人口セルにジオメトリがないため、住民の位置を決められません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove the feature or give it its area</source>
        <translation>地物を削除するか、その範囲を与えてください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot find a point for the population cell (%1): %2</source>
        <translation>人口セルの代表点が求められません（%1）：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repair the geometry in a GIS (e.g. QGIS&apos;s Fix geometries)</source>
        <translation>GIS でジオメトリを修復してください（例：QGIS の「ジオメトリを修復」）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>centroid</source>
        <translation>重心</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>centroid test</source>
        <translation>重心の判定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>point on surface</source>
        <translation>面上の点</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the population layer must have polygons (e.g. mesh cells) or points</source>
        <translation>人口レイヤはポリゴン（例：メッシュ）またはポイントでなければなりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a population layer of areas or points</source>
        <translation>面またはポイントの人口レイヤを選んでください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>population field</source>
        <translation>人口の属性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>65+ population field</source>
        <translation>65歳以上人口の属性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cell id field</source>
        <translation>セル番号の属性</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the population is empty</source>
        <translation>人口が空欄です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every cell needs its number of residents (0 where nobody lives); a missing count is not read as zero</source>
        <translation>すべてのセルに住民の数が必要です（住民がいない場合は 0）。欠測はゼロとして読みません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the population %1 is not a number</source>
        <translation>人口 %1 は数値ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that the population field is mapped to the count of residents</source>
        <translation>人口の属性が住民の数に対応付けられているか確認してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the population %1 is negative</source>
        <translation>人口 %1 が負の値です</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>check the population layer: a count of residents cannot be negative</source>
        <translation>人口レイヤを確認してください：住民の数は負になりません</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the 65+ population %1 is not a number</source>
        <translation>65歳以上人口 %1 は数値ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that the 65+ field is mapped to the count of residents aged 65 and over</source>
        <translation>65歳以上人口の属性が65歳以上の住民の数に対応付けられているか確認してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the 65+ population %1 is negative</source>
        <translation>65歳以上人口 %1 が負の値です</translation>
    </message>
</context>
<context>
    <name>ProjGeodesicText</name>
    <message>
        <location filename="../../gis/projgeodesic.cpp" line="+31"/>
        <source>geodesic, GRS80 ellipsoid</source>
        <translation>測地線距離、GRS80楕円体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>geodesic, WGS84 ellipsoid</source>
        <translation>測地線距離、WGS84楕円体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>geodesic, sphere of radius %1 m</source>
        <translation>測地線距離、半径 %1 m の球</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geodesic, ellipsoid a = %1 m, 1/f = %2</source>
        <translation>測地線距離、楕円体 a = %1 m、1/f = %2</translation>
    </message>
</context>
<context>
    <name>ProjectFileText</name>
    <message>
        <location filename="../../app/lib/projectfilereader.cpp" line="+71"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+282"/>
        <location line="+96"/>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location line="-376"/>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>&quot;%1&quot; must be %2, not %3.</source>
        <translation>&quot;%1&quot; は%2でなければなりません（%3になっています）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the value in the project file.</source>
        <translation>プロジェクトファイルの値を修正してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project file is empty.</source>
        <translation>プロジェクトファイルが空です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a *.madoguchi file saved by Madoguchi, or save the project again.</source>
        <translation>Madoguchi で保存した *.madoguchi ファイルを開くか、プロジェクトを保存し直してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1, column %2</source>
        <translation>%1 行目、%2 文字目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project file is not valid JSON: %1.</source>
        <translation>プロジェクトファイルが正しい JSON ではありません：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the JSON syntax there (a missing comma or quote is common), or open a file saved by Madoguchi.</source>
        <translation>その箇所の JSON の構文を修正するか（カンマや引用符の抜けがよくあります）、Madoguchi で保存したファイルを開いてください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The project file must hold a JSON object ({…}) at the top.</source>
        <translation>プロジェクトファイルの最上位は JSON オブジェクト（{…}）でなければなりません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Open a *.madoguchi file saved by Madoguchi.</source>
        <translation>Madoguchi で保存した *.madoguchi ファイルを開いてください。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The file has no &quot;format&quot; key, so it is not a Madoguchi project.</source>
        <translation>ファイルに &quot;format&quot; キーがないため、Madoguchi のプロジェクトではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a *.madoguchi file, or add &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>*.madoguchi ファイルを開くか、&quot;format&quot;: &quot;%1&quot; を追加してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;format&quot; is %1, not &quot;%2&quot;: this is not a Madoguchi project.</source>
        <translation>&quot;format&quot; が &quot;%2&quot; ではなく %1 です：Madoguchi のプロジェクトではありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The project file has no &quot;version&quot;.</source>
        <translation>プロジェクトファイルに &quot;version&quot; がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &quot;version&quot;: %1 (the version this file was written for).</source>
        <translation>&quot;version&quot;: %1（このファイルが対象とするバージョン）を追加してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a whole number such as %1</source>
        <translation>%1 のような整数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project file was made by a newer Madoguchi (file version %1; this Madoguchi reads up to version %2).</source>
        <translation>プロジェクトファイルは新しい Madoguchi で作られています（ファイルのバージョン %1。この Madoguchi が読めるのはバージョン %2 までです）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Update Madoguchi to open this project.</source>
        <translation>このプロジェクトを開くには Madoguchi を更新してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;version&quot; %1 is not a valid project file version.</source>
        <translation>&quot;version&quot; %1 はプロジェクトファイルの正しいバージョンではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &quot;version&quot; to %1.</source>
        <translation>&quot;version&quot; を %1 にしてください。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>an object ({…})</source>
        <translation>オブジェクト（{…}）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a distance in metres</source>
        <translation>メートル単位の距離</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The distance threshold must be a positive number of metres, not %1.</source>
        <translation>基準距離は正のメートル数でなければなりません（%1 になっています）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the guide distance in metres, e.g. 5000 for 5 km.</source>
        <translation>目安の距離をメートルで指定してください（例：5 km なら 5000）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;workloadFiscalYear&quot; must be a western year such as 2014, not %1.</source>
        <translation>&quot;workloadFiscalYear&quot; は 2014 のような西暦でなければなりません（%1 になっています）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the year the fiscal year starts in: 2014 for 平成26年度.</source>
        <translation>年度の始まる年を書いてください：平成26年度なら 2014。</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>transactions per fiscal year, e.g. 20000</source>
        <translation>年度あたりの受付件数（例：20000）</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>&quot;%1&quot; is given twice in the same object (lines %2 and %3); a project file says one thing per key.</source>
        <translation>「%1」が同じオブジェクトの中に2回書かれています（%2 行目と %3 行目）。プロジェクトファイルには1つのキーに1つの値しか書けません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the one you mean and delete the other.</source>
        <translation>意図した方を残し、もう一方を削除してください。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>residents, e.g. 50000</source>
        <translation>住民の数（例：50000）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>a number of %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; must be zero or more, not %2.</source>
        <translation>&quot;%1&quot; は 0 以上でなければなりません（%2 になっています）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a number of %1, or remove the key.</source>
        <translation>%1を指定するか、キーを削除してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a list of strings</source>
        <translation>文字列のリスト</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a count (a number) or null</source>
        <translation>件数（数値）または null</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A workload count cannot be negative.</source>
        <translation>受付件数は負にできません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the count or import the counts again.</source>
        <translation>件数を修正するか、受付件数を取り込み直してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a list of scenarios ([{&quot;name&quot;: …}, …])</source>
        <translation>シナリオのリスト（[{&quot;name&quot;: …}, …]）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an object ({&quot;name&quot;: …, &quot;decisions&quot;: {…}})</source>
        <translation>オブジェクト（{&quot;name&quot;: …, &quot;decisions&quot;: {…}}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scenario has no name.</source>
        <translation>シナリオに名前がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give every scenario a name, e.g. &quot;現状&quot; for the status quo.</source>
        <translation>すべてのシナリオに名前を付けてください（例：現状維持なら「現状」）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a decision (a string)</source>
        <translation>方針（文字列）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a decision.</source>
        <translation>「%1」は方針ではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use keep, service_corner, close or upgrade (継続, 行政サービスコーナー, 廃止, 機能強化).</source>
        <translation>keep、service_corner、close、upgrade（継続、行政サービスコーナー、廃止、機能強化）のいずれかを使ってください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a note (a string)</source>
        <translation>メモ（文字列）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not an office id: ids have no surrounding spaces.</source>
        <translation>「%1」は事務所の番号ではありません：番号の前後に空白は入りません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the office&apos;s id from the offices table, e.g. &quot;br_oe&quot;.</source>
        <translation>事務所一覧の事務所の番号を使ってください（例：&quot;br_oe&quot;）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The project has no layers: the offices table is required.</source>
        <translation>プロジェクトにレイヤがありません：事務所一覧は必須です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &quot;layers&quot;: {&quot;offices&quot;: {&quot;path&quot;: &quot;offices.csv&quot;}}.</source>
        <translation>&quot;layers&quot;: {&quot;offices&quot;: {&quot;path&quot;: &quot;offices.csv&quot;}} を追加してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a layer role.</source>
        <translation>「%1」はレイヤの役割ではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use one of: %1.</source>
        <translation>次のいずれかを使ってください：%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project has no offices layer: it is required.</source>
        <translation>プロジェクトに事務所レイヤがありません：事務所レイヤは必須です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &quot;offices&quot;: {&quot;path&quot;: &quot;offices.csv&quot;} under &quot;layers&quot;.</source>
        <translation>&quot;layers&quot; の下に &quot;offices&quot;: {&quot;path&quot;: &quot;offices.csv&quot;} を追加してください。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The layer has no &quot;path&quot;.</source>
        <translation>レイヤに &quot;path&quot; がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the file&apos;s path, relative to the project file&apos;s folder.</source>
        <translation>ファイルのパスをプロジェクトファイルのフォルダからの相対パスで指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a file path (a string)</source>
        <translation>ファイルのパス（文字列）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The layer&apos;s path is empty.</source>
        <translation>レイヤのパスが空です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the file&apos;s path, relative to the project file&apos;s folder, or remove the layer.</source>
        <translation>ファイルのパスをプロジェクトファイルのフォルダからの相対パスで指定するか、レイヤを削除してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not an encoding Madoguchi reads.</source>
        <translation>「%1」は Madoguchi が読める文字コードではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &quot;CP932&quot; (Shift_JIS) or &quot;UTF-8&quot;, or remove the key to use the .cpg file or detection.</source>
        <translation>&quot;CP932&quot;（Shift_JIS）または &quot;UTF-8&quot; を使うか、キーを削除して .cpg ファイルまたは自動判定を使ってください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The CRS is empty.</source>
        <translation>座標参照系が空です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the source&apos;s CRS, e.g. &quot;EPSG:6670&quot; for JGD2011 zone II, or remove the key.</source>
        <translation>データの座標参照系を指定するか（例：JGD2011 の II 系なら &quot;EPSG:6670&quot;）、キーを削除してください。</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&quot;%1&quot; is not a fiscal year: workload keys are 4-digit western years.</source>
        <translation>「%1」は年度ではありません：受付件数のキーは4桁の西暦です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the year the fiscal year starts in, e.g. &quot;2014&quot; for 平成26年度.</source>
        <translation>年度の始まる年を書いてください（例：平成26年度なら &quot;2014&quot;）。</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Give a JGD2011 plane rectangular zone such as &quot;EPSG:6680&quot; (zone XII), a UTM zone such as &quot;EPSG:6691&quot;, or remove the key to let Madoguchi choose the zone of the wards&apos; municipalities.</source>
        <translation>&quot;EPSG:6680&quot;（第XII系）のような平面直角座標系か &quot;EPSG:6691&quot; のようなUTM帯を指定するか、キーを削除して区の市区町村の系を自動で選ばせてください。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a column name (a string)</source>
        <translation>列名（文字列）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workload column for %1 is empty.</source>
        <translation>%1 の受付件数の列が空です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the column&apos;s name or remove the year.</source>
        <translation>列名を指定するか、その年度を削除してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The project file does not exist.</source>
        <translation>プロジェクトファイルがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path and the file name (*.%1).</source>
        <translation>パスとファイル名 (*.%1)を確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a folder, not a project file.</source>
        <translation>これはフォルダで、プロジェクトファイルではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the *.%1 file inside it.</source>
        <translation>その中の *.%1 ファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>The project file cannot be read: %1.</source>
        <translation>プロジェクトファイルを読み込めません：%1。</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Check that you are allowed to read it.</source>
        <translation>読み取り権限があるか確認してください。</translation>
    </message>
    <message>
        <location filename="../../app/lib/projectfilewriter.cpp" line="+142"/>
        <source>The distance threshold must be a positive number of metres, not %1; the project was not saved.</source>
        <translation>基準距離は正のメートル数でなければなりません（%1 になっています）。プロジェクトは保存していません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the guide distance, e.g. 5000 for 5 km, and save again.</source>
        <translation>目安の距離（例：5 km なら 5000）を設定して、もう一度保存してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The threshold must be a number, not %1; the project was not saved.</source>
        <translation>基準値は数値でなければなりません（%1 になっています）。プロジェクトは保存していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the threshold or remove it, and save again.</source>
        <translation>基準値を設定するか削除して、もう一度保存してください。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source> The project was not saved.</source>
        <translation> プロジェクトは保存していません。</translation>
    </message>
</context>
<context>
    <name>ProjectLoader</name>
    <message>
        <location filename="../../app/lib/projectloader.cpp" line="+29"/>
        <source>wards layer</source>
        <translation>区のレイヤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school-district layer</source>
        <translation>校区のレイヤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schools layer</source>
        <translation>小学校のレイヤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>population layer</source>
        <translation>人口レイヤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offices table</source>
        <translation>事務所一覧</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown text encoding &quot;%1&quot;</source>
        <translation>不明な文字コード「%1」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use CP932 (Shift_JIS) or UTF-8</source>
        <translation>CP932（Shift_JIS）または UTF-8 を指定してください</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the %1 must contain %2, but this file contains %3</source>
        <translation>%1 は%2である必要がありますが、このファイルは%3です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check that the right file is set for &quot;%1&quot; in the project file</source>
        <translation>プロジェクトファイルの「%1」に正しいファイルが指定されているか確認してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot tell which attribute of the %1 holds the %2 (attributes: %3)</source>
        <translation>%1 のどの属性が%2か判別できません（属性：%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set layers.%1.fields.%2 in the project file</source>
        <translation>プロジェクトファイルに layers.%1.fields.%2 を指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the %1 has no attribute &quot;%2&quot; (attributes: %3)</source>
        <translation>%1 に属性「%2」がありません（属性：%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>correct layers.%1.fields.%2 in the project file</source>
        <translation>プロジェクトファイルの layers.%1.fields.%2 を修正してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>polygons</source>
        <translation>ポリゴン</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>ward name</source>
        <translation>区名</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>school name</source>
        <translation>学校名</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>polygons or points</source>
        <translation>ポリゴンまたはポイント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>population aged 65+</source>
        <translation>65 歳以上人口</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the %1 &quot;%2&quot; is a folder, not a layer file</source>
        <translation>%1「%2」はフォルダで、レイヤのファイルではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name the layer&apos;s file in the folder, e.g. wards.shp</source>
        <translation>フォルダ内のレイヤのファイルを指定してください（例：wards.shp）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the %1 &quot;%2&quot; is not a regular file (a pipe, a socket or a device)</source>
        <translation>%1「%2」は通常のファイルではありません（パイプ、ソケットまたはデバイス）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save the data to a file and name that file in the project</source>
        <translation>データをファイルに保存し、そのファイルをプロジェクトで指定してください</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>the project names no offices table</source>
        <translation>プロジェクトに事務所一覧が指定されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add layers.offices.path, the CSV or point layer of ward and branch offices</source>
        <translation>区役所と出張所の CSV またはポイントレイヤを layers.offices.path に指定してください</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>the %1 &quot;%2&quot; was not found (looked in: %3)</source>
        <translation>%1「%2」が見つかりません（検索した場所：%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>move the file back, correct the path in the project file, or add the folder that holds it with --data-path or MADOGUCHI_DATA_PATH</source>
        <translation>ファイルを元の場所に戻すか、プロジェクトファイルのパスを修正するか、ファイルのあるフォルダを --data-path または MADOGUCHI_DATA_PATH で指定してください</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>offices table: %1 offices, %2, coordinates in %3%4</source>
        <translation>事務所一覧：%1 か所、%2、座標は %3%4</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>, found on the data search path</source>
        <translation>（データ検索パスで発見）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>imported workload counts for &quot;%1&quot;, which is not in the offices table, are not used</source>
        <translation>取り込んだ「%1」の受付件数は、事務所一覧にない事務所のものなので使用していません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the office ids, or import the counts again</source>
        <translation>事務所の番号を確認するか、受付件数を取り込み直してください</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1: %2 features (%3), %4, %5%6%7</source>
        <translation>%1：%2 地物（%3）、%4、%5%6%7</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, APPROXIMATE</source>
        <translation>、近似</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the %1 was not loaded: %2</source>
        <translation>%1 を読み込めませんでした：%2</translation>
    </message>
</context>
<context>
    <name>RecommendationText</name>
    <message>
        <location filename="../../core/recommendation.cpp" line="+213"/>
        <source>%1 km to %2, within the %3 km guide</source>
        <translation>%2 まで %1 km（目安 %3 km 以内）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 km to %2, beyond the %3 km guide</source>
        <translation>%2 まで %1 km（目安 %3 km を超える）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 workload %2 transactions ≤ %3</source>
        <translation>%1の受付件数 %2 件 ≤ %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 workload %2 transactions &gt; %3</source>
        <translation>%1の受付件数 %2 件 &gt; %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no %1 workload for this office in the offices table</source>
        <translation>事務所一覧にこの事務所の%1の受付件数がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 workload %2 transactions, but no workload threshold is set</source>
        <translation>%1の受付件数は %2 件ですが、受付件数の基準値が設定されていません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the offices table has no workload for %1</source>
        <translation>事務所一覧に%1の受付件数がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the offices table has no workload counts</source>
        <translation>事務所一覧に受付件数がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>catchment %1 residents ≤ %2</source>
        <translation>利用圏人口 %1 人 ≤ %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>catchment %1 residents &gt; %2</source>
        <translation>利用圏人口 %1 人 &gt; %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no catchment threshold is set to judge it without workload counts</source>
        <translation>受付件数がない場合に判断するための利用圏人口の基準値が設定されていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no population layer to measure its catchment against %1 residents</source>
        <translation>利用圏人口を %1 人と比べるための人口レイヤがありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>school district %1 is marked as growing</source>
        <translation>校区 %1 は人口増加地域とされています</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../../app/figures/reportexport.cpp" line="+206"/>
        <source>Map</source>
        <translation>地図</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No chart: the project has neither workload counts (受付件数) nor a population layer.</source>
        <translation>グラフはありません：プロジェクトに受付件数も人口レイヤもありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance to the nearest ward office and use of each branch office</source>
        <translation>最寄りの区役所までの距離と出張所の利用</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Impact of the scenario on the counters</source>
        <translation>シナリオが窓口に与える影響</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+296"/>
        <source>Scenario: %1</source>
        <translation>シナリオ：%1</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Summary of the scenario</source>
        <translation>シナリオの概要</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No scenario was chosen: the report shows the evaluation alone</source>
        <translation>シナリオが選ばれていないため、評価のみを示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance guide</source>
        <translation>距離の目安</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 km, geodesic distance to the nearest ward office</source>
        <translation>%1 km（最寄りの区役所までの測地線距離）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workload threshold</source>
        <translation>受付件数の基準</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workload</source>
        <translation>受付件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the offices table has no workload counts (受付件数): the recommendation judges by the catchment</source>
        <translation>事務所一覧に受付件数がないため、推奨は利用圏人口で判定しています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catchment threshold</source>
        <translation>利用圏人口の基準</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 residents</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Comparison with the alternatives</source>
        <translation>代替案との比較</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Branch offices: decisions and reasons</source>
        <translation>出張所の方針と理由</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Branch office</source>
        <translation>出張所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ward</source>
        <translation>区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nearest ward office</source>
        <translation>最寄りの区役所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance</source>
        <translation>距離</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catchment (residents)</source>
        <translation>利用圏人口（人）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workload %1</source>
        <translation>%1の受付件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>推奨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>方針</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasons, receiving counter and note</source>
        <translation>理由・受入窓口・メモ</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>n/a</source>
        <translation>―</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>there is no map to report</source>
        <translation>報告書に載せる地図がありません</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>its work goes to %1 (%2)</source>
        <translation>業務は %1 へ（%2）</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>%1 transactions in %2</source>
        <translation>%2の受付件数 %1 件</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>its work goes to %1</source>
        <translation>業務は %1 へ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note: %1</source>
        <translation>メモ：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Distances: %1</source>
        <translation>距離：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with Madoguchi %1</source>
        <translation>Madoguchi %1 で作成</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a report is written as PDF</source>
        <translation>報告書は PDF で書き出します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name the file .pdf</source>
        <translation>ファイル名を .pdf にしてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open a project with an offices table</source>
        <translation>事務所一覧のあるプロジェクトを開いてください</translation>
    </message>
</context>
<context>
    <name>ScenarioAnalysisText</name>
    <message>
        <location filename="../../app/lib/scenarioanalysis.cpp" line="+154"/>
        <source>Status quo: every counter stays open.</source>
        <translation>現状：すべての窓口を継続します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decisions in the offices table</source>
        <translation>事務所一覧の方針</translation>
    </message>
</context>
<context>
    <name>ScenarioText</name>
    <message>
        <location filename="../../core/scenario.cpp" line="+24"/>
        <source>scenario &quot;%1&quot;, %2.%3</source>
        <translation>シナリオ「%1」、%2.%3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The scenario has no name.</source>
        <translation>シナリオに名前がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give every scenario a name, e.g. &quot;現状&quot; for the status quo.</source>
        <translation>すべてのシナリオに名前を付けてください（例：現状維持なら「現状」）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scenario name &quot;%1&quot; is already used by scenarios[%2].</source>
        <translation>シナリオ名「%1」は scenarios[%2] ですでに使われています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give every scenario a different name.</source>
        <translation>シナリオごとに別々の名前を付けてください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scenario &quot;%1&quot; decides on office &quot;%2&quot;, which is not in the offices table.</source>
        <translation>シナリオ「%1」は事務所「%2」の方針を決めていますが、その事務所は事務所一覧にありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the office id in the scenario (ids are case-sensitive) or add the office to the offices table.</source>
        <translation>シナリオの事務所の番号を修正するか（大文字と小文字を区別します）、事務所を事務所一覧に追加してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scenario &quot;%1&quot; decides &quot;%2&quot; for %3 (%4), a ward office: ward offices always keep their counters.</source>
        <translation>シナリオ「%1」は区役所 %3（%4）を「%2」としています：区役所の窓口は常に継続します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the ward office from the scenario&apos;s decisions; only branch offices (出張所) can be decided on.</source>
        <translation>シナリオの方針から区役所を削除してください。方針を決められるのは出張所だけです。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenario &quot;%1&quot; has a note on office &quot;%2&quot;, which is not in the offices table.</source>
        <translation>シナリオ「%1」に事務所「%2」のメモがありますが、その事務所は事務所一覧にありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the office id of the note or add the office to the offices table.</source>
        <translation>メモの事務所の番号を修正するか、事務所を事務所一覧に追加してください。</translation>
    </message>
</context>
<context>
    <name>SpatialReferenceText</name>
    <message>
        <location filename="../../gis/spatialreference.cpp" line="+49"/>
        <source>The coordinate reference system &quot;%1&quot; is not understood</source>
        <translation>座標参照系「%1」を解釈できません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give an EPSG code such as &quot;EPSG:6668&quot; (JGD2011 latitude/longitude) or &quot;EPSG:6670&quot; (JGD2011 plane rectangular zone II)</source>
        <translation>&quot;EPSG:6668&quot;（JGD2011 の経緯度）や &quot;EPSG:6670&quot;（JGD2011 平面直角座標系 II 系）のような EPSG コードを指定してください</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>EPSG:6668 (JGD2011) is not in the PROJ database</source>
        <translation>EPSG:6668（JGD2011）が PROJ のデータベースにありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>install PROJ&apos;s data files (proj-data)</source>
        <translation>PROJ のデータファイル（proj-data）をインストールしてください</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unnamed CRS</source>
        <translation>名前のない座標参照系</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>There is no transformation from %1 to JGD2011 (EPSG:6668): %2</source>
        <translation>%1 から JGD2011（EPSG:6668）への変換がありません：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the coordinate reference system of this data</source>
        <translation>このデータの座標参照系を確認してください</translation>
    </message>
</context>
<context>
    <name>TableExportText</name>
    <message>
        <location filename="../../app/lib/tableexport.cpp" line="+126"/>
        <source>check that the folder exists and that you may write into it</source>
        <translation>フォルダーが存在し、書き込みできることを確認してください</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+24"/>
        <source>cannot start the workbook: out of memory</source>
        <translation>ブックを作成できません（メモリ不足）</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>cannot add the sheet %1</source>
        <translation>シート %1 を追加できません</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+10"/>
        <source>cannot write the workbook: %1</source>
        <translation>ブックを書き込めません: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the text has %1 characters; a spreadsheet cell holds at most %2</source>
        <translation>文字列が %1 文字あります。表計算のセルには最大 %2 文字までしか入りません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shorten the text in the project, or export to CSV, which has no such limit</source>
        <translation>プロジェクトの文字列を短くするか、この制限のない CSV で出力してください</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the value is not a finite number</source>
        <translation>値が有限の数ではありません</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>sheet %1, cell %2</source>
        <translation>シート %1、セル %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write the cell: %1</source>
        <translation>セルを書き込めません: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the table has %1 rows and %2 columns, more than a sheet holds</source>
        <translation>表が %1 行 %2 列あり、1 シートに収まりません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export to CSV or GeoPackage instead</source>
        <translation>CSV か GeoPackage で出力してください</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>row of %1, column %2</source>
        <translation>%1 の行、列 %2</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>cannot tell the table format from the file name &quot;%1&quot;</source>
        <translation>ファイル名「%1」から表の形式が分かりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end the file name in one of %1</source>
        <translation>ファイル名の末尾を %1 のいずれかにしてください</translation>
    </message>
</context>
<context>
    <name>TextEncodingText</name>
    <message>
        <location filename="../../gis/textencoding.cpp" line="+124"/>
        <source>The text could not be converted from CP932 (Shift_JIS): %1</source>
        <translation>文字列を CP932（Shift_JIS）から変換できませんでした：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the file&apos;s character encoding; set the encoding to UTF-8 if the text is not Shift_JIS</source>
        <translation>ファイルの文字コードを確認してください。Shift_JIS でない場合は文字コードを UTF-8 に設定してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this system has no CP932 converter (iconv)</source>
        <translation>このシステムには CP932 の変換器（iconv）がありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>byte %1 has no Unicode equivalent</source>
        <translation>%1 バイト目に対応する Unicode の文字がありません</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The text is not valid UTF-8 (at byte %1)</source>
        <translation>文字列が正しい UTF-8 ではありません（%1 バイト目）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the text is Shift_JIS, set the encoding to CP932</source>
        <translation>文字列が Shift_JIS の場合は文字コードを CP932 に設定してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text is not valid CP932 (Shift_JIS) (at byte %1)</source>
        <translation>文字列が正しい CP932（Shift_JIS）ではありません（%1 バイト目）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the text is UTF-8, set the encoding to UTF-8</source>
        <translation>文字列が UTF-8 の場合は文字コードを UTF-8 に設定してください</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>.cpg file</source>
        <translation>.cpg ファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DBF language driver</source>
        <translation>DBF の言語ドライバ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detected</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set by the user</source>
        <translation>ユーザーが設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 by format</source>
        <translation>形式により UTF-8</translation>
    </message>
</context>
<context>
    <name>VectorLayerText</name>
    <message>
        <location filename="../../gis/vectorlayer.cpp" line="+21"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>point</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line</source>
        <translation>ライン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polygon</source>
        <translation>ポリゴン</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../app/workbench/workbenchapplication.cpp" line="+66"/>
        <source>Madoguchi: plan which branch offices keep their service counters.</source>
        <translation>Madoguchi（窓口）：出張所の窓口を残すかどうかを検討します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project to open (.madoguchi).</source>
        <translation>開くプロジェクト（.madoguchi）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A folder in which to look for the project&apos;s layer files (repeatable).</source>
        <translation>プロジェクトのレイヤファイルを探すフォルダ（複数指定可）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Initial map extent in display metres.</source>
        <translation>最初に表示する地図の範囲（表示座標系のメートル）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--extent expects XMIN,YMIN,XMAX,YMAX, got &quot;%1&quot;</source>
        <translation>--extent には XMIN,YMIN,XMAX,YMAX を指定してください（指定値：「%1」）</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::ChartDock</name>
    <message>
        <location filename="../../app/workbench/chartdock.cpp" line="+26"/>
        <source>Workload (受付件数)</source>
        <translation>受付件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catchment population</source>
        <translation>利用圏人口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catchment population 65+</source>
        <translation>利用圏の 65 歳以上人口</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Correlation Chart</source>
        <translation>相関図</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measure:</source>
        <translation>指標(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log scale</source>
        <translation>対数目盛(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trend line</source>
        <translation>回帰直線(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fiscal year of the workload counts</source>
        <translation>受付件数の年度</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The offices table has no workload counts (受付件数): the chart shows the catchment population instead. Import counts with File ▸ Import Workload Counts…</source>
        <translation>事務所一覧に受付件数がないため、代わりに利用圏人口を表示しています。受付件数は［ファイル］▸［受付件数の取り込み…］で取り込めます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to plot: the project has neither workload counts nor a population layer.</source>
        <translation>プロジェクトに受付件数も人口レイヤもないため、表示するものがありません。</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::ChartExportDialog</name>
    <message>
        <location filename="../../app/workbench/figureexportdialogs.cpp" line="+28"/>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location filename="../../app/workbench/exportactions.cpp" line="+291"/>
        <location filename="../../app/workbench/figureexportdialogs.cpp" line="+21"/>
        <location line="+25"/>
        <source>Export Chart</source>
        <translation>グラフの書き出し</translation>
    </message>
    <message>
        <location filename="../../app/workbench/figureexportdialogs.cpp" line="-19"/>
        <source>Correlation chart: distance and workload or catchment</source>
        <translation>相関図：距離と受付件数または利用圏人口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact of the scenario: before and after</source>
        <translation>シナリオの影響：変更前と変更後</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart:</source>
        <translation>グラフ：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measure:</source>
        <translation>指標：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logarithmic value axis</source>
        <translation>値の軸を対数目盛にする</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend line (least squares)</source>
        <translation>回帰直線（最小二乗法）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One pair of bars per ward</source>
        <translation>区ごとに棒を並べる</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF, vector for print (*.pdf);;SVG, vector for editing (*.svg);;PNG image (*.png)</source>
        <translation>PDF、印刷用ベクタ (*.pdf);;SVG、編集用ベクタ (*.svg);;PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1; %2.</source>
        <translation>%1、%2。</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::CountsImportDialog</name>
    <message>
        <location filename="../../app/workbench/countsimportdialog.cpp" line="+56"/>
        <location line="+175"/>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS（CP932）</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+173"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Import workload counts</source>
        <translation>受付件数の取り込み</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>How the file&apos;s text is decoded. Automatic reads a UTF-8 byte order mark, else tells UTF-8 from Shift_JIS by the bytes. Choose one when the names are garbled.</source>
        <translation>ファイルの文字の読み方です。「自動」は UTF-8 の BOM があればそれに従い、ない場合はバイト列から UTF-8 か Shift_JIS かを判定します。名称が文字化けしているときは文字コードを選んでください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Office id</source>
        <translation>事務所の番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office name</source>
        <translation>事務所の名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the file&apos;s rows are matched to the project&apos;s offices: by the office id, or by the office name (大江出張所; also 大江 when only one office has that name).</source>
        <translation>ファイルの行をプロジェクトの事務所に対応付ける方法です。事務所の番号、または事務所の名称（大江出張所。その名前の事務所が 1 か所だけなら 大江 でも可）で対応付けます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Match offices by:</source>
        <translation>事務所の対応付け：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>文字コード：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show only rows that are not imported</source>
        <translation>取り込まれない行だけを表示</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Counts are transactions received at the counter (受付件数) per fiscal year. An empty cell is a missing count, not zero. Nothing changes until you choose Import.</source>
        <translation>件数は年度ごとの窓口の受付件数です。空欄はゼロではなく欠測として扱います。「取り込む」を選ぶまで何も変更されません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>What to do: %1</source>
        <translation>対処：%1</translation>
    </message>
    <message>
        <location line="-309"/>
        <source>%1 of %2 branch offices matched</source>
        <translation>出張所 %2 か所中 %1 か所が一致</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n ward office(s) matched</source>
        <translation>
            <numerusform>区役所 %n か所が一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) not matched</source>
        <translation>
            <numerusform>一致しない行 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fiscal years %1</source>
        <translation>年度：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” → %2</source>
        <translation>「%1」→ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key column: &lt;b&gt;“%1”&lt;/b&gt; (%2)</source>
        <translation>キーの列：&lt;b&gt;「%1」&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding: %1 (%2)</source>
        <translation>文字コード：%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fiscal-year columns: %1</source>
        <translation>年度の列：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignored columns: %1</source>
        <translation>使用しない列：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key (%1)</source>
        <translation>キー（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>事務所</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
transactions</source>
        <translation>%1
受付件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transactions received (受付件数) in %1, from the file&apos;s column “%2”</source>
        <translation>%1 の受付件数（ファイルの列「%2」から）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not a count</source>
        <translation>件数ではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty cell: the count is missing (not zero)</source>
        <translation>空欄：欠測です（ゼロではありません）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not imported</source>
        <translation>取り込まれません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Every branch office has a row.</source>
        <translation>すべての出張所に行があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Branch offices without a row (%1):&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;行のない出張所（%1）：&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::CriteriaDialog</name>
    <message>
        <location filename="../../app/workbench/criteriadialog.cpp" line="+14"/>
        <source>Recommendation Thresholds</source>
        <translation>推奨の基準値</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::CriteriaForm</name>
    <message>
        <location filename="../../app/workbench/criteriaform.cpp" line="+45"/>
        <source>A threshold left unset cannot decide: the recommendation then says “Undetermined” for the branch offices within the distance guide.</source>
        <translation>基準値を設定しない場合は判定できず、距離の目安以内にある出張所の推奨は「判定不能」となります。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance guide:</source>
        <translation>距離の目安：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The straight distance from a branch office to the nearest ward office within which its counter is reviewed; one farther away is kept. Kumamoto&apos;s 2016 policy used 5 km.</source>
        <translation>出張所から最寄りの区役所までの直線距離がこの値以内の出張所を見直しの対象とし、これより遠い出張所は継続とします。熊本市の 2016 年の方針では 5 km でした。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workload at or below</source>
        <translation>受付件数がこの値以下</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> transactions</source>
        <translation> 件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fiscal year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A branch office within the distance guide whose workload (transactions received at its counter in this fiscal year) is at or below this is a candidate for review.</source>
        <translation>距離の目安以内にある出張所のうち、受付件数（この年度に窓口で受け付けた件数）がこの値以下のものを見直し候補とします。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catchment population at or below</source>
        <translation>利用圏人口がこの値以下</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> residents</source>
        <translation> 人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used when the offices table has no workload for the year: a branch office within the guide whose catchment (the residents for whom it is the nearest counter) is at or below this is a candidate for review. It needs a population layer.</source>
        <translation>事務所一覧にその年度の受付件数がない場合に使います。目安以内にある出張所のうち、利用圏人口（その窓口が最寄りとなる住民の数）がこの値以下のものを見直し候補とします。人口レイヤーが必要です。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The latest year in the table</source>
        <translation>一覧の最新の年度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (not in the table)</source>
        <translation>%1（一覧にない年度）</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::CrsPicker</name>
    <message>
        <location filename="../../app/workbench/crspicker.cpp" line="+23"/>
        <source>EPSG:%1 — %2</source>
        <translation>EPSG:%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPSG:%1 — %2 (%3)</source>
        <translation>EPSG:%1 — %2（%3）</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Type an EPSG code or a name, e.g. 6680 or 札幌</source>
        <translation>EPSGコードまたは名前を入力（例：6680、札幌）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the file; or type an EPSG code, e.g. 6668</source>
        <translation>ファイルのとおり。またはEPSGコードを入力（例：6668）</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>JGD2011 latitude/longitude</source>
        <translation>JGD2011 緯度経度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WGS 84 latitude/longitude</source>
        <translation>WGS 84 緯度経度</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Show the coordinate systems of Japanese data</source>
        <translation>日本のデータの座標系の一覧を表示</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“%1” is not an EPSG code.</source>
        <translation>「%1」はEPSGコードではありません。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No coordinate system is listed for “%1”: type its EPSG code.</source>
        <translation>「%1」に当たる座標系は一覧にありません。EPSGコードを入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” matches %2 coordinate systems: pick one from the list.</source>
        <translation>「%1」に当たる座標系が%2件あります。一覧から選んでください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PROJ&apos;s database has no EPSG:%1.</source>
        <translation>PROJのデータベースに EPSG:%1 はありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EPSG:%1 (%2) cannot be the map projection: choose a plane rectangular zone or a UTM zone.</source>
        <translation>EPSG:%1（%2）は地図の投影法に使えません。平面直角座標系かUTM帯を選んでください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>EPSG:%1 (%2) is not a horizontal coordinate system.</source>
        <translation>EPSG:%1（%2）は水平座標系ではありません。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1, chosen here; the automatic choice is %2.</source>
        <translation>%1（ここで選択）。自動で選ぶと %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, chosen here.</source>
        <translation>%1（ここで選択）</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::DetailsDock</name>
    <message>
        <location filename="../../app/workbench/detailsdock.cpp" line="+37"/>
        <source>%1 km (%2 m)</source>
        <translation>%1 km（%2 m）</translation>
    </message>
    <message>
        <location line="+160"/>
        <location line="+24"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No project is open. Open a project with File ▸ Open… or drop a .madoguchi file on the window.</source>
        <translation>プロジェクトが開かれていません。［ファイル］▸［開く…］でプロジェクトを開くか、.madoguchi ファイルをウィンドウにドロップしてください。</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>… and %n more selected office(s)</source>
        <translation>
            <numerusform>ほか %n か所を選択中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ward</source>
        <translation>区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>所在地</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Nearest ward office</source>
        <translation>最寄りの区役所</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Own ward office</source>
        <translation>所在区の区役所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none in the offices table for %1</source>
        <translation>事務所一覧に %1 の区役所がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within threshold</source>
        <translation>基準距離以内</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes: within the %1 km guide</source>
        <translation>はい：目安 %1 km 以内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: beyond the %1 km guide</source>
        <translation>いいえ：目安 %1 km を超える</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(the table says %1)</source>
        <translation>（一覧の値：%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Ward at site</source>
        <translation>所在地の区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outside every ward</source>
        <translation>どの区にも含まれません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>outside every district</source>
        <translation>どの校区にも含まれません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(approximate)</source>
        <translation>（近似）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School district</source>
        <translation>校区</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+179"/>
        <source>%1 residents</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>aged 65+: %1</source>
        <translation>65 歳以上：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n cell(s) without a 65+ count</source>
        <translation>
            <numerusform>65 歳以上人口のない区画 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catchment population</source>
        <translation>利用圏人口</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>work goes to %1 (%2)</source>
        <translation>業務の移管先：%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision</source>
        <translation>方針</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Recommendation</source>
        <translation>推奨</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded decision</source>
        <translation>記録された方針</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Workload</source>
        <translation>受付件数</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>(closure or a service corner)</source>
        <translation>（廃止または行政サービスコーナー化）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no workload data (受付件数) in the offices table</source>
        <translation>事務所一覧に受付件数のデータがありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing</source>
        <translation>欠測</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload (受付件数)</source>
        <translation>受付件数</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Offices</source>
        <translation>事務所</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ward offices, %2 branch offices</source>
        <translation>区役所 %1 か所、出張所 %2 か所</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Distance threshold</source>
        <translation>基準距離</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 km: %2 of %3 branch offices within it</source>
        <translation>%1 km：出張所 %3 か所中 %2 か所が範囲内</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Distances</source>
        <translation>距離</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project file</source>
        <translation>プロジェクトファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an office on the map or in the table.</source>
        <translation>地図または表で事務所を選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data notes</source>
        <translation>データについて</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::ExportActions</name>
    <message>
        <location filename="../../app/workbench/exportactions.cpp" line="-214"/>
        <source>Export &amp;Map…</source>
        <translation>地図の書き出し(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the map of the current scenario as PDF, SVG or PNG, with a title, a legend, a scale bar and the sources</source>
        <translation>現在のシナリオの地図を PDF・SVG・PNG で書き出します（表題・凡例・スケールバー・出典付き）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Table…</source>
        <translation>評価表の書き出し(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the evaluation with the current scenario&apos;s columns as CSV (Excel), an Excel workbook or a GeoPackage (QGIS)</source>
        <translation>現在のシナリオの列を含む評価表を CSV（Excel 用）・Excel ブック・GeoPackage（QGIS 用）で書き出します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Chart…</source>
        <translation>グラフの書き出し(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the correlation chart or the impact chart of the current scenario as PDF, SVG or PNG, for the policy document</source>
        <translation>現在のシナリオの相関図または影響のグラフを政策資料用に PDF・SVG・PNG で書き出します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Report…</source>
        <translation>報告書の書き出し(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a PDF report of the current scenario: summary, map, charts, the branch offices with decisions and reasons, sources</source>
        <translation>現在のシナリオの報告書を PDF で書き出します（概要・地図・グラフ・方針と理由を付けた出張所の一覧・出典）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Open %1 in the file manager</source>
        <translation>%1 をファイルマネージャーで開きます</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The export was cancelled; nothing was written</source>
        <translation>書き出しを中止しました。ファイルは書き出していません</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exporting the map…</source>
        <translation>地図を書き出しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the map to %1</source>
        <translation>地図を %1 に書き出しました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot export the map</source>
        <translation>地図を書き出せません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CSV (UTF-8, Excel) (*.csv)</source>
        <translation>CSV（UTF-8、Excel 用） (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoPackage (QGIS) (*.gpkg)</source>
        <translation>GeoPackage（QGIS 用） (*.gpkg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Table</source>
        <translation>評価表の書き出し</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 は既にあります。置き換えますか？</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot export the table</source>
        <translation>評価表を書き出せません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported the table to %1</source>
        <translation>評価表を %1 に書き出しました</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exporting the chart…</source>
        <translation>グラフを出力しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the chart to %1</source>
        <translation>グラフを %1 に書き出しました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot export the chart</source>
        <translation>グラフを書き出せません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting the report…</source>
        <translation>報告書を書き出しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the report to %1</source>
        <translation>報告書を %1 に書き出しました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot export the report</source>
        <translation>報告書を書き出せません</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::ExportFileField</name>
    <message>
        <location filename="../../app/workbench/exportfields.cpp" line="+29"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Choose a file to write.</source>
        <translation>書き出すファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the file .pdf (vector, for print), .svg (vector, for editing) or .png (image).</source>
        <translation>ファイル名の拡張子を .pdf（ベクタ、印刷用）、.svg（ベクタ、編集用）、.png（画像）のいずれかにしてください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 は既にあります。置き換えますか？</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::ExportPageFields</name>
    <message>
        <location line="+29"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure, 160 × 110 mm</source>
        <translation>図（160 × 110 mm）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size in pixels</source>
        <translation>ピクセルで指定</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Portrait</source>
        <translation>縦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>横</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper:</source>
        <translation>用紙：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Size:</source>
        <translation>大きさ：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image&apos;s resolution, and the scale of texts, symbols and lines on every format: 1 pt is 1/72 inch on paper.</source>
        <translation>画像の解像度。どの形式でも文字・記号・線の大きさの基準になります（紙の上で 1 pt = 1/72 インチ）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolution:</source>
        <translation>解像度：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 × %2 px, %3 × %4 mm at %5 dpi</source>
        <translation>%1 × %2 px、%3 × %4 mm（%5 dpi）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PDF (vector, fonts embedded)</source>
        <translation>PDF（ベクタ、フォント埋め込み）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG (vector)</source>
        <translation>SVG（ベクタ）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PNG image</source>
        <translation>PNG 画像</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::FrontierChart</name>
    <message>
        <location filename="../../app/workbench/frontierchart.cpp" line="+149"/>
        <source>Run the optimiser to see the best set of closures for each number of counters closed.</source>
        <translation>「実行」を押すと、廃止する窓口の数ごとに最適な組合せを表示します。</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Best set of %n closure(s)</source>
        <translation>
            <numerusform>%nか所廃止の最適な組合せ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed: %1</source>
        <translation>廃止：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not proven optimal</source>
        <translation>最適であることは未証明</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::ImpactPanel</name>
    <message>
        <location filename="../../app/workbench/impactpanel.cpp" line="+205"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Bars:</source>
        <translation>棒グラフ(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per counter</source>
        <translation>窓口ごと</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per ward</source>
        <translation>区ごと</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measure:</source>
        <translation>指標(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the closed counters&apos; work and residents go</source>
        <translation>廃止する窓口の業務と住民の移管先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before and after</source>
        <translation>変更前と変更後</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Transfers (%1)</source>
        <translation>移管（%1）</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+91"/>
        <source>Transfers</source>
        <translation>移管</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Click a row to select the closed office and its receiving counter on the map</source>
        <translation>行をクリックすると、廃止する事務所と移管先の窓口を地図上で選択します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before: every counter open, as today. After: the scenario&apos;s counters. Residents are counted from the population layer&apos;s cells, each going to its nearest open counter (geodesic distance); a closed counter&apos;s workload goes to the open counter nearest to it.</source>
        <translation>変更前：現在と同じく、すべての窓口が存続する状態です。変更後：シナリオどおりの窓口です。住民は人口レイヤのセルから数え、各セルを存続する窓口のうち最寄りのもの（測地線距離）に割り当てます。廃止する窓口の受付件数は、その窓口に最も近い存続する窓口に移ります。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Closed office</source>
        <translation>廃止する事務所</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ward</source>
        <translation>区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receiving counter</source>
        <translation>移管先の窓口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distance (km)</source>
        <translation>距離（km）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload %1 (transactions)</source>
        <translation>%1の受付件数（件）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workload (transactions)</source>
        <translation>受付件数（件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents (人)</source>
        <translation>利用圏人口（人）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aged 65+ (人)</source>
        <translation>65 歳以上（人）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean distance (km)</source>
        <translation>平均距離（km）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ward the offices table puts the closed office in</source>
        <translation>事務所一覧で、廃止する事務所が属している区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The nearest open counter to the closed office, which takes over its workload</source>
        <translation>廃止する事務所に最も近い存続する窓口で、その業務を引き継ぎます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geodesic distance from the closed office to the receiving counter</source>
        <translation>廃止する事務所から移管先の窓口までの測地線距離</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residents for whom the closed office was the nearest counter (its catchment)</source>
        <translation>廃止する事務所が最寄りの窓口だった住民（その利用圏人口）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population-weighted mean distance from the residents of its catchment to their nearest counter, before → after the closure</source>
        <translation>利用圏の住民から最寄りの窓口までの人口加重平均距離（廃止前 → 廃止後）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 m (geodesic, from office to office)</source>
        <translation>%1 m（測地線、事務所間）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No %1 count for this office</source>
        <translation>この事務所の%1の件数がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workload counts are loaded</source>
        <translation>受付件数が読み込まれていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No population layer</source>
        <translation>人口レイヤがありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Population-weighted mean distance from the residents of its catchment to their nearest counter: %1 km today, %2 km to their nearest open counter after</source>
        <translation>利用圏の住民から最寄りの窓口までの人口加重平均距離：現在は %1 km、廃止後は最寄りの存続する窓口まで %2 km</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No residents in its catchment</source>
        <translation>利用圏に住民がいません</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::LayersDock</name>
    <message>
        <location filename="../../app/workbench/layersdock.cpp" line="+111"/>
        <source>Layers</source>
        <translation>レイヤ</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Layer</source>
        <translation>レイヤ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Move the layer up (drawn above the layers below it)</source>
        <translation>レイヤを上へ移動（下のレイヤより手前に描画）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the layer down</source>
        <translation>レイヤを下へ移動</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Not shown</source>
        <translation>表示しない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Density (residents/km²)</source>
        <translation>人口密度（人/km²）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share aged 65+ (%)</source>
        <translation>65 歳以上の割合（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours the population cells; the ward fills are then left out</source>
        <translation>人口区画を色分けします（区の塗りつぶしは表示しません）</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Population:</source>
        <translation>人口：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Ward names</source>
        <translation>区名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office names</source>
        <translation>事務所名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distances</source>
        <translation>距離</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle radius</source>
        <translation>円の半径</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>School districts</source>
        <translation>校区</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Schools</source>
        <translation>小学校</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On the map</source>
        <translation>地図の表示</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+46"/>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale bar</source>
        <translation>スケールバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North arrow</source>
        <translation>方位記号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources (出典)</source>
        <translation>出典</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wards</source>
        <translation>区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance threshold circles</source>
        <translation>基準距離の円</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines to nearest ward office</source>
        <translation>最寄りの区役所への線</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elementary schools</source>
        <translation>小学校</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offices</source>
        <translation>事務所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact of the scenario</source>
        <translation>シナリオの影響</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose a scenario to see where the closed counters&apos; work goes and who is beyond the distance guide</source>
        <translation>シナリオを選ぶと、廃止する窓口の業務の移管先と、距離の目安を超える住民を表示します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project has no such layer, or it could not be loaded</source>
        <translation>プロジェクトにこのレイヤがないか、読み込めませんでした</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No project is open</source>
        <translation>プロジェクトが開かれていません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opacity of %1</source>
        <translation>%1 の不透明度</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::LegendWidget</name>
    <message>
        <location filename="../../app/workbench/legendwidget.cpp" line="+122"/>
        <source>No map</source>
        <translation>地図なし</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::MainWindow</name>
    <message>
        <location filename="../../app/workbench/mainwindow.cpp" line="+69"/>
        <source>Wards</source>
        <translation>区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School districts</source>
        <translation>校区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools</source>
        <translation>小学校</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offices</source>
        <translation>事務所</translation>
    </message>
    <message>
        <location filename="../../app/workbench/mainwindowactions.cpp" line="+80"/>
        <source>&amp;New Project…</source>
        <translation>新規プロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a project from the offices table and the map layers</source>
        <translation>事務所一覧と地図レイヤからプロジェクトを作成します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a Madoguchi project (.madoguchi)</source>
        <translation>Madoguchi プロジェクト（.madoguchi）を開きます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the scenarios, notes, criteria and imported counts in the project file</source>
        <translation>シナリオ、メモ、推奨の基準値、取り込んだ受付件数をプロジェクトファイルに保存します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import Workload Counts…</source>
        <translation>受付件数の取り込み(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join workload counts (受付件数) from a CSV to the offices by id or name</source>
        <translation>CSV の受付件数を、番号または名称で事務所に対応付けて取り込みます</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New Scenario…</source>
        <translation>新規シナリオ(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a scenario in which every counter stays open</source>
        <translation>すべての窓口を継続するシナリオを追加します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Scenario</source>
        <translation>新規シナリオ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new scenario:</source>
        <translation>新しいシナリオの名前：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Duplicate Scenario…</source>
        <translation>シナリオを複製(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the current scenario&apos;s decisions and notes into a new one</source>
        <translation>現在のシナリオの方針とメモを新しいシナリオにコピーします</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate Scenario</source>
        <translation>シナリオの複製</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the copy of %1:</source>
        <translation>%1 のコピーの名前：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename Scenario…</source>
        <translation>シナリオ名を変更(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename Scenario</source>
        <translation>シナリオ名の変更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name of %1:</source>
        <translation>%1 の新しい名前：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move Scenario</source>
        <translation>シナリオを削除(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set the decision of the selected branch offices in the current scenario</source>
        <translation>現在のシナリオで、選択した出張所の方針を設定します</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Full Extent</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the whole project</source>
        <translation>プロジェクト全体を表示します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom to &amp;Selection</source>
        <translation>選択範囲にズーム(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Presentation Mode</source>
        <translation>プレゼンテーションモード(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Wards</source>
        <translation>区(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;School Districts</source>
        <translation>校区(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Population</source>
        <translation>人口(&amp;P)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Pan</source>
        <translation>移動(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to move the map</source>
        <translation>ドラッグして地図を移動します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zoom</source>
        <translation>ズーム(&amp;Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a box to zoom into it; click to zoom in</source>
        <translation>範囲をドラッグしてズームします。クリックで拡大します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;elect</source>
        <translation>選択(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click an office or drag a box to select; Shift or Ctrl adds</source>
        <translation>事務所をクリックするか範囲をドラッグして選択します。Shift または Ctrl で追加選択します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identify</source>
        <translation>情報表示(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click an office to see its details</source>
        <translation>事務所をクリックして詳細を表示します</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distance &amp;Threshold…</source>
        <translation>基準距離(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the distance to the nearest ward office that a branch office is judged against</source>
        <translation>出張所を判定する、最寄りの区役所までの基準距離を変更します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recommendation Thresholds…</source>
        <translation>推奨の基準値(&amp;R)…</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Full screen for a projector: step through the candidates for review with the arrow keys, S switches scenario, Esc leaves</source>
        <translation>プロジェクター用の全画面表示：矢印キーで見直し候補を順に表示、S でシナリオ切替、Esc で終了</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The workload or catchment at or below which a near branch office is a candidate for review</source>
        <translation>区役所に近い出張所を見直し候補とする受付件数または利用圏人口の基準値を設定します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Optimise Closures…</source>
        <translation>最適な廃止の組合せ(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the closures that harm residents least, for each number of counters closed</source>
        <translation>廃止する窓口の数ごとに、住民への影響が最も小さい組合せを求めます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;End Preview</source>
        <translation>プレビューを終了(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the current scenario again instead of the set previewed</source>
        <translation>プレビュー中の組合せをやめ、現在のシナリオの表示に戻します</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Madoguchi</source>
        <translation>Madoguchi について(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>System</source>
        <translation>システムの設定</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export</source>
        <translation>書き出し(&amp;E)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set &amp;Decision of Selection</source>
        <translation>選択した出張所の方針(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom to &amp;Layer</source>
        <translation>レイヤにズーム(&amp;L)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;cenario</source>
        <translation>シナリオ(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Compare Scenarios</source>
        <translation>シナリオの比較(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Impact of the Scenario</source>
        <translation>シナリオの影響(&amp;I)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scenario:</source>
        <translation>シナリオ：</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/workbench/mainwindowplanning.cpp" line="+306"/>
        <source>The scenario whose decisions the map, the table and the chart show</source>
        <translation>地図、表、グラフに方針を表示するシナリオです</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Toolbar</source>
        <translation>ツールバー</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop loading the project</source>
        <translation>プロジェクトの読み込みを中止します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Latitude and longitude of the cursor (JGD2011, degrees)</source>
        <translation>カーソル位置の緯度・経度（JGD2011、度）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position of the cursor in the map&apos;s projected coordinate system: metres east and north of the zone&apos;s origin</source>
        <translation>地図の投影座標系でのカーソル位置：系の原点から東・北へのメートル</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Map scale; type a scale such as 1:25000 and press Enter</source>
        <translation>地図の縮尺。1:25000 のように入力して Enter キーを押します</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time the last map render took</source>
        <translation>直前の地図描画にかかった時間</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scale</source>
        <translation>縮尺</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lat %1°  Lon %2°</source>
        <translation>緯度 %1°  経度 %2°</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E %1 m  N %2 m  (%3)</source>
        <translation>E %1 m  N %2 m（%3）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Render failed</source>
        <translation>描画に失敗しました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render %1 ms</source>
        <translation>描画 %1 ms</translation>
    </message>
    <message>
        <location filename="../../app/workbench/mainwindow.cpp" line="+93"/>
        <source>Loading %1 …</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading cancelled</source>
        <translation>読み込みを中止しました</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot apply the change</source>
        <translation>変更を適用できません</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Map projection: %1</source>
        <translation>地図の投影法：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opened %1: %2 ward offices, %3 branch offices</source>
        <translation>%1 を開きました：区役所 %2 か所、出張所 %3 か所</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Missing layers</source>
        <translation>見つからないレイヤ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n layer(s) of the project could not be loaded. The rest of the project is open.</source>
        <translation>
            <numerusform>プロジェクトのレイヤ %n 個を読み込めませんでした。そのほかは開いています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locate a moved file to correct the project, or close this message to work without the layer.</source>
        <translation>移動したファイルの場所を指定してプロジェクトを修正するか、このメッセージを閉じてレイヤなしで作業してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locate %1…</source>
        <translation>%1 の場所を指定…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Map layers (*.shp *.gpkg *.geojson *.json *.csv)</source>
        <translation>地図レイヤ (*.shp *.gpkg *.geojson *.json *.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 ファイル (*.%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Locate %1 (was %2)</source>
        <translation>%1 の場所を指定（元の場所：%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot correct the project</source>
        <translation>プロジェクトを修正できません</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Madoguchi — %1</source>
        <translation>Madoguchi — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madoguchi — %1 — scenario %2</source>
        <translation>Madoguchi — %1 — シナリオ：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Madoguchi — %1 — preview: %2</source>
        <translation>Madoguchi — %1 — プレビュー：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Madoguchi</source>
        <translation>Madoguchi</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No recent projects</source>
        <translation>最近使ったプロジェクトはありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear Recent Projects</source>
        <translation>最近使ったプロジェクトを消去</translation>
    </message>
    <message>
        <location filename="../../app/workbench/mainwindowactions.cpp" line="+56"/>
        <source>&quot;%1&quot; is not a scale; type it as 1:25000</source>
        <translation>「%1」は縮尺ではありません。1:25000 のように入力してください</translation>
    </message>
    <message>
        <location filename="../../app/workbench/mainwindowplanning.cpp" line="+21"/>
        <source>%1 to %2</source>
        <translation>%2 まで %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Catchment: %1 residents</source>
        <translation>利用圏人口：%1 人</translation>
    </message>
    <message>
        <location filename="../../app/workbench/mainwindow.cpp" line="+8"/>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Madoguchi projects (*.madoguchi)</source>
        <translation>Madoguchi プロジェクト (*.madoguchi)</translation>
    </message>
    <message>
        <location filename="../../app/workbench/mainwindowplanning.cpp" line="-295"/>
        <source>Distance Threshold</source>
        <translation>基準距離</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Straight (geodesic) distance from a branch office to the nearest ward office that counts as near, in km.
Kumamoto&apos;s 2016 policy used 5 km.</source>
        <translation>出張所から最寄りの区役所までの直線（測地線）距離で、近いとみなす距離（km）。
熊本市の 2016 年の方針では 5 km でした。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot evaluate</source>
        <translation>評価できません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distance threshold set to %1 km</source>
        <translation>基準距離を %1 km にしました</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impact of the Scenario</source>
        <translation>シナリオの影響</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compare Scenarios</source>
        <translation>シナリオの比較</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>End Preview</source>
        <translation>プレビューを終了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the current scenario again (Esc)</source>
        <translation>現在のシナリオの表示に戻します（Esc）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not an edit: the project and its scenarios are unchanged.</source>
        <translation>編集ではありません。プロジェクトとシナリオは変わりません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview: %1</source>
        <translation>プレビュー：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import Workload Counts</source>
        <translation>受付件数の取り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Imported workload counts for %n office(s) from %1</source>
        <translation>
            <numerusform>%1 から事務所 %n か所の受付件数を取り込みました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot make the change</source>
        <translation>変更できません</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Workload %1: %2</source>
        <translation>%1の受付件数：%2</translation>
    </message>
    <message>
        <location filename="../../app/workbench/mainwindow.cpp" line="-13"/>
        <location line="+21"/>
        <source>Cannot save the project</source>
        <translation>プロジェクトを保存できません</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save Project As</source>
        <translation>プロジェクトに名前を付けて保存</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project has changes that are not saved (decisions, notes, thresholds or imported counts).
Save them in the project file?</source>
        <translation>プロジェクトに保存されていない変更（方針、メモ、基準値、取り込んだ受付件数）があります。
プロジェクトファイルに保存しますか？</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A planning tool for the service counters of municipal branch offices: distances to the nearest ward office, workload and catchment on one map.</source>
        <translation>市の出張所の窓口を検討するためのツールです。最寄りの区役所までの距離、受付件数、利用圏を一つの地図で確認できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built with Qt %1, GDAL, GEOS and PROJ (geodesic distances after Karney).</source>
        <translation>Qt %1、GDAL、GEOS、PROJ を使用しています（測地線距離は Karney の方法）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data of the open project</source>
        <translation>開いているプロジェクトのデータ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project names no sources.</source>
        <translation>プロジェクトに出典の記載がありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Madoguchi</source>
        <translation>Madoguchi について</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language will change the next time Madoguchi starts.</source>
        <translation>言語は次回 Madoguchi を起動したときに切り替わります。</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::MapCanvas</name>
    <message>
        <location filename="../../app/workbench/mapcanvas.cpp" line="+53"/>
        <source>School districts are approximate (nearest-school areas)</source>
        <translation>小学校区は近似（最寄り校の領域）</translation>
    </message>
    <message>
        <location line="+319"/>
        <source>Open a project (File ▸ Open) or drop a .madoguchi file here</source>
        <translation>プロジェクトを開くか（［ファイル］▸［開く］）、.madoguchi ファイルをここにドロップしてください</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Drawing the map…</source>
        <translation>地図を描画中…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The map could not be drawn: %1</source>
        <translation>地図を描画できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../app/workbench/maprenderjob.cpp" line="+51"/>
        <source>Not enough memory for a %1 x %2 pixel map image.</source>
        <translation>%1 × %2 ピクセルの地図画像を作るためのメモリが足りません。</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::MapExportDialog</name>
    <message>
        <location filename="../../app/workbench/exportactions.cpp" line="-87"/>
        <location filename="../../app/workbench/mapexportdialog.cpp" line="+30"/>
        <location line="+6"/>
        <source>Export Map</source>
        <translation>地図の書き出し</translation>
    </message>
    <message>
        <location filename="../../app/workbench/mapexportdialog.cpp" line="+3"/>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title:</source>
        <translation>表題：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date:</source>
        <translation>日付：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part of the map</source>
        <translation>地図の範囲</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current view</source>
        <translation>現在の表示範囲</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full extent</source>
        <translation>地図全体</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On the map</source>
        <translation>地図の表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale bar</source>
        <translation>スケールバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North arrow</source>
        <translation>方位記号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>PDF, vector for print (*.pdf);;SVG, vector for editing (*.svg);;PNG image (*.png)</source>
        <translation>PDF、印刷用ベクタ (*.pdf);;SVG、編集用ベクタ (*.svg);;PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>%1; %2.</source>
        <translation>%1、%2。</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::NewProjectWizard</name>
    <message>
        <location filename="../../app/workbench/wizardwidgets.cpp" line="+67"/>
        <source>What to do: %1</source>
        <translation>対処：%1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Auto (.cpg file or detection)</source>
        <translation>自動（.cpg ファイルまたは判定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>CP932 (Shift_JIS)</source>
        <translation>CP932（Shift_JIS）</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>How the file&apos;s text is decoded. Auto uses the .cpg file beside a shapefile, else detects CP932 (Shift_JIS) or UTF-8 from the bytes. Choose an encoding when the names in the preview are garbled.</source>
        <translation>ファイルの文字の読み方です。「自動」はシェープファイルの横にある .cpg ファイルを使い、ない場合はバイト列から CP932（Shift_JIS）か UTF-8 かを判定します。プレビューの名称が文字化けしているときは文字コードを選んでください。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>from the .cpg file</source>
        <translation>.cpg ファイルによる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the DBF language driver</source>
        <translation>DBF の言語ドライバによる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detected</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set here</source>
        <translation>ここで指定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>always UTF-8 in this format</source>
        <translation>この形式は常に UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardlayerpage.cpp" line="+299"/>
        <location filename="../../app/workbench/wizardwidgets.cpp" line="+14"/>
        <source>points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardwidgets.cpp" line="+2"/>
        <source>lines</source>
        <translation>ライン</translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardlayerpage.cpp" line="-4"/>
        <location filename="../../app/workbench/wizardwidgets.cpp" line="+2"/>
        <source>polygons</source>
        <translation>ポリゴン</translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardwidgets.cpp" line="+4"/>
        <source>no geometry</source>
        <translation>ジオメトリなし</translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardsummarypage.cpp" line="+75"/>
        <location filename="../../app/workbench/wizardwidgets.cpp" line="+16"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardprojectpage.cpp" line="+20"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the project and choose the file to save it in. The layers are saved relative to this file&apos;s folder, so the folder can be moved or shared.</source>
        <translation>プロジェクトの名前と保存先のファイルを指定します。レイヤはこのファイルのフォルダからの相対パスで保存されるため、フォルダごと移動・共有できます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Branch office review 2016</source>
        <translation>例：出張所等の再編（2016 年）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. a project folder beside the data</source>
        <translation>例：データと同じ場所のプロジェクトフォルダ</translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardfilepage.cpp" line="+30"/>
        <location filename="../../app/workbench/wizardprojectpage.cpp" line="+1"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Reading %1 …</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardprojectpage.cpp" line="+4"/>
        <source>Project name:</source>
        <translation>プロジェクト名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project file:</source>
        <translation>プロジェクトファイル：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The folder %1 does not exist. Create it first, or choose another folder.</source>
        <translation>フォルダ %1 がありません。先に作成するか、別のフォルダを選んでください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You may not write into the folder %1. Choose another folder.</source>
        <translation>フォルダ %1 に書き込む権限がありません。別のフォルダを選んでください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the Project As</source>
        <translation>プロジェクトの保存先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madoguchi projects (*.madoguchi)</source>
        <translation>Madoguchi プロジェクト (*.madoguchi)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved as %1</source>
        <translation>保存先：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file of this name exists: Finish will replace it.</source>
        <translation>同じ名前のファイルがあります。「完了」で置き換えます。</translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardofficespage.cpp" line="+51"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/workbench/wizardsummarypage.cpp" line="-5"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ward</source>
        <translation>区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English name</source>
        <translation>英語名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>所在地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded decision</source>
        <translation>記録された方針</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>経度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X (easting)</source>
        <translation>X（東方向）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y (northing)</source>
        <translation>Y（北方向）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/workbench/wizardsummarypage.cpp" line="+70"/>
        <source>Offices</source>
        <translation>事務所一覧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ward offices (区役所) and branch offices (出張所) with their locations: a CSV table with latitude and longitude (or x/y) columns, or a point layer.</source>
        <translation>区役所と出張所の一覧と位置です。緯度・経度（または x/y）の列がある CSV の表、またはポイントレイヤを指定します。</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Workload %1:</source>
        <translation>%1の受付件数：</translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardlayerpage.cpp" line="-240"/>
        <location filename="../../app/workbench/wizardofficespage.cpp" line="-212"/>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/workbench/wizardofficespage.cpp" line="+1"/>
        <source>Encoding:</source>
        <translation>文字コード：</translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardofficespage.cpp" line="+6"/>
        <source>Columns</source>
        <translation>列の対応</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EPSG:6668 for latitude/longitude</source>
        <translation>緯度・経度は EPSG:6668</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The coordinate reference system of the coordinate columns, e.g. EPSG:6668 (JGD2011 latitude/longitude) or EPSG:6670 (JGD2011 plane rectangular zone II). Needed for x/y columns.</source>
        <translation>座標の列の座標参照系です。例：EPSG:6668（JGD2011 緯度・経度）、EPSG:6670（JGD2011 平面直角座標系 第 II 系）。x/y の列では必須です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coordinate CRS:</source>
        <translation>座標列の座標参照系：</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Choose the Offices Table</source>
        <translation>事務所一覧の選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offices tables (*.csv *.txt *.shp *.gpkg *.geojson *.json);;All files (*)</source>
        <translation>事務所一覧 (*.csv *.txt *.shp *.gpkg *.geojson *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardfilepage.cpp" line="+20"/>
        <source>%1 does not exist.</source>
        <translation>%1 がありません。</translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardwidgets.cpp" line="-31"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Line numbers in a table, feature numbers in a layer: the numbers that messages name.</source>
        <translation>表では行番号、レイヤでは地物番号です。メッセージに示される番号と対応します。</translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardofficespage.cpp" line="-31"/>
        <source>ASCII only: reads the same in either encoding</source>
        <translation>ASCII 文字のみ（どちらの文字コードでも同じ）</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>UTF-8, from the byte-order mark</source>
        <translation>UTF-8（BOM による）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>neither UTF-8 nor CP932 (Shift_JIS)</source>
        <translation>UTF-8 でも CP932（Shift_JIS）でもありません</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>%1 rows, all in the preview (scroll), decoded as %2.</source>
        <translation>%1 行、すべてプレビューにあります（スクロールで表示）。%2 として読み込みました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows; the first %2 are shown, decoded as %3.</source>
        <translation>全 %1 行のうち先頭 %2 行を %3 として表示しています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The columns are separated by a %1.</source>
        <translation>列は%1で区切られています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bytes are not valid %1: garbled text (mojibake) or � shows where they do not decode.</source>
        <translation>バイト列は正しい %1 ではありません。読めない箇所は文字化けまたは � で表示されます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 features; the first %2 are shown. Coordinates from the layer (%3).</source>
        <translation>全 %1 地物のうち先頭 %2 件を表示しています。座標はレイヤのもの（%3）です。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>None found (columns named like fy2014_count, H26 or 平成26年度)</source>
        <translation>見つかりません（fy2014_count、H26、平成26年度 のような名前の列）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A column named after a fiscal year is read as that year&apos;s counter workload (受付件数).</source>
        <translation>年度を表す名前の列を、その年度の窓口の受付件数として読み込みます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workload:</source>
        <translation>受付件数：</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>x/y columns need their CRS, e.g. EPSG:6670 (JGD2011 plane rectangular zone II).</source>
        <translation>x/y の列には座標参照系の指定が必要です。例：EPSG:6670（JGD2011 平面直角座標系 第 II 系）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JGD2011 latitude/longitude (EPSG:6668), the default.</source>
        <translation>JGD2011 緯度・経度（EPSG:6668、既定値）。</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n office(s) read. Ward offices (区役所): %1, general branch offices (総合出張所): %2, branch offices (出張所): %3.</source>
        <translation>
            <numerusform>%n 件の事務所を読み込みました：区役所 %1、総合出張所 %2、出張所 %3。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text: %1, %2. Coordinates: %3.</source>
        <translation>文字コード：%1、%2。座標：%3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No workload (受付件数) columns.</source>
        <translation>受付件数の列はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload (受付件数) for %1.</source>
        <translation>受付件数：%1。</translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardlayerpage.cpp" line="+308"/>
        <location filename="../../app/workbench/wizardofficespage.cpp" line="+1"/>
        <location line="+16"/>
        <location filename="../../app/workbench/wizardsummarypage.cpp" line="-51"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardofficespage.cpp" line="-2"/>
        <source>Still read, because they are recognised by their names: %1. Rename the column in the table to leave it out.</source>
        <translation>列名から自動で認識されるため、次の列は引き続き読み込まれます：%1。使わない場合は表の列名を変更してください。</translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardlayerpage.cpp" line="-255"/>
        <location filename="../../app/workbench/wizardsummarypage.cpp" line="+53"/>
        <source>Wards</source>
        <translation>区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ward boundaries (区), e.g. 国土数値情報 N03 行政区域 as a shapefile. They are drawn on the map and tell in which ward each office lies.</source>
        <translation>区の境界です（例：国土数値情報 N03 行政区域のシェープファイル）。地図に描画し、各事務所がどの区にあるかの判定に使います。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Elementary-School Districts (Optional)</source>
        <translation>小学校区（任意）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 小学校区 polygons: 国土数値情報 A27 or the city&apos;s own. Mark them approximate when they are not the official districts (e.g. nearest-school areas). Leave the file empty to skip.</source>
        <translation>小学校区のポリゴンです（国土数値情報 A27 または市独自のデータ）。公式の通学区域でない場合（最寄りの学校による区域など）は「近似」にしてください。使わない場合はファイルを空欄のままにします。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Elementary Schools (Optional)</source>
        <translation>小学校（任意）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The elementary schools as points, shown on the map. Leave the file empty to skip.</source>
        <translation>小学校のポイントです。地図に表示します。使わない場合はファイルを空欄のままにします。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Population (Optional)</source>
        <translation>人口（任意）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygons or points with a population count, e.g. the census 500 m mesh, for the residents each counter serves. Leave the file empty to skip.</source>
        <translation>人口を持つポリゴンまたはポイントです（例：国勢調査の 500m メッシュ）。各窓口の利用圏人口の算出に使います。使わない場合はファイルを空欄のままにします。</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>e.g. EPSG:6668 (JGD2011 latitude/longitude)</source>
        <translation>例：EPSG:6668（JGD2011 緯度・経度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The coordinate reference system of a file that has none (a shapefile without its .prj). Ask the data&apos;s provider; 国土数値情報 is EPSG:6668 (JGD2011).</source>
        <translation>座標参照系のないファイル（.prj のないシェープファイル）の座標参照系です。データの提供元に確認してください。国土数値情報は EPSG:6668（JGD2011）です。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coordinate system:</source>
        <translation>座標参照系：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the CRS:</source>
        <translation>座標参照系の指定：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Population field:</source>
        <translation>人口の属性：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aged 65+ field:</source>
        <translation>65 歳以上人口の属性：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ward name field:</source>
        <translation>区名の属性：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School name field:</source>
        <translation>学校名の属性：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approximate districts (e.g. nearest-school areas): maps and reports say so</source>
        <translation>近似の校区（最寄りの学校による区域など）：地図と帳票にその旨を表示します</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Choose the Layer</source>
        <translation>レイヤの選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vector layers (*.shp *.gpkg *.geojson *.json);;All files (*)</source>
        <translation>ベクタレイヤ (*.shp *.gpkg *.geojson *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The projection the map is drawn in. Madoguchi suggests the plane rectangular zone the MLIT notice assigns to the wards&apos; municipalities; type an EPSG code or a name to search.</source>
        <translation>地図を描く投影法。区の市区町村に告示で定められた平面直角座標系を提案します。EPSGコードや名前を入力して検索できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map projection:</source>
        <translation>地図の投影法：</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>The encoding chosen above may be wrong: try Auto or the other encoding.</source>
        <translation>上で選んだ文字コードが誤っている可能性があります。「自動」またはもう一方の文字コードを試してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none: the shapefile has no .prj file</source>
        <translation>なし：シェープファイルに .prj ファイルがありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, set here</source>
        <translation>%1（ここで指定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, from the file</source>
        <translation>%1（ファイルによる）</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>polygons or points</source>
        <translation>ポリゴンまたはポイント</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds %2, but this layer must hold %3.</source>
        <translation>%1 は%2ですが、このレイヤは%3である必要があります。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n feature(s) (%1).</source>
        <translation>
            <numerusform>%n 地物（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the field that holds the names.</source>
        <translation>名称の入った属性を選んでください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Names: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the field that holds the population.</source>
        <translation>人口の入った属性を選んでください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total population (%1): %2.</source>
        <translation>人口の合計（%1）：%2 人。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aged 65+ (%1): %2 (%3%).</source>
        <translation>65 歳以上（%1）：%2 人（%3%）。</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Shown as APPROXIMATE districts, not the official 校区.</source>
        <translation>公式の校区ではなく「近似」の校区として表示します。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Feature %1: &quot;%2&quot; in %3 is not a number.</source>
        <translation>地物 %1：%3 の値「%2」は数値ではありません。</translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardsummarypage.cpp" line="-119"/>
        <source>Summary</source>
        <translation>確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what will be written. Finish saves the project file; the data files are only read, never changed.</source>
        <translation>保存する内容を確認してください。「完了」でプロジェクトファイルを保存します。データファイルは読み込むだけで、変更しません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One line per source, e.g. 出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成</source>
        <translation>1 行に 1 件。例：出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source credits (出典):</source>
        <translation>出典：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Project file</source>
        <translation>プロジェクトファイル</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>encoding %1 (saved in the project)</source>
        <translation>文字コード %1（プロジェクトに保存）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encoding %1 (decided again when the project is opened)</source>
        <translation>文字コード %1（プロジェクトを開くたびに判定）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRS %1</source>
        <translation>座標参照系 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fields %1</source>
        <translation>属性 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>APPROXIMATE</source>
        <translation>近似</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>distance guide %1 km</source>
        <translation>距離の目安 %1 km</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the latest year</source>
        <translation>最新の年度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>workload at or below %1 transactions (%2)</source>
        <translation>受付件数 %1 件以下（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no workload threshold</source>
        <translation>受付件数の基準値なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>catchment at or below %1 residents</source>
        <translation>利用圏人口 %1 人以下</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no catchment threshold</source>
        <translation>利用圏人口の基準値なし</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>School districts</source>
        <translation>校区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schools</source>
        <translation>小学校</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../app/workbench/newprojectwizard.cpp" line="+21"/>
        <source>New Project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <location filename="../../app/workbench/wizardcriteriapage.cpp" line="+17"/>
        <location filename="../../app/workbench/wizardsummarypage.cpp" line="-51"/>
        <source>Recommendation</source>
        <translation>推奨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the recommendation judges the branch offices by. It only names candidates for review; the decisions are yours. Everything here can be changed later under Analysis.</source>
        <translation>推奨が出張所を判定する基準です。推奨は見直し候補を示すだけで、方針を決めるのは担当者です。ここで設定した値は後から［分析］メニューで変更できます。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The offices table has workload columns: the recommendation judges the branch offices within the guide by their workload.</source>
        <translation>事務所一覧に受付件数の列があります。目安以内の出張所は受付件数で判定します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The offices table has no workload columns: the recommendation judges the branch offices within the guide by their catchment population.</source>
        <translation>事務所一覧に受付件数の列がありません。目安以内の出張所は利用圏人口で判定します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The offices table has no workload columns and no population layer is chosen: the branch offices within the guide stay “Undetermined” until workload counts are imported (File ▸ Import Workload Counts) or a population layer is added.</source>
        <translation>事務所一覧に受付件数の列がなく、人口レイヤーも選ばれていません。受付件数を取り込む（ファイル ▸ 受付件数の取り込み）か人口レイヤーを追加するまで、目安以内の出張所は「判定不能」となります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The threshold for the data chosen is unset: the branch offices within the guide stay “Undetermined”.</source>
        <translation>選んだデータに対応する基準値が設定されていません。目安以内の出張所は「判定不能」となります。</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::OfficesDock</name>
    <message>
        <location filename="../../app/workbench/officesdock.cpp" line="+60"/>
        <location line="+68"/>
        <source>Offices</source>
        <translation>事務所</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Filter offices (name, ward, kind …)</source>
        <translation>事務所を絞り込み（名称、区、種別…）</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::OfficesTableModel</name>
    <message>
        <location filename="../../app/workbench/officestablemodel.cpp" line="+152"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (approximate)</source>
        <translation>%1（近似）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 m (geodesic)</source>
        <translation>%1 m（測地線）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ward</source>
        <translation>区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nearest ward office</source>
        <translation>最寄りの区役所</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance to nearest ward office (km)</source>
        <translation>最寄りの区役所までの距離（km）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within %1 km</source>
        <translation>%1 km 以内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own ward office</source>
        <translation>所在区の区役所</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance to own ward office (km)</source>
        <translation>所在区の区役所までの距離（km）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ward at site</source>
        <translation>所在地の区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>School district</source>
        <translation>校区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catchment population</source>
        <translation>利用圏人口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catchment population 65+</source>
        <translation>利用圏の 65 歳以上人口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded decision</source>
        <translation>記録された方針</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision (scenario)</source>
        <translation>方針（シナリオ）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendation</source>
        <translation>推奨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reasons for the recommendation</source>
        <translation>推奨の理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving counter</source>
        <translation>移管先の窓口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance to receiving counter (km)</source>
        <translation>移管先の窓口までの距離（km）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catchment population after</source>
        <translation>変更後の利用圏人口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catchment population 65+ after</source>
        <translation>変更後の利用圏の 65 歳以上人口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workload %1 after</source>
        <translation>%1の変更後の受付件数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workload %1</source>
        <translation>%1の受付件数</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::OptimiseDialog</name>
    <message>
        <location filename="../../app/workbench/optimisedialog.cpp" line="+75"/>
        <source>the closure optimiser</source>
        <translation>廃止の最適化</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optimise Closures</source>
        <translation>最適な廃止の組合せ</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>What the optimiser makes as small as it can</source>
        <translation>最適化でできるだけ小さくする指標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimise:</source>
        <translation>最小にする指標：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every number (the best set for each)</source>
        <translation>すべての数（数ごとに最適な組合せ）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exactly</source>
        <translation>次の数だけ：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> counters</source>
        <translation> か所</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Counters to close:</source>
        <translation>廃止する窓口の数：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the run and show the sets found so far</source>
        <translation>計算を止め、それまでに見つかった組合せを表示します</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Branch offices</source>
        <translation>出張所の扱い</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Branch office</source>
        <translation>出張所</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ward</source>
        <translation>区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To ward office</source>
        <translation>区役所まで</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handling</source>
        <translation>扱い</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From the Scenario</source>
        <translation>シナリオから設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current scenario&apos;s closures must close and its upgrades must stay open</source>
        <translation>現在のシナリオで廃止する窓口を「必ず廃止」、拡充する窓口を「必ず継続」にします</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All Free</source>
        <translation>すべて任せる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the optimiser choose for every branch office</source>
        <translation>すべての出張所を最適化に任せます</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ward offices always keep their counters and are not listed.</source>
        <translation>区役所の窓口は常に継続するため、一覧にありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Constraints</source>
        <translation>条件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close only counters within the %1 km guide of a ward office</source>
        <translation>区役所から目安 %1 km 以内の窓口に限り廃止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The policy&apos;s first criterion: a counter farther than the guide from its nearest ward office stays open</source>
        <translation>方針の第一の基準：最寄りの区役所から目安より遠い窓口は継続します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close only counters with a workload (%1) of at most</source>
        <translation>受付件数（%1）が次以下の窓口に限り廃止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close only counters with a workload of at most</source>
        <translation>受付件数が次以下の窓口に限り廃止</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source> transactions</source>
        <translation> 件</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No counter gains more residents than</source>
        <translation>各窓口で増える利用者を次以下に</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The residents a counter that stays open receives from the closed ones</source>
        <translation>継続する窓口が、廃止する窓口から引き受ける利用者の数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> residents</source>
        <translation> 人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No counter gains more workload than</source>
        <translation>各窓口で増える受付件数を次以下に</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transactions a counter that stays open receives from the closed ones</source>
        <translation>継続する窓口が、廃止する窓口から引き受ける受付件数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The offices table has no workload counts for the judged year: the workload limits cannot be used.</source>
        <translation>事務所一覧に判定する年度の受付件数がないため、受付件数の条件は使えません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop after</source>
        <translation>計算時間の上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sets found by then are shown, not proven optimal</source>
        <translation>それまでに見つかった組合せを、最適であることは未証明として表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Closed</source>
        <translation>廃止数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set</source>
        <translation>組合せ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offices closed</source>
        <translation>廃止する出張所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beyond the guide</source>
        <translation>目安超の住民</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>65+ beyond</source>
        <translation>目安超の65歳以上</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean distance</source>
        <translation>平均距離</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimal</source>
        <translation>最適性</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Create Scenario from This Set…</source>
        <translation>この組合せでシナリオを作成…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the chosen set as a new scenario (it can be undone)</source>
        <translation>選んだ組合せを新しいシナリオとして追加します（元に戻せます）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End Preview</source>
        <translation>プレビューを終了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the current scenario again (Esc)</source>
        <translation>現在のシナリオの表示に戻します（Esc）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a point or a row to see its set on the map.</source>
        <translation>点または行を選ぶと、その組合せを地図に表示します。</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+278"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>Optimiser chooses</source>
        <translation>最適化で選ぶ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must keep</source>
        <translation>必ず継続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must close</source>
        <translation>必ず廃止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must keep / Must close: fixed before the optimiser chooses among the others</source>
        <translation>必ず継続／必ず廃止：最適化がほかの出張所から選ぶ前に固定します</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>From %1 to %2 with the choices and constraints above</source>
        <translation>上の扱いと条件では %1～%2 か所</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project has no population layer: the optimiser needs one to count the residents.</source>
        <translation>プロジェクトに人口レイヤがありません。住民を数えるため、最適化には人口レイヤが必要です。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Optimising…</source>
        <translation>最適化しています…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopping…</source>
        <translation>停止しています…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Found the best set for %n number(s) of closures in %1 s.</source>
        <translation>
            <numerusform>%n通りの廃止数について、最適な組合せを求めました（%1 秒）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cancelled: the %n set(s) found so far are shown and not proven optimal.</source>
        <translation>
            <numerusform>キャンセルしました。それまでに見つかった%n通りの組合せを表示しています（最適であることは証明されていません）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Time limit reached: the %n set(s) found so far are shown and not proven optimal.</source>
        <translation>
            <numerusform>計算時間の上限に達しました。それまでに見つかった%n通りの組合せを表示しています（最適であることは証明されていません）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot optimise: %1</source>
        <translation>最適化できません：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled before any set was found.</source>
        <translation>組合せが見つかる前にキャンセルしました。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The project has changed since this run; run again to update the results.</source>
        <translation>この計算の後にプロジェクトが変更されました。結果を更新するには、もう一度実行してください。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Best</source>
        <translation>最適</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Proven</source>
        <translation>証明済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not proven</source>
        <translation>未証明</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Cannot show this set: %1</source>
        <translation>この組合せを表示できません：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>residents beyond the guide</source>
        <translation>目安超の住民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>65+ beyond the guide</source>
        <translation>目安超の65歳以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean distance</source>
        <translation>平均距離</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Optimal (%1 closed, %2)</source>
        <translation>最適案（%1か所廃止・%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Found by the closure optimiser: the set of %n closure(s) with the least %1 (%2).</source>
        <translation>
            <numerusform>最適化で求めた組合せ：%nか所を廃止する組合せのうち、%1が最も小さいもの（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proven optimal</source>
        <translation>最適であることを証明済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not proven optimal</source>
        <translation>最適であることは未証明</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added the scenario %1.</source>
        <translation>シナリオ「%1」を追加しました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create Scenario from This Set</source>
        <translation>この組合せでシナリオを作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new scenario:</source>
        <translation>新しいシナリオの名前：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the scenario: %1</source>
        <translation>シナリオを作成できません：%1</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::PresentationWindow</name>
    <message>
        <location filename="../../app/workbench/presentationwindow.cpp" line="+76"/>
        <source>Madoguchi — Presentation</source>
        <translation>Madoguchi — プレゼンテーション</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>→ · Page Down · Space</source>
        <translation>→ · Page Down · スペース</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← · Page Up · Backspace</source>
        <translation>← · Page Up · Backspace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home · End</source>
        <translation>Home · End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>first · last page</source>
        <translation>最初 · 最後のページ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the other scenario</source>
        <translation>もう一方のシナリオ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H · ?</source>
        <translation>H · ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>show or hide these keys</source>
        <translation>このキーの一覧を表示 / 非表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>close the presentation</source>
        <translation>プレゼンテーションを終了</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>No branch offices to present</source>
        <translation>表示する出張所がありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — scenario %2 — summary: before → after</source>
        <translation>%1 — シナリオ %2 — まとめ：変更前 → 変更後</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — scenario %2 — %3 %4 of %5</source>
        <translation>%1 — シナリオ %2 — %3 %4 / %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>branch office</source>
        <translation>出張所</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>candidate for review</source>
        <translation>見直し候補</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What scenario &lt;b&gt;%1&lt;/b&gt; does to the counters</source>
        <translation>シナリオ &lt;b&gt;%1&lt;/b&gt; による窓口の変化</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;b style=&apos;font-size:28pt&apos;&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b style=&apos;font-size:28pt&apos;&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 まで &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>workload %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1の受付件数 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 transactions</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no count</source>
        <translation>件数なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>catchment: &lt;b&gt;%1 residents&lt;/b&gt;</source>
        <translation>利用圏人口 &lt;b&gt;%1 人&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>decision (%1): &lt;b style=&apos;color:%2&apos;&gt;%3&lt;/b&gt;</source>
        <translation>方針（%1）&lt;b style=&apos;color:%2&apos;&gt;%3&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::ReportExportDialog</name>
    <message>
        <location filename="../../app/workbench/exportactions.cpp" line="+86"/>
        <location filename="../../app/workbench/figureexportdialogs.cpp" line="+15"/>
        <location line="+3"/>
        <source>Export Report</source>
        <translation>報告書の書き出し</translation>
    </message>
    <message>
        <location filename="../../app/workbench/figureexportdialogs.cpp" line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title:</source>
        <translation>表題：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date:</source>
        <translation>日付：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report holds the scenario&apos;s summary, the map, the correlation chart, the impact chart, the branch offices with their decisions and reasons, and the sources.</source>
        <translation>報告書には、シナリオの概要、地図、相関図、影響のグラフ、方針と理由を付けた出張所の一覧、出典を載せます。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose a file to write.</source>
        <translation>書き出すファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the file .pdf: the report is a PDF.</source>
        <translation>報告書は PDF です。ファイル名の拡張子を .pdf にしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (vector, fonts embedded), %1 pages.</source>
        <translation>PDF（ベクタ、フォント埋め込み）、%1 の用紙。</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::ScenarioComparisonWidget</name>
    <message>
        <location filename="../../app/workbench/scenariocomparisonwidget.cpp" line="+35"/>
        <source>Keep the counter</source>
        <translation>窓口を継続</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service corner (certificates only)</source>
        <translation>行政サービスコーナー（証明書発行のみ）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the counter</source>
        <translation>窓口を廃止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade (full general-branch functions)</source>
        <translation>機能強化（総合出張所の機能）</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Scenario &amp;A:</source>
        <translation>シナリオ A(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario &amp;B:</source>
        <translation>シナリオ B(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show A on map</source>
        <translation>A を地図に表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show B on map</source>
        <translation>B を地図に表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour the offices on the map by the decisions of scenario A</source>
        <translation>地図上の事務所をシナリオ A の方針で色分けします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour the offices on the map by the decisions of scenario B</source>
        <translation>地図上の事務所をシナリオ B の方針で色分けします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a row to select its office on the map</source>
        <translation>行をクリックすると、その事務所を地図上で選択します</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Office</source>
        <translation>事務所</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ward</source>
        <translation>区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision in A (%1)</source>
        <translation>A の方針（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision in B (%1)</source>
        <translation>B の方針（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note in A</source>
        <translation>A のメモ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note in B</source>
        <translation>B のメモ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A ward office always keeps its counter</source>
        <translation>区役所の窓口は常に継続します</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The project has no scenarios to compare.</source>
        <translation>プロジェクトに比較するシナリオがありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario A and B are the same: choose two different scenarios to compare.</source>
        <translation>シナリオ A と B が同じです。比較する 2 つの異なるシナリオを選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 are not compared yet.</source>
        <translation>%1 と %2 はまだ比較していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No office differs: %1 and %2 decide alike.</source>
        <translation>違いのある事務所はありません。%1 と %2 の方針は同じです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 office differs (in its decision).</source>
        <translation>方針が異なる事務所が 1 か所あります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 office differs (only in its note).</source>
        <translation>メモだけが異なる事務所が 1 か所あります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 offices differ in their decision.</source>
        <translation>方針が異なる事務所が %1 か所あります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 offices differ only in their notes.</source>
        <translation>メモだけが異なる事務所が %1 か所あります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 offices differ (%2 in their decision, %3 only in their note).</source>
        <translation>違いのある事務所が %1 か所あります（方針 %2 か所、メモのみ %3 か所）。</translation>
    </message>
</context>
<context>
    <name>madoguchi::app::WorkbenchDocument</name>
    <message>
        <location filename="../../app/workbench/workbenchdocument.cpp" line="+229"/>
        <source>Change the criteria</source>
        <translation>推奨の基準値の変更</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>A scenario needs a name.</source>
        <translation>シナリオには名前が必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name, e.g. &quot;2016年方針&quot;.</source>
        <translation>名前を入力してください（例：「2016年方針」）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a scenario &quot;%1&quot;.</source>
        <translation>シナリオ「%1」はすでにあります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name.</source>
        <translation>別の名前を付けてください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add scenario %1</source>
        <translation>シナリオ「%1」の追加</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename scenario %1 to %2</source>
        <translation>シナリオ名の変更（「%1」→「%2」）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is the only scenario and cannot be removed.</source>
        <translation>「%1」は唯一のシナリオのため、削除できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another scenario first.</source>
        <translation>先に別のシナリオを追加してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove scenario %1</source>
        <translation>シナリオ「%1」の削除</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n offices</source>
        <translation>
            <numerusform>事務所 %n か所</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set %1 to %2</source>
        <translation>%1 の方針を「%2」に設定</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Edit the note on %1</source>
        <translation>%1 のメモの編集</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not an office of the project.</source>
        <translation>「%1」はプロジェクトの事務所ではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import counts only for offices of the offices table.</source>
        <translation>事務所一覧にある事務所の件数だけを取り込んでください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import workload counts from %1</source>
        <translation>%1 からの受付件数の取り込み</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>There is no scenario &quot;%1&quot;.</source>
        <translation>シナリオ「%1」がありません。</translation>
    </message>
</context>
</TS>
