#include "cli/CliOutput.h"

#include "cli/ErrorMessage.h"
#include "cli/ExitCode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace seatwise {
namespace {

void write(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void CliOutput::print(const QString& text)
{
    write(stdout, text);
}

void CliOutput::line(const QString& text)
{
    write(stdout, text + u'\n');
}

void CliOutput::printJson(const QJsonValue& value)
{
    QByteArray bytes;
    if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isObject())
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else
        bytes = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    write(stdout, QString::fromUtf8(bytes) + u'\n');
}

void CliOutput::note(const QString& text)
{
    write(stderr, QStringLiteral("seatctl: ") + text + u'\n');
}

int CliOutput::fail(const ClientError& error)
{
    note(ErrorMessage::describe(error, m_gateway));
    if (m_json) {
        QJsonObject body = error.body;
        body.insert(QStringLiteral("error"), error.code);
        body.insert(QStringLiteral("message"), error.message);
        body.insert(QStringLiteral("status"), error.httpStatus);
        printJson(body);
    }
    return ErrorMessage::exitCode(error);
}

int CliOutput::usageError(const QString& message)
{
    note(message);
    write(stderr, QCoreApplication::translate("CliOutput", "Try 'seatctl --help' or 'seatctl COMMAND --help'.\n"));
    return ExitUsage;
}

} // namespace seatwise
