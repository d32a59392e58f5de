// HTTPS and WSS (issue #7): seatwised --tls-cert/--tls-key, clients that verify the certificate
// (system CAs and host name) or accept exactly the pinned one ("trust this certificate").
#include "client/EventStream.h"
#include "client/GatewayClient.h"
#include "client/TlsTrust.h"
#include "support/GatewayProcess.h"
#include "support/StoreUnderTest.h"

#include <QCoroTask>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seatwise;
using namespace seatwise::test;

namespace {

bool openssl(const QStringList& arguments)
{
    QProcess process;
    process.start(u"openssl"_s, arguments);
    return process.waitForFinished(30000) && process.exitCode() == 0;
}

QSslCertificate certificateIn(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

QUrl httpsUrl(const GatewayProcess& gateway, const QString& host = u"127.0.0.1"_s)
{
    QUrl url = gateway.baseUrl();
    url.setScheme(u"https"_s);
    url.setHost(host);
    return url;
}

ClientResult<QList<PoolInfo>> poolsThrough(const QUrl& url, const QString& token, const TlsTrust& trust = {})
{
    GatewayClient client(url);
    client.setToken(token);
    client.setTlsTrust(trust);
    client.setRetryDelaysMs({});
    return QCoro::waitFor(client.pools());
}

} // namespace

class TestTls final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString skip = StoreUnderTest::skipReason(); !skip.isEmpty())
            QSKIP(qPrintable(skip));
        QVERIFY(m_dir.isValid());
        // A self-signed certificate, and a small CA with a certificate it signed, both for 127.0.0.1.
        const QString ec = u"-pkeyopt"_s;
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, ec, u"ec_paramgen_curve:prime256v1"_s,
                         u"-nodes"_s, u"-keyout"_s, path(u"self.key"_s), u"-out"_s, path(u"self.pem"_s), u"-days"_s,
                         u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s}));
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, ec, u"ec_paramgen_curve:prime256v1"_s,
                         u"-nodes"_s, u"-keyout"_s, path(u"ca.key"_s), u"-out"_s, path(u"ca.pem"_s), u"-days"_s, u"2"_s,
                         u"-subj"_s, u"/CN=Seatwise Test CA"_s}));
        QVERIFY(
            openssl({u"req"_s, u"-newkey"_s, u"ec"_s, ec, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s,
                     path(u"leaf.key"_s), u"-out"_s, path(u"leaf.csr"_s), u"-subj"_s, u"/CN=127.0.0.1"_s}));
        QFile ext(path(u"leaf.ext"_s));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1\n");
        ext.close();
        QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(u"leaf.csr"_s), u"-CA"_s, path(u"ca.pem"_s), u"-CAkey"_s,
                         path(u"ca.key"_s), u"-CAcreateserial"_s, u"-out"_s, path(u"leaf.pem"_s), u"-days"_s, u"2"_s,
                         u"-extfile"_s, path(u"leaf.ext"_s)}));
    }

    void selfSignedIsRefusedUnlessPinned()
    {
        GatewayProcess gateway;
        gateway.setExtraArguments({u"--tls-cert"_s, path(u"self.pem"_s), u"--tls-key"_s, path(u"self.key"_s)});
        QVERIFY2(gateway.start(), qPrintable(gateway.lastError()));
        QVERIFY(gateway.stderrText().contains(u"(HTTPS)"_s));
        const QByteArray fingerprint = TlsTrust::fingerprint(certificateIn(path(u"self.pem"_s)));

        const auto unpinned = poolsThrough(httpsUrl(gateway), gateway.ownerToken());
        QVERIFY(!unpinned);
        QCOMPARE(unpinned.error().code, QString(ClientErrorCode::UntrustedCertificate));
        QCOMPARE(unpinned.error().body.value(u"fingerprint"_s).toString().toLatin1(), fingerprint);
        QVERIFY(unpinned.error().message.contains(TlsTrust::displayFingerprint(fingerprint)));

        const auto pinned = poolsThrough(httpsUrl(gateway), gateway.ownerToken(), TlsTrust{fingerprint});
        QVERIFY2(pinned.ok(), qPrintable(pinned ? QString() : pinned.error().message));

        QByteArray other = fingerprint;
        other[0] = other[0] == 'a' ? 'b' : 'a';
        const auto wrongPin = poolsThrough(httpsUrl(gateway), gateway.ownerToken(), TlsTrust{other});
        QVERIFY(!wrongPin);
        QCOMPARE(wrongPin.error().code, QString(ClientErrorCode::UntrustedCertificate));

        // Plain HTTP gets no answer from the HTTPS port, and the server keeps serving.
        const auto plain = poolsThrough(gateway.baseUrl(), gateway.ownerToken());
        QVERIFY(!plain);
        QVERIFY(plain.error().isNetworkError());
        QVERIFY(poolsThrough(httpsUrl(gateway), gateway.ownerToken(), TlsTrust{fingerprint}).ok());
    }

    void eventsComeOverWssWithThePin()
    {
        GatewayProcess gateway;
        gateway.setExtraArguments({u"--tls-cert"_s, path(u"self.pem"_s), u"--tls-key"_s, path(u"self.key"_s)});
        QVERIFY2(gateway.start(), qPrintable(gateway.lastError()));
        const TlsTrust pin{TlsTrust::fingerprint(certificateIn(path(u"self.pem"_s)))};

        EventStream unpinned;
        unpinned.open(httpsUrl(gateway), gateway.ownerToken());
        EventStream events;
        events.setTlsTrust(pin);
        QSignalSpy received(&events, &EventStream::eventReceived);
        events.open(httpsUrl(gateway), gateway.ownerToken());
        QTRY_VERIFY_WITH_TIMEOUT(events.isConnected(), 10000);

        GatewayClient client(httpsUrl(gateway));
        client.setToken(gateway.ownerToken());
        client.setTlsTrust(pin);
        PoolSpec spec;
        spec.name = u"Over TLS"_s;
        spec.seats = 2;
        const auto made = QCoro::waitFor(client.createPool(spec));
        QVERIFY2(made.ok(), qPrintable(made ? QString() : made.error().message));
        QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), 10000);
        QVERIFY(!unpinned.isConnected());
    }

    void caSignedIsVerifiedWithItsHostName()
    {
        GatewayProcess gateway;
        gateway.setExtraArguments({u"--tls-cert"_s, path(u"leaf.pem"_s), u"--tls-key"_s, path(u"leaf.key"_s)});
        QVERIFY2(gateway.start(), qPrintable(gateway.lastError()));
        QSslConfiguration trusted = QSslConfiguration::defaultConfiguration();
        const QSslConfiguration before = trusted;
        trusted.addCaCertificate(certificateIn(path(u"ca.pem"_s)));
        QSslConfiguration::setDefaultConfiguration(trusted);

        const auto verified = poolsThrough(httpsUrl(gateway), gateway.ownerToken());
        const auto wrongName = poolsThrough(httpsUrl(gateway, u"localhost"_s), gateway.ownerToken());
        QSslConfiguration::setDefaultConfiguration(before);
        QVERIFY2(verified.ok(), qPrintable(verified ? QString() : verified.error().message));
        QVERIFY(!wrongName); // the certificate names 127.0.0.1 only
        QCOMPARE(wrongName.error().code, QString(ClientErrorCode::UntrustedCertificate));
    }

    void badTlsFilesStopTheStartWithAReason()
    {
        GatewayProcess missing;
        missing.setExtraArguments({u"--tls-cert"_s, path(u"nope.pem"_s), u"--tls-key"_s, path(u"self.key"_s)});
        QVERIFY(!missing.start());
        QVERIFY2(missing.lastError().contains(u"Cannot read the TLS certificate"_s), qPrintable(missing.lastError()));

        GatewayProcess swapped;
        swapped.setExtraArguments({u"--tls-cert"_s, path(u"self.key"_s), u"--tls-key"_s, path(u"self.pem"_s)});
        QVERIFY(!swapped.start());
        QVERIFY2(swapped.lastError().contains(u"holds no PEM certificate"_s), qPrintable(swapped.lastError()));

        GatewayProcess half;
        half.setExtraArguments({u"--tls-cert"_s, path(u"self.pem"_s)});
        QVERIFY(!half.start());
        QVERIFY2(half.lastError().contains(u"go together"_s), qPrintable(half.lastError()));
    }

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTls)
#include "TestTls.moc"
