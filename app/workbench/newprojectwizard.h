#pragma once

#include "core/project.h"

#include <QString>
#include <QWizard>

namespace madoguchi::app {

// Makes a new project file from the planner's data, one source per page: the project's name and file,
// the offices table, the wards, the school districts and schools, the population, the recommendation's
// criteria, and a summary (the pages are in wizard*page.h). Each page reads its file as the project will (gis::readCsvPreview,
// gis::readOfficeTable, gis::readVectorLayer), on a worker thread, and shows the decoded text, the
// encoding and where it came from, the CRS and the field mapping, so mojibake, a missing .prj or a wrong
// column is seen and fixed here rather than in the analysis. Problems are shown on the page (file, line
// or feature, column), never in a modal box.
//
// Finish writes the project with writeProjectFile (atomically), with layer paths stored by the project
// file's rule (storedLayerPath: relative to its folder when near it), and sets savedProjectPath().
// Relative paths typed into the file fields are taken relative to that folder.
//
// Fields (QWizard::field) for driving the wizard programmatically: "projectName", "projectPath",
// "credits", the criteria "thresholdKm", "workloadThresholdSet", "workloadThreshold",
// "catchmentThresholdSet", "catchmentThreshold"; per layer "<role>Path", "<role>Encoding" (combo index, see EncodingChoice),
// "<role>Crs" with <role> as in the project file (offices, wards, schoolDistricts, schools, population);
// "schoolDistrictsApproximate". The field-mapping combos are named "<role>Field.<member>" (e.g.
// "wardsField.name", "officesField.latitude", "officesField.workload.2014"); their items carry the
// column name as data, the first item "(none)" an empty string.
class NewProjectWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        ProjectPageId,
        OfficesPageId,
        WardsPageId,
        SchoolDistrictsPageId,
        SchoolsPageId,
        PopulationPageId,
        CriteriaPageId,
        SummaryPageId,
    };
    // The items of the encoding combos, in order.
    enum EncodingChoice { AutoEncoding, Cp932Encoding, Utf8Encoding };

    explicit NewProjectWizard(QWidget *parent = nullptr);
    ~NewProjectWizard() override;

    // The project file written by Finish (absolute); empty until then.
    QString savedProjectPath() const;

    // The project as the pages describe it now, with absolute layer paths (writeProjectFile makes them
    // relative to the project file's folder).
    Project project() const;
    // The project file chosen on the first page, absolute, with the .madoguchi suffix; empty if none.
    QString projectFilePath() const;
    // A page is reading its file (the page cannot be left meanwhile).
    bool isReading() const;

protected:
    bool validateCurrentPage() override;

private:
    QString mSavedProjectPath;
};

} // namespace madoguchi::app
