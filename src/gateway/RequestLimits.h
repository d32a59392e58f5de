#pragma once

#include <QtGlobal>

class QCommandLineParser;
class QString;

namespace seatwise {

// How big and how slow a request may be before the gateway refuses it (RequestGuard). Qt HttpServer 6.4
// has no limit at all: it reads any request line and headers byte by byte and buffers any body in memory.
struct RequestLimits {
    qint64 maxBodyBytes = 8LL * 1024 * 1024; // 413 payload_too_large above it
    // POST /licenses/mass-config takes a CSV file: 100,000 rows are 7.6 MiB with three add-ons each and
    // 21.5 MiB with all nine and long logins (measured), so it gets three times that.
    qint64 maxImportBytes = 64LL * 1024 * 1024;
    int maxRequestLineBytes = 8 * 1024; // 414 uri_too_long (nginx's default buffer is the same 8 KiB)
    int maxHeaderBytes = 64 * 1024;     // 431 headers_too_large, all header lines together
    int maxHeaderCount = 100;           // 431 too
    int headerTimeoutMs = 30'000;       // 408 request_timeout: the request line and headers must arrive in this

    // --max-body-bytes, --max-import-bytes and --header-timeout for seatwised.
    static void addOptions(QCommandLineParser& parser);
    // Reads them back; false with a message for people when a value is not a positive number.
    bool readOptions(const QCommandLineParser& parser, QString* problem);
};

} // namespace seatwise
