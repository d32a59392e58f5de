// libFuzzer target: the mass configuration CSV as the gateway reads it (R16), before the store is
// touched. parseCsv() (over libcsv) and planMassConfig() must take any bytes without crashing, reading
// out of bounds or undefined behaviour, and keep their promises (checked below; abort() reports a break).
#include "core/CsvTable.h"
#include "core/MassConfig.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace seatwise;

namespace {

// A store with a few users, licenses and numbers in use, so that rows get past the first checks.
MassConfigSnapshot makeSnapshot()
{
    MassConfigSnapshot snapshot;
    const char* logins[] = {"john", "alice", "lucie", "hallie", "admin"};
    int n = 0;
    for (const char* login : logins) {
        const QString id = QStringLiteral("u%1").arg(++n);
        snapshot.userIdByLogin.insert(QString::fromLatin1(login), id);
        QString name = QString::fromLatin1(login);
        name[0] = name[0].toUpper();
        snapshot.userIdsByName[name.toLower()].append(id);
    }
    snapshot.userIdsByName[QStringLiteral("twin")] = {QStringLiteral("u1"), QStringLiteral("u2")}; // ambiguous name
    snapshot.extensionsInUse = {QStringLiteral("100")};
    snapshot.numbersInUse = {QStringLiteral("6567891299")};
    snapshot.freeBaseLicenses = 6;
    for (const QString& code : addonCodes())
        snapshot.freeAddons.insert(code, 3);
    return snapshot;
}

void check(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_csv: broken promise: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const MassConfigSnapshot snapshot = makeSnapshot();
    // Not copied: reading past the fuzzer's buffer is then an ASan report, not a quiet read of a copy.
    const QByteArray csv = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));

    const CsvTable table = parseCsv(csv);
    if (table.problem) {
        check(table.problem->row >= 0 && table.problem->row >= table.rows.size() - 1, "problem row after read rows");
        check(!table.problem->message.isEmpty(), "problem without a message");
    }

    const MassConfigReport report = planMassConfig(csv, snapshot);
    check(report.rows >= 0, "negative row count");
    check(report.ok() || report.plan.isEmpty(), "a plan despite errors");
    int previous = 0;
    for (const MassConfigError& error : report.errors) {
        check(error.row >= previous, "errors not sorted by row");
        check(error.row <= report.rows + 1, "error on a row past the file");
        check(!error.error.isEmpty() && !error.message.isEmpty(), "error without a code or message");
        previous = error.row;
    }
    for (const MassConfigRowPlan& row : report.plan) {
        check(row.row >= 1 && row.row <= report.rows, "planned row outside the file");
        check(!row.extension.isEmpty() && !row.number.isEmpty() && !row.userId.isEmpty(), "planned row incomplete");
    }
    check(report.plan.size() <= snapshot.freeBaseLicenses, "more rows planned than free licenses");
    return 0;
}
