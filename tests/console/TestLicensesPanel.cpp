#include "client/GatewayClient.h"
#include "client/LicenseCalls.h"
#include "console/TableRoles.h"
#include "console/licenses/LicenseTableModel.h"
#include "console/licenses/LicensesPanel.h"
#include "support/ConsoleTestKit.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace seatwise;
using seatwise::test::EmbeddedTestGateway;
using seatwise::test::postJson;

namespace {

const QString kToken = QStringLiteral("licenses-panel-test-token");

template <typename T> T* child(const QObject& parent, const char* name)
{
    return parent.findChild<T*>(QString::fromLatin1(name));
}

} // namespace

class TestLicensesPanel final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dataDir;
    EmbeddedTestGateway m_gateway{m_dataDir.path(), kToken};
    std::unique_ptr<LicensesPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    QTableView* view() const { return child<QTableView>(*m_panel, "licensesView"); }

    // The row of the view that shows license `id`, or -1.
    int rowOf(const QString& id) const
    {
        const QAbstractItemModel* model = view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(IdRole).toString() == id)
                return row;
        return -1;
    }
    QVariant raw(const QString& id, int column) const
    {
        const int row = rowOf(id);
        return row < 0 ? QVariant() : view()->model()->index(row, column).data(RawValueRole);
    }
    // Selects the first listed license in `status`, answering its id.
    QString selectFirst(LicenseStatus status)
    {
        const QAbstractItemModel* model = view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, LicenseTableModel::StatusColumn).data(RawValueRole).toString() == toWire(status)) {
                view()->selectRow(row);
                return model->index(row, 0).data(IdRole).toString();
            }
        return {};
    }
    static void saveScreenshot(QWidget* widget, const char* name)
    {
        const QString dir = qEnvironmentVariable("SEATWISE_SCREENSHOT_DIR");
        if (dir.isEmpty() || !QDir().mkpath(dir))
            return;
        QTest::qWait(100);
        widget->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
    }
    void select(const QString& id) { view()->selectRow(rowOf(id)); }

    QDialog* openAssignDialog()
    {
        auto* button = child<QPushButton>(*m_panel, "assignLicenseButton");
        if (!button || !button->isEnabled())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        auto* dialog = child<QDialog>(*m_panel, "assignLicenseDialog");
        // The users come from GET /users; a dialog without them fails the test that uses it.
        if (dialog &&
            !QTest::qWaitFor([dialog] { return child<QComboBox>(*dialog, "userComboBox")->count() >= 2; }, 10000))
            qWarning("the assign dialog listed no users");
        return dialog;
    }
    void fillAssign(QDialog* dialog, const QString& login, const QString& extension, const QString& number)
    {
        auto* users = child<QComboBox>(*dialog, "userComboBox");
        users->setCurrentIndex(users->findData(login));
        QTest::keyClicks(child<QLineEdit>(*dialog, "extensionLineEdit"), extension);
        QTest::keyClicks(child<QLineEdit>(*dialog, "numberLineEdit"), number);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dataDir.isValid());
        QVERIFY2(m_gateway.start(), qPrintable(m_gateway.lastError()));

        postJson(m_gateway.client(), QStringLiteral("/pools"),
                 {{QStringLiteral("name"), QStringLiteral("Phone System")},
                  {QStringLiteral("kind"), QStringLiteral("base")},
                  {QStringLiteral("model"), QStringLiteral("named")},
                  {QStringLiteral("base_type"), QStringLiteral("phone_system")},
                  {QStringLiteral("seats"), 3}});
        postJson(m_gateway.client(), QStringLiteral("/pools"),
                 {{QStringLiteral("name"), QStringLiteral("IP phones")},
                  {QStringLiteral("kind"), QStringLiteral("addon")},
                  {QStringLiteral("model"), QStringLiteral("named")},
                  {QStringLiteral("addon_code"), QStringLiteral("device_ip_phone")},
                  {QStringLiteral("seats"), 2}});
        for (const auto& [login, name] : {std::pair{"alice", "Alice Ng"}, std::pair{"bob", "Bob Stone"}}) {
            NewUser user{QString::fromLatin1(login), QString::fromLatin1(name), Role::Agent,
                         QStringLiteral("s3cret-pass")};
            QVERIFY(QCoro::waitFor(m_gateway.client().createUser(user)).ok());
        }

        m_panel = std::make_unique<LicensesPanel>();
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_panel->resize(1000, 480);
        m_panel->show();
        m_panel->setClient(&m_gateway.client());
        QTRY_COMPARE_WITH_TIMEOUT(view()->model()->rowCount(), 3, 10000);
        const QString counts = child<QLabel>(*m_panel, "poolCountsLabel")->text();
        QVERIFY2(counts.contains(QStringLiteral("Phone System: 0 assigned of 3, 3 available")), qPrintable(counts));
        QVERIFY2(counts.contains(QStringLiteral("IP phones: 0 assigned of 2, 2 available")), qPrintable(counts));
    }

    void assignsThroughTheDialog()
    {
        const QString id = selectFirst(LicenseStatus::Available);
        QVERIFY(!id.isEmpty());
        QPointer<QDialog> dialog = openAssignDialog();
        QVERIFY(dialog);
        // Validated as typed: letters never get in, a short number keeps OK disabled.
        auto* ok = child<QPushButton>(*dialog, "confirmAssignButton");
        auto* users = child<QComboBox>(*dialog.data(), "userComboBox");
        QVERIFY(users->findData(QStringLiteral("alice")) >= 0);
        fillAssign(dialog, QStringLiteral("alice"), QStringLiteral("1x0y1"), QStringLiteral("65678"));
        QCOMPARE(child<QLineEdit>(*dialog, "extensionLineEdit")->text(), QStringLiteral("101"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(child<QLabel>(*dialog, "assignHintLabel")->isVisible());
        QTest::keyClicks(child<QLineEdit>(*dialog, "numberLineEdit"), QStringLiteral("91230"));
        QVERIFY(ok->isEnabled());
        saveScreenshot(dialog, "assign-license-dialog.png");

        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(raw(id, LicenseTableModel::UserColumn).toString(), QStringLiteral("alice"), 10000);
        QCOMPARE(raw(id, LicenseTableModel::ExtensionColumn).toString(), QStringLiteral("101"));
        QCOMPARE(raw(id, LicenseTableModel::NumberColumn).toString(), QStringLiteral("6567891230"));
        QCOMPARE(raw(id, LicenseTableModel::StatusColumn).toString(), QStringLiteral("assigned"));
        QCOMPARE(view()->model()->index(rowOf(id), LicenseTableModel::UserColumn).data().toString(),
                 QStringLiteral("Alice Ng"));
        QTRY_VERIFY(child<QLabel>(*m_panel, "poolCountsLabel")
                        ->text()
                        .contains(QStringLiteral("Phone System: 1 assigned of 3, 2 available")));
    }

    void showsTheGatewaysErrorInTheDialog()
    {
        const QString id = selectFirst(LicenseStatus::Available);
        QPointer<QDialog> dialog = openAssignDialog();
        QVERIFY(dialog);
        fillAssign(dialog, QStringLiteral("bob"), QStringLiteral("101"), QString());
        QTest::mouseClick(child<QPushButton>(*dialog, "confirmAssignButton"), Qt::LeftButton);
        auto* error = child<QLabel>(*dialog, "assignErrorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY(dialog->isVisible());

        // The very words the gateway answers for the same request.
        const auto direct = QCoro::waitFor(
            LicenseCalls::assign(m_gateway.client(), id, QStringLiteral("bob"), QStringLiteral("101"), QString()));
        QVERIFY(!direct);
        QCOMPARE(direct.error().code, QStringLiteral("duplicate_extension"));
        QCOMPARE(error->text(), direct.error().message);
        dialog->reject();
        QTRY_VERIFY(!dialog);
        QCOMPARE(raw(id, LicenseTableModel::StatusColumn).toString(), QStringLiteral("available"));
    }

    void attachesAndRemovesAnAddon()
    {
        const QString id = selectFirst(LicenseStatus::Assigned);
        QVERIFY(!id.isEmpty());
        for (const bool attach : {true, false}) {
            QTest::mouseClick(child<QPushButton>(*m_panel, "manageAddonsButton"), Qt::LeftButton);
            QPointer<QDialog> dialog = child<QDialog>(*m_panel, "manageAddonsDialog");
            QVERIFY(dialog);
            auto* choices = child<QListWidget>(*dialog, "addonChoicesList");
            QCOMPARE(choices->count(), 9);
            QListWidgetItem* ipPhone = nullptr;
            for (int row = 0; row < choices->count(); ++row)
                if (choices->item(row)->data(Qt::UserRole).toString() == QLatin1String("device_ip_phone"))
                    ipPhone = choices->item(row);
            QVERIFY(ipPhone);
            QVERIFY(ipPhone->text().startsWith(QStringLiteral("IP Phone")));
            QCOMPARE(ipPhone->checkState(), attach ? Qt::Unchecked : Qt::Checked);
            ipPhone->setCheckState(attach ? Qt::Checked : Qt::Unchecked);
            if (attach)
                saveScreenshot(dialog, "manage-addons-dialog.png");
            QTest::mouseClick(child<QPushButton>(*dialog, "saveAddonsButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);

            const QStringList expected = attach ? QStringList{QStringLiteral("device_ip_phone")} : QStringList();
            QTRY_COMPARE_WITH_TIMEOUT(raw(id, LicenseTableModel::AddonsColumn).toStringList(), expected, 10000);
            auto* selectedAddons = child<QListWidget>(*m_panel, "selectedAddonsList");
            QTRY_COMPARE(selectedAddons->count(), attach ? 1 : 0);
            if (attach)
                QCOMPARE(selectedAddons->item(0)->text(), QStringLiteral("IP Phone"));
            const QString counts = attach ? QStringLiteral("IP phones: 1 assigned of 2, 1 available")
                                          : QStringLiteral("IP phones: 0 assigned of 2, 2 available");
            QTRY_VERIFY(child<QLabel>(*m_panel, "poolCountsLabel")->text().contains(counts));
        }
    }

    void searchBoxesFilterRows()
    {
        // A second holder, made behind the panel's back, shows after a refresh.
        const QString other = selectFirst(LicenseStatus::Available);
        QVERIFY(QCoro::waitFor(
            LicenseCalls::assign(m_gateway.client(), other, QStringLiteral("bob"), QStringLiteral("205"), QString())));
        m_panel->refresh();
        QTRY_COMPARE(raw(other, LicenseTableModel::UserColumn).toString(), QStringLiteral("bob"));

        auto* user = child<QLineEdit>(*m_panel, "userSearchLineEdit");
        auto* extension = child<QLineEdit>(*m_panel, "extensionSearchLineEdit");
        auto* type = child<QComboBox>(*m_panel, "licenseTypeComboBox");
        QTest::keyClicks(user, QStringLiteral("bob"));
        QCOMPARE(view()->model()->rowCount(), 1);
        user->clear();
        QTest::keyClicks(user, QStringLiteral("alice n")); // the name matches too
        QCOMPARE(view()->model()->rowCount(), 1);
        user->clear();
        QTest::keyClicks(extension, QStringLiteral("2"));
        QCOMPARE(view()->model()->rowCount(), 1);
        QCOMPARE(view()->model()->index(0, 0).data(IdRole).toString(), other);
        QTest::keyClicks(extension, QStringLiteral("1")); // "21": nobody
        QCOMPARE(view()->model()->rowCount(), 0);
        extension->clear();
        type->setCurrentIndex(type->findData(QStringLiteral("call_group")));
        QCOMPARE(view()->model()->rowCount(), 0);
        type->setCurrentIndex(type->findData(QStringLiteral("phone_system")));
        QCOMPARE(view()->model()->rowCount(), 3);
        type->setCurrentIndex(0);
        QCOMPARE(view()->model()->rowCount(), 3);

        const QString screenshotDir = qEnvironmentVariable("SEATWISE_SCREENSHOT_DIR");
        if (!screenshotDir.isEmpty()) {
            QVERIFY(QCoro::waitFor(
                LicenseCalls::attachAddon(m_gateway.client(), other, QStringLiteral("device_ip_phone"))));
            m_panel->refresh();
            QTRY_COMPARE(raw(other, LicenseTableModel::AddonsColumn).toStringList().size(), 1);
            select(other);
            QTest::qWait(200);
            saveScreenshot(m_panel.get(), "licenses-panel.png");
        }
    }

    void unassignsAfterConfirmation()
    {
        const QString id = selectFirst(LicenseStatus::Assigned);
        QVERIFY(!id.isEmpty());
        QStringList asked;
        bool answer = false;
        m_panel->setConfirmHook([&](const QString& title, const QString& text) {
            asked.append(title + QLatin1Char('|') + text);
            return answer;
        });
        auto* unassign = child<QPushButton>(*m_panel, "unassignLicenseButton");
        QTest::mouseClick(unassign, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QTest::qWait(300);
        QCOMPARE(raw(id, LicenseTableModel::StatusColumn).toString(), QStringLiteral("assigned"));

        answer = true;
        QTest::mouseClick(unassign, Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(raw(id, LicenseTableModel::StatusColumn).toString(), QStringLiteral("available"),
                                  10000);
        QCOMPARE(raw(id, LicenseTableModel::UserColumn).toString(), QString());
        QCOMPARE(raw(id, LicenseTableModel::ExtensionColumn).toString(), QString());
        QVERIFY(!child<QLabel>(*m_panel, "licensesErrorLabel")->isVisible());
    }

    void cleanupTestCase()
    {
        m_modelTester.reset();
        m_proxyTester.reset();
        m_panel.reset();
        m_gateway.stop();
    }
};

QTEST_MAIN(TestLicensesPanel)
#include "TestLicensesPanel.moc"
