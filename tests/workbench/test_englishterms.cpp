#include "sampleworkbench.h"
#include "testsupport.h"

#include "app/workbench/detailsdock.h"
#include "app/workbench/layersdock.h"
#include "app/workbench/legendwidget.h"
#include "app/workbench/officesdock.h"
#include "app/workbench/officestablemodel.h"
#include "app/workbench/workbenchdocument.h"
#include "core/criteria.h"

#include <QRegularExpression>

using namespace madoguchi;
using namespace madoguchi::app;

// The tests run without a translation installed: the interface speaks English, its source language.

namespace {

bool hasJapanese(const QString &text)
{
    static const QRegularExpression cjk(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{3400}-\\x{9fff}\\x{ff01}-\\x{ff60}]"));
    return text.contains(cjk);
}

// The sample with the 2016 policy shown and a catchment threshold, so that the table holds every
// decision the policy made and every verdict.
struct EnglishWorkbench : test::SampleWorkbench
{
    EnglishWorkbench()
    {
        WorkbenchDocument *document = window.document();
        document->setCurrentScenario(QStringLiteral("2016年方針"));
        Criteria criteria = document->criteria();
        criteria.catchmentThreshold = 40000.0;
        document->setCriteria(criteria);
    }
};

// The value beside `label` in the details' plain text (the line after the label's).
QString detailsValue(const QString &details, const QString &label)
{
    // Rows are paragraphs; a <br/> inside a row is a line separator.
    static const QRegularExpression breaks(QStringLiteral("[\\n\\x{2028}\\x{2029}]"));
    const QStringList lines = details.split(breaks);
    for (int i = 0; i + 1 < lines.size(); ++i)
        if (lines[i].trimmed() == label)
            return lines[i + 1].trimmed();
    return {};
}

} // namespace

TEST_CASE("in English the table names kinds, decisions and recommendations in English", "[realdata]")
{
    EnglishWorkbench bench;
    OfficesTableModel *model = bench.window.officesDock()->model();
    QSet<QString> shown;
    for (const char *name : {"kind", "recorded_decision", "decision", "recommendation"}) {
        const int column = model->columnOf(QLatin1String(name));
        INFO(name);
        REQUIRE(column >= 0);
        CHECK_FALSE(hasJapanese(model->headerData(column, Qt::Horizontal).toString()));
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->index(row, column).data().toString();
            INFO(text.toStdString());
            CHECK_FALSE(hasJapanese(text));
            shown.insert(text);
        }
    }
    // The branch offices' kinds, the policy's decisions and the verdicts, in the words of core/terms.
    for (const char *word : {"Keep", "Close", "Upgrade", "Branch office", "General branch office",
                             "Candidate for review"}) {
        INFO(word);
        CHECK(shown.contains(QLatin1String(word)));
    }
}

TEST_CASE("in English the details name an office's kind, decision and recommendation in English", "[realdata]")
{
    EnglishWorkbench bench;
    WorkbenchDocument *document = bench.window.document();
    int described = 0;
    for (const Office &office : document->offices()) {
        if (!office.isBranchOffice())
            continue;
        document->setSelectedOfficeIds({office.id});
        const QString details = bench.window.detailsDock()->plainText();
        INFO(details.toStdString());
        for (const char *label : {"Kind", "Decision", "Recorded decision", "Recommendation"}) {
            const QString value = detailsValue(details, QLatin1String(label));
            INFO(label);
            REQUIRE_FALSE(value.isEmpty());
            // The decision's line ends with the scenario's name, the planner's own words.
            CHECK_FALSE(hasJapanese(value.section(QStringLiteral(" ("), 0, 0)));
        }
        ++described;
    }
    CHECK(described == 14);
}

TEST_CASE("in English the legend beside the map is in English", "[realdata]")
{
    EnglishWorkbench bench;
    const QStringList entries = bench.window.layersDock()->legend()->entryTexts();
    REQUIRE_FALSE(entries.isEmpty());
    for (const QString &entry : entries) {
        INFO(entry.toStdString());
        CHECK_FALSE(hasJapanese(entry));
    }
    CHECK(entries.contains(QStringLiteral("Close")));
}
