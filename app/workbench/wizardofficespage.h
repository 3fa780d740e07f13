#pragma once

#include "app/workbench/wizardfilepage.h"
#include "core/fieldmapping.h"
#include "gis/officetable.h"

#include <QStringList>

#include <map>
#include <optional>
#include <utility>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;

namespace madoguchi::gis {
struct CsvPreview;
struct VectorLayer;
} // namespace madoguchi::gis

namespace madoguchi::app::wizard {

// 2. The offices table: a CSV with coordinate columns, or a point layer. The page previews the file
// as the project reads it (gis::readCsvPreview, gis::readVectorLayer), offers the columns it detected,
// and reads the whole table with the mapping, encoding and CRS chosen (gis::readOfficeTable) — both off
// the GUI thread. The mapping combos are "officesField.<member>" and "officesField.workload.<year>".
class OfficesPage : public FilePage
{
public:
    OfficesPage();

    bool isComplete() const override;
    // Always set (the offices table is required); its path is empty when no file is chosen.
    std::optional<LayerSource> layerSource() const override;
    QString encodingSummary() const override;

protected:
    void reload() override;
    void clear() override;

private:
    // A member of the field mapping the page offers, in the order shown.
    struct MappingMember
    {
        QString key; // as in the project file's "fields"
        QString FieldMapping::*member;
        QString label;
    };
    static std::vector<MappingMember> mappingMembers();

    FieldMapping mapping() const;
    void showCsvPreview(const gis::CsvPreview &csv);
    void showLayerPreview(const gis::VectorLayer &layer);
    void previewRead(const QStringList &header, const std::optional<Diagnostic> &problem);
    void rebuildFieldCombos();
    void validate();
    void updateCrsInfo();
    QComboBox *combo(const QString &key) const;
    void showTableSummary();

    QLabel *mPreviewNote = nullptr;
    std::vector<std::pair<MappingMember, QComboBox *>> mFieldCombos;
    QFormLayout *mWorkloadForm = nullptr;
    std::map<int, QComboBox *> mWorkloadCombos;
    QLabel *mCrsInfo = nullptr;
    LatestTask *mTableRead = nullptr; // the whole table, once the preview is read

    QStringList mHeader;
    FieldMapping mDetected;
    std::optional<gis::OfficeTable> mTable; // set when the table reads without error
};

} // namespace madoguchi::app::wizard
