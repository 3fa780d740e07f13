#pragma once

#include <QString>
#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace madoguchi::app::wizard {

// 1. The project: its name and the file it is saved to ("projectName", "projectPath"; the status line
// is "projectPathStatus"). The file's folder must exist and be writable.
class ProjectPage : public QWizardPage
{
public:
    ProjectPage();

    // Absolute, with the .madoguchi suffix; empty when no file is given.
    QString filePath() const;
    bool validatePage() override;

private:
    void browseForFile();
    void updatePathInfo();

    QLineEdit *mName = nullptr;
    QLineEdit *mPath = nullptr;
    QLabel *mPathInfo = nullptr;
};

} // namespace madoguchi::app::wizard
