// The table printer behind every seatctl listing: aligned columns, no trailing blanks, short rows padded.
#include "cli/TablePrinter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using seatwise::TablePrinter;

class TestTablePrinter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void alignsColumnsToTheWidestCell()
    {
        TablePrinter table({u"POOL"_s, u"SEATS"_s, u"ID"_s});
        table.addRow({u"Front desk"_s, u"3"_s, u"a1"_s});
        table.addRow({u"B"_s, u"25"_s, u"b2"_s});
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.render(), u"POOL        SEATS  ID\n"
                                 u"Front desk  3      a1\n"
                                 u"B           25     b2\n"_s);
    }

    void padsShortRowsAndTrimsTrailingBlanks()
    {
        TablePrinter table({u" "_s, u"SESSION"_s, u"USER"_s});
        table.addRow({u"!"_s, u"s1"_s});
        table.addRow({QString(), u"s2"_s, u"bob"_s});
        QCOMPARE(table.render(), u"   SESSION  USER\n"
                                 u"!  s1\n"
                                 u"   s2       bob\n"_s);
    }

    void emptyTableIsTheHeaderOnly()
    {
        TablePrinter table({u"A"_s, u"B"_s});
        QVERIFY(table.isEmpty());
        QCOMPARE(table.render(), u"A  B\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestTablePrinter)
#include "TestTablePrinter.moc"
