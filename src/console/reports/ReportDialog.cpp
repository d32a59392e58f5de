#include "console/reports/ReportDialog.h"

#include "client/GatewayClient.h"
#include "console/ErrorText.h"
#include "console/licenses/ErrorLabel.h"
#include "console/reports/ReportWriters.h"
#include "console/reports/UsageReport.h"
#include "console/usage/UsageFetch.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace seatwise {
namespace {

enum PoolTableColumn { PoolNameColumn, PoolProgressColumn };

QString extensionFor(ReportSettings::Format format)
{
    return format == ReportSettings::Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("csv");
}

} // namespace

ReportDialog::ReportDialog(GatewayClient* client, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_poolTable(new QTableWidget(0, 2, this))
    , m_allButton(new QPushButton(tr("&All"), this))
    , m_noneButton(new QPushButton(tr("&None"), this))
    , m_periodComboBox(new QComboBox(this))
    , m_fromDateEdit(new QDateEdit(this))
    , m_toDateEdit(new QDateEdit(this))
    , m_formatComboBox(new QComboBox(this))
    , m_pathLineEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_statusLabel(new QLabel(this))
    , m_errorLabel(ErrorLabel::create(this, QStringLiteral("reportErrorLabel")))
    , m_createButton(new QPushButton(tr("C&reate Report"), this))
    , m_cancelButton(new QPushButton(tr("&Stop"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Usage Report"));
    const ReportSettings settings;

    m_poolTable->setObjectName(QStringLiteral("reportPoolTable"));
    m_poolTable->setHorizontalHeaderLabels({tr("Pool"), tr("Progress")});
    m_poolTable->horizontalHeader()->setSectionResizeMode(PoolNameColumn, QHeaderView::Stretch);
    m_poolTable->horizontalHeader()->setSectionResizeMode(PoolProgressColumn, QHeaderView::Fixed);
    m_poolTable->horizontalHeader()->resizeSection(PoolProgressColumn, 180);
    m_poolTable->verticalHeader()->setVisible(false);
    m_poolTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_poolTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_poolTable->setToolTip(tr("The pools in the report; Space ticks or clears the current one"));
    m_poolTable->setMinimumHeight(110);
    m_allButton->setObjectName(QStringLiteral("reportAllPoolsButton"));
    m_allButton->setToolTip(tr("Include every pool"));
    m_noneButton->setObjectName(QStringLiteral("reportNoPoolsButton"));
    m_noneButton->setToolTip(tr("Include no pool, to pick a few"));

    m_periodComboBox->setObjectName(QStringLiteral("reportPeriodComboBox"));
    for (ReportPeriod::Kind kind :
         {ReportPeriod::Kind::Today, ReportPeriod::Kind::Last7Days, ReportPeriod::Kind::Last30Days,
          ReportPeriod::Kind::ThisMonth, ReportPeriod::Kind::Custom})
        m_periodComboBox->addItem(ReportPeriod::kindName(kind), int(kind));
    m_periodComboBox->setCurrentIndex(m_periodComboBox->findData(int(ReportPeriod::Kind::Last7Days)));
    m_periodComboBox->setToolTip(tr("Today and This month run up to now; custom dates cover whole days"));
    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_fromDateEdit, m_toDateEdit}) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(today);
        edit->setMinimumDate(today.addMonths(-13)); // the gateway keeps 13 months (R17)
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_fromDateEdit->setObjectName(QStringLiteral("reportFromDateEdit"));
    m_fromDateEdit->setDate(today.addDays(-6));
    m_fromDateEdit->setToolTip(tr("First day of the report, from midnight"));
    m_toDateEdit->setObjectName(QStringLiteral("reportToDateEdit"));
    m_toDateEdit->setDate(today);
    m_toDateEdit->setToolTip(tr("Last day of the report, up to the following midnight"));

    m_formatComboBox->setObjectName(QStringLiteral("reportFormatComboBox"));
    m_formatComboBox->addItem(tr("CSV (spreadsheets)"), int(ReportSettings::Format::Csv));
    m_formatComboBox->addItem(tr("PDF (to read or print)"), int(ReportSettings::Format::Pdf));
    m_formatComboBox->setCurrentIndex(m_formatComboBox->findData(int(settings.lastFormat())));
    m_pathLineEdit->setObjectName(QStringLiteral("reportPathLineEdit"));
    m_pathLineEdit->setText(QDir(settings.lastFolder())
                                .filePath(QStringLiteral("seatwise-usage-%1.%2")
                                              .arg(today.toString(Qt::ISODate), extensionFor(settings.lastFormat()))));
    m_pathLineEdit->setToolTip(tr("Where the report is saved; an existing file is replaced"));
    m_browseButton->setObjectName(QStringLiteral("reportBrowseButton"));
    m_browseButton->setToolTip(tr("Choose the file (Ctrl+S)"));

    m_statusLabel->setObjectName(QStringLiteral("reportStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_createButton->setObjectName(QStringLiteral("createReportButton"));
    m_createButton->setDefault(true);
    m_createButton->setToolTip(tr("Fetch the usage and save the report (Ctrl+Enter)"));
    m_cancelButton->setObjectName(QStringLiteral("cancelReportButton"));
    m_cancelButton->setToolTip(tr("Stop fetching; no file is written"));
    m_cancelButton->setEnabled(false);
    m_closeButton->setObjectName(QStringLiteral("closeReportButton"));

    auto* poolButtons = new QVBoxLayout;
    poolButtons->addWidget(m_allButton);
    poolButtons->addWidget(m_noneButton);
    poolButtons->addStretch();
    auto* poolsBox = new QGroupBox(tr("Pools"), this);
    auto* poolsLayout = new QHBoxLayout(poolsBox);
    poolsLayout->addWidget(m_poolTable, 1);
    poolsLayout->addLayout(poolButtons);

    auto* dates = new QHBoxLayout;
    dates->addWidget(m_periodComboBox);
    dates->addWidget(new QLabel(tr("from"), this));
    dates->addWidget(m_fromDateEdit);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_toDateEdit);
    dates->addStretch();
    auto* file = new QHBoxLayout;
    file->addWidget(m_pathLineEdit, 1);
    file->addWidget(m_browseButton);
    auto* form = new QFormLayout;
    // Labels of rows that hold a layout need their buddy set by hand for the mnemonic to work.
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periodComboBox);
    auto* fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_pathLineEdit);
    form->addRow(periodLabel, dates);
    form->addRow(tr("&Format:"), m_formatComboBox);
    form->addRow(fileLabel, file);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_createButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(poolsBox, 1);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    connect(m_createButton, &QPushButton::clicked, this, &ReportDialog::createReport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportDialog::cancelReport);
    connect(m_closeButton, &QPushButton::clicked, this, &ReportDialog::reject);
    connect(m_allButton, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_noneButton, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_browseButton, &QPushButton::clicked, this, &ReportDialog::browse);
    connect(m_periodComboBox, &QComboBox::currentIndexChanged, this, &ReportDialog::updatePeriodControls);
    connect(m_formatComboBox, &QComboBox::currentIndexChanged, this, &ReportDialog::updatePathExtension);
    auto* createShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(createShortcut, &QShortcut::activated, this, &ReportDialog::createReport);
    auto* browseShortcut = new QShortcut(QKeySequence::Save, this);
    connect(browseShortcut, &QShortcut::activated, this, &ReportDialog::browse);
    updatePeriodControls();
    resize(600, 400);
    loadPools();
}

ReportDialog::~ReportDialog()
{
    if (m_cancel)
        m_cancel->requested = true;
}

QCoro::Task<> ReportDialog::loadPools()
{
    if (!m_client)
        co_return;
    QPointer<ReportDialog> self(this);
    m_statusLabel->setText(tr("Loading pools…"));
    m_createButton->setEnabled(false);
    const ClientResult<QList<PoolInfo>> pools = co_await m_client->pools();
    if (!self)
        co_return;
    m_statusLabel->clear();
    m_createButton->setEnabled(true);
    if (!pools) {
        showError(tr("Could not list the pools: %1").arg(ErrorText::describe(pools.error())));
        co_return;
    }
    m_pools = pools.value();
    m_poolTable->setRowCount(int(m_pools.size()));
    for (int row = 0; row < m_pools.size(); ++row) {
        const PoolInfo& pool = m_pools.at(row);
        auto* item = new QTableWidgetItem(pool.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, pool.id);
        item->setToolTip(tr("Seats: %1").arg(pool.seats));
        m_poolTable->setItem(row, PoolNameColumn, item);
        auto* bar = new QProgressBar(m_poolTable);
        bar->setObjectName(QStringLiteral("reportProgress_") + pool.id);
        bar->setRange(0, 100);
        bar->setValue(0);
        bar->setTextVisible(true);
        m_poolTable->setCellWidget(row, PoolProgressColumn, bar);
    }
    Q_EMIT poolsLoaded(int(m_pools.size()));
}

void ReportDialog::setAllChecked(bool checked)
{
    for (int row = 0; row < m_poolTable->rowCount(); ++row)
        m_poolTable->item(row, PoolNameColumn)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QList<PoolInfo> ReportDialog::checkedPools() const
{
    QList<PoolInfo> pools;
    for (int row = 0; row < m_poolTable->rowCount(); ++row)
        if (m_poolTable->item(row, PoolNameColumn)->checkState() == Qt::Checked)
            pools.append(m_pools.at(row));
    return pools;
}

ReportSettings::Format ReportDialog::format() const
{
    return ReportSettings::Format(m_formatComboBox->currentData().toInt());
}

ReportPeriod ReportDialog::period() const
{
    const auto kind = ReportPeriod::Kind(m_periodComboBox->currentData().toInt());
    return ReportPeriod::make(kind, QDateTime::currentDateTime(), m_fromDateEdit->date(), m_toDateEdit->date());
}

void ReportDialog::updatePeriodControls()
{
    const bool custom = ReportPeriod::Kind(m_periodComboBox->currentData().toInt()) == ReportPeriod::Kind::Custom;
    m_fromDateEdit->setEnabled(custom && !m_running);
    m_toDateEdit->setEnabled(custom && !m_running);
}

void ReportDialog::updatePathExtension()
{
    const QString path = m_pathLineEdit->text();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    m_pathLineEdit->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + extensionFor(format())));
}

void ReportDialog::browse()
{
    if (m_running)
        return;
    const bool pdf = format() == ReportSettings::Format::Pdf;
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save Usage Report"), m_pathLineEdit->text(),
                                                        pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    if (!chosen.isEmpty())
        m_pathLineEdit->setText(chosen);
}

void ReportDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(true);
    Q_EMIT reportFailed(message);
}

void ReportDialog::setRunning(bool running)
{
    m_running = running;
    m_createButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    for (QWidget* control : std::initializer_list<QWidget*>{m_poolTable, m_allButton, m_noneButton, m_periodComboBox,
                                                            m_formatComboBox, m_pathLineEdit, m_browseButton})
        control->setEnabled(!running);
    updatePeriodControls();
}

void ReportDialog::createReport()
{
    if (!m_running)
        run();
}

void ReportDialog::cancelReport()
{
    if (!m_running || !m_cancel)
        return;
    m_cancel->requested = true;
    m_statusLabel->setText(tr("Stopping…"));
}

void ReportDialog::reject()
{
    cancelReport();
    QDialog::reject();
}

QCoro::Task<> ReportDialog::run()
{
    m_errorLabel->setVisible(false);
    const QList<PoolInfo> pools = checkedPools();
    const ReportPeriod chosen = period();
    const QString path = m_pathLineEdit->text().trimmed();
    const ReportSettings::Format chosenFormat = format();
    if (!m_client) {
        showError(tr("Not connected to a gateway."));
        co_return;
    }
    if (pools.isEmpty()) {
        showError(tr("Choose at least one pool."));
        co_return;
    }
    if (!chosen.isValid()) {
        showError(tr("The first day must not be after the last day."));
        co_return;
    }
    if (path.isEmpty()) {
        showError(tr("Choose a file to save the report to."));
        co_return;
    }

    QPointer<ReportDialog> self(this);
    auto cancel = std::make_shared<FetchCancel>();
    m_cancel = cancel;
    setRunning(true);
    for (const PoolInfo& pool : pools)
        if (auto* bar = findChild<QProgressBar*>(QStringLiteral("reportProgress_") + pool.id))
            bar->setValue(0);

    QList<PoolUsageSeries> series;
    for (const PoolInfo& pool : pools) {
        m_statusLabel->setText(tr("Reading the usage of %1…").arg(pool.name));
        QPointer<QProgressBar> bar = findChild<QProgressBar*>(QStringLiteral("reportProgress_") + pool.id);
        // Named locals only: GCC 12 mishandles temporaries in a co_await expression.
        const std::function<void(int, int)> progress = [bar](int done, int total) {
            if (bar)
                bar->setValue(done * 100 / qMax(1, total));
        };
        const std::function<bool()> stillWanted = [cancel] { return !cancel->requested; };
        const QString poolId = pool.id;
        const UsageRange range{chosen.fromMs, chosen.toMs};
        const QPointer<GatewayClient> client = m_client;
        const ClientResult<QList<UsagePoint>> minutes =
            co_await UsageFetch::perMinute(client, poolId, range, progress, stillWanted);
        if (!self)
            co_return;
        if (cancel->requested) {
            setRunning(false);
            m_statusLabel->setText(tr("Stopped; no report was written."));
            co_return;
        }
        if (!minutes) {
            setRunning(false);
            m_statusLabel->clear();
            showError(tr("Could not read the usage of %1: %2").arg(pool.name, ErrorText::describe(minutes.error())));
            co_return;
        }
        series.append(PoolUsageSeries{pool.id, pool.name, minutes.value()});
        if (!m_client) {
            setRunning(false);
            showError(tr("Not connected to a gateway."));
            co_return;
        }
    }

    m_statusLabel->setText(tr("Writing the report…"));
    const UsageReportData report = UsageReport::compute(series, chosen.fromMs, chosen.toMs);
    const ReportMeta meta{m_client->apiBaseUrl().toString(), QDateTime::currentMSecsSinceEpoch(), chosen.label()};
    const Result<Done, QString> written = chosenFormat == ReportSettings::Format::Pdf
                                              ? ReportWriters::writePdf(path, report, meta)
                                              : ReportWriters::writeCsv(path, report);
    setRunning(false);
    if (!written) {
        m_statusLabel->clear();
        showError(written.error());
        co_return;
    }
    ReportSettings settings;
    settings.setLastFolder(QFileInfo(path).absolutePath());
    settings.setLastFormat(chosenFormat);
    m_statusLabel->setText(tr("Saved the report to %1").arg(QDir::toNativeSeparators(path)));
    Q_EMIT reportWritten(path);
}

} // namespace seatwise
