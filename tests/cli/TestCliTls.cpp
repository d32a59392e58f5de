// seatctl against an HTTPS gateway (issue #7): a self-signed certificate is refused with its
// fingerprint in the message (exit 3), and trusted exactly with --pin-sha256 or SEATWISE_PIN_SHA256.
#include "Seatctl.h"
#include "support/StoreUnderTest.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

class TestCliTls final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString skip = StoreUnderTest::skipReason(); !skip.isEmpty())
            QSKIP(qPrintable(skip));
        QVERIFY(m_dir.isValid());
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                       u"-nodes"_s, u"-keyout"_s, m_dir.filePath(u"gw.key"_s), u"-out"_s, m_dir.filePath(u"gw.pem"_s),
                       u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                       u"subjectAltName=IP:127.0.0.1"_s});
        QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
        QFile pem(m_dir.filePath(u"gw.pem"_s));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        m_fingerprint =
            QString::fromLatin1(QSslCertificate(pem.readAll(), QSsl::Pem).digest(QCryptographicHash::Sha256).toHex());
        m_sw = std::make_unique<Seatwise>();
        m_sw->process().setExtraArguments(
            {u"--tls-cert"_s, m_dir.filePath(u"gw.pem"_s), u"--tls-key"_s, m_dir.filePath(u"gw.key"_s)});
        QVERIFY2(m_sw->start(), qPrintable(m_sw->lastError()));
    }

    void selfSignedIsRefusedWithItsFingerprint()
    {
        const CliRun run = Seatctl::raw({u"--gateway"_s, https(), u"--token"_s, m_sw->owner(), u"status"_s});
        CLI_EXPECT(run, 3);
        QVERIFY2(run.err.contains(u"not trusted"_s) && run.err.contains(u"--pin-sha256 "_s + m_fingerprint),
                 run.describe().constData());
    }

    void pinnedCertificateIsTrusted()
    {
        CLI_EXPECT(Seatctl::raw({u"--gateway"_s, https(), u"--token"_s, m_sw->owner(), u"--pin-sha256"_s,
                                 colons(m_fingerprint), u"status"_s}),
                   0);
        QProcessEnvironment env;
        env.insert(u"SEATWISE_PIN_SHA256"_s, m_fingerprint);
        CLI_EXPECT(Seatctl::raw({u"--gateway"_s, https(), u"--token"_s, m_sw->owner(), u"status"_s}, {}, env), 0);
    }

    void wrongOrMalformedPinIsRefused()
    {
        QString other = m_fingerprint;
        other[0] = other[0] == u'a' ? u'b' : u'a';
        CLI_EXPECT(
            Seatctl::raw({u"--gateway"_s, https(), u"--token"_s, m_sw->owner(), u"--pin-sha256"_s, other, u"status"_s}),
            3);
        const CliRun malformed = Seatctl::raw(
            {u"--gateway"_s, https(), u"--token"_s, m_sw->owner(), u"--pin-sha256"_s, u"abc"_s, u"status"_s});
        CLI_EXPECT(malformed, 2);
        QVERIFY2(malformed.err.contains(u"64 hex digits"_s), malformed.describe().constData());
    }

    void cleanupTestCase() { m_sw.reset(); }

private:
    QString https() const { return u"https://127.0.0.1:%1"_s.arg(m_sw->process().port()); }
    static QString colons(const QString& hex)
    {
        QStringList pairs;
        for (qsizetype i = 0; i < hex.size(); i += 2)
            pairs.append(hex.mid(i, 2).toUpper());
        return pairs.join(u':');
    }

    QTemporaryDir m_dir;
    QString m_fingerprint;
    std::unique_ptr<Seatwise> m_sw;
};

QTEST_GUILESS_MAIN(TestCliTls)
#include "TestCliTls.moc"
