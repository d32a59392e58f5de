#pragma once

#include <QString>
#include <optional>

namespace seatwise::BootstrapToken {

// The owner token of the embedded gateway: generated once, then read back on every start.
// TODO: move it to QtKeychain with the connections dialog; until then it is a file readable only by
// its owner (0600) next to the embedded gateway's database.
// Answers the token, or nullopt with `problem` set when the file cannot be read or written.
std::optional<QString> loadOrCreate(const QString& dataDir, QString* problem = nullptr);

QString filePath(const QString& dataDir);

} // namespace seatwise::BootstrapToken
