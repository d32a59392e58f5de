#include "client/AccountInfo.h"

#include "client/JsonList.h"
#include "client/JsonReader.h"

namespace seatwise {

ClientResult<AccountInfo> AccountInfo::fromJson(const QJsonValue& value)
{
    JsonReader in(value.toObject());
    AccountInfo account;
    account.billingTimezone = in.string(QLatin1String("billing_timezone"));
    account.ppuMinutes = in.object().value(QLatin1String("ppu_minutes")).toInteger();
    if (!in.ok())
        return badAnswer(QStringLiteral("account: ") + in.problem());
    return account;
}

} // namespace seatwise
