<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
            <translation>使い方: madoguchi-cli COMMAND [OPTIONS]

Madoguchi プロジェクトの出張所を、方針の基準に照らして評価します。

コマンド:
  evaluate PROJECT   出張所ごとに 1 行：最寄りの区役所とそこまでの測地線距離、
                     所在区の区役所、基準距離の判定、所在地の区と校区、
                     利用圏人口。--scenario NAME を付けると、シナリオの方針、
                     推奨とその理由、移管先の窓口、影響も出力します
  scenarios PROJECT  プロジェクトのシナリオ：名前、種別ごとの方針、説明

コマンドのオプションは 'madoguchi-cli COMMAND --help' で表示します。
  --help       このヘルプを表示
  --version    バージョンを表示

終了ステータス: 0 成功、1 入力の誤り（メッセージに内容を表示）、2 使い方の誤り。
</translation>
        </message>
        <message>
            <location line="+23" />
            <source>A folder in which to look for layer files that are not found relative to the project file (repeatable; also MADOGUCHI_DATA_PATH).</source>
            <translation>プロジェクトファイルからの相対パスで見つからないレイヤファイルを探すフォルダ（複数指定可。MADOGUCHI_DATA_PATH でも指定できます）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>DIR</source>
            <translation>DIR</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The coordinate reference system of a layer that has none (no .prj), e.g. wards=EPSG:6668 (repeatable). Roles: wards, schoolDistricts, schools, population, offices.</source>
            <translation>座標参照系のない（.prj がない）レイヤの座標参照系。例：wards=EPSG:6668（複数指定可）。役割：wards, schoolDistricts, schools, population, offices。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>ROLE=CRS</source>
            <translation>ROLE=CRS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The text encoding of a layer, overriding .cpg and detection, e.g. wards=CP932 (repeatable).</source>
            <translation>レイヤの文字コード。.cpg と自動判定より優先します。例：wards=CP932（複数指定可）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ROLE=ENCODING</source>
            <translation>ROLE=ENCODING</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Evaluate without the optional layers that cannot be found or read, instead of failing (the offices table is always required).</source>
            <translation>見つからない・読み込めない任意のレイヤを除いて評価します（エラーで終了しません。事務所一覧は常に必要です）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Print only warnings and errors on standard error.</source>
            <translation>標準エラー出力には警告とエラーのみを出力します。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--%1 expects ROLE=VALUE with ROLE one of wards, schoolDistricts, schools, population, offices; got "%2"</source>
            <translation>--%1 には ROLE=VALUE を指定してください（ROLE は wards, schoolDistricts, schools, population, offices のいずれか）。指定値：「%2」</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Branch office</source>
            <translation>出張所</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ward</source>
            <translation>区</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nearest ward office</source>
            <translation>最寄りの区役所</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Distance</source>
            <translation>距離</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Within %1 km</source>
            <translation>%1 km 以内</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Catchment</source>
            <translation>利用圏人口</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Decision</source>
            <translation>方針</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Recommendation</source>
            <translation>推奨</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Receiving counter</source>
            <translation>移管先の窓口</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 km</source>
            <translation>%1 km</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%L1 residents</source>
            <translation>%L1 人</translation>
        </message>
        <message>
            <location line="+31" />
            <source>%1 branch offices evaluated; %2 within %3 km of a ward office (%4).</source>
            <translation>出張所 %1 か所を評価しました。区役所から %3 km 以内は %2 か所です（%4）。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The offices table has no workload (受付件数) columns: workload is not evaluated. Add per-fiscal-year count columns (e.g. fy2014_count or 平成26年度) when the counts are available.</source>
            <translation>事務所一覧に受付件数の列がないため、受付件数は評価していません。件数が分かる場合は年度ごとの列（例：fy2014_count、平成26年度）を追加してください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Catchments: %L1 residents in %2 population cells assigned to their nearest counter.</source>
            <translation>利用圏：人口区画 %2 個の %L1 人を、それぞれ最寄りの窓口に割り当てました。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>School districts are APPROXIMATE (%1): not the official 校区.</source>
            <translation>校区は近似です（%1）。公式の通学区域ではありません。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--%1 expects a number of zero or more, got "%2"</source>
            <translation>--%1 には 0 以上の数値を指定してください（指定値：「%2」）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>the project has no scenario "%1"</source>
            <translation>プロジェクトにシナリオ「%1」がありません</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the project has no scenarios: add them to its "scenarios" list</source>
            <translation>プロジェクトにシナリオがありません。"scenarios" の一覧に追加してください</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choose one of: %1</source>
            <translation>次のいずれかを指定してください：%1</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Scenario %1: %2 of %3 branch office counters closed (%4).</source>
            <translation>シナリオ %1：出張所 %3 か所のうち %2 か所の窓口を廃止（%4）。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Recommendation: %1 candidate, %2 keep, %3 undetermined.</source>
            <translation>推奨：見直し候補 %1、継続 %2、判定不能 %3。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>%1 workload: %L2 transactions before, %L3 after; at the ward offices %L4 → %L5.</source>
            <translation>%1 の受付件数：変更前 %L2 件、変更後 %L3 件。区役所では %L4 件 → %L5 件。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 workload: not totalled, some counts are missing.</source>
            <translation>%1 の受付件数：欠測があるため合計していません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Catchment residents: %L1 before, %L2 after; at the ward offices %L3 → %L4.</source>
            <translation>利用圏人口：変更前 %L1 人、変更後 %L2 人。区役所では %L3 人 → %L4 人。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Residents farther than %1 km from the nearest open counter: %L2 before → %L3 after; aged 65+: %L4 → %L5.</source>
            <translation>最寄りの窓口から %1 km を超える住民：変更前 %L2 人 → 変更後 %L3 人。うち 65 歳以上：%L4 人 → %L5 人。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Residents beyond the guide are not counted: the project has no population layer.</source>
            <translation>プロジェクトに人口レイヤがないため、目安の距離を超える住民は数えていません。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>warning: </source>
            <translation>警告: </translation>
        </message>
        <message>
            <location line="+1" />
            <source>error: </source>
            <translation>エラー: </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Evaluates every branch office of PROJECT: the nearest ward office of any ward and of its own ward with the geodesic distance (GRS80 ellipsoid, metres), whether it is within the threshold, the ward and school district containing it, and the residents for whom it is the nearest counter when the project has a population layer. Writes CSV to standard output (UTF-8), or to --out: FILE.csv (UTF-8 with BOM, for Excel) or FILE.gpkg (GeoPackage for QGIS: offices, lines to the nearest ward office, and geodesic threshold circles).</source>
            <translation>PROJECT のすべての出張所を評価します：全区のうち最寄りの区役所と所在区の区役所、そこまでの測地線距離（GRS80 楕円体、メートル）、基準距離以内かどうか、所在地の区と校区、人口レイヤがある場合はその出張所を最寄りの窓口とする住民の数。CSV を標準出力（UTF-8）に、または --out で指定したファイルに書き出します：FILE.csv（Excel 用の BOM 付き UTF-8）または FILE.gpkg（QGIS 用の GeoPackage：事務所、最寄りの区役所への線、基準距離の測地線円）。</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+154" />
            <source>The project file (*.madoguchi).</source>
            <translation>プロジェクトファイル（*.madoguchi）。</translation>
        </message>
        <message>
            <location line="-152" />
            <source>The distance guide in kilometres (default: the project's, 5 km in Kumamoto's policy).</source>
            <translation>距離の目安（km）（既定：プロジェクトの値。熊本市の方針では 5 km）。</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+15" />
            <location line="+5" />
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <location line="-19" />
            <source>Write to FILE (.csv or .gpkg) instead of standard output.</source>
            <translation>標準出力の代わりに FILE（.csv または .gpkg）に書き出します。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Standard output format: csv (default) or text (a table for reading).</source>
            <translation>標準出力の形式：csv（既定）または text（読みやすい表）。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add the columns of the project's scenario NAME: its decision per office, the recommendation with its reasons, the receiving counter of each closed office, and the catchment (and workload) after; a summary of the impact goes to standard error.</source>
            <translation>プロジェクトのシナリオ NAME の列を追加します：事務所ごとの方針、推奨とその理由、廃止する事務所の移管先の窓口、変更後の利用圏人口（と受付件数）。影響の概要は標準エラー出力に書き出します。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For the recommendation: the workload (transactions in the judged fiscal year) at or below which a branch office within the distance guide is a candidate (default: the project's).</source>
            <translation>推奨の基準：距離の目安以内にある出張所のうち、受付件数（判定する年度の件数）がこの値以下のものを見直し候補とします（既定：プロジェクトの値）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>For the recommendation when the offices table has no workload: the catchment residents at or below which a branch office within the guide is a candidate (default: the project's).</source>
            <translation>事務所一覧に受付件数がない場合の推奨の基準：目安以内にある出張所のうち、利用圏人口がこの値以下のものを見直し候補とします（既定：プロジェクトの値）。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>evaluate needs a PROJECT file</source>
            <translation>evaluate には PROJECT ファイルが必要です</translation>
        </message>
        <message>
            <location line="+1" />
            <source>evaluate takes one PROJECT file, got %1</source>
            <translation>evaluate に指定できる PROJECT ファイルは 1 つです（指定数：%1）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--threshold-km expects a positive number of kilometres, got "%1"</source>
            <translation>--threshold-km には正の数（km）を指定してください（指定値：「%1」）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--format expects csv or text, got "%1"</source>
            <translation>--format には csv または text を指定してください（指定値：「%1」）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--out must end in .csv or .gpkg, got "%1"</source>
            <translation>--out のファイル名は .csv または .gpkg で終わる必要があります（指定値：「%1」）</translation>
        </message>
        <message>
            <location line="+56" />
            <source>the output file is one of the project's input files</source>
            <translation>出力ファイルがプロジェクトの入力ファイルと同じです</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choose another file name for --out</source>
            <translation>--out に別のファイル名を指定してください</translation>
        </message>
        <message>
            <location line="+7" />
            <source>cannot write the file: %1</source>
            <translation>ファイルを書き込めません：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>check that the folder exists and is writable</source>
            <translation>フォルダが存在し、書き込めることを確認してください</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Wrote %1</source>
            <translation>%1 に書き出しました</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Lists the scenarios of PROJECT: each one's name, how many branch offices it keeps, turns into a service corner, closes and upgrades (an office a scenario does not mention is kept), the offices it does not keep, and its description. Reads the offices table to count and check them.</source>
            <translation>PROJECT のシナリオを一覧表示します：名前、継続・行政サービスコーナー化・廃止・機能強化とする出張所の数（シナリオにない事務所は継続）、継続しない事務所、説明。数えて確認するために事務所一覧を読み込みます。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>scenarios needs a PROJECT file</source>
            <translation>scenarios には PROJECT ファイルが必要です</translation>
        </message>
        <message>
            <location line="+1" />
            <source>scenarios takes one PROJECT file, got %1</source>
            <translation>scenarios に指定できる PROJECT ファイルは 1 つです（指定数：%1）</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The project has no scenarios.</source>
            <translation>プロジェクトにシナリオがありません。</translation>
        </message>
        <message>
            <location line="+49" />
            <source>unknown command "%1"</source>
            <translation>不明なコマンド「%1」</translation>
        </message>
        <message>
            <location line="+2" />
            <source>madoguchi-cli: %1</source>
            <translation>madoguchi-cli: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Run 'madoguchi-cli --help' for usage.</source>
            <translation>使い方は 'madoguchi-cli --help' で表示します。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>error: %1</source>
            <translation>エラー: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>cancelled</source>
            <translation>中止しました</translation>
        </message>
    </context>
    <context>
        <name>CorrelationChart</name>
        <message>
            <location filename="../../app/workbench/correlationchart.cpp" line="+42" />
            <source>No decision</source>
            <translation>方針なし</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep</source>
            <translation>継続</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service corner</source>
            <translation>行政サービスコーナー</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>廃止</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Upgrade</source>
            <translation>機能強化</translation>
        </message>
        <message>
            <location line="+9" />
            <source>ward office</source>
            <translation>区役所</translation>
        </message>
        <message>
            <location line="+2" />
            <source>general branch office</source>
            <translation>総合出張所</translation>
        </message>
        <message>
            <location line="+2" />
            <source>branch office</source>
            <translation>出張所</translation>
        </message>
    </context>
    <context>
        <name>ProjectLoader</name>
        <message>
            <location filename="../../app/lib/projectloader.cpp" line="+25" />
            <source>wards layer</source>
            <translation>区のレイヤ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>school-district layer</source>
            <translation>校区のレイヤ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>schools layer</source>
            <translation>小学校のレイヤ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>population layer</source>
            <translation>人口レイヤ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>offices table</source>
            <translation>事務所一覧</translation>
        </message>
        <message>
            <location line="+18" />
            <source>unknown text encoding "%1"</source>
            <translation>不明な文字コード「%1」</translation>
        </message>
        <message>
            <location line="+1" />
            <source>use CP932 (Shift_JIS) or UTF-8</source>
            <translation>CP932（Shift_JIS）または UTF-8 を指定してください</translation>
        </message>
        <message>
            <location line="+32" />
            <source>the %1 must contain %2, but this file contains %3</source>
            <translation>%1 は%2である必要がありますが、このファイルは%3です</translation>
        </message>
        <message>
            <location line="+3" />
            <source>check that the right file is set for "%1" in the project file</source>
            <translation>プロジェクトファイルの「%1」に正しいファイルが指定されているか確認してください</translation>
        </message>
        <message>
            <location line="+8" />
            <source>cannot tell which attribute of the %1 holds the %2 (attributes: %3)</source>
            <translation>%1 のどの属性が%2か判別できません（属性：%3）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>set layers.%1.fields.%2 in the project file</source>
            <translation>プロジェクトファイルに layers.%1.fields.%2 を指定してください</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the %1 has no attribute "%2" (attributes: %3)</source>
            <translation>%1 に属性「%2」がありません（属性：%3）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>correct layers.%1.fields.%2 in the project file</source>
            <translation>プロジェクトファイルの layers.%1.fields.%2 を修正してください</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+4" />
            <source>polygons</source>
            <translation>ポリゴン</translation>
        </message>
        <message>
            <location line="-3" />
            <source>ward name</source>
            <translation>区名</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+4" />
            <source>school name</source>
            <translation>学校名</translation>
        </message>
        <message>
            <location line="-1" />
            <source>points</source>
            <translation>ポイント</translation>
        </message>
        <message>
            <location line="+4" />
            <source>polygons or points</source>
            <translation>ポリゴンまたはポイント</translation>
        </message>
        <message>
            <location line="+1" />
            <source>population</source>
            <translation>人口</translation>
        </message>
        <message>
            <location line="+2" />
            <source>population aged 65+</source>
            <translation>65 歳以上人口</translation>
        </message>
        <message>
            <location line="+42" />
            <source>the project names no offices table</source>
            <translation>プロジェクトに事務所一覧が指定されていません</translation>
        </message>
        <message>
            <location line="+1" />
            <source>add layers.offices.path, the CSV or point layer of ward and branch offices</source>
            <translation>区役所と出張所の CSV またはポイントレイヤを layers.offices.path に指定してください</translation>
        </message>
        <message>
            <location line="+18" />
            <source>the %1 "%2" was not found (looked in: %3)</source>
            <translation>%1「%2」が見つかりません（検索した場所：%3）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>move the file back, correct the path in the project file, or add the folder that holds it with --data-path or MADOGUCHI_DATA_PATH</source>
            <translation>ファイルを元の場所に戻すか、プロジェクトファイルのパスを修正するか、ファイルのあるフォルダを --data-path または MADOGUCHI_DATA_PATH で指定してください</translation>
        </message>
        <message>
            <location line="+18" />
            <source>offices table: %1 offices, %2, coordinates in %3%4</source>
            <translation>事務所一覧：%1 か所、%2、座標は %3%4</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+34" />
            <source>, found on the data search path</source>
            <translation>（データ検索パスで発見）</translation>
        </message>
        <message>
            <location line="-6" />
            <source>%1: %2 features (%3), %4, %5%6%7</source>
            <translation>%1：%2 地物（%3）、%4、%5%6%7</translation>
        </message>
        <message>
            <location line="+5" />
            <source>, APPROXIMATE</source>
            <translation>、近似</translation>
        </message>
        <message>
            <location line="+20" />
            <source>the %1 was not loaded: %2</source>
            <translation>%1 を読み込めませんでした：%2</translation>
        </message>
    </context>
    <context>
        <name>RecommendationText</name>
        <message>
            <location filename="../../core/recommendation.cpp" line="+220" />
            <source>%1 km to %2, within the %3 km guide</source>
            <translation>%2 まで %1 km（目安 %3 km 以内）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 km to %2, beyond the %3 km guide</source>
            <translation>%2 まで %1 km（目安 %3 km を超える）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 workload %2 transactions ≤ %3</source>
            <translation>%1 の受付件数 %2 件 ≤ %3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 workload %2 transactions &gt; %3</source>
            <translation>%1 の受付件数 %2 件 &gt; %3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no %1 workload for this office in the offices table</source>
            <translation>事務所一覧にこの事務所の %1 の受付件数がありません</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 workload %2 transactions, but no workload threshold is set</source>
            <translation>%1 の受付件数は %2 件ですが、受付件数の基準値が設定されていません</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the offices table has no workload for %1</source>
            <translation>事務所一覧に %1 の受付件数がありません</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the offices table has no workload counts</source>
            <translation>事務所一覧に受付件数がありません</translation>
        </message>
        <message>
            <location line="+2" />
            <source>catchment %1 residents ≤ %2</source>
            <translation>利用圏人口 %1 人 ≤ %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>catchment %1 residents &gt; %2</source>
            <translation>利用圏人口 %1 人 &gt; %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no catchment threshold is set to judge it without workload counts</source>
            <translation>受付件数がない場合に判断するための利用圏人口の基準値が設定されていません</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no population layer to measure its catchment against %1 residents</source>
            <translation>利用圏人口を %1 人と比べるための人口レイヤがありません</translation>
        </message>
        <message>
            <location line="+3" />
            <source>school district %1 is marked as growing</source>
            <translation>校区 %1 は人口増加地域とされています</translation>
        </message>
    </context>
    <context>
        <name>Workbench</name>
        <message>
            <location filename="../../app/workbench/workbenchapplication.cpp" line="+58" />
            <source>Madoguchi: plan which branch offices keep their service counters.</source>
            <translation>Madoguchi（窓口）：出張所の窓口を残すかどうかを検討します。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The project to open (.madoguchi).</source>
            <translation>開くプロジェクト（.madoguchi）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A folder in which to look for the project's layer files (repeatable).</source>
            <translation>プロジェクトのレイヤファイルを探すフォルダ（複数指定可）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Initial map extent in display metres.</source>
            <translation>最初に表示する地図の範囲（表示座標系のメートル）。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>--extent expects XMIN,YMIN,XMAX,YMAX, got "%1"</source>
            <translation>--extent には XMIN,YMIN,XMAX,YMAX を指定してください（指定値：「%1」）</translation>
        </message>
    </context>
    <context>
        <name>madoguchi::app::CorrelationChart</name>
        <message>
            <location filename="../../app/workbench/correlationchart.cpp" line="+164" />
            <source>Near and light: closure candidates</source>
            <translation>近くて件数が少ない：廃止の候補</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Near but busy</source>
            <translation>近いが件数が多い</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Far but light</source>
            <translation>遠いが件数が少ない</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Far and busy: keep</source>
            <translation>遠くて件数が多い：継続</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Within the %1 km guide</source>
            <translation>目安 %1 km 以内</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Beyond the guide</source>
            <translation>目安を超える</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 km</source>
            <translation>%1 km</translation>
        </message>
        <message>
            <location line="+213" />
            <source>Not shown (no value, or not above 0 on the log scale): %1</source>
            <translation>表示していないもの（値がない、または対数目盛で 0 以下）：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No value, not plotted: %1</source>
            <translation>値がないため表示していないもの：%1</translation>
        </message>
        <message>
            <location line="+179" />
            <source>Distance to the nearest ward office (km, geodesic)</source>
            <translation>最寄りの区役所までの距離（km、測地線）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Workload FY%1 (transactions)</source>
            <translation>受付件数 %1 年度（件）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Workload (transactions)</source>
            <translation>受付件数（件）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Catchment population (residents)</source>
            <translation>利用圏人口（人）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Catchment population (residents, %1)</source>
            <translation>利用圏人口（人、%1）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Catchment population aged 65+ (residents)</source>
            <translation>利用圏の 65 歳以上人口（人）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Catchment population aged 65+ (residents, %1)</source>
            <translation>利用圏の 65 歳以上人口（人、%1）</translation>
        </message>
        <message>
            <location line="+86" />
            <source>Distance to the nearest ward office: %1 km</source>
            <translation>最寄りの区役所までの距離：%1 km</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no value</source>
            <translation>値なし</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision: %1</source>
            <translation>方針：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recommended as a candidate for closure</source>
            <translation>廃止の候補として推奨</translation>
        </message>
        <message>
            <location line="+74" />
            <source>No branch offices to show</source>
            <translation>表示する出張所がありません</translation>
        </message>
        <message>
            <location line="+5" />
            <source>n/a</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distance to the nearest ward office against %1 — Pearson r = %2 (n = %3)</source>
            <translation>最寄りの区役所までの距離と%1 — ピアソンの相関係数 r = %2（n = %3）</translation>
        </message>
        <message>
            <location line="+59" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>madoguchi::app::DetailsDock</name>
        <message>
            <location filename="../../app/workbench/detailsdock.cpp" line="+34" />
            <source>%1 km (%2 m)</source>
            <translation>%1 km（%2 m）</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+24" />
            <source>Details</source>
            <translation>詳細</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No project is open. Open a project with File ▸ Open… or drop a .madoguchi file on the window.</source>
            <translation>プロジェクトが開かれていません。［ファイル］▸［開く…］でプロジェクトを開くか、.madoguchi ファイルをウィンドウにドロップしてください。</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>… and %n more selected office(s)</source>
            <translation>
                <numerusform>ほか %n か所を選択中</numerusform>
            </translation>
        </message>
        <message>
            <location line="+23" />
            <source>Ward office</source>
            <translation>区役所</translation>
        </message>
        <message>
            <location line="+1" />
            <source>General branch office</source>
            <translation>総合出張所</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Branch office</source>
            <translation>出張所</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>種別</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ward</source>
            <translation>区</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Address</source>
            <translation>所在地</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nearest ward office</source>
            <translation>最寄りの区役所</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+4" />
            <source>Own ward office</source>
            <translation>所在区の区役所</translation>
        </message>
        <message>
            <location line="+0" />
            <source>none in the offices table for %1</source>
            <translation>事務所一覧に %1 の区役所がありません</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Within threshold</source>
            <translation>基準距離以内</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Yes: within the %1 km guide</source>
            <translation>はい：目安 %1 km 以内</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No: beyond the %1 km guide</source>
            <translation>いいえ：目安 %1 km を超える</translation>
        </message>
        <message>
            <location line="+5" />
            <source>(the table says %1)</source>
            <translation>（一覧の値：%1）</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>Ward at site</source>
            <translation>所在地の区</translation>
        </message>
        <message>
            <location line="+0" />
            <source>outside every ward</source>
            <translation>どの区にも含まれません</translation>
        </message>
        <message>
            <location line="+5" />
            <source>outside every district</source>
            <translation>どの校区にも含まれません</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(approximate)</source>
            <translation>（近似）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>School district</source>
            <translation>校区</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+52" />
            <source>%1 residents</source>
            <translation>%1 人</translation>
        </message>
        <message>
            <location line="-50" />
            <source>aged 65+: %1</source>
            <translation>65 歳以上：%1</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n cell(s) without a 65+ count</source>
            <translation>
                <numerusform>65 歳以上人口のない区画 %n 個</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Catchment population</source>
            <translation>利用圏人口</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Recorded decision</source>
            <translation>記録された方針</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Workload</source>
            <translation>受付件数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no workload data (受付件数) in the offices table</source>
            <translation>事務所一覧に受付件数のデータがありません</translation>
        </message>
        <message>
            <location line="+6" />
            <source>missing</source>
            <translation>欠測</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workload (受付件数)</source>
            <translation>受付件数</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Offices</source>
            <translation>事務所</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 ward offices, %2 branch offices</source>
            <translation>区役所 %1 か所、出張所 %2 か所</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Distance threshold</source>
            <translation>基準距離</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 km: %2 of %3 branch offices within it</source>
            <translation>%1 km：出張所 %3 か所中 %2 か所が範囲内</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Distances</source>
            <translation>距離</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Population</source>
            <translation>人口</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Project file</source>
            <translation>プロジェクトファイル</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select an office on the map or in the table.</source>
            <translation>地図または表で事務所を選択してください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes</source>
            <translation>備考</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Data notes</source>
            <translation>データについて</translation>
        </message>
    </context>
    <context>
        <name>madoguchi::app::LayersDock</name>
        <message>
            <location filename="../../app/workbench/layersdock.cpp" line="+41" />
            <source>Layers</source>
            <translation>レイヤ</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Layer</source>
            <translation>レイヤ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Opacity</source>
            <translation>不透明度</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Move the layer up (drawn above the layers below it)</source>
            <translation>レイヤを上へ移動（下のレイヤより手前に描画）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Move the layer down</source>
            <translation>レイヤを下へ移動</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not shown</source>
            <translation>表示しない</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Density (residents/km²)</source>
            <translation>人口密度（人/km²）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share aged 65+ (%)</source>
            <translation>65 歳以上の割合（%）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Colours the population cells; the ward fills are then left out</source>
            <translation>人口区画を色分けします（区の塗りつぶしは表示しません）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Population:</source>
            <translation>人口：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Labels</source>
            <translation>ラベル</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ward names</source>
            <translation>区名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Office names</source>
            <translation>事務所名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distances</source>
            <translation>距離</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Circle radius</source>
            <translation>円の半径</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+109" />
            <source>School districts</source>
            <translation>校区</translation>
        </message>
        <message>
            <location line="-108" />
            <source>Schools</source>
            <translation>小学校</translation>
        </message>
        <message>
            <location line="+9" />
            <source>On the map</source>
            <translation>地図の表示</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+21" />
            <source>Legend</source>
            <translation>凡例</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Scale bar</source>
            <translation>スケールバー</translation>
        </message>
        <message>
            <location line="+1" />
            <source>North arrow</source>
            <translation>方位記号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sources (出典)</source>
            <translation>出典</translation>
        </message>
        <message>
            <location line="+92" />
            <source>Population</source>
            <translation>人口</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wards</source>
            <translation>区</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Distance threshold circles</source>
            <translation>基準距離の円</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lines to nearest ward office</source>
            <translation>最寄りの区役所への線</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Elementary schools</source>
            <translation>小学校</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offices</source>
            <translation>事務所</translation>
        </message>
        <message>
            <location line="+60" />
            <source>The project has no such layer, or it could not be loaded</source>
            <translation>プロジェクトにこのレイヤがないか、読み込めませんでした</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No project is open</source>
            <translation>プロジェクトが開かれていません</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Opacity of %1</source>
            <translation>%1 の不透明度</translation>
        </message>
    </context>
    <context>
        <name>madoguchi::app::LegendWidget</name>
        <message>
            <location filename="../../app/workbench/legendwidget.cpp" line="+81" />
            <source>Offices</source>
            <translation>事務所</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ward office (区役所)</source>
            <translation>区役所</translation>
        </message>
        <message>
            <location line="+1" />
            <source>General branch office (総合出張所)</source>
            <translation>総合出張所</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Branch office (出張所)</source>
            <translation>出張所</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Keep (継続)</source>
            <translation>継続</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Upgrade (機能強化)</source>
            <translation>機能強化</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service corner (行政サービスコーナー)</source>
            <translation>行政サービスコーナー</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close (廃止)</source>
            <translation>廃止</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+6" />
            <source>Decision</source>
            <translation>方針</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No decision</source>
            <translation>方針なし</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Distance</source>
            <translation>距離</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Within %1 of a ward office</source>
            <translation>区役所から %1 以内</translation>
        </message>
        <message>
            <location line="+9" />
            <source>To the nearest ward office (≤ %1)</source>
            <translation>最寄りの区役所まで（%1 以下）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>To the nearest ward office (&gt; %1)</source>
            <translation>最寄りの区役所まで（%1 超）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Areas</source>
            <translation>区域</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ward boundary</source>
            <translation>区界</translation>
        </message>
        <message>
            <location line="+6" />
            <source>School district (approximate)</source>
            <translation>校区（近似）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>School district</source>
            <translation>校区</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Elementary school</source>
            <translation>小学校</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Population density (residents/km²)</source>
            <translation>人口密度（人/km²）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Residents aged 65+ (%)</source>
            <translation>65 歳以上人口の割合（%）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Suppressed or no data</source>
            <translation>秘匿またはデータなし</translation>
        </message>
        <message>
            <location line="+49" />
            <source>No map</source>
            <translation>地図なし</translation>
        </message>
    </context>
    <context>
        <name>madoguchi::app::MainWindow</name>
        <message>
            <location filename="../../app/workbench/mainwindow.cpp" line="+64" />
            <source>Wards</source>
            <translation>区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>School districts</source>
            <translation>校区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Schools</source>
            <translation>小学校</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Population</source>
            <translation>人口</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offices</source>
            <translation>事務所</translation>
        </message>
        <message>
            <location line="+98" />
            <source>&amp;New Project…</source>
            <translation>新規プロジェクト(&amp;N)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Make a project from the offices table and the map layers</source>
            <translation>事務所一覧と地図レイヤからプロジェクトを作成します</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Open…</source>
            <translation>開く(&amp;O)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open a Madoguchi project (.madoguchi)</source>
            <translation>Madoguchi プロジェクト（.madoguchi）を開きます</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Close</source>
            <translation>閉じる(&amp;C)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Zoom &amp;In</source>
            <translation>拡大(&amp;I)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Zoom &amp;Out</source>
            <translation>縮小(&amp;O)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Full Extent</source>
            <translation>全体を表示(&amp;F)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show the whole project</source>
            <translation>プロジェクト全体を表示します</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Zoom to &amp;Selection</source>
            <translation>選択範囲にズーム(&amp;S)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Wards</source>
            <translation>区(&amp;W)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;School Districts</source>
            <translation>校区(&amp;S)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Population</source>
            <translation>人口(&amp;P)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>&amp;Pan</source>
            <translation>移動(&amp;P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drag to move the map</source>
            <translation>ドラッグして地図を移動します</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Zoom</source>
            <translation>ズーム(&amp;Z)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drag a box to zoom into it; click to zoom in</source>
            <translation>範囲をドラッグしてズームします。クリックで拡大します</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;elect</source>
            <translation>選択(&amp;E)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Click an office or drag a box to select; Shift or Ctrl adds</source>
            <translation>事務所をクリックするか範囲をドラッグして選択します。Shift または Ctrl で追加選択します</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Identify</source>
            <translation>情報表示(&amp;I)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click an office to see its details</source>
            <translation>事務所をクリックして詳細を表示します</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Distance &amp;Threshold…</source>
            <translation>基準距離(&amp;T)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change the distance to the nearest ward office that a branch office is judged against</source>
            <translation>出張所を判定する、最寄りの区役所までの基準距離を変更します</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;About Madoguchi</source>
            <translation>Madoguchi について(&amp;A)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>System</source>
            <translation>システムの設定</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open &amp;Recent</source>
            <translation>最近使ったプロジェクト(&amp;R)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Zoom to &amp;Layer</source>
            <translation>レイヤにズーム(&amp;L)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Panels</source>
            <translation>パネル(&amp;P)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Analysis</source>
            <translation>分析(&amp;A)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Settings</source>
            <translation>設定(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>About &amp;Qt</source>
            <translation>Qt について(&amp;Q)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Main</source>
            <translation>メイン</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Toolbar</source>
            <translation>ツールバー</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stop loading the project</source>
            <translation>プロジェクトの読み込みを中止します</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Latitude and longitude of the cursor (JGD2011, degrees)</source>
            <translation>カーソル位置の緯度・経度（JGD2011、度）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Position of the cursor in the map's projected coordinate system: metres east and north of the zone's origin</source>
            <translation>地図の投影座標系でのカーソル位置：系の原点から東・北へのメートル</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Map scale; type a scale such as 1:25000 and press Enter</source>
            <translation>地図の縮尺。1:25000 のように入力して Enter キーを押します</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Time the last map render took</source>
            <translation>直前の地図描画にかかった時間</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Scale</source>
            <translation>縮尺</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Lat %1°  Lon %2°</source>
            <translation>緯度 %1°  経度 %2°</translation>
        </message>
        <message>
            <location line="+4" />
            <source>E %1 m  N %2 m  (%3)</source>
            <translation>E %1 m  N %2 m（%3）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Render failed</source>
            <translation>描画に失敗しました</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Render %1 ms</source>
            <translation>描画 %1 ms</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Loading %1 …</source>
            <translation>%1 を読み込み中…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cannot open the project</source>
            <translation>プロジェクトを開けません</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Loading cancelled</source>
            <translation>読み込みを中止しました</translation>
        </message>
        <message>
            <location line="+124" />
            <source>Opened %1: %2 ward offices, %3 branch offices</source>
            <translation>%1 を開きました：区役所 %2 か所、出張所 %3 か所</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Missing layers</source>
            <translation>見つからないレイヤ</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n layer(s) of the project could not be loaded. The rest of the project is open.</source>
            <translation>
                <numerusform>プロジェクトのレイヤ %n 個を読み込めませんでした。そのほかは開いています。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Locate a moved file to correct the project, or close this message to work without the layer.</source>
            <translation>移動したファイルの場所を指定してプロジェクトを修正するか、このメッセージを閉じてレイヤなしで作業してください。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Locate %1…</source>
            <translation>%1 の場所を指定…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Map layers (*.shp *.gpkg *.geojson *.json *.csv)</source>
            <translation>地図レイヤ（*.shp *.gpkg *.geojson *.json *.csv）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 files (*.%2)</source>
            <translation>%1 ファイル（*.%2）</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+172" />
            <source>All files (*)</source>
            <translation>すべてのファイル（*）</translation>
        </message>
        <message>
            <location line="-170" />
            <source>Locate %1 (was %2)</source>
            <translation>%1 の場所を指定（元の場所：%2）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot correct the project</source>
            <translation>プロジェクトを修正できません</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Madoguchi — %1</source>
            <translation>Madoguchi — %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Madoguchi</source>
            <translation>Madoguchi</translation>
        </message>
        <message>
            <location line="+49" />
            <source>No recent projects</source>
            <translation>最近使ったプロジェクトはありません</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clear Recent Projects</source>
            <translation>最近使ったプロジェクトを消去</translation>
        </message>
        <message>
            <location line="+25" />
            <source>"%1" is not a scale; type it as 1:25000</source>
            <translation>「%1」は縮尺ではありません。1:25000 のように入力してください</translation>
        </message>
        <message>
            <location line="+24" />
            <source>%1 to %2</source>
            <translation>%2 まで %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Workload FY%1: %2</source>
            <translation>受付件数 %1 年度：%2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Catchment: %1 residents</source>
            <translation>利用圏人口：%1 人</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open Project</source>
            <translation>プロジェクトを開く</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Madoguchi projects (*.madoguchi)</source>
            <translation>Madoguchi プロジェクト（*.madoguchi）</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Distance Threshold</source>
            <translation>基準距離</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Straight (geodesic) distance from a branch office to the nearest ward office that counts as near, in km.
Kumamoto's 2016 policy used 5 km.</source>
            <translation>出張所から最寄りの区役所までの直線（測地線）距離で、近いとみなす距離（km）。
熊本市の 2016 年の方針では 5 km でした。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cannot evaluate</source>
            <translation>評価できません</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Distance threshold set to %1 km</source>
            <translation>基準距離を %1 km にしました</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A planning tool for the service counters of municipal branch offices: distances to the nearest ward office, workload and catchment on one map.</source>
            <translation>市の出張所の窓口を検討するためのツールです。最寄りの区役所までの距離、受付件数、利用圏を一つの地図で確認できます。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Built with Qt %1, GDAL, GEOS and PROJ (geodesic distances after Karney).</source>
            <translation>Qt %1、GDAL、GEOS、PROJ を使用しています（測地線距離は Karney の方法）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Data of the open project</source>
            <translation>開いているプロジェクトのデータ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The project names no sources.</source>
            <translation>プロジェクトに出典の記載がありません。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>About Madoguchi</source>
            <translation>Madoguchi について</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The language will change the next time Madoguchi starts.</source>
            <translation>言語は次回 Madoguchi を起動したときに切り替わります。</translation>
        </message>
    </context>
    <context>
        <name>madoguchi::app::MapCanvas</name>
        <message>
            <location filename="../../app/workbench/mapcanvas.cpp" line="+379" />
            <source>Open a project (File ▸ Open) or drop a .madoguchi file here</source>
            <translation>プロジェクトを開くか（［ファイル］▸［開く］）、.madoguchi ファイルをここにドロップしてください</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Drawing the map…</source>
            <translation>地図を描画中…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The map could not be drawn: %1</source>
            <translation>地図を描画できませんでした：%1</translation>
        </message>
        <message>
            <location filename="../../app/workbench/maprenderjob.cpp" line="+51" />
            <source>Not enough memory for a %1 x %2 pixel map image.</source>
            <translation>%1 × %2 ピクセルの地図画像を作るためのメモリが足りません。</translation>
        </message>
    </context>
    <context>
        <name>madoguchi::app::NewProjectWizard</name>
        <message>
            <location filename="../../app/workbench/newprojectwizard.cpp" line="+105" />
            <source>What to do: %1</source>
            <translation>対処：%1</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Auto (.cpg file or detection)</source>
            <translation>自動（.cpg ファイルまたは判定）</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+22" />
            <source>CP932 (Shift_JIS)</source>
            <translation>CP932（Shift_JIS）</translation>
        </message>
        <message>
            <location line="-21" />
            <location line="+22" />
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <location line="-21" />
            <source>How the file's text is decoded. Auto uses the .cpg file beside a shapefile, else detects CP932 (Shift_JIS) or UTF-8 from the bytes. Choose an encoding when the names in the preview are garbled.</source>
            <translation>ファイルの文字の読み方です。「自動」はシェープファイルの横にある .cpg ファイルを使い、ない場合はバイト列から CP932（Shift_JIS）か UTF-8 かを判定します。プレビューの名称が文字化けしているときは文字コードを選んでください。</translation>
        </message>
        <message>
            <location line="+28" />
            <source>from the .cpg file</source>
            <translation>.cpg ファイルによる</translation>
        </message>
        <message>
            <location line="+2" />
            <source>from the DBF language driver</source>
            <translation>DBF の言語ドライバによる</translation>
        </message>
        <message>
            <location line="+2" />
            <source>detected</source>
            <translation>自動判定</translation>
        </message>
        <message>
            <location line="+2" />
            <source>set here</source>
            <translation>ここで指定</translation>
        </message>
        <message>
            <location line="+2" />
            <source>always UTF-8 in this format</source>
            <translation>この形式は常に UTF-8</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+1170" />
            <source>points</source>
            <translation>ポイント</translation>
        </message>
        <message>
            <location line="-1168" />
            <source>lines</source>
            <translation>ライン</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1162" />
            <source>polygons</source>
            <translation>ポリゴン</translation>
        </message>
        <message>
            <location line="-1158" />
            <source>no geometry</source>
            <translation>ジオメトリなし</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+1362" />
            <source>(none)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <location line="-1130" />
            <source>Project</source>
            <translation>プロジェクト</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name the project and choose the file to save it in. The layers are saved relative to this file's folder, so the folder can be moved or shared.</source>
            <translation>プロジェクトの名前と保存先のファイルを指定します。レイヤはこのファイルのフォルダからの相対パスで保存されるため、フォルダごと移動・共有できます。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>e.g. Branch office review 2016</source>
            <translation>例：出張所等の再編（2016 年）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. a project folder beside the data</source>
            <translation>例：データと同じ場所のプロジェクトフォルダ</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+123" />
            <location line="+513" />
            <source>Browse…</source>
            <translation>参照…</translation>
        </message>
        <message>
            <location line="-632" />
            <source>Project name:</source>
            <translation>プロジェクト名：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Project file:</source>
            <translation>プロジェクトファイル：</translation>
        </message>
        <message>
            <location line="+31" />
            <source>The folder %1 does not exist. Create it first, or choose another folder.</source>
            <translation>フォルダ %1 がありません。先に作成するか、別のフォルダを選んでください。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>You may not write into the folder %1. Choose another folder.</source>
            <translation>フォルダ %1 に書き込む権限がありません。別のフォルダを選んでください。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>project</source>
            <translation>プロジェクト</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save the Project As</source>
            <translation>プロジェクトの保存先</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Madoguchi projects (*.madoguchi)</source>
            <translation>Madoguchi プロジェクト（*.madoguchi）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Saved as %1</source>
            <translation>保存先：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A file of this name exists: Finish will replace it.</source>
            <translation>同じ名前のファイルがあります。「完了」で置き換えます。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1017" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="-1016" />
            <source>Kind</source>
            <translation>種別</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ward</source>
            <translation>区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English name</source>
            <translation>英語名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>所在地</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded decision</source>
            <translation>記録された方針</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latitude</source>
            <translation>緯度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Longitude</source>
            <translation>経度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>X (easting)</source>
            <translation>X（東方向）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Y (northing)</source>
            <translation>Y（北方向）</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+1048" />
            <source>Offices</source>
            <translation>事務所一覧</translation>
        </message>
        <message>
            <location line="-1047" />
            <source>The ward offices (区役所) and branch offices (出張所) with their locations: a CSV table with latitude and longitude (or x/y) columns, or a point layer.</source>
            <translation>区役所と出張所の一覧と位置です。緯度・経度（または x/y）の列がある CSV の表、またはポイントレイヤを指定します。</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+524" />
            <source>File:</source>
            <translation>ファイル：</translation>
        </message>
        <message>
            <location line="-523" />
            <location line="+524" />
            <source>Encoding:</source>
            <translation>文字コード：</translation>
        </message>
        <message>
            <location line="-517" />
            <source>Columns</source>
            <translation>列の対応</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1:</source>
            <translation>%1：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>EPSG:6668 for latitude/longitude</source>
            <translation>緯度・経度は EPSG:6668</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The coordinate reference system of the coordinate columns, e.g. EPSG:6668 (JGD2011 latitude/longitude) or EPSG:6670 (JGD2011 plane rectangular zone II). Needed for x/y columns.</source>
            <translation>座標の列の座標参照系です。例：EPSG:6668（JGD2011 緯度・経度）、EPSG:6670（JGD2011 平面直角座標系 第 II 系）。x/y の列では必須です。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Coordinate CRS:</source>
            <translation>座標列の座標参照系：</translation>
        </message>
        <message>
            <location line="+86" />
            <source>Choose the Offices Table</source>
            <translation>事務所一覧の選択</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offices tables (*.csv *.txt *.shp *.gpkg *.geojson *.json);;All files (*)</source>
            <translation>事務所一覧（*.csv *.txt *.shp *.gpkg *.geojson *.json）;;すべてのファイル（*）</translation>
        </message>
        <message>
            <location line="+29" />
            <location line="+516" />
            <source>%1 does not exist.</source>
            <translation>%1 がありません。</translation>
        </message>
        <message>
            <location line="-473" />
            <source>The file cannot be read: %1</source>
            <translation>ファイルを読み込めません：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>check that the file exists and that you may read it</source>
            <translation>ファイルがあり、読み込む権限があることを確認してください</translation>
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
            <translation>%1、%2</translation>
        </message>
        <message>
            <location line="-1067" />
            <source>Line numbers in a table, feature numbers in a layer: the numbers that messages name.</source>
            <translation>表では行番号、レイヤでは地物番号です。メッセージに示される番号と対応します。</translation>
        </message>
        <message>
            <location line="+550" />
            <source>ASCII only: reads the same in either encoding</source>
            <translation>ASCII 文字のみ（どちらの文字コードでも同じ）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>UTF-8, from the byte-order mark</source>
            <translation>UTF-8（BOM による）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>neither UTF-8 nor CP932 (Shift_JIS)</source>
            <translation>UTF-8 でも CP932（Shift_JIS）でもありません</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file is neither valid UTF-8 nor valid CP932 (Shift_JIS) text.</source>
            <translation>ファイルは正しい UTF-8 でも CP932（Shift_JIS）のテキストでもありません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>save it from Excel as "CSV UTF-8"</source>
            <translation>Excel で「CSV UTF-8」形式で保存し直してください</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1 rows; the first %2 are shown, decoded as %3.</source>
            <translation>全 %1 行のうち先頭 %2 行を %3 として表示しています。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The bytes are not valid %1: garbled text (mojibake) or � shows where they do not decode.</source>
            <translation>バイト列は正しい %1 ではありません。読めない箇所は文字化けまたは � で表示されます。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>%1 features; the first %2 are shown. Coordinates from the layer (%3).</source>
            <translation>全 %1 地物のうち先頭 %2 件を表示しています。座標はレイヤのもの（%3）です。</translation>
        </message>
        <message>
            <location line="+34" />
            <source>None found (columns named like fy2014_count, H26 or 平成26年度)</source>
            <translation>見つかりません（fy2014_count、H26、平成26年度 のような名前の列）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A column named after a fiscal year is read as that year's counter workload (受付件数).</source>
            <translation>年度を表す名前の列を、その年度の窓口の受付件数として読み込みます。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Workload:</source>
            <translation>受付件数：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Workload %1 (%2):</source>
            <translation>受付件数 %1（%2）：</translation>
        </message>
        <message>
            <location line="+46" />
            <source>x/y columns need their CRS, e.g. EPSG:6670 (JGD2011 plane rectangular zone II).</source>
            <translation>x/y の列には座標参照系の指定が必要です。例：EPSG:6670（JGD2011 平面直角座標系 第 II 系）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>JGD2011 latitude/longitude (EPSG:6668), the default.</source>
            <translation>JGD2011 緯度・経度（EPSG:6668、既定値）。</translation>
        </message>
        <message numerus="yes">
            <location line="+37" />
            <source>%n office(s) read. Ward offices (区役所): %1, general branch offices (総合出張所): %2, branch offices (出張所): %3.</source>
            <translation>
                <numerusform>%n 件の事務所を読み込みました：区役所 %1、総合出張所 %2、出張所 %3。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Text: %1, %2. Coordinates: %3.</source>
            <translation>文字コード：%1、%2。座標：%3。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No workload (受付件数) columns.</source>
            <translation>受付件数の列はありません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workload (受付件数) for %1.</source>
            <translation>受付件数：%1。</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+16" />
            <location line="+370" />
            <location line="+192" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location line="-564" />
            <source>Still read, because they are recognised by their names: %1. Rename the column in the table to leave it out.</source>
            <translation>列名から自動で認識されるため、次の列は引き続き読み込まれます：%1。使わない場合は表の列名を変更してください。</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+558" />
            <source>Wards</source>
            <translation>区</translation>
        </message>
        <message>
            <location line="-557" />
            <source>The ward boundaries (区), e.g. 国土数値情報 N03 行政区域 as a shapefile. They are drawn on the map and tell in which ward each office lies.</source>
            <translation>区の境界です（例：国土数値情報 N03 行政区域のシェープファイル）。地図に描画し、各事務所がどの区にあるかの判定に使います。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Elementary-School Districts (Optional)</source>
            <translation>小学校区（任意）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The 小学校区 polygons: 国土数値情報 A27 or the city's own. Mark them approximate when they are not the official districts (e.g. nearest-school areas). Leave the file empty to skip.</source>
            <translation>小学校区のポリゴンです（国土数値情報 A27 または市独自のデータ）。公式の通学区域でない場合（最寄りの学校による区域など）は「近似」にしてください。使わない場合はファイルを空欄のままにします。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Elementary Schools (Optional)</source>
            <translation>小学校（任意）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The elementary schools as points, shown on the map. Leave the file empty to skip.</source>
            <translation>小学校のポイントです。地図に表示します。使わない場合はファイルを空欄のままにします。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Population (Optional)</source>
            <translation>人口（任意）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Polygons or points with a population count, e.g. the census 500 m mesh, for the residents each counter serves. Leave the file empty to skip.</source>
            <translation>人口を持つポリゴンまたはポイントです（例：国勢調査の 500m メッシュ）。各窓口の利用圏人口の算出に使います。使わない場合はファイルを空欄のままにします。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>e.g. EPSG:6668 (JGD2011 latitude/longitude)</source>
            <translation>例：EPSG:6668（JGD2011 緯度・経度）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The coordinate reference system of a file that has none (a shapefile without its .prj). Ask the data's provider; 国土数値情報 is EPSG:6668 (JGD2011).</source>
            <translation>座標参照系のないファイル（.prj のないシェープファイル）の座標参照系です。データの提供元に確認してください。国土数値情報は EPSG:6668（JGD2011）です。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Coordinate system:</source>
            <translation>座標参照系：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set the CRS:</source>
            <translation>座標参照系の指定：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Population field:</source>
            <translation>人口の属性：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aged 65+ field:</source>
            <translation>65 歳以上人口の属性：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ward name field:</source>
            <translation>区名の属性：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>School name field:</source>
            <translation>学校名の属性：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Approximate districts (e.g. nearest-school areas): maps and reports say so</source>
            <translation>近似の校区（最寄りの学校による区域など）：地図と帳票にその旨を表示します</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Choose the Layer</source>
            <translation>レイヤの選択</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vector layers (*.shp *.gpkg *.geojson *.json);;All files (*)</source>
            <translation>ベクタレイヤ（*.shp *.gpkg *.geojson *.json）;;すべてのファイル（*）</translation>
        </message>
        <message>
            <location line="+73" />
            <source>The encoding chosen above may be wrong: try Auto or the other encoding.</source>
            <translation>上で選んだ文字コードが誤っている可能性があります。「自動」またはもう一方の文字コードを試してください。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>none: the shapefile has no .prj file</source>
            <translation>なし：シェープファイルに .prj ファイルがありません</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1, set here</source>
            <translation>%1（ここで指定）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, from the file</source>
            <translation>%1（ファイルによる）</translation>
        </message>
        <message>
            <location line="+51" />
            <source>polygons or points</source>
            <translation>ポリゴンまたはポイント</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 holds %2, but this layer must hold %3.</source>
            <translation>%1 は%2ですが、このレイヤは%3である必要があります。</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n feature(s) (%1).</source>
            <translation>
                <numerusform>%n 地物（%1）。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose the field that holds the names.</source>
            <translation>名称の入った属性を選んでください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Names: %1</source>
            <translation>名称：%1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose the field that holds the population.</source>
            <translation>人口の入った属性を選んでください。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Total population (%1): %2.</source>
            <translation>人口の合計（%1）：%2 人。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Aged 65+ (%1): %2 (%3%).</source>
            <translation>65 歳以上（%1）：%2 人（%3%）。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Shown as APPROXIMATE districts, not the official 校区.</source>
            <translation>公式の校区ではなく「近似」の校区として表示します。</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Feature %1: "%2" in %3 is not a number.</source>
            <translation>地物 %1：%3 の値「%2」は数値ではありません。</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Summary</source>
            <translation>確認</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check what will be written. Finish saves the project file; the data files are only read, never changed.</source>
            <translation>保存する内容を確認してください。「完了」でプロジェクトファイルを保存します。データファイルは読み込むだけで、変更しません。</translation>
        </message>
        <message>
            <location line="+16" />
            <source> km</source>
            <translation> km</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The guide for the straight distance from a branch office to the nearest ward office (Kumamoto's 2016 policy: 5 km).</source>
            <translation>出張所から最寄りの区役所までの直線距離の目安です（熊本市の 2016 年の方針では 5 km）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>One line per source, e.g. 出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成</source>
            <translation>1 行に 1 件。例：出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Distance guide:</source>
            <translation>距離の目安：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source credits (出典):</source>
            <translation>出典：</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Project file</source>
            <translation>プロジェクトファイル</translation>
        </message>
        <message>
            <location line="+11" />
            <source>encoding %1 (saved in the project)</source>
            <translation>文字コード %1（プロジェクトに保存）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>encoding %1 (decided again when the project is opened)</source>
            <translation>文字コード %1（プロジェクトを開くたびに判定）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>CRS %1</source>
            <translation>座標参照系 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>fields %1</source>
            <translation>属性 %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>APPROXIMATE</source>
            <translation>近似</translation>
        </message>
        <message>
            <location line="+3" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location line="+30" />
            <source>School districts</source>
            <translation>校区</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Schools</source>
            <translation>小学校</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Population</source>
            <translation>人口</translation>
        </message>
        <message>
            <location line="+42" />
            <source>New Project</source>
            <translation>新規プロジェクト</translation>
        </message>
    </context>
    <context>
        <name>madoguchi::app::OfficesDock</name>
        <message>
            <location filename="../../app/workbench/officesdock.cpp" line="+17" />
            <location line="+58" />
            <source>Offices</source>
            <translation>事務所</translation>
        </message>
        <message>
            <location line="-48" />
            <location line="+49" />
            <source>Filter offices (name, ward, kind …)</source>
            <translation>事務所を絞り込み（名称、区、種別…）</translation>
        </message>
    </context>
    <context>
        <name>madoguchi::app::OfficesTableModel</name>
        <message>
            <location filename="../../app/workbench/officestablemodel.cpp" line="+117" />
            <source>Yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 (approximate)</source>
            <translation>%1（近似）</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 m (geodesic)</source>
            <translation>%1 m（測地線）</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>種別</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ward</source>
            <translation>区</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nearest ward office</source>
            <translation>最寄りの区役所</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Distance to nearest ward office (km)</source>
            <translation>最寄りの区役所までの距離（km）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Within %1 km</source>
            <translation>%1 km 以内</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Own ward office</source>
            <translation>所在区の区役所</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Distance to own ward office (km)</source>
            <translation>所在区の区役所までの距離（km）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ward at site</source>
            <translation>所在地の区</translation>
        </message>
        <message>
            <location line="+2" />
            <source>School district</source>
            <translation>校区</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Catchment population</source>
            <translation>利用圏人口</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Catchment population 65+</source>
            <translation>利用圏の 65 歳以上人口</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recorded decision</source>
            <translation>記録された方針</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Workload %1 (受付件数)</source>
            <translation>受付件数（%1）</translation>
        </message>
    </context>
    <context>
        <name>madoguchi::app::WorkbenchDocument</name>
        <message>
            <location filename="../../app/workbench/workbenchdocument.cpp" line="+136" />
            <source>%1: cannot open the project: %2</source>
            <translation>%1：プロジェクトを開けません：%2</translation>
        </message>
    </context>
</TS>
