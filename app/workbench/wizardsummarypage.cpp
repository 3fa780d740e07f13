#include "app/workbench/wizardsummarypage.h"

#include "app/lib/layerpath.h"
#include "app/lib/projectfile.h"
#include "app/workbench/newprojectwizard.h"
#include "app/workbench/wizardfilepage.h"
#include "app/workbench/wizardwidgets.h"
#include "core/criteria.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
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

    mThreshold = new QDoubleSpinBox;
    mThreshold->setObjectName(QStringLiteral("thresholdKm"));
    mThreshold->setRange(0.1, 100.0);
    mThreshold->setDecimals(1);
    mThreshold->setSingleStep(0.5);
    mThreshold->setValue(Criteria().distanceThresholdMeters / 1000.0);
    mThreshold->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    mThreshold->setSuffix(NewProjectWizard::tr(" km"));
    mThreshold->setToolTip(NewProjectWizard::tr("The guide for the straight distance from a branch office to "
                                                "the nearest ward office (Kumamoto's 2016 policy: 5 km)."));
    mCredits = new QPlainTextEdit;
    mCredits->setObjectName(QStringLiteral("credits"));
    mCredits->setPlaceholderText(NewProjectWizard::tr(
        "One line per source, e.g. 出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成"));
    mCredits->setMaximumHeight(mCredits->fontMetrics().height() * 5 + 12);
    mCredits->setTabChangesFocus(true);
    mError = makeStatusLabel(QStringLiteral("summaryError"));

    auto *form = makeFormLayout();
    form->addRow(NewProjectWizard::tr("Distance guide:"), mThreshold);
    form->addRow(NewProjectWizard::tr("Source credits (出典):"), mCredits);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mSummary);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(mError);
    layout->addStretch(1);

    registerField(QStringLiteral("thresholdKm"), mThreshold, "value", SIGNAL(valueChanged(double)));
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
