// Exporting the map of the bundled Kumamoto sample: PDF (vector, fonts embedded, text searchable),
// SVG (vector, texts as <text>) and PNG (the paper's pixels at the chosen dpi), the page layout, and
// the failures that must leave no file behind.
#include "popplertools.h"
#include "core/feedback.h"
#include "sampleproject.h"
#include "testsupport.h"

#include "app/lib/mapcontentbuilder.h"
#include "app/lib/mapexport.h"
#include "app/lib/outputpath.h"
#include "app/lib/scenarioanalysis.h"
#include "core/diagnostic.h"
#include "core/impact.h"
#include "core/scenario.h"
#include "gis/maprenderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <cmath>
#include <memory>

using namespace madoguchi;
using namespace madoguchi::app;

namespace {

const QString kScenario = QStringLiteral("2016年方針");
const QDate kDate(2026, 11, 26);

// Loading, evaluating and projecting the sample takes seconds: done once.
struct Sample
{
    LoadedProject project;
    std::shared_ptr<const gis::MapContent> content; // the 2016 policy with its impact
};

const Sample &sample()
{
    static const Sample loaded = [] {
        Sample result;
        result.project = test::loadSampleProject();
        const Evaluation evaluation = evaluateProject(result.project, result.project.project.criteria);
        const Scenario *scenario = findScenario(result.project.project.scenarios, kScenario);
        REQUIRE(scenario != nullptr);
        const ScenarioImpact impact = assessProjectImpact(result.project, evaluation.criteria, *scenario);
        const gis::MapContent base = buildBaseMapContent(result.project);
        result.content = withScenario(*withEvaluation(base, result.project, evaluation), result.project, *scenario,
                                      &impact);
        return result;
    }();
    return loaded;
}

MapExportOptions a4Landscape()
{
    MapExportOptions options =
        optionsFromView(gis::MapSettings(), defaultMapTitle(sample().project), kScenario, kDate);
    options.page.paper = ExportPaper::A4;
    options.page.landscape = true;
    options.protectedPaths = projectInputFiles(sample().project);
    return options;
}

int channelDistance(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
}

// The pixel of `image` (a rendering of the whole page at any resolution) at a point given in page
// pixels of the export.
QRgb pixelAtPagePoint(const QImage &image, const MapPageLayout &layout, const QPointF &pagePoint)
{
    const double scale = double(image.width()) / layout.page.width();
    const QPoint pixel(int(std::floor(pagePoint.x() * scale)), int(std::floor(pagePoint.y() * scale)));
    REQUIRE(image.rect().contains(pixel));
    return image.pixel(pixel);
}

QPointF onPage(const gis::MapSettings &settings, const MapPageLayout &layout, const QPointF &displayPoint)
{
    return QPointF(layout.mapFrame.topLeft()) + settings.toScreen(displayPoint);
}

// Checks that each ward office's symbol shows its fill at its centre on the rendered page.
void checkWardOfficeSymbols(const QImage &page, const MapExportOptions &options)
{
    const gis::MapContent &content = *sample().content;
    const MapPageLayout layout = mapPageLayout(options);
    const gis::MapSettings settings = exportMapSettings(content, options, layout);
    int checked = 0;
    for (const gis::MapOffice &office : content.offices) {
        if (office.kind != OfficeKind::WardOffice)
            continue;
        INFO(office.name.toStdString());
        const QRgb expected = settings.style.decisionColor(office.decision).rgb();
        CHECK(channelDistance(pixelAtPagePoint(page, layout, onPage(settings, layout, office.point)), expected) <= 6);
        ++checked;
    }
    CHECK(checked == 5);
}

// The page's margins are white paper: a point inside each margin, away from the title block.
void checkWhiteMargins(const QImage &page, const MapExportOptions &options)
{
    const MapPageLayout layout = mapPageLayout(options);
    const QRect frame = layout.mapFrame;
    const double bottomMargin = layout.page.height() - frame.bottom();
    for (const QPointF &point : {QPointF(frame.left() / 2.0, layout.page.height() / 2.0),
                                 QPointF(layout.page.width() - frame.left() / 2.0, layout.page.height() / 2.0),
                                 QPointF(layout.page.width() / 2.0, layout.page.height() - bottomMargin / 2.0)}) {
        INFO("page point " << point.x() << ", " << point.y());
        CHECK(channelDistance(pixelAtPagePoint(page, layout, point), qRgb(255, 255, 255)) <= 2);
    }
}

QString readText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("a PDF export is an A4 landscape page of vectors whose Japanese text is embedded and searchable",
          "[mapexport]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("出力")));
    const QString path = dir.filePath(QStringLiteral("出力/地図.pdf"));
    const MapExportOptions options = a4Landscape();
    exportMap(path, *sample().content, options);
    REQUIRE(QFileInfo::exists(path));

    const QSizeF page = test::pdfPageSizePoints(path);
    CHECK(std::abs(page.width() - 842) < 1.0);
    CHECK(std::abs(page.height() - 595) < 1.0);
    const QString info = test::runPoppler(QStringLiteral("pdfinfo"), {path});
    CHECK(info.contains(QStringLiteral("熊本市 出張所等の再編（2016年方針）")));
    CHECK(info.contains(QStringLiteral("Madoguchi")));

    // The map's font, embedded.
    bool embeddedCjk = false;
    for (const QString &line : test::runPoppler(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'))) {
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        if (line.startsWith(QStringLiteral("NotoSansCJKjp")) && columns.size() > 4 && columns.at(columns.size() - 5) == QStringLiteral("yes"))
            embeddedCjk = true;
    }
    CHECK(embeddedCjk);

    // Text, not outlines: the labels, legend, title block and credits are found, with the characters
    // drawn (方 and 大, not the look-alike Kangxi radicals ⽅ and ⼤; the digits of "3.82 km").
    const QString text = test::pdfText(path);
    for (const QString &expected :
         {QStringLiteral("大江出張所"), QStringLiteral("中央区役所"), QStringLiteral("西区役所"), QStringLiteral("凡例"),
          QStringLiteral("シナリオ：2016年方針"), QStringLiteral("2026年11月26日"), QStringLiteral("熊本市 出張所等の再編"),
          QStringLiteral("国土数値情報"), QStringLiteral("指定緊急避難場所・指定避難所"), QStringLiteral("区役所から 5 km 圏")}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    CHECK(text.contains(QRegularExpression(QStringLiteral("\\b\\d\\.\\d\\d km\\b"))));
    for (const QChar c : text)
        CHECK_FALSE((c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF));

    // Vector: no images at all, not even for the translucent circles.
    CHECK(test::pdfImageRows(path).isEmpty());

    // Rasterised: the ward offices' grey squares where the map puts them, white paper around.
    const QImage rendered = test::renderPdfPage(path, 100);
    checkWardOfficeSymbols(rendered, options);
    checkWhiteMargins(rendered, options);
}

TEST_CASE("the PDF shows each ward's fill at its label point, placed as exportMapSettings says", "[mapexport]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("wards.pdf"));
    MapExportOptions options = a4Landscape();
    for (gis::LayerSettings &layer : options.map.layers)
        layer.visible = false;
    options.map.layer(gis::MapLayer::Wards).visible = true;
    options.map.labels.wards = false;
    options.map.showLegend = options.map.showCredits = options.map.showScaleBar = options.map.showNorthArrow = false;
    exportMap(path, *sample().content, options);

    const QImage rendered = test::renderPdfPage(path, 100);
    const MapPageLayout layout = mapPageLayout(options);
    const gis::MapSettings settings = exportMapSettings(*sample().content, options, layout);
    REQUIRE(sample().content->wards.size() == 5);
    for (const gis::MapPolygon &ward : sample().content->wards) {
        INFO(ward.name.toStdString());
        const QRgb expected = settings.style.wardFill(ward.colorIndex).rgb();
        CHECK(channelDistance(pixelAtPagePoint(rendered, layout, onPage(settings, layout, ward.labelPoint)), expected) <= 4);
    }
    // Outside the wards, inside the frame: the map's background.
    CHECK(channelDistance(pixelAtPagePoint(rendered, layout, QPointF(layout.mapFrame.topLeft()) + QPointF(20, 20)),
                          settings.backgroundColor.rgb())
          <= 2);
}

TEST_CASE("a PDF with the impact layer hatches in lines, not in an image", "[mapexport]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("impact.pdf"));
    MapExportOptions options = a4Landscape();
    options.map.layer(gis::MapLayer::Impact).visible = true;
    options.map.populationChoropleth = gis::PopulationChoropleth::Share65;
    exportMap(path, *sample().content, options);
    CHECK(test::pdfImageRows(path).isEmpty());
    const QString text = test::pdfText(path);
    CHECK(text.contains(QStringLiteral("最寄り窓口が目安より遠い区域（変更後）")));
    CHECK(text.contains(QStringLiteral("65歳以上人口の割合")));
}

TEST_CASE("an SVG export keeps polygons, lines and texts as vectors, sized in millimetres", "[mapexport]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("地図.svg"));
    const MapExportOptions options = a4Landscape();
    exportMap(path, *sample().content, options);

    QXmlStreamReader xml(readText(path));
    QStringList texts;
    int paths = 0;
    int images = 0;
    QString title;
    QString width;
    QString viewBox;
    while (!xml.atEnd()) {
        if (!xml.readNext() || !xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("svg")) {
            width = xml.attributes().value(QLatin1String("width")).toString();
            viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
        } else if (name == QLatin1String("text")) {
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (name == QLatin1String("title")) {
            title = xml.readElementText();
        } else if (name == QLatin1String("path") || name == QLatin1String("polyline") || name == QLatin1String("polygon")) {
            ++paths;
        } else if (name == QLatin1String("image")) {
            ++images;
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    CHECK(images == 0);
    CHECK(paths > 50);
    CHECK(texts.contains(QStringLiteral("大江出張所")));
    CHECK(texts.contains(QStringLiteral("中央区役所")));
    CHECK(title == QStringLiteral("熊本市 出張所等の再編（2016年方針）"));
    CHECK(viewBox == QStringLiteral("0 0 3508 2480"));
    REQUIRE(width.endsWith(QStringLiteral("mm")));
    CHECK(std::abs(width.chopped(2).toDouble() - 297.0) < 0.5);
}

TEST_CASE("a PNG export has the paper's pixels at the chosen dpi and records the dpi", "[mapexport]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("地図.png"));
    const MapExportOptions options = a4Landscape();
    exportMap(path, *sample().content, options);
    const QImage image(path);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(3508, 2480));
    CHECK(std::abs(image.dotsPerMeterX() - 300 / 0.0254) < 1.0);
    CHECK(std::abs(image.dotsPerMeterY() - 300 / 0.0254) < 1.0);
    checkWardOfficeSymbols(image, options);
    checkWhiteMargins(image, options);

    MapExportOptions pixels = options;
    pixels.page.paper = ExportPaper::Pixels;
    pixels.page.pixelSize = QSize(1600, 1000);
    pixels.page.dpi = 96;
    const QString small = dir.filePath(QStringLiteral("small.png"));
    exportMap(small, *sample().content, pixels);
    const QImage smallImage(small);
    CHECK(smallImage.size() == QSize(1600, 1000));
    CHECK(std::abs(smallImage.dotsPerMeterX() - 96 / 0.0254) < 1.0);
    checkWardOfficeSymbols(smallImage, pixels);
}

TEST_CASE("pages are the paper's size at the dpi, with the map framed under the title block", "[mapexport]")
{
    MapExportOptions options = a4Landscape();
    options.page.landscape = false;
    CHECK(exportPageSize(options.page) == QSize(2480, 3508));
    options.page.paper = ExportPaper::A3;
    options.page.landscape = true;
    CHECK(exportPageSize(options.page) == QSize(4961, 3508));
    options.page.dpi = 150;
    CHECK(exportPageSize(options.page) == QSize(2480, 1754));
    // A figure for an A4 document's text column: 160 x 110 mm whatever the orientation asked for.
    ExportPage figure;
    REQUIRE(parseExportPaper(QStringLiteral(" Figure "), figure));
    CHECK(figure.paper == ExportPaper::Figure);
    CHECK(exportPageSize(figure) == QSize(1890, 1299));
    figure.landscape = true;
    CHECK(exportPageSize(figure) == QSize(1890, 1299));
    ExportPage pixels;
    REQUIRE(parseExportPaper(QStringLiteral("1920×1080"), pixels));
    CHECK(pixels.paper == ExportPaper::Pixels);
    CHECK(pixels.pixelSize == QSize(1920, 1080));
    CHECK(pixels.dpi == 96.0);
    ExportPage unchanged;
    CHECK_FALSE(parseExportPaper(QStringLiteral("B5"), unchanged));
    CHECK(unchanged.paper == ExportPaper::A4);

    const MapPageLayout layout = mapPageLayout(options);
    const double margin = 10.0 / 25.4 * 150;
    CHECK(std::abs(layout.mapFrame.left() - margin) <= 1.0);
    CHECK(std::abs(layout.page.width() - layout.mapFrame.right() - 1 - margin) <= 1.0);
    CHECK(layout.titleBlock.top() == Approx(margin));
    CHECK(layout.mapFrame.top() > layout.titleBlock.bottom());

    // Without title, scenario and date the map takes the page inside the margins.
    MapExportOptions bare = options;
    bare.title.clear();
    bare.scenarioName.clear();
    bare.date = QDate();
    const MapPageLayout bareLayout = mapPageLayout(bare);
    CHECK(bareLayout.titleBlock.isEmpty());
    CHECK(std::abs(bareLayout.mapFrame.top() - margin) <= 1.0);

    CHECK(japaneseDate(QDate(2026, 11, 26)) == QStringLiteral("2026年11月26日"));
    CHECK(japaneseDate(QDate(2016, 4, 1)) == QStringLiteral("2016年4月1日"));
}

TEST_CASE("bad pages are refused with a message naming the file", "[mapexport]")
{
    MapExportOptions options = a4Landscape();
    options.page.dpi = 10;
    CHECK_THROWS_AS(exportPageSize(options.page, QStringLiteral("x.png")), InputError);
    options.page.dpi = 300;
    options.page.paper = ExportPaper::A3;
    options.page.dpi = 1500;
    CHECK_THROWS_AS(exportPageSize(options.page), InputError); // 24,803 px long
    options.page.dpi = 300;
    options.page.paper = ExportPaper::Pixels;
    options.page.pixelSize = QSize();
    CHECK_THROWS_AS(exportPageSize(options.page), InputError);
    options.page.pixelSize = QSize(400, 300);
    try {
        mapPageLayout(options, QStringLiteral("小さい.png")); // less than an inch of map at 300 dpi
        FAIL("a page without room for the map was accepted");
    } catch (const InputError &error) {
        CHECK(error.diagnostic().file == QStringLiteral("小さい.png"));
        CHECK_FALSE(error.diagnostic().hint.isEmpty());
    }
}

TEST_CASE("the options from a view copy its look, switch the legend on and drop the selection", "[mapexport]")
{
    gis::MapSettings view;
    view.showLegend = false;
    view.showScaleBar = false;
    view.layer(gis::MapLayer::Schools).visible = false;
    view.layer(gis::MapLayer::Wards).opacity = 0.5;
    view.populationChoropleth = gis::PopulationChoropleth::Density;
    view.labels.offices = false;
    view.selectedOfficeIds = {QStringLiteral("br_oe")};
    view.highlightedOfficeId = QStringLiteral("br_oe");
    view.extent = QRectF(0, 0, 1000, 1000);
    view.outputSize = QSize(800, 600);

    const MapExportOptions options = optionsFromView(view, QStringLiteral("題"), kScenario, kDate);
    CHECK(options.title == QStringLiteral("題"));
    CHECK(options.scenarioName == kScenario);
    CHECK(options.date == kDate);
    CHECK(options.page.paper == ExportPaper::A4);
    CHECK_FALSE(options.page.landscape);
    CHECK(options.page.dpi == 300);
    CHECK_FALSE(options.extent.has_value());
    CHECK(options.map.showLegend);
    CHECK_FALSE(options.map.showScaleBar);
    CHECK_FALSE(options.map.layer(gis::MapLayer::Schools).visible);
    CHECK(options.map.layer(gis::MapLayer::Wards).opacity == 0.5);
    CHECK(options.map.populationChoropleth == gis::PopulationChoropleth::Density);
    CHECK_FALSE(options.map.labels.offices);
    CHECK(options.map.selectedOfficeIds.isEmpty());
    CHECK(options.map.highlightedOfficeId.isEmpty());
    CHECK(defaultMapTitle(sample().project) == QStringLiteral("熊本市 出張所等の再編（2016年方針）"));
}

TEST_CASE("an unknown suffix or a folder that cannot be written is an input error and leaves no file",
          "[mapexport]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const MapExportOptions options = a4Landscape();
    for (const QString &name : {QStringLiteral("地図.jpg"), QStringLiteral("地図"), QStringLiteral("地図.pdf.txt")}) {
        INFO(name.toStdString());
        const QString path = dir.filePath(name);
        try {
            exportMap(path, *sample().content, options);
            FAIL("exported to " << name.toStdString());
        } catch (const InputError &error) {
            CHECK(error.diagnostic().file == path);
            CHECK(error.diagnostic().hint.contains(QStringLiteral(".pdf")));
        }
    }
    // A folder that does not exist, and a "folder" that is a file.
    const QString notAFolder = test::writeFile(QDir(dir.path()), QStringLiteral("ファイル"), "not a folder");
    for (const QString &path : {dir.filePath(QStringLiteral("ない/地図.pdf")), notAFolder + QStringLiteral("/地図.png")}) {
        INFO(path.toStdString());
        CHECK_THROWS_AS(exportMap(path, *sample().content, options), InputError);
    }
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
          == QStringList{QStringLiteral("ファイル")});
}

TEST_CASE("an export never overwrites a project input, and a failed one leaves an existing file as it was",
          "[mapexport]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString input = test::writeFile(QDir(dir.path()), QStringLiteral("入力/layer.png"), "input bytes");
    MapExportOptions options = a4Landscape();
    options.protectedPaths << input;
    const QString sameFileOtherSpelling = dir.filePath(QStringLiteral("入力/../入力/./layer.png"));
    CHECK_THROWS_AS(exportMap(sameFileOtherSpelling, *sample().content, options), InputError);
    CHECK(readText(input) == QStringLiteral("input bytes"));

    // The sample's own inputs are protected by projectInputFiles.
    const QStringList inputs = projectInputFiles(sample().project);
    CHECK(inputs.contains(sample().project.projectPath));
    CHECK(inputs.contains(sample().project.officesPath));
    for (const LoadedLayer *layer : {&*sample().project.wards, &*sample().project.schoolDistricts,
                                     &*sample().project.schools, &*sample().project.population})
        CHECK(inputs.contains(layer->resolvedPath));

    const QString existing = test::writeFile(QDir(dir.path()), QStringLiteral("前回.pdf"), "previous export");
    MapExportOptions bad = a4Landscape();
    bad.page.dpi = 5000;
    CHECK_THROWS_AS(exportMap(existing, *sample().content, bad), InputError);
    CHECK(readText(existing) == QStringLiteral("previous export"));
    exportMap(existing, *sample().content, a4Landscape());
    CHECK(readText(existing).startsWith(QStringLiteral("%PDF")));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("前回.pdf")});
}

TEST_CASE("a cancelled export leaves an existing file as it was and no temporary file", "[mapexport]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString existing = test::writeFile(QDir(dir.path()), QStringLiteral("地図.png"), "previous export");
    madoguchi::Feedback cancel;
    cancel.cancel();
    CHECK_THROWS_AS(exportMap(existing, *sample().content, a4Landscape(), &cancel), Cancelled);
    CHECK(readText(existing) == QStringLiteral("previous export"));

    // Cancelled while the map is drawn: the renderer stops, the export throws, nothing is written.
    madoguchi::Feedback later;
    int pagesPainted = 0;
    ExportDocument document;
    CHECK_THROWS_AS(writeExportFile(dir.filePath(QStringLiteral("新規.pdf")), a4Landscape().page, document, 3,
                                    [&](QPainter &, int) {
                                        ++pagesPainted;
                                        later.cancel();
                                    },
                                    &later),
                    Cancelled);
    CHECK(pagesPainted == 1);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("地図.png")});
    // Several pages go to a PDF only.
    CHECK_THROWS_AS(writeExportFile(dir.filePath(QStringLiteral("頁.png")), a4Landscape().page, document, 2,
                                    [](QPainter &, int) {}),
                    InputError);
}
