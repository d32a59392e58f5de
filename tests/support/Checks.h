#pragma once

#include "Http.h"
#include "StoreUnderTest.h"

#include <QTest>

// Fails the test with the status and body when the answer's status is not the expected one.
#define SW_COMPARE_STATUS(reply, expected)                                                                             \
    do {                                                                                                               \
        const ::seatwise::test::Reply& sw_r = (reply);                                                                 \
        QVERIFY2(sw_r.status == (expected),                                                                            \
                 QByteArray("expected " + QByteArray::number(expected) + ", got " + sw_r.describe()).constData());     \
    } while (false)

// Expects an error answer: that status, that "error" code and a non-empty "message" for people.
#define SW_COMPARE_ERROR(reply, expected, code)                                                                        \
    do {                                                                                                               \
        const ::seatwise::test::Reply& sw_e = (reply);                                                                 \
        SW_COMPARE_STATUS(sw_e, expected);                                                                             \
        QCOMPARE(sw_e.error(), QStringLiteral(code));                                                                  \
        QVERIFY2(!sw_e.json.value(QLatin1String("message")).toString().isEmpty(), sw_e.raw.constData());               \
    } while (false)

// Starts a fresh gateway into the unique_ptr<Seatwise> member m_sw (for init()).
#define SW_START_GATEWAY()                                                                                             \
    do {                                                                                                               \
        if (const QString sw_skip = ::seatwise::test::StoreUnderTest::skipReason(); !sw_skip.isEmpty())                \
            QSKIP(qPrintable(sw_skip));                                                                                \
        m_sw = std::make_unique<::seatwise::test::Seatwise>();                                                         \
        QVERIFY2(m_sw->start(), qPrintable(m_sw->lastError()));                                                        \
    } while (false)
