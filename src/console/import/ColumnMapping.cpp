#include "console/import/ColumnMapping.h"

#include <QCryptographicHash>

#include <algorithm>

namespace seatwise {
namespace {

const QString kExtension = QStringLiteral("Ext key");
const QString kNumber = QStringLiteral("Number");
const QString kUser = QStringLiteral("User");

// Lower case without spaces, dashes, dots or underscores: "Ext. key" and "ext_key" read the same.
QString folded(const QString& word)
{
    QString out;
    for (const QChar c : word.toLower()) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

// The first column whose folded name is one of `words`, tried in the words' order (a login beats a
// display name), skipping columns already taken.
int findColumn(const QStringList& foldedHeader, const QStringList& words, const QList<int>& taken)
{
    for (const QString& word : words) {
        for (int column = 0; column < foldedHeader.size(); ++column) {
            if (foldedHeader.at(column) == word && !taken.contains(column))
                return column;
        }
    }
    return -1;
}

} // namespace

bool ColumnMapping::isComplete() const
{
    const QList<int> required{extension, number, user};
    if (std::any_of(required.begin(), required.end(), [](int column) { return column < 0; }))
        return false;
    if (extension == number || extension == user || number == user)
        return false;
    return std::none_of(addons.begin(), addons.end(), [&required](int column) { return required.contains(column); });
}

QStringList ColumnMapping::canonicalRow(const QStringList& source) const
{
    const auto cell = [&source](int column) {
        return column >= 0 && column < source.size() ? source.at(column) : QString();
    };
    QStringList row{cell(extension), cell(number), cell(user)};
    for (const int column : addons)
        row.append(cell(column));
    return row;
}

QStringList ColumnMapping::expectedHeader(int addonColumns)
{
    QStringList header{kExtension, kNumber, kUser};
    for (int i = 1; i <= addonColumns; ++i)
        header.append(QStringLiteral("Addon license %1").arg(i));
    return header;
}

bool ColumnMapping::isCanonical(const QStringList& header)
{
    if (header.size() < 3)
        return false;
    const QStringList expected = expectedHeader(int(header.size()) - 3);
    for (int column = 0; column < header.size(); ++column) {
        if (header.at(column).simplified().compare(expected.at(column), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

ColumnMapping ColumnMapping::identity(int columnCount)
{
    ColumnMapping mapping{0, 1, 2, {}};
    for (int column = 3; column < columnCount; ++column)
        mapping.addons.append(column);
    return mapping;
}

ColumnMapping ColumnMapping::guess(const QStringList& header)
{
    QStringList names;
    for (const QString& name : header)
        names.append(folded(name));
    ColumnMapping mapping;
    QList<int> taken;
    const auto take = [&](const QStringList& words) {
        const int column = findColumn(names, words, taken);
        if (column >= 0)
            taken.append(column);
        return column;
    };
    mapping.extension = take({QStringLiteral("extkey"), QStringLiteral("extension"), QStringLiteral("ext"),
                              QStringLiteral("extensionkey"), QStringLiteral("extn")});
    mapping.number = take({QStringLiteral("number"), QStringLiteral("phonenumber"), QStringLiteral("phone"),
                           QStringLiteral("did"), QStringLiteral("didnumber"), QStringLiteral("directnumber"),
                           QStringLiteral("telephone"), QStringLiteral("tel")});
    mapping.user = take({QStringLiteral("user"), QStringLiteral("login"), QStringLiteral("username"),
                         QStringLiteral("userlogin"), QStringLiteral("agent"), QStringLiteral("name"),
                         QStringLiteral("fullname"), QStringLiteral("displayname")});
    for (int column = 0; column < names.size(); ++column) {
        if (names.at(column).startsWith(QLatin1String("addon")) && !taken.contains(column))
            mapping.addons.append(column);
    }
    return mapping;
}

QString ColumnMapping::signature(const QStringList& header)
{
    QStringList words;
    for (const QString& name : header)
        words.append(name.simplified().toLower());
    // Hashed: QSettings keys cannot hold every character a header may have.
    const QByteArray joined = words.join(QChar(0x1f)).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(joined, QCryptographicHash::Sha1).toHex());
}

QVariantMap ColumnMapping::toVariant() const
{
    QVariantList addonList;
    for (const int column : addons)
        addonList.append(column);
    return {{QStringLiteral("extension"), extension},
            {QStringLiteral("number"), number},
            {QStringLiteral("user"), user},
            {QStringLiteral("addons"), addonList}};
}

std::optional<ColumnMapping> ColumnMapping::fromVariant(const QVariant& value, qsizetype columnCount)
{
    const QVariantMap map = value.toMap();
    if (map.isEmpty())
        return std::nullopt;
    bool ok = true;
    const auto column = [&](const QVariant& v) {
        bool isInt = false;
        const int c = v.toInt(&isInt);
        ok = ok && isInt && c >= -1 && c < columnCount;
        return c;
    };
    ColumnMapping mapping;
    mapping.extension = column(map.value(QStringLiteral("extension")));
    mapping.number = column(map.value(QStringLiteral("number")));
    mapping.user = column(map.value(QStringLiteral("user")));
    const QVariantList addonList = map.value(QStringLiteral("addons")).toList();
    for (const QVariant& addon : addonList)
        mapping.addons.append(column(addon));
    if (!ok)
        return std::nullopt;
    return mapping;
}

} // namespace seatwise
