#pragma once

#include <QString>

namespace seatwise::InstallationId {

// The console's device id for its own admin seat: made once per installation (a UUID) and kept in
// QSettings, so a restart returns to the same seat (R3) instead of taking a second one.
QString get();

} // namespace seatwise::InstallationId
