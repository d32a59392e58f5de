#pragma once

#include <QList>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace seatwise {

// Which column of a person's CSV file feeds each column the gateway expects (R16: Ext key, Number,
// User, Addon license 1..N). Columns are 0-based indexes into the file's header; -1 is unmapped.
struct ColumnMapping {
    int extension = -1;
    int number = -1;
    int user = -1;
    QList<int> addons; // read as Addon license 1, 2, ... in this order

    bool operator==(const ColumnMapping&) const = default;

    // The three required columns are set and distinct, and no add-on column reuses one of them.
    bool isComplete() const;
    // `source`'s cells in the gateway's order; cells a short row leaves out are empty.
    QStringList canonicalRow(const QStringList& source) const;

    // "Ext key,Number,User,Addon license 1,...,Addon license N".
    static QStringList expectedHeader(int addonColumns);
    // The header is already in the gateway's order and words (case and spacing aside).
    static bool isCanonical(const QStringList& header);
    // The identity mapping of a canonical header.
    static ColumnMapping identity(int columnCount);
    // Best guess from the header's words, matched case-insensitively ("Extension", "Phone", "Login",
    // "Addon ..."); columns nothing matches stay unmapped.
    static ColumnMapping guess(const QStringList& header);
    // What identifies a header's shape for remembering its mapping: its words, case and spacing aside.
    static QString signature(const QStringList& header);

    QVariantMap toVariant() const;
    // Answers nothing when `value` is not a mapping or names a column the header does not have.
    static std::optional<ColumnMapping> fromVariant(const QVariant& value, qsizetype columnCount);
};

} // namespace seatwise
