#pragma once

#include "console/connections/GatewayProfile.h"

#include <QList>
#include <QSettings>
#include <optional>

namespace seatwise {

// The gateways the console knows, kept in QSettings (keys in one table in the .cpp). The embedded
// gateway is not stored: it is always the first entry, with the URL it runs on. Nothing secret is
// ever written here; tokens belong in TokenVault.
class GatewayProfiles final {
public:
    explicit GatewayProfiles(QUrl embeddedUrl = QUrl(QStringLiteral("http://127.0.0.1:8640")));

    // The embedded gateway first, then the stored ones in the order they were added.
    QList<GatewayProfile> all() const;
    std::optional<GatewayProfile> find(const QString& id) const;
    GatewayProfile embedded() const;

    // Replaces the stored list (the embedded entry in `profiles` is skipped).
    void setAll(const QList<GatewayProfile>& profiles);
    // Adds or replaces one profile by id; an empty id gets a new one, which is answered.
    QString put(GatewayProfile profile);
    void remove(const QString& id);

    // The gateway the console connects to; the embedded one until another is chosen.
    QString currentId() const;
    void setCurrentId(const QString& id);

    static QString newId();

private:
    QList<GatewayProfile> stored() const;

    QUrl m_embeddedUrl;
    mutable QSettings m_settings; // reading an array needs non-const calls
};

} // namespace seatwise
