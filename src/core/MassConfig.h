#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace seatwise {

// The nine add-on license codes a mass configuration file may name (R16), in the help page's order.
const QStringList& addonCodes();

// What the store holds now, read by the caller before planning.
struct MassConfigSnapshot {
    QHash<QString, QString> userIdByLogin;        // login -> user id
    QHash<QString, QList<QString>> userIdsByName; // lower-cased display name -> ids
    QSet<QString> extensionsInUse;                // on assigned licenses
    QSet<QString> numbersInUse;                   // normalised like the plan's numbers
    int freeBaseLicenses = 0;                     // available Phone System base licenses
    QHash<QString, int> freeAddons;               // code -> available add-on licenses
};

// One base license to assign: a data row of the file, checked and normalised.
struct MassConfigRowPlan {
    int row = 0; // data rows count from 1
    QString extension;
    QString number; // separators stripped, optional leading '+'
    QString userId;
    QString userLogin;  // empty only when the snapshot knows the user by name alone
    QStringList addons; // codes in column order
};

struct MassConfigError {
    int row = 0;     // header = 0, data rows from 1
    QString column;  // header name ("Number", "Addon license 2"), empty for the whole row
    QString error;   // wire code, e.g. "duplicate_extension"
    QString message; // for people: quotes the value and says how to fix it
};

struct MassConfigReport {
    int rows = 0;                  // data rows read
    QList<MassConfigRowPlan> plan; // one per data row, only when there are no errors
    QList<MassConfigError> errors; // sorted by row
    bool ok() const { return errors.isEmpty(); }
};

// R16: validates every row of a mass configuration file against the snapshot and plans the
// assignments. Pure: the caller applies the plan (all or nothing) or returns the errors.
MassConfigReport planMassConfig(const QByteArray& csv, const MassConfigSnapshot& snapshot);

} // namespace seatwise
