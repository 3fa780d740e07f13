#include "app/workbench/newprojectwizard.h"

#include "app/lib/projectfile.h"
#include "app/workbench/wizardcriteriapage.h"
#include "app/workbench/wizardfilepage.h"
#include "app/workbench/wizardlayerpage.h"
#include "app/workbench/wizardofficespage.h"
#include "app/workbench/wizardprojectpage.h"
#include "app/workbench/wizardsummarypage.h"
#include "app/workbench/wizardwidgets.h"
#include "core/diagnostic.h"

#include <utility>

namespace madoguchi::app {

NewProjectWizard::NewProjectWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("NewProjectWizard"));
    setWindowTitle(tr("New Project"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(ProjectPageId, new wizard::ProjectPage);
    setPage(OfficesPageId, new wizard::OfficesPage);
    setPage(WardsPageId, new wizard::LayerPage(LayerRole::Wards));
    setPage(SchoolDistrictsPageId, new wizard::LayerPage(LayerRole::SchoolDistricts));
    setPage(SchoolsPageId, new wizard::LayerPage(LayerRole::Schools));
    setPage(PopulationPageId, new wizard::LayerPage(LayerRole::Population));
    setPage(CriteriaPageId, new wizard::CriteriaPage);
    setPage(SummaryPageId, new wizard::SummaryPage);
    setStartId(ProjectPageId);
    resize(900, 720);
}

NewProjectWizard::~NewProjectWizard() = default;

QString NewProjectWizard::savedProjectPath() const
{
    return mSavedProjectPath;
}

QString NewProjectWizard::projectFilePath() const
{
    const auto *projectPage = dynamic_cast<const wizard::ProjectPage *>(page(ProjectPageId));
    return projectPage ? projectPage->filePath() : QString();
}

bool NewProjectWizard::isReading() const
{
    for (const int id : pageIds()) {
        const auto *filePage = dynamic_cast<const wizard::FilePage *>(page(id));
        if (filePage && filePage->isReading())
            return true;
    }
    return false;
}

Project NewProjectWizard::project() const
{
    Project project;
    project.name = field(QStringLiteral("projectName")).toString().trimmed();
    if (const auto *criteriaPage = dynamic_cast<const wizard::CriteriaPage *>(page(CriteriaPageId)))
        project.criteria = criteriaPage->criteria();
    const QStringList credits = field(QStringLiteral("credits")).toString().split(QLatin1Char('\n'));
    for (const QString &line : credits) {
        if (!line.trimmed().isEmpty())
            project.credits << line.trimmed();
    }
    for (const int id : pageIds()) {
        if (const auto *filePage = dynamic_cast<const wizard::FilePage *>(page(id))) {
            if (std::optional<LayerSource> source = filePage->layerSource())
                project.layers[filePage->role()] = std::move(*source);
        }
    }
    if (const auto *wards = dynamic_cast<const wizard::LayerPage *>(page(WardsPageId)))
        project.displayCrs = wards->chosenDisplayCrs();
    return project;
}

bool NewProjectWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    if (currentId() != SummaryPageId)
        return true;
    auto *summary = dynamic_cast<wizard::SummaryPage *>(currentPage());
    const QString path = projectFilePath();
    try {
        // Absolute layer paths: writeProjectFile stores them by the layer-path rule.
        writeProjectFile(project(), path);
    } catch (const InputError &error) {
        if (summary)
            summary->showError(wizard::problemHtml(error.diagnostic()));
        return false;
    }
    mSavedProjectPath = path;
    return true;
}

} // namespace madoguchi::app
