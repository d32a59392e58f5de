#include "MassConfig.h"

#include "CsvTable.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace seatwise {
namespace {

constexpr int RequiredColumns = 3; // Ext key, Number, User
constexpr int ExtensionColumn = 0;
constexpr int NumberColumn = 1;
constexpr int UserColumn = 2;
constexpr int MaxExtensionDigits = 8;
constexpr int MinNumberDigits = 7;
constexpr int MaxNumberDigits = 15;

QString columnName(int index)
{
    switch (index) {
    case ExtensionColumn:
        return QStringLiteral("Ext key");
    case NumberColumn:
        return QStringLiteral("Number");
    case UserColumn:
        return QStringLiteral("User");
    default:
        return QStringLiteral("Addon license %1").arg(index - RequiredColumns + 1);
    }
}

// People copy the labels from the help page's table; pointing them to the code saves a round trip.
QString codeForLabel(const QString& label)
{
    static const QHash<QString, QString> codes{
        {QStringLiteral("call recording"), QStringLiteral("call_recording")},
        {QStringLiteral("desktop"), QStringLiteral("device_desktop_app")},
        {QStringLiteral("dnc"), QStringLiteral("license_dnc_checking_enabled")},
        {QStringLiteral("ip phone"), QStringLiteral("device_ip_phone")},
        {QStringLiteral("mobile"), QStringLiteral("device_mobile_app")},
        {QStringLiteral("web phone"), QStringLiteral("device_web_rtc")},
        {QStringLiteral("number"), QStringLiteral("license_number")},
        {QStringLiteral("team chat"), QStringLiteral("team_chat")},
        {QStringLiteral("unlimited call recording storage"),
         QStringLiteral("license_call_recording_unlimited_enabled")},
    };
    return codes.value(label.simplified().toLower());
}

QString canonicalCode(const QString& value)
{
    for (const QString& code : addonCodes()) {
        if (value.compare(code, Qt::CaseInsensitive) == 0)
            return code;
    }
    return {};
}

bool isAsciiDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Separators people type in phone numbers; the plan and the duplicate checks use the bare form.
QString normalizedNumber(const QString& raw)
{
    const auto isSeparator = [](QChar c) { return c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')'; };
    if (std::none_of(raw.begin(), raw.end(), isSeparator))
        return raw; // most files write bare digits: no copy
    QString number;
    number.reserve(raw.size());
    for (QChar c : raw) {
        if (!isSeparator(c))
            number.append(c);
    }
    return number;
}

bool isValidNumber(const QString& number)
{
    const QStringView digits = number.startsWith(u'+') ? QStringView(number).mid(1) : QStringView(number);
    return isAsciiDigits(digits) && digits.size() >= MinNumberDigits && digits.size() <= MaxNumberDigits;
}

QString rowsNeed(qsizetype needed, const QString& what, int free)
{
    return QStringLiteral("%1 %2 %3 but only %4 %5 free; buy more licenses or remove rows from the file.")
        .arg(needed)
        .arg(needed == 1 ? QStringLiteral("row needs") : QStringLiteral("rows need"), what)
        .arg(free)
        .arg(free == 1 ? QStringLiteral("is") : QStringLiteral("are"));
}

// A row that passed every check, with where each add-on came from so a shortfall names its column.
struct Candidate {
    MassConfigRowPlan plan;
    QList<int> addonColumns;
};

struct UserMatch {
    QString id;
    QString login;
};

class Planner final {
public:
    explicit Planner(const MassConfigSnapshot& snapshot);
    MassConfigReport run(const QByteArray& csv);

private:
    void addError(int row, int column, const QString& code, const QString& message);
    bool checkHeader(const QStringList& header);
    void checkRow(int row, const QStringList& fields);
    void reportExtraFields(int row, const QStringList& fields);
    QString checkExtension(int row, const QString& value);
    QString checkNumber(int row, const QString& value);
    std::optional<UserMatch> checkUser(int row, const QString& value);
    void checkAddons(int row, const QStringList& fields, Candidate& candidate);
    void checkLicenses();

    const MassConfigSnapshot& m_snapshot;
    QHash<QString, QString> m_loginById;
    qsizetype m_columns = 0;
    QHash<QString, int> m_extensionRows; // first row using each extension
    QHash<QString, int> m_numberRows;
    QList<Candidate> m_candidates;
    MassConfigReport m_report;
};

Planner::Planner(const MassConfigSnapshot& snapshot)
    : m_snapshot(snapshot)
{
    // Only a match by name needs it; with no names known, a large file skips building it.
    if (!snapshot.userIdsByName.isEmpty()) {
        for (auto it = snapshot.userIdByLogin.cbegin(); it != snapshot.userIdByLogin.cend(); ++it)
            m_loginById.insert(it.value(), it.key());
    }
}

MassConfigReport Planner::run(const QByteArray& csv)
{
    const CsvTable table = parseCsv(csv);
    const int problemRow = table.problem ? table.problem->row : -1;
    if (table.rows.isEmpty() && !table.problem) {
        addError(0, -1, QStringLiteral("empty_file"),
                 QStringLiteral("The file is empty. Start it with the header Ext key,Number,User,Addon license 1 "
                                "and add one row per extension."));
        return std::move(m_report);
    }
    const bool rowsReadable = table.rows.isEmpty() || checkHeader(table.rows.first());
    if (rowsReadable) {
        // Sized once: a 100,000-row file would otherwise regrow these a dozen times each.
        m_extensionRows.reserve(table.rows.size());
        m_numberRows.reserve(table.rows.size());
        m_candidates.reserve(table.rows.size());
        for (int row = 1; row < table.rows.size(); ++row)
            checkRow(row, table.rows.at(row));
    }
    m_report.rows = int(std::max<qsizetype>(table.rows.size() - 1, problemRow));
    if (table.problem) {
        const int field = table.problem->field;
        addError(problemRow, problemRow > 0 && field >= 0 && field < m_columns ? field : -1,
                 QStringLiteral("bad_quoting"), table.problem->message);
    }
    if (rowsReadable)
        checkLicenses();

    std::stable_sort(m_report.errors.begin(), m_report.errors.end(),
                     [](const MassConfigError& a, const MassConfigError& b) { return a.row < b.row; });
    if (m_report.ok()) {
        m_report.plan.reserve(m_candidates.size());
        for (Candidate& candidate : m_candidates)
            m_report.plan.append(std::move(candidate.plan));
    }
    return std::move(m_report);
}

void Planner::addError(int row, int column, const QString& code, const QString& message)
{
    m_report.errors.append(MassConfigError{row, column >= 0 ? columnName(column) : QString(), code, message});
}

// Returns whether the data rows can be read: they can when the three required columns are right,
// even if an add-on column is misnamed, since add-on columns are read by position.
bool Planner::checkHeader(const QStringList& header)
{
    const QString wrongHeader = QStringLiteral("wrong_header");
    if (header.size() == 1 && header.first().contains(u';')) {
        addError(0, -1, wrongHeader,
                 QStringLiteral("The header \"%1\" is separated by semicolons; save the file as comma-separated "
                                "CSV (Ext key,Number,User,Addon license 1,...).")
                     .arg(header.first()));
        return false;
    }
    bool requiredOk = true;
    for (int column = 0; column < std::max<qsizetype>(header.size(), RequiredColumns); ++column) {
        const QString expected = columnName(column);
        if (column >= header.size()) {
            addError(0, column, wrongHeader,
                     QStringLiteral("The header has no \"%1\" column; it must start with Ext key,Number,User.")
                         .arg(expected));
            requiredOk = false;
            continue;
        }
        const QString found = header.at(column).simplified();
        if (found.compare(expected, Qt::CaseInsensitive) == 0)
            continue;
        const QString rule = column < RequiredColumns
                                 ? QStringLiteral("the header must start with Ext key,Number,User.")
                                 : QStringLiteral("add-on columns are named Addon license 1, Addon license 2, "
                                                  "... in order.");
        addError(0, column, wrongHeader,
                 QStringLiteral("Column %1 of the header is \"%2\" but must be \"%3\": %4")
                     .arg(column + 1)
                     .arg(found, expected, rule));
        requiredOk = requiredOk && column >= RequiredColumns;
    }
    m_columns = header.size();
    return requiredOk;
}

void Planner::checkRow(int row, const QStringList& fields)
{
    const qsizetype errorsBefore = m_report.errors.size();
    if (fields.size() > m_columns)
        reportExtraFields(row, fields);
    const auto value = [&fields](int column) {
        return column < fields.size() ? fields.at(column).trimmed() : QString();
    };
    Candidate candidate;
    candidate.plan.row = row;
    candidate.plan.extension = checkExtension(row, value(ExtensionColumn));
    candidate.plan.number = checkNumber(row, value(NumberColumn));
    if (const auto user = checkUser(row, value(UserColumn))) {
        candidate.plan.userId = user->id;
        candidate.plan.userLogin = user->login;
    }
    checkAddons(row, fields, candidate);
    if (m_report.errors.size() == errorsBefore)
        m_candidates.append(std::move(candidate));
}

void Planner::reportExtraFields(int row, const QStringList& fields)
{
    const QStringList extra = fields.mid(m_columns);
    const bool onlyCommas =
        std::all_of(extra.begin(), extra.end(), [](const QString& f) { return f.trimmed().isEmpty(); });
    // Spreadsheets leave trailing commas behind; saying so is clearer than quoting an empty value.
    const QString fix = onlyCommas ? QStringLiteral("remove the trailing commas after the last column.")
                                   : QStringLiteral("remove the extra values (from \"%1\") or add an \"%2\" column "
                                                    "to the header.")
                                         .arg(extra.first().trimmed(), columnName(int(m_columns)));
    addError(row, -1, QStringLiteral("too_many_fields"),
             QStringLiteral("The row has %1 values but the header has %2 columns; %3")
                 .arg(fields.size())
                 .arg(m_columns)
                 .arg(fix));
}

QString Planner::checkExtension(int row, const QString& value)
{
    const QString code = QStringLiteral("duplicate_extension");
    if (value.isEmpty()) {
        addError(row, ExtensionColumn, QStringLiteral("missing_field"),
                 QStringLiteral("Ext key is empty; enter the extension's key (1 to 8 digits, e.g. 101)."));
    } else if (!isAsciiDigits(value) || value.size() > MaxExtensionDigits) {
        addError(row, ExtensionColumn, QStringLiteral("malformed_extension"),
                 QStringLiteral("Ext key \"%1\" is not an extension; use 1 to 8 digits, e.g. 101.").arg(value));
    } else if (m_snapshot.extensionsInUse.contains(value)) {
        addError(row, ExtensionColumn, code,
                 QStringLiteral("Extension \"%1\" is already assigned to a license; choose a free extension or "
                                "unassign that license first.")
                     .arg(value));
    } else if (const int earlier = m_extensionRows.value(value); earlier > 0) {
        addError(row, ExtensionColumn, code,
                 QStringLiteral("Extension \"%1\" is also on row %2; give each row its own extension.")
                     .arg(value)
                     .arg(earlier));
    } else {
        m_extensionRows.insert(value, row);
        return value;
    }
    return {};
}

QString Planner::checkNumber(int row, const QString& value)
{
    const QString number = normalizedNumber(value);
    const QString code = QStringLiteral("duplicate_number");
    if (value.isEmpty()) {
        addError(row, NumberColumn, QStringLiteral("missing_field"),
                 QStringLiteral("Number is empty; enter the DID for this extension (7 to 15 digits, e.g. "
                                "+6567891230)."));
    } else if (!isValidNumber(number)) {
        addError(row, NumberColumn, QStringLiteral("malformed_number"),
                 QStringLiteral("Number \"%1\" is not a phone number; use 7 to 15 digits with an optional "
                                "leading +. Spaces, dashes, dots and parentheses may separate the digits.")
                     .arg(value));
    } else if (m_snapshot.numbersInUse.contains(number)) {
        addError(row, NumberColumn, code,
                 QStringLiteral("Number \"%1\" is already assigned to a license; choose a free number or "
                                "unassign that license first.")
                     .arg(value));
    } else if (const int earlier = m_numberRows.value(number); earlier > 0) {
        addError(
            row, NumberColumn, code,
            QStringLiteral("Number \"%1\" is also on row %2; give each row its own number.").arg(value).arg(earlier));
    } else {
        m_numberRows.insert(number, row);
        return number;
    }
    return {};
}

// A login wins over a name: logins are unique, names need not be.
std::optional<UserMatch> Planner::checkUser(int row, const QString& value)
{
    if (value.isEmpty()) {
        addError(row, UserColumn, QStringLiteral("missing_field"),
                 QStringLiteral("User is empty; enter the login of the user to assign this extension to."));
        return std::nullopt;
    }
    if (const auto it = m_snapshot.userIdByLogin.constFind(value); it != m_snapshot.userIdByLogin.cend())
        return UserMatch{it.value(), value};
    const QList<QString> ids = m_snapshot.userIdsByName.value(value.toLower());
    if (ids.size() == 1)
        return UserMatch{ids.first(), m_loginById.value(ids.first())};
    const QString message =
        ids.isEmpty()
            ? QStringLiteral("No user has the login or name \"%1\"; use the login of an existing user (create "
                             "the user first if needed).")
                  .arg(value)
            : QStringLiteral("The name \"%1\" is ambiguous: %2 users have it; use the login of the one you mean.")
                  .arg(value)
                  .arg(ids.size());
    addError(row, UserColumn, QStringLiteral("unknown_user"), message);
    return std::nullopt;
}

void Planner::checkAddons(int row, const QStringList& fields, Candidate& candidate)
{
    QHash<QString, int> columnByCode;
    const qsizetype end = std::min(fields.size(), m_columns);
    for (int column = RequiredColumns; column < end; ++column) {
        const QString value = fields.at(column).trimmed();
        if (value.isEmpty())
            continue; // rows may leave trailing add-on cells empty
        const QString code = canonicalCode(value);
        if (code.isEmpty()) {
            const QString label = codeForLabel(value);
            const QString hint = label.isEmpty()
                                     ? QStringLiteral("use one of: %1.").arg(addonCodes().join(QStringLiteral(", ")))
                                     : QStringLiteral("write its code, %1.").arg(label);
            addError(row, column, QStringLiteral("unknown_addon"),
                     QStringLiteral("\"%1\" is not an add-on code; %2").arg(value, hint));
        } else if (const int earlier = columnByCode.value(code, -1); earlier >= 0) {
            addError(row, column, QStringLiteral("duplicate_addon"),
                     QStringLiteral("Add-on \"%1\" is already in %2; list each add-on once per row.")
                         .arg(code, columnName(earlier)));
        } else {
            columnByCode.insert(code, column);
            candidate.plan.addons.append(code);
            candidate.addonColumns.append(column);
        }
    }
}

// Shortfalls are reported on the first row that cannot be served, where the person will look.
void Planner::checkLicenses()
{
    const int freeBase = std::max(0, m_snapshot.freeBaseLicenses);
    if (m_candidates.size() > freeBase) {
        addError(m_candidates.at(freeBase).plan.row, -1, QStringLiteral("not_enough_licenses"),
                 rowsNeed(m_candidates.size(), QStringLiteral("a Phone System base license"), freeBase));
    }
    for (const QString& code : addonCodes()) {
        QList<QPair<int, int>> uses; // row, column
        for (const Candidate& candidate : std::as_const(m_candidates)) {
            const qsizetype at = candidate.plan.addons.indexOf(code);
            if (at >= 0)
                uses.append({candidate.plan.row, candidate.addonColumns.at(at)});
        }
        const int free = std::max(0, m_snapshot.freeAddons.value(code));
        if (uses.size() > free) {
            addError(uses.at(free).first, uses.at(free).second, QStringLiteral("not_enough_licenses"),
                     rowsNeed(uses.size(), QStringLiteral("the %1 add-on").arg(code), free));
        }
    }
}

} // namespace

const QStringList& addonCodes()
{
    static const QStringList codes{
        QStringLiteral("call_recording"),
        QStringLiteral("device_desktop_app"),
        QStringLiteral("license_dnc_checking_enabled"),
        QStringLiteral("device_ip_phone"),
        QStringLiteral("device_mobile_app"),
        QStringLiteral("device_web_rtc"),
        QStringLiteral("license_number"),
        QStringLiteral("team_chat"),
        QStringLiteral("license_call_recording_unlimited_enabled"),
    };
    return codes;
}

MassConfigReport planMassConfig(const QByteArray& csv, const MassConfigSnapshot& snapshot)
{
    return Planner(snapshot).run(csv);
}

} // namespace seatwise
