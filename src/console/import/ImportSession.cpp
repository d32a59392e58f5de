#include "console/import/ImportSession.h"

namespace seatwise {

void ImportSession::buildRows()
{
    if (rowsMapping && *rowsMapping == mapping)
        return;
    QList<QStringList> canonical;
    canonical.reserve(sourceRows.size());
    const bool asIs = !needsMapping; // keep the cells of too-long rows, for the gateway to point at
    for (const QStringList& source : std::as_const(sourceRows))
        canonical.append(asIs ? source : mapping.canonicalRow(source));
    rows.setRows(canonical, int(mapping.addons.size()));
    rowsMapping = mapping;
    validatedRevision = 0;
    validatedCsv.clear();
}

} // namespace seatwise
