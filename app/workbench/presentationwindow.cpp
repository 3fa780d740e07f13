#include "app/workbench/presentationwindow.h"
#include "app/lib/languagesettings.h"
#include "core/terms.h"

#include "app/figures/correlationdata.h"
#include "app/figures/correlationfigure.h"
#include "app/workbench/correlationchart.h"
#include "app/workbench/mapcanvas.h"
#include "app/workbench/workbenchdocument.h"
#include "core/diagnostic.h"
#include "core/fiscalyear.h"
#include "core/recommendation.h"
#include "core/scenario.h"

#include <QCloseEvent>
#include <QEasingCurve>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QVariantAnimation>

#include <algorithm>

namespace madoguchi::app {

namespace {

// Symbols and labels on the projector: this much larger than on the desk.
constexpr double kPresentationScale = 1.7;
constexpr int kFlightMs = 700;
// How long the key hints stay up when nobody presses a key.
constexpr int kKeyHintsMs = 8000;

QString kilometers(double meters)
{
    return QLocale().toString(meters / 1000.0, 'f', 2) + QStringLiteral(" km");
}

// A list of names (大江出張所、秋津出張所、… or, in English, joined by ", ") that breaks between the
// names, never inside one: word joiners (U+2060) between a name's characters, as a rich text table cell
// ignores white-space:nowrap on a part of its text.
QString unbrokenNames(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral("、|, "));
    QString result;
    qsizetype from = 0;
    const bool list = text.contains(separator);
    auto appendName = [&](QStringView name) {
        for (qsizetype i = 0; i < name.size(); ++i) {
            if (list && i > 0 && !name[i].isLowSurrogate())
                result += QChar(0x2060);
            result += name[i];
        }
    };
    for (const QRegularExpressionMatch &match : separator.globalMatch(text)) {
        appendName(QStringView(text).mid(from, match.capturedStart() - from));
        result += match.captured();
        from = match.capturedEnd();
    }
    appendName(QStringView(text).mid(from));
    return result.toHtmlEscaped();
}

} // namespace

PresentationWindow::PresentationWindow(WorkbenchDocument *document, const QString &otherScenario, QWidget *parent)
    : QWidget(parent, Qt::Window), mDocument(document)
{
    setObjectName(QStringLiteral("presentationWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Madoguchi — Presentation"));
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(palette);

    mScenarioA = document->currentScenarioName();
    mScenarioB = otherScenario;
    if (mScenarioB.isEmpty() || mScenarioB == mScenarioA || !document->scenario(mScenarioB)) {
        mScenarioB.clear();
        for (const QString &name : document->scenarioNames())
            if (name != mScenarioA) {
                mScenarioB = name;
                break;
            }
    }
    mShownScenario = mScenarioA;
    mAnalysis = document->analysis();

    buildViews();
    buildKeyHints();

    mFlight = new QVariantAnimation(this);
    mFlight->setDuration(kFlightMs);
    mFlight->setEasingCurve(QEasingCurve::InOutCubic);
    connect(mFlight, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &value) { mCanvas->setExtent(value.toRectF()); });

    connect(document, &WorkbenchDocument::evaluationChanged, this, [this] {
        if (reanalyse())
            refreshViews();
    });
    connect(document, &WorkbenchDocument::closed, this, &QWidget::close);
    rebuild();
}

PresentationWindow::~PresentationWindow() = default;

void PresentationWindow::buildViews()
{
    mHeader = new QLabel;
    mHeader->setObjectName(QStringLiteral("presentationHeader"));
    QFont headerFont = font();
    headerFont.setPointSizeF(18.0);
    headerFont.setBold(true);
    mHeader->setFont(headerFont);

    mCanvas = new MapCanvas;
    mCanvas->setObjectName(QStringLiteral("presentationMap"));
    gis::MapSettings settings = mCanvas->mapSettings();
    settings.dpi *= kPresentationScale;
    // The chart's legend explains the colours; on the map a legend this large would hide the office.
    settings.showLegend = false;
    mCanvas->setMapSettings(settings);
    mCanvas->setFocusPolicy(Qt::NoFocus);

    mChart = new CorrelationChart;
    mChart->setObjectName(QStringLiteral("presentationChart"));
    mChart->setFocusPolicy(Qt::NoFocus);
    // The map's style, its branch symbols a little larger for the projector.
    gis::MapStyle style = settings.style;
    style.branchSymbol.sizePoints *= 1.3;
    style.generalBranchSymbol.sizePoints *= 1.3;
    mChart->setStyle(style);
    mChart->setFontScale(1.5);

    mSummary = new QLabel;
    mSummary->setObjectName(QStringLiteral("presentationSummary"));
    mSummary->setTextFormat(Qt::RichText);
    mSummary->setWordWrap(true);
    mSummary->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    QFont summaryFont = font();
    summaryFont.setPointSizeF(16.0);
    mSummary->setFont(summaryFont);
    mSummary->setContentsMargins(16, 8, 16, 8);

    mSide = new QStackedWidget;
    mSide->addWidget(mChart);
    mSide->addWidget(mSummary);

    mCaption = new QLabel;
    mCaption->setObjectName(QStringLiteral("presentationCaption"));
    mCaption->setWordWrap(true);
    mCaption->setTextFormat(Qt::RichText);
    QFont captionFont = font();
    captionFont.setPointSizeF(22.0);
    mCaption->setFont(captionFont);
    mCaption->setContentsMargins(16, 8, 16, 8);
    mCaption->setStyleSheet(QStringLiteral("background: #f3f5f8; border-top: 3px solid %1;")
                                .arg(settings.style.keepColor.name()));

    auto *views = new QHBoxLayout;
    views->setSpacing(12);
    views->addWidget(mCanvas, 3);
    views->addWidget(mSide, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(mHeader);
    layout->addLayout(views, 1);
    layout->addWidget(mCaption);
}

// A translucent panel over the map's corner that lists the keys: shown for the first seconds, hidden by
// the first key pressed, toggled with H or ?.
void PresentationWindow::buildKeyHints()
{
    const std::pair<QString, QString> keys[] = {
        {tr("→ · Page Down · Space"), tr("next")},
        {tr("← · Page Up · Backspace"), tr("previous")},
        {tr("Home · End"), tr("first · last page")},
        {tr("S"), tr("the other scenario")},
        {tr("H · ?"), tr("show or hide these keys")},
        {tr("Esc"), tr("close the presentation")},
    };
    QString rows;
    for (const auto &[key, action] : keys)
        rows += QStringLiteral("<tr><td style='padding-right:18px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(key.toHtmlEscaped(), action.toHtmlEscaped());
    mKeyHints = new QLabel(this);
    mKeyHints->setObjectName(QStringLiteral("presentationKeyHints"));
    mKeyHints->setTextFormat(Qt::RichText);
    mKeyHints->setText(QStringLiteral("<table cellspacing='4'>%1</table>").arg(rows));
    QFont hintFont = font();
    hintFont.setPointSizeF(13.0);
    mKeyHints->setFont(hintFont);
    mKeyHints->setStyleSheet(QStringLiteral("QLabel { background: rgba(24, 28, 36, 200); color: white;"
                                            " border-radius: 8px; padding: 10px 14px; }"));
    mKeyHints->setAttribute(Qt::WA_TransparentForMouseEvents);
    mKeyHints->adjustSize();

    mCanvas->installEventFilter(this);

    mKeyHintsTimer = new QTimer(this);
    mKeyHintsTimer->setSingleShot(true);
    mKeyHintsTimer->setInterval(kKeyHintsMs);
    connect(mKeyHintsTimer, &QTimer::timeout, this, [this] { setKeyHintsVisible(false); });
}

void PresentationWindow::placeKeyHints()
{
    if (!mKeyHints)
        return;
    mKeyHints->adjustSize();
    // The map's top left corner, clear of its edge.
    const QPoint corner = mCanvas->mapTo(this, QPoint(12, 12));
    mKeyHints->move(corner);
    mKeyHints->raise();
}

void PresentationWindow::setKeyHintsVisible(bool visible)
{
    mKeyHintsTimer->stop();
    mKeyHints->setVisible(visible);
    if (visible)
        placeKeyHints();
}

void PresentationWindow::toggleKeyHints()
{
    setKeyHintsVisible(!mKeyHints->isVisible());
}

bool PresentationWindow::keyHintsVisible() const
{
    return mKeyHints->isVisible();
}

void PresentationWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (event->spontaneous())
        return;
    // Shown on opening, for the first seconds.
    setKeyHintsVisible(true);
    mKeyHintsTimer->start();
}

// The hints follow the map's corner whenever the layout moves or resizes it.
bool PresentationWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mCanvas && (event->type() == QEvent::Move || event->type() == QEvent::Resize))
        placeKeyHints();
    return QWidget::eventFilter(watched, event);
}

QString PresentationWindow::currentOfficeId() const
{
    return mSteps.value(mStep);
}

QString PresentationWindow::captionText() const
{
    return mCaption->text();
}

QString PresentationWindow::headerText() const
{
    return mHeader->text();
}

std::vector<SummaryRow> PresentationWindow::summaryRows() const
{
    if (!mAnalysis)
        return {};
    return impactSummaryRows(mAnalysis->impact.get(), mAnalysis->offices(), mAnalysis->criteria().distanceThresholdMeters);
}

QString PresentationWindow::summaryText() const
{
    return mSummary->text();
}

bool PresentationWindow::isFlying() const
{
    return mFlight->state() == QAbstractAnimation::Running;
}

bool PresentationWindow::reanalyse()
{
    if (!mDocument || !mDocument->hasProject())
        return false;
    // A scenario renamed or removed in the workbench meanwhile: back to the workbench's own.
    if (!mDocument->scenario(mShownScenario))
        mShownScenario = mDocument->currentScenarioName();
    try {
        mAnalysis = mDocument->analysisOf(mShownScenario);
    } catch (const InputError &) {
        mShownScenario = mDocument->currentScenarioName();
        mAnalysis = mDocument->analysis();
    }
    return bool(mAnalysis);
}

// The steps: the closure candidates, or every branch office when the recommendation names none.
void PresentationWindow::rebuild()
{
    mSteps.clear();
    if (!mAnalysis)
        return;
    for (const Recommendation &recommendation : mAnalysis->recommendations)
        if (recommendation.verdict == RecommendationVerdict::Candidate)
            mSteps.append(recommendation.officeId);
    mCandidates = !mSteps.isEmpty();
    if (!mCandidates)
        for (const Recommendation &recommendation : mAnalysis->recommendations)
            mSteps.append(recommendation.officeId);
    mCanvas->setContent(mAnalysis->mapContent);
    mCanvas->zoomToFullExtent();
    refreshViews();
    showStep(0);
}

void PresentationWindow::refreshViews()
{
    if (!mAnalysis)
        return;
    mCanvas->setContent(mAnalysis->mapContent);
    const std::vector<CorrelationMeasure> measures = availableMeasures(*mAnalysis);
    if (measures.empty())
        mChart->clear();
    else
        mChart->setData(correlationFigureData(*mAnalysis, measures.front()));
    mChart->setSelectedOfficeIds(mCanvas->selectedOfficeIds());
    refreshCaption();
}

void PresentationWindow::showStep(int step)
{
    if (!mAnalysis)
        return;
    mStep = std::clamp(step, 0, int(mSteps.size()));
    const QString officeId = currentOfficeId();
    const QStringList selected = officeId.isEmpty() ? QStringList() : QStringList{officeId};
    mCanvas->setSelectedOfficeIds(selected);
    mChart->setSelectedOfficeIds(selected);
    // The summary beside the whole map, in the chart's place.
    mSide->setCurrentWidget(isSummaryPage() ? static_cast<QWidget *>(mSummary) : mChart);

    const auto content = mAnalysis->mapContent;
    if (isSummaryPage() && content) {
        gis::MapSettings fit;
        fit.zoomToFit(content->bounds.normalized(), 0.05);
        mTarget = fit.extent;
        flyTo(mTarget);
    } else if (content) {
        // The office and its nearest ward office, with room around them.
        QRectF bounds;
        bool found = false;
        for (const gis::MapOffice &office : content->offices)
            if (office.id == officeId) {
                bounds = QRectF(office.point, QSizeF(0.0, 0.0));
                found = true;
            }
        for (const gis::MapNearestLine &line : content->nearestLines)
            if (found && line.branchOfficeId == officeId)
                bounds = bounds.united(line.bounds);
        if (found) {
            const double side = std::max({bounds.width(), bounds.height(), 2500.0}) * 1.6;
            mTarget = QRectF(bounds.center() - QPointF(side / 2.0, side / 2.0), QSizeF(side, side));
            flyTo(mTarget);
        }
    }
    refreshCaption();
}

void PresentationWindow::flyTo(const QRectF &extent)
{
    mFlight->stop();
    const QRectF from = mCanvas->extent();
    if (!from.isValid() || !isVisible()) {
        mCanvas->setExtent(extent);
        return;
    }
    mFlight->setStartValue(from);
    mFlight->setEndValue(extent);
    mFlight->start();
}

void PresentationWindow::next()
{
    showStep(mStep + 1);
}

void PresentationWindow::previous()
{
    showStep(mStep - 1);
}

// Shows the other scenario from an analysis of its own; the document's current scenario stays.
void PresentationWindow::toggleScenario()
{
    if (!mDocument || !mDocument->hasProject() || mScenarioB.isEmpty())
        return;
    const QString before = mShownScenario;
    mShownScenario = mShownScenario == mScenarioB ? mScenarioA : mScenarioB;
    try {
        mAnalysis = mDocument->analysisOf(mShownScenario);
    } catch (const InputError &) {
        mShownScenario = before; // e.g. removed in the workbench meanwhile
        return;
    }
    refreshViews();
}

const Office *PresentationWindow::officeById(const QString &officeId) const
{
    if (!mAnalysis)
        return nullptr;
    for (const Office &office : mAnalysis->offices())
        if (office.id == officeId)
            return &office;
    return nullptr;
}

void PresentationWindow::refreshCaption()
{
    if (!mAnalysis || mSteps.isEmpty()) {
        mHeader->setText(tr("No branch offices to present"));
        mCaption->clear();
        mSummary->clear();
        return;
    }
    const Scenario *scenario = mAnalysis->scenarioOrNull();
    const QString projectName = mAnalysis->project->project.name;
    const QString scenarioName = scenario ? scenario->name : QString();
    if (isSummaryPage())
        mHeader->setText(tr("%1 — scenario %2 — summary: before → after").arg(projectName, scenarioName));
    else
        mHeader->setText(tr("%1 — scenario %2 — %3 %4 of %5")
                             .arg(projectName, scenarioName,
                                  mCandidates ? tr("candidate for review") : tr("branch office"))
                             .arg(mStep + 1)
                             .arg(mSteps.size()));
    refreshSummary();
    if (isSummaryPage())
        mCaption->setText(tr("What scenario <b>%1</b> does to the counters").arg(scenarioName.toHtmlEscaped()));
    else
        refreshOfficeCaption();
}

// The scenario before → after, in the rows of the impact panel and the report.
void PresentationWindow::refreshSummary()
{
    QString rows;
    for (const auto &[label, value] : summaryRows()) {
        if (value.isEmpty())
            rows += QStringLiteral("<tr><td colspan='2'>%1</td></tr>").arg(label.toHtmlEscaped());
        else
            rows += QStringLiteral("<tr><td style='color:#555; padding-right:14px'>%1</td><td><b>%2</b></td></tr>")
                        .arg(label.toHtmlEscaped(), unbrokenNames(value));
    }
    mSummary->setText(QStringLiteral("<table cellspacing='6'>%1</table>").arg(rows));
}

void PresentationWindow::refreshOfficeCaption()
{
    const QLocale locale;
    const QString officeId = currentOfficeId();
    const Office *office = officeById(officeId);
    const BranchOfficeEvaluation *result = mAnalysis->branchEvaluation(officeId);
    if (!office || !result) {
        mCaption->clear();
        return;
    }
    const Office *ward = officeById(result->nearestWardOfficeId);
    QStringList parts;
    parts << tr("<b style='font-size:28pt'>%1</b> (%2)").arg(office->name.toHtmlEscaped(), office->ward.toHtmlEscaped());
    parts << tr("to %1: <b>%2</b>")
                 .arg((ward ? ward->name : result->nearestWardOfficeId).toHtmlEscaped(),
                      kilometers(result->distanceToNearestWardOfficeMeters));

    // The workload of the judged year, or the catchment when the table has no counts.
    const std::optional<int> year = judgedWorkloadFiscalYear(mAnalysis->criteria(), mAnalysis->offices());
    if (year) {
        const auto cell = office->workloadByFiscalYear.find(*year);
        const bool known = cell != office->workloadByFiscalYear.end() && cell->second;
        parts << tr("workload %1: <b>%2</b>")
                     .arg(fiscalYearName(*year, interfaceLanguage()),
                          known ? tr("%1 transactions").arg(locale.toString(*cell->second, 'f', 0)) : tr("no count"));
    } else if (result->catchment) {
        parts << tr("catchment: <b>%1 residents</b>").arg(locale.toString(result->catchment->population, 'f', 0));
    }
    if (const Scenario *scenario = mAnalysis->scenarioOrNull()) {
        const Decision decision = mAnalysis->decisionFor(*office);
        // The decision in the colour the map and the chart give it.
        const QString colour = mCanvas->mapSettings().style.decisionColor(decision).name();
        parts << tr("decision (%1): <b style='color:%2'>%3</b>")
                     .arg(scenario->name.toHtmlEscaped(), colour, decisionName(decision, interfaceLanguage()));
    }
    // Each part stays on one line (a projector's large type would otherwise break 廃止 into 廃 / 止); the
    // lines break between the parts.
    for (QString &part : parts)
        part = QStringLiteral("<span style='white-space:nowrap'>%1</span>").arg(part);
    mCaption->setText(parts.join(QStringLiteral("　· ")));
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_H || key == Qt::Key_Question) {
        toggleKeyHints();
        return;
    }
    // The first key pressed puts the hints away: the presenter knows the keys.
    if (mKeyHints->isVisible() && !event->isAutoRepeat())
        setKeyHintsVisible(false);
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_PageDown: next(); return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
    case Qt::Key_PageUp: previous(); return;
    case Qt::Key_Home: showStep(0); return;
    case Qt::Key_End: showStep(int(mSteps.size())); return;
    case Qt::Key_S: toggleScenario(); return;
    case Qt::Key_Escape:
    case Qt::Key_Q: close(); return;
    default: QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    mFlight->stop();
    Q_EMIT closed();
    QWidget::closeEvent(event);
}

} // namespace madoguchi::app
