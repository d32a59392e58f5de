#pragma once

#include "Database.h"
#include "core/License.h"
#include "core/User.h"

namespace seatwise {

struct Assignment {
    QString userLogin;
    QString extension; // optional
    QString number;    // optional
};

// R15 operations on named licenses, each one write transaction with an audit event. Every answer is
// the license as it stands afterwards.
class LicenseLedger final {
public:
    explicit LicenseLedger(const Database& database)
        : m_database(database)
    {
    }

    Result<License> assign(const QString& licenseId, const Assignment& assignment, const User& actor, qint64 nowMs);
    Result<License> reassign(const QString& licenseId, const QString& userLogin, const User& actor, qint64 nowMs);
    Result<License> unassign(const QString& licenseId, const User& actor, qint64 nowMs);
    Result<License> attachAddon(const QString& licenseId, const QString& code, const User& actor, qint64 nowMs);
    Result<License> detachAddon(const QString& licenseId, const QString& code, const User& actor, qint64 nowMs);
    Status terminate(const QString& licenseId, const User& actor, qint64 nowMs);

private:
    const Database& m_database;
};

} // namespace seatwise
