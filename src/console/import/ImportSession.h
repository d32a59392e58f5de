#pragma once

#include "client/MassConfigCalls.h"
#include "console/actions/ConfirmHook.h"
#include "console/import/ColumnMapping.h"
#include "console/import/ImportRowsModel.h"

#include <QDateTime>
#include <QPointer>

#include <functional>
#include <optional>

namespace seatwise {

class GatewayClient;

// Asks where to save a file: the chosen path, or empty when the person cancelled. Tests answer it.
using SavePathHook = std::function<QString(const QString& caption, const QString& suggestedName)>;

// The import wizard's pages, in the order they show.
enum ImportPageId { FilePageId, MappingPageId, ValidationPageId, PreviewPageId, ApplyPageId, SummaryPageId };

// What the import wizard's pages share: the file as read, how its columns map, the rows being checked
// (edited in place) and what the gateway said. Owned by the wizard; pages keep a reference.
struct ImportSession {
    QPointer<GatewayClient> client;
    SavePathHook savePath;
    ConfirmHook confirm;

    // The file as read.
    QString path;
    QDateTime modified; // to tell a file changed on disk from the one already loaded
    QStringList header;
    QList<QStringList> sourceRows;
    bool needsMapping = false;
    ColumnMapping mapping;
    std::optional<ColumnMapping> rowsMapping; // the mapping `rows` were built with

    // The rows in the gateway's order, and the last dry run's verdict on them.
    ImportRowsModel rows;
    quint64 validatedRevision = 0; // rows.revision() the last clean dry run saw; 0: none
    QByteArray validatedCsv;

    // Applying and its outcome.
    bool applying = false;
    std::optional<MassConfigAnswer> applied;
    QList<QStringList> appliedRows;

    bool isValidated() const { return validatedRevision != 0 && validatedRevision == rows.revision(); }
    // Builds `rows` from the file with `mapping`, unless they already were (keeping a person's edits).
    void buildRows();
};

} // namespace seatwise
