#pragma once

#include "core/office.h"
#include "core/scenariocomparison.h"
#include "gis/mapstyle.h"

#include <QStringList>
#include <QWidget>

#include <vector>

class QAbstractButton;
class QAbstractItemModel;
class QButtonGroup;
class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;
class QToolButton;

namespace madoguchi::app {

// Compares two of the project's scenarios: the planner picks scenario A and B in two combo boxes and
// sees, one row per office that differs (table order), the office's Japanese name, its ward, its
// decision in A and in B (Japanese, with the map's decision colour as a swatch; a changed decision in
// bold) and both notes, under a summary line ("3 offices differ"). Two exclusive toggle buttons choose
// which of the two scenarios the map shows.
//
// The widget does not compare by itself: its owner answers scenariosChosen() with compareScenarios()
// and setDifferences(). Setting scenarios or differences from code emits nothing.
class ScenarioComparisonWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Side { A, B };
    Q_ENUM(Side)

    // Item data role of the differences model: the office id of a row (every column).
    static constexpr int OfficeIdRole = Qt::UserRole + 1;

    explicit ScenarioComparisonWidget(QWidget *parent = nullptr);

    // Fills both combos with `names` (the project's scenarios, in its order) and selects `a` and `b`;
    // a name that is not in the list falls back to the first scenario (A) or the second, or else the
    // first (B). Clears the differences, which belong to the previous choice.
    void setScenarios(const QStringList &names, const QString &a, const QString &b);
    // The differences between the chosen scenarios (compareScenarios(A, B, offices)); `offices` is the
    // table they were computed on (indexed by ScenarioDifference::officeIndex; names and wards).
    void setDifferences(std::vector<ScenarioDifference> differences, const std::vector<Office> &offices);

    QString scenarioA() const;
    QString scenarioB() const;
    // Which scenario the map shows, and its name.
    Side shownSide() const;
    QString shownScenario() const;
    void setShownSide(Side side); // emits nothing

    // Colours of the decision swatches and the Japanese font: the map's.
    void setStyle(const gis::MapStyle &style);

    // For tests.
    QString summaryText() const;
    QAbstractItemModel *differencesModel() const;
    const std::vector<ScenarioDifference> &differences() const { return mDifferences; }
    QComboBox *comboA() const { return mComboA; }
    QComboBox *comboB() const { return mComboB; }
    QAbstractButton *showAButton() const;
    QAbstractButton *showBButton() const;
    QTableView *differencesView() const { return mView; }

Q_SIGNALS:
    // The planner chose another scenario in either combo (both names given).
    void scenariosChosen(const QString &a, const QString &b);
    // The scenario the map should show: when the planner toggles the buttons, or changes the combo of
    // the side that is shown.
    void shownScenarioChanged(const QString &name);
    // The planner clicked a row: its office.
    void officesSelected(const QStringList &officeIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFonts();
    void rebuildTable();
    void onComboChanged(Side side);

    std::vector<ScenarioDifference> mDifferences;
    bool mCompared = false; // setDifferences was called for the chosen pair
    std::vector<Office> mOffices;
    gis::MapStyle mStyle;

    QLabel *mLabelA = nullptr;
    QLabel *mLabelB = nullptr;
    QComboBox *mComboA = nullptr;
    QComboBox *mComboB = nullptr;
    QToolButton *mShowA = nullptr;
    QToolButton *mShowB = nullptr;
    QButtonGroup *mShowGroup = nullptr;
    QLabel *mSummary = nullptr;
    QStandardItemModel *mModel = nullptr;
    QTableView *mView = nullptr;
};

} // namespace madoguchi::app
