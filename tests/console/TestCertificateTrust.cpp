// "Trust this certificate" (issue #7): a manager adds an HTTPS gateway with a self-signed
// certificate in the real Gateways… dialog; the console shows its fingerprint, asks, signs in only
// once it is trusted, and keeps the pin with the gateway.
#include "client/GatewayClient.h"
#include "client/TlsTrust.h"
#include "console/connections/ConnectionsDialog.h"
#include "console/connections/GatewayProfiles.h"
#include "console/connections/TokenVault.h"
#include "gateway/Gateway.h"
#include "support/ConsoleTestKit.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace seatwise;

namespace {

const QString kOwnerToken = QStringLiteral("trust-test-owner-token");
const QString kLogin = QStringLiteral("tess");
const QString kPassword = QStringLiteral("trust-but-verify");

template <typename T> T* child(QWidget& parent, const char* name)
{
    return parent.findChild<T*>(QLatin1String(name));
}

void type(QWidget& dialog, const char* editName, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, editName);
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QString resultText(QWidget& dialog)
{
    auto* label = child<QLabel>(dialog, "testResultLabel");
    return label ? label->text() : QString();
}

} // namespace

class TestCertificateTrust final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::useFreshSettings(QStringLiteral("SeatwiseTests"), QStringLiteral("TestCertificateTrust"));
        QVERIFY(m_dir.isValid());
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"), QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("gw.key")),
                       QStringLiteral("-out"), m_dir.filePath(QStringLiteral("gw.pem")), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
        QFile pem(m_dir.filePath(QStringLiteral("gw.pem")));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        m_fingerprint = TlsTrust::fingerprint(QSslCertificate(pem.readAll(), QSsl::Pem));

        GatewayOptions options;
        options.db = m_dir.filePath(QStringLiteral("gw.db"));
        options.port = 0;
        options.bootstrapToken = kOwnerToken;
        options.tlsCertificateFile = m_dir.filePath(QStringLiteral("gw.pem"));
        options.tlsKeyFile = m_dir.filePath(QStringLiteral("gw.key"));
        m_gateway = std::make_unique<Gateway>(options);
        const Status started = m_gateway->start();
        QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
        QCOMPARE(m_gateway->apiBaseUrl().scheme(), QStringLiteral("https"));

        GatewayClient owner(m_gateway->apiBaseUrl());
        owner.setToken(kOwnerToken);
        owner.setTlsTrust(TlsTrust{m_fingerprint});
        const auto made =
            QCoro::waitFor(owner.createUser(NewUser{kLogin, QStringLiteral("Tess Trust"), Role::Manager, kPassword}));
        QVERIFY2(made.ok(), qPrintable(made ? QString() : made.error().message));
        m_vault = std::make_unique<TokenVault>(QStringLiteral("io.seatwise.Console.TrustTest"));
    }

    void refusedCertificateSignsNothingIn()
    {
        GatewayProfiles profiles{QUrl(QStringLiteral("http://127.0.0.1:1"))};
        ConnectionsDialog dialog(&profiles, m_vault.get());
        QStringList asked;
        dialog.setConfirmHook([&asked](const QString&, const QString& text) {
            asked.append(text);
            return false;
        });
        fillIn(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(resultText(dialog).contains(QLatin1String("not trusted")), 10000);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.at(0).contains(TlsTrust::displayFingerprint(m_fingerprint)), qPrintable(asked.at(0)));
        dialog.reject();
    }

    void trustedCertificateIsPinnedWithTheGateway()
    {
        GatewayProfiles profiles{QUrl(QStringLiteral("http://127.0.0.1:1"))};
        {
            ConnectionsDialog dialog(&profiles, m_vault.get());
            int asked = 0;
            dialog.setConfirmHook([&asked](const QString&, const QString&) {
                ++asked;
                return true;
            });
            fillIn(dialog);
            QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(resultText(dialog).contains(QLatin1String("Connected")), 10000);
            QCOMPARE(asked, 1);
            QSignalSpy committed(&dialog, &ConnectionsDialog::committed);
            QTest::mouseClick(child<QDialogButtonBox>(dialog, "dialogButtons")->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(committed.size(), 1, 10000);
        }
        // Kept with the profile, so the next sign-in and the main window's client trust it without asking.
        GatewayProfiles after{QUrl(QStringLiteral("http://127.0.0.1:1"))};
        const QList<GatewayProfile> all = after.all();
        const auto trust = std::find_if(all.cbegin(), all.cend(),
                                        [](const GatewayProfile& p) { return p.name == QLatin1String("TLS"); });
        QVERIFY(trust != all.cend());
        QCOMPARE(trust->certificateSha256, m_fingerprint);
        GatewayClient client(trust->apiBaseUrl());
        client.setTlsTrust(TlsTrust{trust->certificateSha256});
        QVERIFY(QCoro::waitFor(client.authenticate(kLogin, kPassword)).ok());
    }

    void cleanupTestCase()
    {
        if (m_gateway)
            m_gateway->stop();
    }

private:
    void fillIn(ConnectionsDialog& dialog)
    {
        dialog.show();
        QTest::mouseClick(child<QPushButton>(dialog, "addGatewayButton"), Qt::LeftButton);
        type(dialog, "nameLineEdit", QStringLiteral("TLS"));
        QUrl root = m_gateway->apiBaseUrl();
        root.setPath(QString());
        type(dialog, "urlLineEdit", root.toString());
        type(dialog, "loginLineEdit", kLogin);
        type(dialog, "passwordLineEdit", kPassword);
    }

    QTemporaryDir m_dir;
    QByteArray m_fingerprint;
    std::unique_ptr<Gateway> m_gateway;
    std::unique_ptr<TokenVault> m_vault;
};

QTEST_MAIN(TestCertificateTrust)
#include "TestCertificateTrust.moc"
