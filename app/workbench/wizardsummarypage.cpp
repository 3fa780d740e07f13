#include "app/workbench/wizardsummarypage.h"

#include "app/lib/languagesettings.h"
#include "app/lib/layerpath.h"
#include "app/lib/projectfile.h"
#include "app/workbench/newprojectwizard.h"
#include "app/workbench/wizardfilepage.h"
#include "app/workbench/wizardwidgets.h"
#include "core/terms.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace madoguchi::app::wizard {

SummaryPage::SummaryPage()
{
    setTitle(NewProjectWizard::tr("Summary"));
    setSubTitle(NewProjectWizard::tr("Check what will be written. Finish saves the project file; the data "
                                     "files are only read, never changed."));
    mSummary = new QLabel;
    mSummary->setObjectName(QStringLiteral("summaryText"));
    mSummary->setTextFormat(Qt::RichText);
    mSummary->setWordWrap(true);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    mCredits = new QPlainTextEdit;
    mCredits->setObjectName(QStringLiteral("credits"));
    mCredits->setPlaceholderText(NewProjectWizard::tr(
        "One line per source, e.g. 出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成"));
    mCredits->setMaximumHeight(mCredits->fontMetrics().height() * 5 + 12);
    mCredits->setTabChangesFocus(true);
    mError = makeStatusLabel(QStringLiteral("summaryError"));

    auto *form = makeFormLayout();
    form->addRow(NewProjectWizard::tr("Source credits (出典):"), mCredits);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mSummary);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(mError);
    layout->addStretch(1);

    registerField(QStringLiteral("credits"), mCredits, "plainText", SIGNAL(textChanged()));
}

void SummaryPage::initializePage()
{
    setStatus(mError, StatusKind::Neutral, QString());
    auto *projectWizard = qobject_cast<NewProjectWizard *>(wizard());
    if (!projectWizard)
        return;
    const QString file = projectWizard->projectFilePath();
    const QString projectDir = QFileInfo(file).absolutePath();
    const Project project = projectWizard->project();

    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(esc(label), value);
    };
    row(NewProjectWizard::tr("Project file"), esc(QDir::toNativeSeparators(file)));
    row(NewProjectWizard::tr("Name"), esc(project.name));
    for (const LayerRole role : {LayerRole::Offices, LayerRole::Wards, LayerRole::SchoolDistricts,
                                 LayerRole::Schools, LayerRole::Population}) {
        const auto it = project.layers.find(role);
        if (it == project.layers.end()) {
            row(roleName(role), esc(NewProjectWizard::tr("(none)")));
            continue;
        }
        const LayerSource &source = it->second;
        QStringList details;
        details << (source.encoding ? NewProjectWizard::tr("encoding %1 (saved in the project)")
                                          .arg(encodingSummary(role))
                                    : NewProjectWizard::tr("encoding %1 (decided again when the project "
                                                           "is opened)")
                                          .arg(encodingSummary(role)));
        if (source.crs)
            details << NewProjectWizard::tr("CRS %1").arg(*source.crs);
        const QStringList fields = fieldsText(source.fields);
        if (!fields.isEmpty())
            details << NewProjectWizard::tr("fields %1").arg(fields.join(NewProjectWizard::tr(", ")));
        if (source.approximate && *source.approximate)
            details << NewProjectWizard::tr("APPROXIMATE");
        // The path as writeProjectFile will store it.
        row(roleName(role), QStringLiteral("%1<br><small>%2</small>")
                                .arg(esc(storedLayerPath(projectDir, source.path)),
                                     esc(details.join(NewProjectWizard::tr("; ")))));
    }
    row(NewProjectWizard::tr("Recommendation"), esc(criteriaText(project.criteria)));
    html += QStringLiteral("</table>");
    mSummary->setText(html);
}

void SummaryPage::showError(const QString &html)
{
    setStatus(mError, StatusKind::Error, html);
}

QString SummaryPage::encodingSummary(LayerRole role) const
{
    for (const int id : wizard()->pageIds()) {
        const auto *filePage = dynamic_cast<const FilePage *>(wizard()->page(id));
        if (filePage && filePage->role() == role)
            return filePage->encodingSummary();
    }
    return {};
}

QString SummaryPage::criteriaText(const Criteria &criteria)
{
    const QLocale locale;
    QStringList parts;
    parts << NewProjectWizard::tr("distance guide %1 km").arg(locale.toString(criteria.distanceThresholdMeters / 1000.0, 'g', 4));
    const QString year = criteria.workloadFiscalYear
                             ? fiscalYearName(*criteria.workloadFiscalYear, interfaceLanguage())
                             : NewProjectWizard::tr("the latest year");
    parts << (criteria.workloadThreshold
                  ? NewProjectWizard::tr("workload at or below %1 transactions (%2)")
                        .arg(locale.toString(*criteria.workloadThreshold, 'f', 0), year)
                  : NewProjectWizard::tr("no workload threshold"));
    parts << (criteria.catchmentThreshold
                  ? NewProjectWizard::tr("catchment at or below %1 residents")
                        .arg(locale.toString(*criteria.catchmentThreshold, 'f', 0))
                  : NewProjectWizard::tr("no catchment threshold"));
    return parts.join(NewProjectWizard::tr("; "));
}

QString SummaryPage::roleName(LayerRole role)
{
    switch (role) {
    case LayerRole::Offices:
        return NewProjectWizard::tr("Offices");
    case LayerRole::Wards:
        return NewProjectWizard::tr("Wards");
    case LayerRole::SchoolDistricts:
        return NewProjectWizard::tr("School districts");
    case LayerRole::Schools:
        return NewProjectWizard::tr("Schools");
    case LayerRole::Population:
        return NewProjectWizard::tr("Population");
    }
    return {};
}

QStringList SummaryPage::fieldsText(const FieldMapping &fields)
{
    QStringList parts;
    // As the project file will record them.
    for (const FieldKey &field : fieldKeys()) {
        const QString &value = fields.*field.member;
        if (!value.isEmpty())
            parts << QStringLiteral("%1=%2").arg(QLatin1String(field.key), value);
    }
    for (const auto &[year, column] : fields.workloadByFiscalYear)
        parts << QStringLiteral("workload %1=%2").arg(year).arg(column);
    return parts;
}

} // namespace madoguchi::app::wizard
