#pragma once

#include "client/ClientResult.h"

#include <QByteArray>
#include <QCoroTask>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace seatwise {

class GatewayClient;

// The gateway's verdict on a mass configuration file (R16). A file with bad rows is an answer, not an
// error: `errors` lists them (dry run: 200; apply: 422 invalid_rows, nothing written).
struct MassConfigAnswer {
    struct RowError {
        int row = 0;     // data rows count from 1; 0 is the header
        QString column;  // header name ("Ext key", "Addon license 2"), empty for the whole row
        QString error;   // wire code, e.g. "unknown_user"
        QString message; // the gateway's words for people
    };

    int rows = 0;
    bool applied = false;
    QList<RowError> errors;

    static ClientResult<MassConfigAnswer> fromJson(const QJsonValue& value);
};

// POST /licenses/mass-config[?dry_run=1] with a text/csv body. The client must outlive the call.
namespace MassConfigCalls {

// Bytes of the body sent so far and in all, as QNetworkReply::uploadProgress reports them.
using UploadProgress = std::function<void(qint64 sent, qint64 total)>;

// Checks every row without writing anything.
QCoro::Task<ClientResult<MassConfigAnswer>> dryRun(GatewayClient& client, QByteArray csv);

// Applies the file, all rows or none. `progress` (optional) is called on `context`'s thread while the
// body uploads, and never after `context` is gone. The upload runs on its own network manager (the
// client's does not report upload progress), which lives in the call's frame and so outlives its
// reply; the transfer timeout is generous because the gateway answers only after writing every row.
QCoro::Task<ClientResult<MassConfigAnswer>> apply(GatewayClient& client, QByteArray csv, QObject* context = nullptr,
                                                  UploadProgress progress = {});

} // namespace MassConfigCalls
} // namespace seatwise
