#include "console/Translations.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace seatwise;

namespace {

struct Entry {
    QString context;
    QString source;
    QString comment;
    bool unfinished = false;
    QStringList forms; // one, or one per plural form
};

struct TsFile {
    QList<Entry> entries;
    QString error;
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            entry = Entry{context, {}, {}, false, {}};
        } else if (name == u"source") {
            entry.source = xml.readElementText();
        } else if (name == u"comment") {
            entry.comment = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            entry.unfinished = type == u"unfinished";
            if (type == u"vanished" || type == u"obsolete")
                continue; // gone from the sources: not an entry
            // Either plain text or <numerusform> children.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    entry.forms.append(xml.readElementText());
                else if (xml.isEndElement() && xml.name() == u"translation")
                    break;
            }
            if (entry.forms.isEmpty())
                entry.forms.append(text);
            ts.entries.append(entry);
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QString keyOf(const Entry& entry)
{
    return entry.context + QLatin1Char('|') + entry.source + QLatin1Char('|') + entry.comment;
}

QString shown(const Entry& entry)
{
    return QStringLiteral("  %1: \"%2\"").arg(entry.context, entry.source);
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(L?\\d+|n|v|m|p)"));
    QStringList found;
    for (auto match = placeholder.globalMatch(text); match.hasNext();)
        found.append(match.next().captured());
    found.sort();
    return found;
}

QString sourceDir()
{
    return QStringLiteral(SEATWISE_SOURCE_DIR);
}

QStringList committedFiles()
{
    const QDir dir(sourceDir() + QStringLiteral("/translations"));
    QStringList files = dir.entryList({QStringLiteral("seatwise_*.ts")}, QDir::Files, QDir::Name);
    for (QString& file : files)
        file = dir.filePath(file);
    return files;
}

// "seatwise_pt_BR.ts" -> "pt_BR"
QString codeOf(const QString& path)
{
    return QFileInfo(path).completeBaseName().section(QLatin1Char('_'), 1);
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    TsFile m_current; // what lupdate finds in the sources right now

private Q_SLOTS:
    // lupdate over the console's folders as they are now, the way update_translations runs it: the
    // whole folders, so a file someone forgot to list in CMake is covered too.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString ts = m_dir.filePath(QStringLiteral("current.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(SEATWISE_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-I"), sourceDir() + QStringLiteral("/src"),
                       sourceDir() + QStringLiteral("/src/console"), sourceDir() + QStringLiteral("/ui/console"),
                       QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-ts"), ts});
        QVERIFY2(lupdate.waitForFinished(120'000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        m_current = readTs(ts);
        QVERIFY2(m_current.error.isEmpty(), qPrintable(m_current.error));
        QVERIFY2(m_current.entries.size() > 400, "lupdate found too few texts: are the paths right?");
    }

    void everyShippedLanguageHasAFile()
    {
        QStringList codes;
        for (const QString& file : committedFiles())
            codes.append(codeOf(file));
        for (const Translations::Language& language : Translations::available()) {
            QVERIFY2(codes.contains(language.code), qPrintable(language.code));
            // Embedded by qt_add_translations, where Translations::install() looks.
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/seatwise_%1.qm").arg(language.code)),
                     qPrintable(language.code));
        }
        QCOMPARE(codes.size(), Translations::available().size());
    }

    void everySourceTextHasAnEntry_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString& file : committedFiles())
            QTest::newRow(qPrintable(codeOf(file))) << file;
    }

    // The source language (English) needs an entry for each text; the others a finished one.
    void everySourceTextHasAnEntry()
    {
        QFETCH(QString, path);
        const TsFile committed = readTs(path);
        QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
        const bool source = codeOf(path) == u"en";

        QHash<QString, Entry> byKey;
        for (const Entry& entry : committed.entries)
            byKey.insert(keyOf(entry), entry);
        QStringList missing;
        QStringList unfinished;
        for (const Entry& wanted : m_current.entries) {
            const auto found = byKey.constFind(keyOf(wanted));
            if (found == byKey.cend()) {
                missing.append(shown(wanted));
                continue;
            }
            const bool plural = found->forms.size() > 1;
            const bool empty = std::any_of(found->forms.cbegin(), found->forms.cend(),
                                           [](const QString& form) { return form.isEmpty(); });
            if ((!source || plural) && (found->unfinished || empty))
                unfinished.append(shown(wanted));
        }
        QString report;
        if (!missing.isEmpty())
            report +=
                QStringLiteral("\nNo entry for %1 text(s); run the update_translations target:\n").arg(missing.size()) +
                missing.join(QLatin1Char('\n'));
        if (!unfinished.isEmpty())
            report += QStringLiteral("\nUnfinished or empty: %1 text(s):\n").arg(unfinished.size()) +
                      unfinished.join(QLatin1Char('\n'));
        QVERIFY2(report.isEmpty(), qPrintable(report));
    }

    void placeholdersMatch_data() { everySourceTextHasAnEntry_data(); }

    // "%1 of %2" translated without %2 drops a number; an extra %3 shows literally.
    void placeholdersMatch()
    {
        QFETCH(QString, path);
        const TsFile committed = readTs(path);
        QStringList wrong;
        for (const Entry& entry : committed.entries)
            for (const QString& form : entry.forms)
                if (!form.isEmpty() && placeholders(form) != placeholders(entry.source))
                    wrong.append(shown(entry) + QStringLiteral(" -> \"%1\"").arg(form));
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("\nPlaceholders differ from the source:\n") +
                                             wrong.join(QLatin1Char('\n'))));
    }

    void resolvesTheLanguageToShow_data()
    {
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("shown");
        QTest::newRow("system German") << QString() << QStringList{QStringLiteral("de-DE"), QStringLiteral("en-US")}
                                       << QStringLiteral("de");
        QTest::newRow("system Brazilian")
            << QString() << QStringList{QStringLiteral("pt-BR")} << QStringLiteral("pt_BR");
        QTest::newRow("system European Portuguese")
            << QString() << QStringList{QStringLiteral("pt-PT")} << QStringLiteral("pt_BR");
        QTest::newRow("first the console has")
            << QString() << QStringList{QStringLiteral("ja-JP"), QStringLiteral("fr-CA")} << QStringLiteral("fr");
        QTest::newRow("none it has") << QString() << QStringList{QStringLiteral("ja-JP")} << QStringLiteral("en");
        QTest::newRow("chosen beats system")
            << QStringLiteral("es") << QStringList{QStringLiteral("de-DE")} << QStringLiteral("es");
        QTest::newRow("unknown choice") << QStringLiteral("it") << QStringList{QStringLiteral("de-AT")}
                                        << QStringLiteral("de");
    }

    void resolvesTheLanguageToShow()
    {
        QFETCH(QString, chosen);
        QFETCH(QStringList, system);
        QFETCH(QString, shown);
        QCOMPARE(Translations::resolve(chosen, system), shown);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
