#pragma once

#include "app/workbench/wizardfilepage.h"
#include "gis/vectorlayer.h"

#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QTimer;

namespace madoguchi::app {
class CrsPicker;
template<typename Value>
struct TaskOutcome;
}

namespace madoguchi::app::wizard {

// 3–6. A spatial layer: wards (required), school districts, schools or population (optional). The page
// reads the layer as the project will (gis::readVectorLayer, off the GUI thread) with the encoding and
// CRS chosen here, asks for a CRS when a shapefile has no .prj, checks the geometry against the role,
// and offers the name or population fields it detected ("<role>Field.name", "populationField.population",
// "populationField.population65"); school districts can be marked approximate
// ("schoolDistrictsApproximate").
//
// The wards page also chooses the map projection (a CrsPicker named "displayCrs", field "displayCrs"):
// once the wards are read it suggests the zone the MLIT notice assigns to their municipalities
// (gis::DisplayCrs::forAreas, as the project will choose it) and shows why; another zone picked there is
// written to the project file.
class LayerPage : public FilePage
{
public:
    explicit LayerPage(LayerRole role);

    bool isComplete() const override;
    // nullopt when the page is left empty.
    std::optional<LayerSource> layerSource() const override;
    QString encodingSummary() const override;
    // The map projection picked on the wards page when it is not the automatic one ("EPSG:6680"), for
    // the project file's "displayCrs"; nullopt when the automatic choice stands (or on other pages).
    std::optional<QString> chosenDisplayCrs() const;

protected:
    void reload() override;
    void clear() override;

private:
    void setTitles();
    void setCrsRowVisible(bool visible);
    void crsEdited();
    void layerRead(TaskOutcome<gis::VectorLayer> &&outcome, bool missingCrs,
                   std::optional<gis::TextEncoding> chosenEncoding);
    void fillCombos(const QStringList &fields);
    void checkGeometry();
    // Suggests the wards' map projection to the picker.
    void suggestDisplayCrs();
    void updateSummary();
    // Adds the names (wards, districts, schools) or the population totals to the summary.
    void summarizeNames(QString &html, QStringList &highlighted, QString &fieldProblem) const;
    void summarizePopulation(QString &html, QStringList &highlighted, QString &fieldProblem) const;
    // The sum of a numeric field; empty (NULL) values are skipped, anything that is not a number is a
    // problem (named with its feature), never read as zero.
    std::optional<double> sumOf(const QString &field, QString &problem) const;

    QLabel *mCrsInfo = nullptr;
    QTimer *mCrsTimer = nullptr;
    QFormLayout *mForm = nullptr;
    QComboBox *mNameField = nullptr;
    QComboBox *mPopulationField = nullptr;
    QComboBox *mPopulation65Field = nullptr;
    QCheckBox *mApproximate = nullptr;
    CrsPicker *mDisplayCrs = nullptr; // wards only
    QLabel *mSummary = nullptr;

    QString mLoadedCrs;      // the CRS the layer was last read with
    QStringList mFieldNames; // of the layer last read, which the combos offer
    std::optional<gis::VectorLayer> mLayer;
    QString mProblem;           // rich text; empty when the layer suits its role
    bool mFieldProblem = false; // a required field is not chosen, or holds something not a number
};

} // namespace madoguchi::app::wizard
