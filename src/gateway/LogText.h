#pragma once

#include <QByteArray>
#include <QString>

namespace seatwise {

// Text from a request (a login, a device id) made fit for one log line: control characters escaped so
// nobody can forge lines, and cut short so a megabyte login cannot flood the log (a full stderr pipe
// stalls the whole gateway).
inline QByteArray logText(const QString& text, qsizetype max = 80)
{
    QByteArray out;
    for (QChar c : QStringView(text).left(max)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += "\\x" + QByteArray::number(c.unicode(), 16);
        else
            out += QString(c).toUtf8();
    }
    if (text.size() > max)
        out += "...";
    return out;
}

} // namespace seatwise
