#pragma once

#include <QJsonObject>
#include <QLatin1String>
#include <QString>

namespace seatwise {

// Why a call to a gateway failed. `code` is the gateway's wire code ("no_license_available") when an
// HTTP answer came, or one of the client codes below when none did. The console turns codes into
// words in one place (console/ErrorText.cpp).
struct ClientError {
    int httpStatus = 0; // 0: no HTTP answer
    QString code;
    QString message;  // the gateway's text for people, or Qt's network error string
    QJsonObject body; // the whole error body, for extra fields such as "sessions" or "reason"

    bool isNetworkError() const { return httpStatus == 0; }
};

namespace ClientErrorCode {
inline constexpr QLatin1String Offline{"offline"};      // connection refused, host unknown, network down
inline constexpr QLatin1String Timeout{"timeout"};      // no answer within the transfer timeout
inline constexpr QLatin1String BadAnswer{"bad_answer"}; // an answer that does not follow the contract
inline constexpr QLatin1String NoResult{"no_result"};   // a result that was never filled in
// The gateway's HTTPS certificate is not trusted (nor pinned); body: {fingerprint, errors}.
inline constexpr QLatin1String UntrustedCertificate{"untrusted_certificate"};
} // namespace ClientErrorCode

} // namespace seatwise
