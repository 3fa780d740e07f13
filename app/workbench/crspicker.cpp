#include "app/workbench/crspicker.h"

#include "gis/japanzones.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>

namespace madoguchi::app {

namespace {

constexpr int EpsgRole = Qt::UserRole + 1;

QString itemText(int epsgCode, const QString &name, const QString &areas = {})
{
    return areas.isEmpty() ? CrsPicker::tr("EPSG:%1 — %2").arg(epsgCode).arg(name)
                           : CrsPicker::tr("EPSG:%1 — %2 (%3)").arg(epsgCode).arg(name, areas);
}

// The CRSs listed for the purpose, in order.
void fillCrsModel(QStandardItemModel *model, CrsPicker::Purpose purpose)
{
    model->clear();
    auto add = [model](int code, const QString &text) {
        auto *item = new QStandardItem(text);
        item->setData(code, EpsgRole);
        item->setToolTip(text);
        model->appendRow(item);
    };
    if (purpose == CrsPicker::Purpose::Source) {
        add(6668, itemText(6668, CrsPicker::tr("JGD2011 latitude/longitude")));
        add(4326, itemText(4326, CrsPicker::tr("WGS 84 latitude/longitude")));
    }
    for (const gis::DisplayCrs::JapanZone &zone : gis::DisplayCrs::japanZones())
        add(zone.epsgCode, itemText(zone.epsgCode, gis::DisplayCrs::japanZone(zone.number).label(),
                                    gis::zoneAreas(zone.number)));
    for (int code = 6688; code <= 6692; ++code)
        add(code, itemText(code, gis::DisplayCrs::fromEpsg(code).name()));
    for (int code = 32651; code <= 32655; ++code)
        add(code, itemText(code, gis::DisplayCrs::fromEpsg(code).name()));
}

} // namespace

QCompleter *addCrsCompletion(QLineEdit *edit)
{
    auto *model = new QStandardItemModel(edit);
    fillCrsModel(model, CrsPicker::Purpose::Source);
    auto *completer = new QCompleter(model, edit);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    edit->setCompleter(completer);
    // The line edit puts the entry's whole text in the field (through a connection it makes when it gets
    // the focus, so after this one): queued, this runs after it and leaves the code alone
    // ("EPSG:6670 — …" -> "EPSG:6670"), the text the project file stores.
    QObject::connect(
        completer, qOverload<const QString &>(&QCompleter::activated), edit,
        [edit](const QString &entry) {
            const int code = gis::DisplayCrs::epsgCodeOf(entry.section(QLatin1Char(' '), 0, 0));
            if (code == 0)
                return;
            edit->setText(QStringLiteral("EPSG:%1").arg(code));
            Q_EMIT edit->editingFinished();
        },
        Qt::QueuedConnection);
    QAction *list = edit->addAction(edit->style()->standardIcon(QStyle::SP_ArrowDown), QLineEdit::TrailingPosition);
    list->setObjectName(edit->objectName() + QStringLiteral("List"));
    list->setToolTip(CrsPicker::tr("Show the coordinate systems of Japanese data"));
    QObject::connect(list, &QAction::triggered, edit, [completer] {
        completer->setCompletionPrefix(QString());
        completer->complete();
    });
    return completer;
}

CrsPicker::CrsPicker(Purpose purpose, const QString &name, QWidget *parent)
    : QWidget(parent)
    , mPurpose(purpose)
{
    setObjectName(name);
    mCombo = new QComboBox;
    mCombo->setObjectName(name + QStringLiteral("Combo"));
    mCombo->setEditable(true);
    mCombo->setInsertPolicy(QComboBox::NoInsert);
    mCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mCombo->setMinimumContentsLength(36);
    mModel = new QStandardItemModel(this);
    mCombo->setModel(mModel);
    mCombo->lineEdit()->setPlaceholderText(purpose == Purpose::Display
                                               ? tr("Type an EPSG code or a name, e.g. 6680 or 札幌")
                                               : tr("From the file; or type an EPSG code, e.g. 6668"));
    auto *completer = new QCompleter(mModel, this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    mCombo->setCompleter(completer);

    mInfo = new QLabel;
    mInfo->setObjectName(name + QStringLiteral("Info"));
    mInfo->setWordWrap(true);
    mInfo->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(mCombo);
    layout->addWidget(mInfo);

    fillList();
    mCombo->setCurrentIndex(-1);
    mCombo->clearEditText();
    updateInfo();

    connect(mCombo, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (mUpdating || row < 0)
            return;
        choose(mCombo->itemData(row, EpsgRole).toInt(), true);
    });
    connect(mCombo->lineEdit(), &QLineEdit::editingFinished, this, [this] { textEdited(); });
}

void CrsPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillList();
        updateInfo();
    }
    QWidget::changeEvent(event);
}

void CrsPicker::fillList()
{
    const bool wasUpdating = mUpdating;
    mUpdating = true;
    fillCrsModel(mModel, mPurpose);
    // A code typed earlier that is not listed stays at the end.
    if (mEpsgCode != 0 && rowOf(mEpsgCode) < 0) {
        const auto info = gis::DisplayCrs::epsgInfo(mEpsgCode);
        auto *item = new QStandardItem(itemText(mEpsgCode, info ? info->name : tr("unknown")));
        item->setData(mEpsgCode, EpsgRole);
        mModel->appendRow(item);
    }
    mCombo->setCurrentIndex(mEpsgCode != 0 ? rowOf(mEpsgCode) : -1);
    if (mEpsgCode == 0)
        mCombo->clearEditText();
    mUpdating = wasUpdating;
}

int CrsPicker::rowOf(int epsgCode) const
{
    for (int row = 0; row < mModel->rowCount(); ++row) {
        if (mModel->item(row)->data(EpsgRole).toInt() == epsgCode)
            return row;
    }
    return -1;
}

QString CrsPicker::crsText() const
{
    return mEpsgCode != 0 ? QStringLiteral("EPSG:%1").arg(mEpsgCode) : QString();
}

void CrsPicker::setCrsText(const QString &text)
{
    mProblem.clear();
    if (text.trimmed().isEmpty()) {
        chooseAutomatic();
        return;
    }
    const int code = gis::DisplayCrs::epsgCodeOf(text);
    if (code == 0)
        mProblem = tr("“%1” is not an EPSG code.").arg(text.trimmed());
    choose(code, true);
}

void CrsPicker::setSuggestion(const gis::DisplayCrs &crs)
{
    mSuggestion = crs;
    if (mUserChose)
        updateInfo();
    else
        chooseAutomatic();
}

void CrsPicker::chooseAutomatic()
{
    mUserChose = false;
    choose(mSuggestion.isValid() ? mSuggestion.epsgCode() : 0, false);
}

bool CrsPicker::followsSuggestion() const
{
    return mSuggestion.isValid() && mEpsgCode == mSuggestion.epsgCode();
}

QStringList CrsPicker::listedTexts() const
{
    QStringList texts;
    for (int row = 0; row < mModel->rowCount(); ++row)
        texts << mModel->item(row)->text();
    return texts;
}

QStringList CrsPicker::matchingTexts(const QString &filter) const
{
    return listedTexts().filter(filter.trimmed(), Qt::CaseInsensitive);
}

void CrsPicker::textEdited()
{
    if (mUpdating)
        return;
    const QString text = mCombo->currentText().trimmed();
    mProblem.clear();
    if (text.isEmpty()) {
        chooseAutomatic();
        return;
    }
    // The current item's own text, as a completion or the list put it.
    const int row = mCombo->findText(text, Qt::MatchFixedString);
    if (row >= 0) {
        choose(mCombo->itemData(row, EpsgRole).toInt(), true);
        return;
    }
    if (const int code = gis::DisplayCrs::epsgCodeOf(text)) {
        choose(code, true);
        return;
    }
    // A name that matches one listed entry ("XII", "札幌") is that entry.
    const QStringList matches = matchingTexts(text);
    if (matches.size() == 1) {
        choose(mModel->item(mCombo->findText(matches.front(), Qt::MatchFixedString))->data(EpsgRole).toInt(), true);
        return;
    }
    mProblem = matches.isEmpty() ? tr("No coordinate system is listed for “%1”: type its EPSG code.").arg(text)
                                 : tr("“%1” matches %2 coordinate systems: pick one from the list.")
                                       .arg(text)
                                       .arg(matches.size());
    mUserChose = true;
    const bool changed = mEpsgCode != 0;
    mEpsgCode = 0;
    updateInfo();
    if (changed)
        Q_EMIT crsTextChanged(QString());
}

void CrsPicker::choose(int epsgCode, bool byUser)
{
    const int before = mEpsgCode;
    mUserChose = mUserChose || byUser;
    if (epsgCode != 0) {
        mProblem.clear();
        const auto info = gis::DisplayCrs::epsgInfo(epsgCode);
        if (!info) {
            mProblem = tr("PROJ's database has no EPSG:%1.").arg(epsgCode);
            epsgCode = 0;
        } else if (mPurpose == Purpose::Display && !gis::DisplayCrs::isSupportedEpsg(epsgCode)) {
            mProblem = tr("EPSG:%1 (%2) cannot be the map projection: choose a plane rectangular zone or a UTM "
                          "zone.")
                           .arg(epsgCode)
                           .arg(info->name);
            epsgCode = 0;
        } else if (!info->projected && !info->geographic) {
            mProblem = tr("EPSG:%1 (%2) is not a horizontal coordinate system.").arg(epsgCode).arg(info->name);
            epsgCode = 0;
        }
    }
    mEpsgCode = epsgCode;
    mUpdating = true;
    if (epsgCode == 0) {
        if (mProblem.isEmpty()) {
            // Nothing chosen: the box is empty. A problem keeps the text typed, to be corrected.
            mCombo->setCurrentIndex(-1);
            mCombo->clearEditText();
        }
    } else {
        if (rowOf(epsgCode) < 0)
            fillList(); // adds the code typed at the end
        const int row = rowOf(epsgCode);
        mCombo->setCurrentIndex(row);
        // The index may not have changed while the text typed ("6680") did: show the entry whole.
        if (mCombo->currentText() != mCombo->itemText(row))
            mCombo->setEditText(mCombo->itemText(row));
    }
    mUpdating = false;
    updateInfo();
    if (before != mEpsgCode)
        Q_EMIT crsTextChanged(crsText());
}

void CrsPicker::updateInfo()
{
    QString text;
    bool problem = false;
    if (!mProblem.isEmpty()) {
        text = mProblem;
        problem = true;
    } else if (mEpsgCode != 0 && followsSuggestion()) {
        text = mSuggestion.description();
    } else if (mEpsgCode != 0) {
        const auto info = gis::DisplayCrs::epsgInfo(mEpsgCode);
        const QString name = info ? info->name : QString();
        text = mSuggestion.isValid()
                   ? tr("%1, chosen here; the automatic choice is %2.").arg(name, mSuggestion.description())
                   : tr("%1, chosen here.").arg(name);
    }
    mInfo->setText(text);
    mInfo->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace madoguchi::app
