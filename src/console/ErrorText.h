#pragma once

#include "client/ClientError.h"

#include <QString>

namespace seatwise::ErrorText {

// One sentence for people about a failed call, the one place the console words errors.
QString describe(const ClientError& error);

} // namespace seatwise::ErrorText
