#pragma once

#include "gis/displaycrs.h"

#include <QString>
#include <QWidget>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QStandardItemModel;

namespace madoguchi::app {

// A choice of coordinate reference system, for the new project wizard: an editable combo box that lists
// the CRSs of Japanese planning data and searches them as one types, with a line under it that says what
// is chosen and why.
//
// The list: JGD2011 and WGS 84 latitude/longitude (EPSG:6668, 4326; only for Purpose::Source), the
// nineteen zones of the plane rectangular coordinate system (EPSG:6669–6687) with the prefectures the
// MLIT notice puts in each, and the UTM zones over Japan (JGD2011, EPSG:6688–6692, and WGS 84,
// EPSG:32651–32655). Typing filters the list by any part of an item ("6680", "XII", "札幌", "UTM 53"); a
// code that is not listed ("2451", "EPSG:2451") is looked up in PROJ's database, which names it, and is
// accepted when it suits the purpose (a map projection must be one gis::DisplayCrs draws).
//
// setSuggestion() gives the automatic choice and its reason: it is selected, and its reason shown,
// until the user picks another CRS (then followsSuggestion() is false).
//
// The value is the text the project file stores, "EPSG:6680" (property crsText, for QWizard fields);
// empty when nothing usable is chosen. The combo box is named `name` + "Combo", the line under it
// `name` + "Info".
class CrsPicker : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString crsText READ crsText WRITE setCrsText NOTIFY crsTextChanged USER true)

public:
    enum class Purpose {
        Display, // the map projection: a plane rectangular or UTM zone
        Source,  // the CRS of data that does not say (any CRS PROJ knows)
    };

    // `name` is the object name, and starts the names of the combo box and the line under it.
    CrsPicker(Purpose purpose, const QString &name, QWidget *parent = nullptr);

    Purpose purpose() const { return mPurpose; }
    // The EPSG code chosen; 0 when none, or the text is not a usable code.
    int epsgCode() const { return mEpsgCode; }
    QString crsText() const;
    // Selects the CRS of "EPSG:6680" or "6680" (listed or not), as the user's choice; empty text goes
    // back to the suggestion.
    void setCrsText(const QString &text);

    // The automatic choice (e.g. DisplayCrs::forAreas' zone) and why; an invalid crs removes it. It is
    // selected unless the user has chosen a CRS.
    void setSuggestion(const gis::DisplayCrs &crs);
    const gis::DisplayCrs &suggestion() const { return mSuggestion; }
    // The suggestion is what is chosen.
    bool followsSuggestion() const;

    // The entries listed, "EPSG:6680 — JGD2011 zone XII (北海道中央部 …)", in order.
    QStringList listedTexts() const;
    // The listed entries whose text contains `filter` (case-insensitive), as typing filters them.
    QStringList matchingTexts(const QString &filter) const;

    QComboBox *comboBox() const { return mCombo; }
    QLabel *infoLabel() const { return mInfo; }

Q_SIGNALS:
    void crsTextChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillList();
    // The user typed or picked something: takes the code from the text.
    void textEdited();
    // Selects the code (0: none) when it suits the purpose; otherwise sets mProblem and chooses none.
    // `byUser`: the user's choice, which a later suggestion does not replace.
    void choose(int epsgCode, bool byUser);
    // The suggestion (or nothing), as no choice of the user's.
    void chooseAutomatic();
    void updateInfo();
    int rowOf(int epsgCode) const;

    Purpose mPurpose;
    QComboBox *mCombo = nullptr;
    QLabel *mInfo = nullptr;
    QStandardItemModel *mModel = nullptr;
    gis::DisplayCrs mSuggestion;
    int mEpsgCode = 0;
    QString mProblem; // why the text typed is not usable; empty when it is
    bool mUserChose = false;
    bool mUpdating = false;
};

// Completion for a field where a source's CRS is typed as text (an EPSG code, WKT or a PROJ string, as
// the project file's "crs" stores it): as one types, the entries of CrsPicker's Source list that contain
// the text ("6670", "zone II", "熊本"); picking one puts its code, "EPSG:6670", in the field and ends
// the editing. A button at the end of the field (named the field's name + "List") shows the whole list.
// Anything else typed stays as typed.
QCompleter *addCrsCompletion(QLineEdit *edit);

} // namespace madoguchi::app
