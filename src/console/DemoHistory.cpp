#include "console/DemoHistory.h"

#include "store/Database.h"
#include "store/PoolRepo.h"
#include "store/WriteTransaction.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <cmath>

namespace seatwise {
namespace {

constexpr qint64 kMinutesPerDay = 1440;

quint64 mix(quint64 x)
{
    // splitmix64's finaliser: cheap, stateless, good enough for demo noise.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// A number in [0, 1) from the seed, a channel and a position.
double unit(quint64 seed, quint64 channel, qint64 at)
{
    return double(mix(seed ^ mix(channel * 0x100000001b3ULL ^ quint64(at))) >> 11) * 0x1.0p-53;
}

// Smooth noise in [-1, 1] over `t` (value noise with smoothstep between integer knots).
double smoothNoise(quint64 seed, quint64 channel, double t)
{
    const double knot = std::floor(t);
    const double f = t - knot;
    const double a = 2 * unit(seed, channel, qint64(knot)) - 1;
    const double b = 2 * unit(seed, channel, qint64(knot) + 1) - 1;
    return a + (b - a) * f * f * (3 - 2 * f);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

struct Key {
    double hour;
    double level;
};

// Share of the seats wanted at each local hour.
constexpr std::array kWeekday{Key{0, 0.04},    Key{6, 0.05},   Key{7, 0.22},    Key{8, 0.58},
                              Key{9.5, 0.86},  Key{11.5, 0.9}, Key{12.2, 0.66}, Key{13.2, 0.63},
                              Key{14, 0.92},   Key{15, 1.0},   Key{16, 0.94},   Key{17, 0.62},
                              Key{18.5, 0.26}, Key{20, 0.1},   Key{22, 0.05},   Key{24, 0.04}};
constexpr std::array kWeekend{Key{0, 0.03},  Key{8, 0.04},  Key{10, 0.17}, Key{13, 0.22},
                              Key{16, 0.15}, Key{18, 0.05}, Key{24, 0.03}};

template <std::size_t N> double levelAt(const std::array<Key, N>& keys, double hour)
{
    for (std::size_t i = 1; i < N; ++i) {
        if (hour <= keys[i].hour) {
            const double f = (hour - keys[i - 1].hour) / (keys[i].hour - keys[i - 1].hour);
            return keys[i - 1].level + (keys[i].level - keys[i - 1].level) * f;
        }
    }
    return keys[N - 1].level;
}

QString insertSql(int rows)
{
    QString sql =
        QStringLiteral("INSERT INTO usage_minutes (pool_id, minute, peak, seats, logins, denials, idle) VALUES ");
    for (int i = 0; i < rows; ++i)
        sql += (i == 0 ? QStringLiteral("(?, ?, ?, ?, ?, ?, ?)") : QStringLiteral(", (?, ?, ?, ?, ?, ?, ?)"));
    return sql + QStringLiteral(" ON CONFLICT (pool_id, minute) DO NOTHING");
}

Error storeError(const QSqlQuery& query)
{
    return makeError(ErrorCode::StoreUnavailable,
                     QStringLiteral("Cannot write the demo history: %1").arg(query.lastError().text()));
}

struct Row {
    const QString* poolId;
    qint64 minute;
    DemoMinute usage;
};

// Many rows per statement: Qt SQL's per-exec cost dominates single-row inserts.
class BulkInsert final {
public:
    static constexpr int kRows = 256;

    explicit BulkInsert(const QSqlDatabase& db)
        : m_bulk(db)
        , m_single(db)
    {
        m_prepared = m_bulk.prepare(insertSql(kRows)) && m_single.prepare(insertSql(1));
        m_rows.reserve(kRows);
    }
    bool prepared() const { return m_prepared; }
    Status add(const Row& row)
    {
        m_rows.push_back(row);
        return m_rows.size() == kRows ? flush() : Status(Done{});
    }
    Status flush()
    {
        if (m_rows.size() == kRows)
            return run(m_bulk, m_rows.size());
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            if (auto done = run(m_single, 1, i); !done)
                return done;
        m_rows.clear();
        return Done{};
    }
    qint64 written() const { return m_written; }
    const QSqlQuery& query() const { return m_bulk; }

private:
    Status run(QSqlQuery& query, std::size_t count, std::size_t first = 0)
    {
        int at = 0;
        for (std::size_t i = first; i < first + count; ++i) {
            const Row& row = m_rows[i];
            query.bindValue(at++, *row.poolId);
            query.bindValue(at++, row.minute);
            query.bindValue(at++, row.usage.peak);
            query.bindValue(at++, row.usage.seats);
            query.bindValue(at++, row.usage.logins);
            query.bindValue(at++, row.usage.denials);
            query.bindValue(at++, row.usage.idle);
        }
        if (!query.exec())
            return storeError(query);
        m_written += qMax(0, query.numRowsAffected());
        if (count == kRows)
            m_rows.clear();
        return Done{};
    }

    QSqlQuery m_bulk;
    QSqlQuery m_single;
    bool m_prepared = false;
    std::vector<Row> m_rows;
    qint64 m_written = 0;
};

Result<qint64> writeWith(const Database& database, const DemoHistoryPlan& plan)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    WriteTransaction tx(db.value());
    if (!tx.begun())
        return tx.begun().error();
    auto pools = PoolRepo(db.value()).list();
    if (!pools)
        return pools.error();

    const qint64 endMs = plan.endMs > 0 ? plan.endMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 endMinute = endMs / 60'000;
    const qint64 firstMinute = endMinute - qint64(plan.days) * kMinutesPerDay;
    BulkInsert insert(db.value());
    if (!insert.prepared())
        return storeError(insert.query());
    quint32 seed = plan.seed;
    for (const Pool& pool : pools.value()) {
        const bool wanted =
            plan.poolIds.isEmpty() ? pool.model == PoolModel::Concurrent : plan.poolIds.contains(pool.id);
        if (!wanted)
            continue;
        const DemoUsageModel model(pool.seats, endMinute, seed++, plan.zone);
        for (qint64 minute = firstMinute; minute < endMinute; ++minute)
            if (auto added = insert.add(Row{&pool.id, minute, model.at(minute)}); !added)
                return added.error();
    }
    if (auto flushed = insert.flush(); !flushed)
        return flushed.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return insert.written();
}

} // namespace

DemoUsageModel::DemoUsageModel(int finalSeats, qint64 endMinute, quint32 seed, QTimeZone zone)
    : m_finalSeats(qMax(1, finalSeats))
    , m_endMinute(endMinute)
    , m_seed(mix(seed))
    , m_zone(std::move(zone))
{
}

int DemoUsageModel::localOffsetS(qint64 minute) const
{
    // Zones change their offset on quarter hours; asking the zone once per quarter keeps a year fast.
    const qint64 block = floorDiv(minute, 15);
    if (block != m_offsetBlock) {
        m_offsetBlock = block;
        m_offsetS = m_zone.isValid()
                        ? m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(block * 15 * 60'000, QTimeZone::utc()))
                        : 0;
    }
    return m_offsetS;
}

int DemoUsageModel::seatsAt(qint64 minute) const
{
    // Seats were bought in steps: today's count for the last 45 days, one step less every 13 weeks before.
    const qint64 daysBefore = floorDiv(m_endMinute - minute, kMinutesPerDay);
    if (daysBefore < 45)
        return m_finalSeats;
    const int step = qMax(1, int(std::lround(m_finalSeats * 0.05)));
    return qMax(1, m_finalSeats - step * int(1 + (daysBefore - 45) / 91));
}

double DemoUsageModel::demand(qint64 minute) const
{
    const qint64 localMinute = minute + localOffsetS(minute) / 60;
    const qint64 day = floorDiv(localMinute, kMinutesPerDay);
    const double hour = double(localMinute - day * kMinutesPerDay) / 60.0;
    const int weekday = int((day + 3) % 7); // 1970-01-01 was a Thursday; 0 = Monday
    double level = weekday < 5 ? levelAt(kWeekday, hour) : levelAt(kWeekend, hour) * (weekday == 6 ? 0.6 : 1.0);
    if (weekday == 4 && hour > 13)
        level *= 0.85; // Friday afternoons wind down
    const double daysBefore = double(m_endMinute - minute) / kMinutesPerDay;
    const double growth = 1.0 - 0.2 * qMin(daysBefore, 400.0) / 365.0;
    const double busyDay = 0.9 + 0.2 * unit(m_seed, 1, day);
    const double wobble =
        1 + 0.06 * smoothNoise(m_seed, 2, minute / 23.0) + 0.04 * smoothNoise(m_seed, 3, minute / 97.0);
    const double jitter = (unit(m_seed, 4, minute) - 0.5) * 0.9;
    return m_finalSeats * 0.97 * level * busyDay * growth * wobble + jitter;
}

DemoMinute DemoUsageModel::at(qint64 minute) const
{
    const double wanted = demand(minute);
    DemoMinute m;
    m.seats = seatsAt(minute);
    m.peak = qBound(0, int(std::lround(wanted)), m.seats);
    const double over = wanted - m.seats;
    if (over > 0 && unit(m_seed, 5, minute) < qMin(0.2, over * 0.1))
        m.denials = over > 1.5 ? 2 : 1;
    m.logins = int(m.peak * 0.03 + unit(m_seed, 6, minute));
    m.idle = int(m.peak * 0.08 * unit(m_seed, 7, minute));
    return m;
}

Result<qint64> writeDemoHistory(const DemoHistoryPlan& plan)
{
    const Database database(StoreLocation{QFileInfo(plan.sqlitePath).absoluteFilePath()});
    const Result<qint64> written = writeWith(database, plan);
    database.closeThreadConnection();
    return written;
}

} // namespace seatwise
