#pragma once

#include <QString>

namespace seatwise {

// What the keychain answered to one TokenVault call.
struct VaultReply {
    enum class Status {
        Ok,
        NotFound,    // load/remove: nothing kept under that id
        Unavailable, // no keychain service, access refused or any other failure: nothing was kept
    };
    Status status = Status::Unavailable;
    QString secret;  // load: the token
    QString message; // the keychain's own words when not Ok (never a secret)

    bool ok() const { return status == Status::Ok; }
};

} // namespace seatwise
