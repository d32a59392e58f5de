#pragma once

#include "Error.h"
#include "License.h"
#include "Pool.h"

namespace seatwise::LicenseRules {

// R15 state checks, each an error with its wire code or nothing.
std::optional<Error> canAssign(const Pool& pool, const License& license);
std::optional<Error> canReassign(const License& license);
std::optional<Error> canUnassign(const License& license);
std::optional<Error> canAttachAddon(const License& base, const QString& code);
std::optional<Error> canTerminate(const License& license);

// Extensions are 1-8 digits; numbers (DIDs) 7-15 digits with an optional leading +, separators
// (space - . parentheses) stripped. Empty optional when malformed.
std::optional<QString> normalizeExtension(const QString& text);
std::optional<QString> normalizeNumber(const QString& text);
bool isAddonCode(const QString& code);

} // namespace seatwise::LicenseRules
