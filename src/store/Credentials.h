#pragma once

#include <QString>

namespace seatwise::Credentials {

// A fresh random bearer token (256 bits, URL-safe base64).
QString newToken();
// What the store keeps instead of a token: SHA-256, hex. Tokens are long and random, so no salt is needed.
QString hashToken(const QString& token);

// Salted PBKDF2-SHA256; the text records its own parameters ("pbkdf2-sha256$iterations$salt$key") so
// the cost can be raised later without breaking stored passwords.
QString hashPassword(const QString& password);
bool verifyPassword(const QString& password, const QString& stored);

} // namespace seatwise::Credentials
