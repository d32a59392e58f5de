#include "client/GatewayClient.h"
#include "console/connections/ConnectionsDialog.h"
#include "console/connections/GatewayProfiles.h"
#include "console/connections/TokenVault.h"
#include "support/ConsoleTestKit.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace seatwise;
using seatwise::test::EmbeddedTestGateway;

namespace {

const QString kOwnerToken = QStringLiteral("connections-test-owner-token");
const QString kLogin = QStringLiteral("mona");
const QString kPassword = QStringLiteral("correct-horse-battery");
const QString kVaultService = QStringLiteral("io.seatwise.Console.Test");

template <typename T> T* child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QLatin1String(name));
    if (!widget)
        qWarning("no widget %s", name);
    return widget;
}

void click(QWidget& dialog, const char* buttonName)
{
    auto* button = child<QPushButton>(dialog, buttonName);
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void type(QWidget& dialog, const char* editName, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, editName);
    QVERIFY(edit && edit->isEnabled());
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QString labelText(QWidget& dialog, const char* name)
{
    auto* label = child<QLabel>(dialog, name);
    return label ? label->text() : QString();
}

} // namespace

class TestConnections final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dataDir;
    EmbeddedTestGateway m_gateway{m_dataDir.path(), kOwnerToken}; // its client is the owner's
    std::unique_ptr<TokenVault> m_vault;
    QString m_rootUrl;     // http://127.0.0.1:<port>
    QStringList m_secrets; // must never show up in the settings file

    void assertNoSecretInSettings()
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QLatin1String("gateways")));
        for (const QString& secret : std::as_const(m_secrets))
            QVERIFY2(!text.contains(secret), qPrintable(QStringLiteral("a secret leaked into ") + file.fileName()));
        QVERIFY(!text.contains(QLatin1String("password"), Qt::CaseInsensitive));
        QVERIFY(!text.contains(QLatin1String("token"), Qt::CaseInsensitive));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::useFreshSettings(QStringLiteral("SeatwiseTests"), QStringLiteral("TestConnections"));
        QVERIFY(m_dataDir.isValid());

        QVERIFY2(m_gateway.start(), qPrintable(m_gateway.lastError()));
        m_rootUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_gateway.port());
        NewUser user{kLogin, QStringLiteral("Mona Manager"), Role::Manager, kPassword};
        QVERIFY(QCoro::waitFor(m_gateway.client().createUser(user)).ok());
        m_secrets = {kOwnerToken, kPassword};
        m_vault = std::make_unique<TokenVault>(kVaultService);
    }

    // Everything below needs a real keychain; without one this fails, it does not skip.
    void keychainIsReachable()
    {
        const QString id = QStringLiteral("probe");
        const auto stored = QCoro::waitFor(m_vault->store(id, QStringLiteral("probe-secret")));
        QVERIFY2(stored.ok(), qPrintable(QStringLiteral("No Secret Service is reachable (%1). Run the tests through "
                                                        "scripts/with-keyring.")
                                             .arg(stored.message)));
        const auto loaded = QCoro::waitFor(m_vault->load(id));
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(loaded.secret, QStringLiteral("probe-secret"));
        QVERIFY(QCoro::waitFor(m_vault->remove(id)).ok());
        QCOMPARE(QCoro::waitFor(m_vault->load(id)).status, VaultReply::Status::NotFound);
        QVERIFY(m_vault->isAvailable());
    }

    void embeddedGatewayIsFirstAndFixed()
    {
        GatewayProfiles profiles{QUrl(m_rootUrl)};
        ConnectionsDialog dialog(&profiles, m_vault.get());
        dialog.show();
        auto* list = child<QListWidget>(dialog, "gatewayList");
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("This computer (embedded)"));
        QCOMPARE(dialog.selectedProfileId(), GatewayProfile::embeddedId());
        QVERIFY(!child<QPushButton>(dialog, "removeGatewayButton")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "editGatewayButton")->isEnabled());
        QCOMPARE(profiles.currentId(), GatewayProfile::embeddedId());
    }

    void addTestEditAndKeepToken()
    {
        GatewayProfiles profiles{QUrl(m_rootUrl)};
        ConnectionsDialog dialog(&profiles, m_vault.get());
        dialog.show();
        click(dialog, "addGatewayButton");
        type(dialog, "nameLineEdit", QStringLiteral("Head office"));
        type(dialog, "urlLineEdit", QStringLiteral("ftp://example.org"));
        QVERIFY(labelText(dialog, "urlProblemLabel").contains(QLatin1String("http")));
        type(dialog, "urlLineEdit", QStringLiteral("http://127.0.0.1"));
        QVERIFY(labelText(dialog, "urlProblemLabel").contains(QLatin1String("port")));
        type(dialog, "urlLineEdit", m_rootUrl);
        QVERIFY(labelText(dialog, "urlProblemLabel").isEmpty());
        type(dialog, "loginLineEdit", kLogin);

        // A wrong password: the gateway's own words appear in place.
        type(dialog, "passwordLineEdit", QStringLiteral("wrong-password"));
        click(dialog, "testConnectionButton");
        QTRY_VERIFY_WITH_TIMEOUT(
            labelText(dialog, "testResultLabel").contains(QLatin1String("Wrong login or password")), 10000);

        type(dialog, "passwordLineEdit", kPassword);
        click(dialog, "testConnectionButton");
        QTRY_VERIFY_WITH_TIMEOUT(labelText(dialog, "testResultLabel").startsWith(QLatin1String("Connected")), 10000);
        if (const QString shots = qEnvironmentVariable("SEATWISE_SCREENSHOT_DIR");
            !shots.isEmpty() && QDir().mkpath(shots))
            dialog.grab().save(QDir(shots).filePath(QStringLiteral("connections-dialog.png")));
        click(dialog, "saveGatewayButton");
        auto* list = child<QListWidget>(dialog, "gatewayList");
        QTRY_COMPARE(list->count(), 2);
        QVERIFY(child<QLineEdit>(dialog, "passwordLineEdit")->text().isEmpty());

        // Edit the name; the token earned above stays with the gateway.
        list->setCurrentRow(1);
        click(dialog, "editGatewayButton");
        QCOMPARE(child<QLineEdit>(dialog, "urlLineEdit")->text(), m_rootUrl);
        type(dialog, "nameLineEdit", QStringLiteral("Head office (HQ)"));
        click(dialog, "saveGatewayButton");
        QTRY_COMPARE(list->item(1)->text(), QStringLiteral("Head office (HQ)"));

        QSignalSpy committed(&dialog, &ConnectionsDialog::committed);
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "dialogButtons")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(committed.size(), 1, 10000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.tokensInMemory().isEmpty());

        const QList<GatewayProfile> stored = GatewayProfiles(QUrl(m_rootUrl)).all();
        QCOMPARE(stored.size(), 2);
        const GatewayProfile& office = stored.at(1);
        QCOMPARE(office.name, QStringLiteral("Head office (HQ)"));
        QCOMPARE(office.url, QUrl(m_rootUrl));
        QCOMPARE(office.login, kLogin);
        QCOMPARE(GatewayProfiles().currentId(), office.id);

        // The token is in the keychain, and it works.
        const auto token = QCoro::waitFor(m_vault->load(office.id));
        QVERIFY2(token.ok(), qPrintable(token.message));
        m_secrets.append(token.secret);
        GatewayClient http(office.apiBaseUrl());
        http.setToken(token.secret);
        QVERIFY(QCoro::waitFor(http.pools()).ok());

        assertNoSecretInSettings();
    }

    void offlineGatewayIsSaidSo()
    {
        GatewayProfiles profiles{QUrl(m_rootUrl)};
        ConnectionsDialog dialog(&profiles, m_vault.get());
        dialog.setSignInTimeoutMs(3000);
        dialog.show();
        click(dialog, "addGatewayButton");
        type(dialog, "nameLineEdit", QStringLiteral("Nowhere"));
        type(dialog, "urlLineEdit", QStringLiteral("http://127.0.0.1:1"));
        type(dialog, "loginLineEdit", kLogin);
        type(dialog, "passwordLineEdit", kPassword);
        click(dialog, "testConnectionButton");
        QTRY_VERIFY_WITH_TIMEOUT(labelText(dialog, "testResultLabel").contains(QLatin1String("cannot be reached")),
                                 10000);
        dialog.reject(); // Cancel keeps nothing
        QCOMPARE(GatewayProfiles(QUrl(m_rootUrl)).all().size(), 2);
    }

    void removeAsksAndForgetsToken()
    {
        GatewayProfiles profiles{QUrl(m_rootUrl)};
        const QString id = profiles.all().at(1).id;
        ConnectionsDialog dialog(&profiles, m_vault.get());
        QStringList asked;
        bool answer = false;
        dialog.setConfirmHook([&asked, &answer](const QString&, const QString& text) {
            asked.append(text);
            return answer;
        });
        dialog.show();
        auto* list = child<QListWidget>(dialog, "gatewayList");
        list->setCurrentRow(1);
        click(dialog, "removeGatewayButton");
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.at(0).contains(QLatin1String("Head office (HQ)")));
        QCOMPARE(list->count(), 2); // said no

        answer = true;
        list->setCurrentRow(1);
        click(dialog, "removeGatewayButton");
        QCOMPARE(list->count(), 1);
        QSignalSpy committed(&dialog, &ConnectionsDialog::committed);
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "dialogButtons")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(committed.size(), 1, 10000);

        GatewayProfiles after{QUrl(m_rootUrl)};
        QCOMPARE(after.all().size(), 1);
        QCOMPARE(after.currentId(), GatewayProfile::embeddedId());
        QCOMPARE(QCoro::waitFor(m_vault->load(id)).status, VaultReply::Status::NotFound);
        assertNoSecretInSettings();
    }

    void cleanupTestCase()
    {
        m_gateway.stop();
        QSettings().clear();
    }
};

QTEST_MAIN(TestConnections)
#include "TestConnections.moc"
