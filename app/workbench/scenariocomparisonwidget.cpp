#include "app/workbench/scenariocomparisonwidget.h"
#include "app/lib/languagesettings.h"
#include "core/terms.h"

#include "app/figures/figurefont.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFont>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace madoguchi::app {

namespace {

// Office, ward, decision in A and in B, note in A and in B.
constexpr int kColumnCount = 6;

// What a decision means, for the tooltip of a cell that names it.
QString decisionExplanation(Decision decision)
{
    switch (decision) {
    case Decision::Keep:
        return ScenarioComparisonWidget::tr("Keep the counter");
    case Decision::ServiceCorner:
        return ScenarioComparisonWidget::tr("Service corner (certificates only)");
    case Decision::Close:
        return ScenarioComparisonWidget::tr("Close the counter");
    case Decision::Upgrade:
        return ScenarioComparisonWidget::tr("Upgrade (full general-branch functions)");
    }
    return {};
}

} // namespace

ScenarioComparisonWidget::ScenarioComparisonWidget(QWidget *parent)
    : QWidget(parent)
{
    mLabelA = new QLabel;
    mLabelB = new QLabel;
    mComboA = new QComboBox;
    mComboA->setObjectName(QStringLiteral("scenarioA"));
    mComboB = new QComboBox;
    mComboB->setObjectName(QStringLiteral("scenarioB"));
    for (QComboBox *combo : {mComboA, mComboB}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(8);
    }
    mLabelA->setBuddy(mComboA);
    mLabelB->setBuddy(mComboB);

    mShowA = new QToolButton;
    mShowA->setObjectName(QStringLiteral("showScenarioA"));
    mShowB = new QToolButton;
    mShowB->setObjectName(QStringLiteral("showScenarioB"));
    mShowGroup = new QButtonGroup(this);
    mShowGroup->setExclusive(true);
    for (QToolButton *button : {mShowA, mShowB}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(false);
    }
    mShowGroup->addButton(mShowA, int(Side::A));
    mShowGroup->addButton(mShowB, int(Side::B));
    mShowA->setChecked(true);

    auto *choose = new QGridLayout;
    choose->addWidget(mLabelA, 0, 0);
    choose->addWidget(mComboA, 0, 1);
    choose->addWidget(mShowA, 0, 2);
    choose->addWidget(mLabelB, 1, 0);
    choose->addWidget(mComboB, 1, 1);
    choose->addWidget(mShowB, 1, 2);
    choose->setColumnStretch(3, 1);

    mSummary = new QLabel;
    mSummary->setObjectName(QStringLiteral("comparisonSummary"));
    mSummary->setWordWrap(true);

    mModel = new QStandardItemModel(0, kColumnCount, this);
    mView = new QTableView;
    mView->setObjectName(QStringLiteral("comparisonTable"));
    mView->setModel(mModel);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::SingleSelection);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->setAlternatingRowColors(true);
    mView->setWordWrap(false);
    mView->verticalHeader()->setVisible(false);
    mView->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    mView->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(choose);
    layout->addWidget(mSummary);
    layout->addWidget(mView, 1);

    connect(mComboA, &QComboBox::currentIndexChanged, this, [this] { onComboChanged(Side::A); });
    connect(mComboB, &QComboBox::currentIndexChanged, this, [this] { onComboChanged(Side::B); });
    connect(mShowGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            Q_EMIT shownScenarioChanged(shownScenario());
    });
    connect(mView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(OfficeIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT officesSelected({id});
    });

    applyFonts();
    retranslate();
    rebuildTable();
}

void ScenarioComparisonWidget::applyFonts()
{
    // The application font, with the map's Japanese font first (see withJapaneseFamily).
    setFont(withJapaneseFamily(QApplication::font(), mStyle.fontFamily));
    QFont bold = font();
    bold.setBold(true);
    mSummary->setFont(bold);
}

void ScenarioComparisonWidget::setScenarios(const QStringList &names, const QString &a, const QString &b)
{
    {
        const QSignalBlocker blockA(mComboA);
        const QSignalBlocker blockB(mComboB);
        mComboA->clear();
        mComboB->clear();
        mComboA->addItems(names);
        mComboB->addItems(names);
        const auto indexOf = [&](const QString &name, int fallback) {
            const qsizetype index = names.indexOf(name.trimmed());
            return index >= 0 ? int(index) : std::min(fallback, int(names.size()) - 1);
        };
        mComboA->setCurrentIndex(indexOf(a, 0));
        mComboB->setCurrentIndex(indexOf(b, 1));
    }
    mDifferences.clear();
    mOffices.clear();
    mCompared = false;
    rebuildTable();
}

void ScenarioComparisonWidget::setDifferences(std::vector<ScenarioDifference> differences,
                                              const std::vector<Office> &offices)
{
    mDifferences = std::move(differences);
    mOffices = offices;
    mCompared = true;
    rebuildTable();
}

QString ScenarioComparisonWidget::scenarioA() const
{
    return mComboA->currentText();
}

QString ScenarioComparisonWidget::scenarioB() const
{
    return mComboB->currentText();
}

ScenarioComparisonWidget::Side ScenarioComparisonWidget::shownSide() const
{
    return mShowB->isChecked() ? Side::B : Side::A;
}

QString ScenarioComparisonWidget::shownScenario() const
{
    return shownSide() == Side::A ? scenarioA() : scenarioB();
}

void ScenarioComparisonWidget::setShownSide(Side side)
{
    const QSignalBlocker blocker(mShowGroup);
    (side == Side::A ? mShowA : mShowB)->setChecked(true);
}

void ScenarioComparisonWidget::setStyle(const gis::MapStyle &style)
{
    mStyle = style;
    applyFonts();
    rebuildTable();
}

QString ScenarioComparisonWidget::summaryText() const
{
    return mSummary->text();
}

QAbstractItemModel *ScenarioComparisonWidget::differencesModel() const
{
    return mModel;
}

QAbstractButton *ScenarioComparisonWidget::showAButton() const
{
    return mShowA;
}

QAbstractButton *ScenarioComparisonWidget::showBButton() const
{
    return mShowB;
}

void ScenarioComparisonWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildTable();
    }
    QWidget::changeEvent(event);
}

void ScenarioComparisonWidget::retranslate()
{
    mLabelA->setText(tr("Scenario &A:"));
    mLabelB->setText(tr("Scenario &B:"));
    mShowA->setText(tr("Show A on map"));
    mShowB->setText(tr("Show B on map"));
    mShowA->setToolTip(tr("Colour the offices on the map by the decisions of scenario A"));
    mShowB->setToolTip(tr("Colour the offices on the map by the decisions of scenario B"));
    mView->setToolTip(tr("Click a row to select its office on the map"));
}

void ScenarioComparisonWidget::onComboChanged(Side side)
{
    // The differences shown belong to the previous pair until the owner sets the new ones.
    mDifferences.clear();
    mOffices.clear();
    mCompared = false;
    rebuildTable();
    Q_EMIT scenariosChosen(scenarioA(), scenarioB());
    if (side == shownSide())
        Q_EMIT shownScenarioChanged(shownScenario());
}

void ScenarioComparisonWidget::rebuildTable()
{
    const QString a = scenarioA();
    const QString b = scenarioB();
    mModel->removeRows(0, mModel->rowCount());
    mModel->setHorizontalHeaderLabels({tr("Office"), tr("Ward"), tr("Decision in A (%1)").arg(a),
                                       tr("Decision in B (%1)").arg(b), tr("Note in A"), tr("Note in B")});

    int changedDecisions = 0;
    for (const ScenarioDifference &difference : mDifferences) {
        const Office *office = difference.officeIndex >= 0 && std::size_t(difference.officeIndex) < mOffices.size()
                                       && mOffices[std::size_t(difference.officeIndex)].id == difference.officeId
                                   ? &mOffices[std::size_t(difference.officeIndex)]
                                   : nullptr;
        const auto item = [&](const QString &text) {
            auto *cell = new QStandardItem(text);
            cell->setEditable(false);
            cell->setData(difference.officeId, OfficeIdRole);
            return cell;
        };
        const auto decisionItem = [&](Decision decision) {
            QStandardItem *cell = item(decisionName(decision, interfaceLanguage()));
            cell->setData(mStyle.decisionColor(decision), Qt::DecorationRole);
            cell->setToolTip(office && office->isWardOffice() ? tr("A ward office always keeps its counter")
                                                              : decisionExplanation(decision));
            if (difference.decisionChanged()) {
                QFont font = cell->font();
                font.setBold(true);
                cell->setFont(font);
            }
            return cell;
        };
        changedDecisions += difference.decisionChanged() ? 1 : 0;
        QList<QStandardItem *> row;
        row << item(office && !office->name.isEmpty() ? office->name : difference.officeId);
        row << item(office ? office->ward.trimmed() : QString());
        row << decisionItem(difference.decisionA) << decisionItem(difference.decisionB);
        for (const QString &note : {difference.noteA, difference.noteB}) {
            QStandardItem *cell = item(note);
            cell->setToolTip(note); // notes are often longer than the column
            row << cell;
        }
        mModel->appendRow(row);
    }
    mView->resizeColumnsToContents();

    const int differing = int(mDifferences.size());
    const QLocale locale;
    QString summary;
    if (mComboA->count() == 0)
        summary = tr("The project has no scenarios to compare.");
    else if (a == b)
        summary = tr("Scenario A and B are the same: choose two different scenarios to compare.");
    else if (!mCompared)
        summary = tr("%1 and %2 are not compared yet.").arg(a, b);
    else if (differing == 0)
        summary = tr("No office differs: %1 and %2 decide alike.").arg(a, b);
    else if (differing == 1)
        summary = changedDecisions == 1 ? tr("1 office differs (in its decision).")
                                        : tr("1 office differs (only in its note).");
    else if (changedDecisions == differing)
        summary = tr("%1 offices differ in their decision.").arg(locale.toString(differing));
    else if (changedDecisions == 0)
        summary = tr("%1 offices differ only in their notes.").arg(locale.toString(differing));
    else
        summary = tr("%1 offices differ (%2 in their decision, %3 only in their note).")
                      .arg(locale.toString(differing), locale.toString(changedDecisions),
                           locale.toString(differing - changedDecisions));
    mSummary->setText(summary);
}

} // namespace madoguchi::app
