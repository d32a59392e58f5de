#pragma once

#include "Database.h"
#include "Repos.h"
#include "WriteTransaction.h"

#include <utility>

namespace seatwise {

// Runs `body(Repos&)` inside one write transaction on this thread's connection and commits when it
// returns a value; any error rolls everything back. `body` returns a Result<T>.
template <typename Body> auto transact(const Database& database, Body&& body) -> decltype(body(std::declval<Repos&>()))
{
    auto db = database.connection();
    if (!db)
        return db.error();
    Repos repos(db.value());
    WriteTransaction tx(db.value());
    if (!tx.begun())
        return tx.begun().error();
    auto result = std::forward<Body>(body)(repos);
    if (!result)
        return result;
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return result;
}

} // namespace seatwise
