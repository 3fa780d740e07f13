#include "app/workbench/wizardprojectpage.h"

#include "app/lib/projectfile.h"
#include "app/workbench/newprojectwizard.h"
#include "app/workbench/wizardwidgets.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi::app::wizard {

ProjectPage::ProjectPage()
{
    setTitle(NewProjectWizard::tr("Project"));
    setSubTitle(NewProjectWizard::tr("Name the project and choose the file to save it in. The layers are "
                                     "saved relative to this file's folder, so the folder can be moved "
                                     "or shared."));

    mName = new QLineEdit;
    mName->setObjectName(QStringLiteral("projectName"));
    mName->setPlaceholderText(NewProjectWizard::tr("e.g. Branch office review 2016"));
    mPath = new QLineEdit;
    mPath->setObjectName(QStringLiteral("projectPath"));
    mPath->setPlaceholderText(NewProjectWizard::tr("e.g. a project folder beside the data"));
    auto *browse = new QPushButton(NewProjectWizard::tr("Browse…"));
    mPathInfo = makeStatusLabel(QStringLiteral("projectPathStatus"));

    auto *form = makeFormLayout();
    form->addRow(NewProjectWizard::tr("Project name:"), mName);
    form->addRow(NewProjectWizard::tr("Project file:"), makeFileRow(mPath, browse));
    form->addRow(QString(), mPathInfo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);

    registerField(QStringLiteral("projectName*"), mName);
    registerField(QStringLiteral("projectPath*"), mPath);

    connect(browse, &QPushButton::clicked, this, [this] { browseForFile(); });
    connect(mPath, &QLineEdit::textChanged, this, [this] { updatePathInfo(); });
}

QString ProjectPage::filePath() const
{
    const QString text = mPath->text().trimmed();
    if (text.isEmpty())
        return {};
    QString path = QDir::cleanPath(QFileInfo(text).absoluteFilePath());
    const QString suffix = QLatin1String(ProjectFileSuffix);
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    return path;
}

bool ProjectPage::validatePage()
{
    const QFileInfo folder(QFileInfo(filePath()).absolutePath());
    if (!folder.isDir()) {
        setStatus(mPathInfo, StatusKind::Error,
                  esc(NewProjectWizard::tr("The folder %1 does not exist. Create it first, or choose another "
                                           "folder.")
                          .arg(QDir::toNativeSeparators(folder.absoluteFilePath()))));
        return false;
    }
    if (!folder.isWritable()) {
        setStatus(mPathInfo, StatusKind::Error,
                  esc(NewProjectWizard::tr("You may not write into the folder %1. Choose another folder.")
                          .arg(QDir::toNativeSeparators(folder.absoluteFilePath()))));
        return false;
    }
    return true;
}

void ProjectPage::browseForFile()
{
    QString start = filePath();
    if (start.isEmpty()) {
        const QString name = mName->text().trimmed();
        start = QDir::home().filePath((name.isEmpty() ? NewProjectWizard::tr("project") : name) + QLatin1Char('.')
                                      + QLatin1String(ProjectFileSuffix));
    }
    const QString chosen = QFileDialog::getSaveFileName(this, NewProjectWizard::tr("Save the Project As"), start,
                                                        NewProjectWizard::tr("Madoguchi projects (*.madoguchi)"));
    if (!chosen.isEmpty())
        mPath->setText(QDir::toNativeSeparators(chosen));
}

void ProjectPage::updatePathInfo()
{
    const QString path = filePath();
    if (path.isEmpty()) {
        setStatus(mPathInfo, StatusKind::Neutral, QString());
        return;
    }
    QString html = esc(NewProjectWizard::tr("Saved as %1").arg(QDir::toNativeSeparators(path)));
    if (QFileInfo::exists(path))
        html += QStringLiteral("<br>")
                + esc(NewProjectWizard::tr("A file of this name exists: Finish will replace it."));
    setStatus(mPathInfo, QFileInfo::exists(path) ? StatusKind::Warning : StatusKind::Neutral, html);
}

} // namespace madoguchi::app::wizard
