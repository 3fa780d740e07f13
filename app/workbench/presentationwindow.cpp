#include "app/workbench/presentationwindow.h"
#include "app/lib/languagesettings.h"
#include "core/terms.h"

#include "app/figures/correlationdata.h"
#include "app/workbench/chartdock.h"
#include "app/workbench/correlationchart.h"
#include "app/workbench/mapcanvas.h"
#include "app/workbench/workbenchdocument.h"
#include "core/fiscalyear.h"
#include "core/recommendation.h"
#include "core/scenario.h"

#include <QCloseEvent>
#include <QEasingCurve>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QVariantAnimation>

#include <algorithm>

namespace madoguchi::app {

namespace {

// Symbols and labels on the projector: this much larger than on the desk.
constexpr double kPresentationScale = 1.7;
constexpr int kFlightMs = 700;

QString kilometers(double meters)
{
    return QLocale().toString(meters / 1000.0, 'f', 2) + QStringLiteral(" km");
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
    views->addWidget(mChart, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(mHeader);
    layout->addLayout(views, 1);
    layout->addWidget(mCaption);

    mFlight = new QVariantAnimation(this);
    mFlight->setDuration(kFlightMs);
    mFlight->setEasingCurve(QEasingCurve::InOutCubic);
    connect(mFlight, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &value) { mCanvas->setExtent(value.toRectF()); });

    connect(document, &WorkbenchDocument::evaluationChanged, this, &PresentationWindow::refreshViews);
    connect(document, &WorkbenchDocument::closed, this, &QWidget::close);
    rebuild();
}

PresentationWindow::~PresentationWindow() = default;

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

bool PresentationWindow::isFlying() const
{
    return mFlight->state() == QAbstractAnimation::Running;
}

// The steps: the closure candidates, or every branch office when the recommendation names none.
void PresentationWindow::rebuild()
{
    mSteps.clear();
    if (!mDocument || !mDocument->hasProject())
        return;
    for (const Recommendation &recommendation : mDocument->recommendations())
        if (recommendation.verdict == RecommendationVerdict::Candidate)
            mSteps.append(recommendation.officeId);
    mCandidates = !mSteps.isEmpty();
    if (!mCandidates)
        for (const Recommendation &recommendation : mDocument->recommendations())
            mSteps.append(recommendation.officeId);
    mCanvas->setContent(mDocument->mapContent());
    mCanvas->zoomToFullExtent();
    refreshViews();
    showStep(0);
}

void PresentationWindow::refreshViews()
{
    if (!mDocument || !mDocument->hasProject())
        return;
    mCanvas->setContent(mDocument->mapContent());
    const std::vector<CorrelationMeasure> measures = availableMeasures(*mDocument->analysis());
    if (measures.empty())
        mChart->clear();
    else
        showOnChart(*mChart, *mDocument, measures.front());
    mChart->setSelectedOfficeIds({currentOfficeId()});
    refreshCaption();
}

void PresentationWindow::showStep(int step)
{
    if (mSteps.isEmpty())
        return;
    mStep = std::clamp(step, 0, int(mSteps.size()) - 1);
    const QString officeId = currentOfficeId();
    mCanvas->setSelectedOfficeIds({officeId});
    mChart->setSelectedOfficeIds({officeId});

    // The office and its nearest ward office, with room around them.
    const auto content = mDocument->mapContent();
    QRectF bounds;
    bool found = false;
    if (content) {
        for (const gis::MapOffice &office : content->offices)
            if (office.id == officeId) {
                bounds = QRectF(office.point, QSizeF(0.0, 0.0));
                found = true;
            }
        for (const gis::MapNearestLine &line : content->nearestLines)
            if (found && line.branchOfficeId == officeId)
                bounds = bounds.united(line.bounds);
    }
    if (found) {
        const double side = std::max({bounds.width(), bounds.height(), 2500.0}) * 1.6;
        mTarget = QRectF(bounds.center() - QPointF(side / 2.0, side / 2.0), QSizeF(side, side));
        flyTo(mTarget);
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

void PresentationWindow::toggleScenario()
{
    if (!mDocument || mScenarioB.isEmpty())
        return;
    const QString current = mDocument->currentScenarioName();
    mDocument->setCurrentScenario(current == mScenarioB ? mScenarioA : mScenarioB);
}

void PresentationWindow::refreshCaption()
{
    if (!mDocument || !mDocument->hasProject() || mSteps.isEmpty()) {
        mHeader->setText(tr("No branch offices to present"));
        mCaption->clear();
        return;
    }
    const QLocale locale;
    const QString officeId = currentOfficeId();
    const Office *office = mDocument->office(officeId);
    const BranchOfficeEvaluation *result = mDocument->branchEvaluation(officeId);
    const Scenario *scenario = mDocument->currentScenario();
    const QString projectName = mDocument->project()->project.name;

    mHeader->setText(tr("%1 — scenario %2 — %3 %4 of %5")
                         .arg(projectName, scenario ? scenario->name : QString(),
                              mCandidates ? tr("candidate for review") : tr("branch office"))
                         .arg(mStep + 1)
                         .arg(mSteps.size()));
    if (!office || !result) {
        mCaption->clear();
        return;
    }
    const Office *ward = mDocument->office(result->nearestWardOfficeId);
    QStringList parts;
    parts << tr("<b style='font-size:28pt'>%1</b> (%2)").arg(office->name.toHtmlEscaped(), office->ward.toHtmlEscaped());
    parts << tr("to %1: <b>%2</b>")
                 .arg((ward ? ward->name : result->nearestWardOfficeId).toHtmlEscaped(),
                      kilometers(result->distanceToNearestWardOfficeMeters));

    // The workload of the judged year, or the catchment when the table has no counts.
    const std::optional<int> year = judgedWorkloadFiscalYear(mDocument->criteria(), mDocument->offices());
    if (year) {
        const auto cell = office->workloadByFiscalYear.find(*year);
        const bool known = cell != office->workloadByFiscalYear.end() && cell->second;
        parts << tr("workload %1: <b>%2</b>")
                     .arg(fiscalYearName(*year, interfaceLanguage()),
                          known ? tr("%1 transactions").arg(locale.toString(*cell->second, 'f', 0)) : tr("no count"));
    } else if (result->catchment) {
        parts << tr("catchment: <b>%1 residents</b>").arg(locale.toString(result->catchment->population, 'f', 0));
    }
    if (scenario) {
        const Decision decision = mDocument->decision(officeId);
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
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_PageDown: next(); return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
    case Qt::Key_PageUp: previous(); return;
    case Qt::Key_Home: showStep(0); return;
    case Qt::Key_End: showStep(int(mSteps.size()) - 1); return;
    case Qt::Key_S: toggleScenario(); return;
    case Qt::Key_Escape:
    case Qt::Key_Q: close(); return;
    default: QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    mFlight->stop();
    // The workbench is left as it was found: S may have switched the document's scenario.
    if (mDocument && mDocument->hasProject() && mDocument->currentScenarioName() != mScenarioA
        && mDocument->scenarioNames().contains(mScenarioA))
        mDocument->setCurrentScenario(mScenarioA);
    Q_EMIT closed();
    QWidget::closeEvent(event);
}

} // namespace madoguchi::app
