#include "MainWindow.h"

#include "DesktopApp.h"
#include "HistoryDialog.h"
#include "Icons.h"
#include "ProfileEditor.h"
#include "Prompter.h"
#include "RemoteBrowser.h"
#include "SettingsDialog.h"
#include "TrayController.h"
#include "WelcomePage.h"
#include "backup/BackupCoordinator.h"
#include "backup/BackupScheduler.h"
#include "backup/Clock.h"
#include "backup/RetentionPolicy.h"
#include "backup/RunHistoryCache.h"
#include "core/NetworkStatus.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Coffre {

namespace {
const QColor kAttention(0xb0, 0x30, 0x20);

QLabel *detailLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

MainWindow::MainWindow(DesktopApp *app, QWidget *parent) : QMainWindow(parent), m_app(app)
{
    setObjectName(QStringLiteral("mainWindow"));
    // "Backups — Coffre" once the application display name is appended.
    setWindowTitle(tr("Backups"));
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(app, m_stack);
    m_stack->addWidget(m_welcome);
    buildActions();
    buildProfilesPage();
    m_stack->addWidget(m_profilesPage);
    setCentralWidget(m_stack);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_summaryLabel);
    resize(940, 600);

    connect(app, &DesktopApp::keyChanged, this, &MainWindow::onKeyChanged);
    connect(app, &DesktopApp::profilesChanged, this, &MainWindow::refreshRows);
    connect(app, &DesktopApp::stateChanged, this, &MainWindow::refreshRows);
    auto *coordinator = app->coordinator();
    connect(coordinator, &BackupCoordinator::runStarted, this, &MainWindow::onRunStarted);
    connect(coordinator, &BackupCoordinator::runProgress, this, &MainWindow::onRunProgress);
    connect(coordinator, &BackupCoordinator::runFinished, this, &MainWindow::onRunFinished);
    connect(coordinator, &BackupCoordinator::runQueued, this, &MainWindow::refreshRows);
    // Until the keychain answered, show the profiles page disabled rather than a flash of
    // the welcome page.
    m_stack->setCurrentWidget(m_profilesPage);
    m_profilesPage->setEnabled(false);
    m_toolBar->setEnabled(false);
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::buildActions()
{
    const auto make
        = [this](const char *name, const QIcon &icon, const QString &text, const QKeySequence &key = {}) {
              auto *a = new QAction(icon, text, this);
              a->setObjectName(QLatin1String(name));
              a->setShortcut(key);
              return a;
          };
    m_backupNow = make("backupNowAction", Icons::backUp(), tr("Back up &now"), QKeySequence(tr("Ctrl+B")));
    m_backupNow->setIconText(tr("Back up now"));
    m_backupNow->setToolTip(tr("Back up the selected profile now"));
    m_cancelAction = make("cancelAction", Icons::cancel(), tr("&Cancel the backup"));
    m_add = make("addAction", Icons::newProfile(), tr("&New profile…"), QKeySequence::New);
    m_add->setIconText(tr("New profile"));
    m_edit = make("editAction", Icons::edit(), tr("&Edit profile…"), QKeySequence(tr("Ctrl+E")));
    m_edit->setIconText(tr("Edit"));
    m_browse = make("browseAction", Icons::browse(), tr("&Backups on 1fichier…"), QKeySequence(tr("Ctrl+O")));
    m_browse->setIconText(tr("Backups"));
    m_browse->setToolTip(tr("Browse, restore, pin or delete the backups of the selected profile"));
    m_remove = make("removeAction", Icons::remove(), tr("&Remove profile…"), QKeySequence::Delete);
    m_history = make("historyAction", Icons::history(), tr("&History…"), QKeySequence(tr("Ctrl+H")));
    m_history->setIconText(tr("History"));
    m_settings = make("settingsAction", Icons::settings(), tr("&Settings…"), QKeySequence::Preferences);
    m_settings->setIconText(tr("Settings"));
    m_pause = make("pauseAction", Icons::pause(), tr("&Pause schedules"));
    m_pause->setIconText(tr("Pause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Hold every scheduled backup until you resume; “Back up now” still works"));
    QAction *quit = make("quitAction", Icons::quit(), tr("&Quit"), QKeySequence::Quit);
    QAction *about = make("aboutAction", Icons::about(), tr("&About Coffre"));

    QMenu *backup = menuBar()->addMenu(tr("&Backup"));
    backup->addAction(m_backupNow);
    backup->addAction(m_cancelAction);
    backup->addSeparator();
    backup->addAction(m_pause);
    backup->addSeparator();
    backup->addAction(quit);
    QMenu *profile = menuBar()->addMenu(tr("&Profile"));
    profile->addAction(m_add);
    profile->addAction(m_edit);
    profile->addAction(m_browse);
    profile->addSeparator();
    m_snoozeMenu = profile->addMenu(Icons::snooze(), tr("&Snooze reminders"));
    m_snoozeMenu->setObjectName(QStringLiteral("snoozeMenu"));
    profile->addSeparator();
    profile->addAction(m_remove);
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_history);
    tools->addAction(m_settings);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about);

    const struct {
        qint64 secs;
        const char *name;
        const char *text;
    } snoozes[] = {{24 * 3600, "snooze1dAction", QT_TR_NOOP("For a day")},
        {3 * 24 * 3600, "snooze3dAction", QT_TR_NOOP("For 3 days")},
        {7 * 24 * 3600, "snooze7dAction", QT_TR_NOOP("For a week")}};
    for (const auto &s : snoozes) {
        QAction *a = m_snoozeMenu->addAction(tr(s.text));
        a->setObjectName(QLatin1String(s.name));
        connect(a, &QAction::triggered, this, [this, secs = s.secs] {
            if (!selectedProfile().isEmpty())
                m_app->snoozeReminders(selectedProfile(), secs);
        });
    }
    m_snoozeMenu->addSeparator();
    QAction *again = m_snoozeMenu->addAction(tr("Remind me again"));
    again->setObjectName(QStringLiteral("remindAgainAction"));
    connect(again, &QAction::triggered, this, [this] { m_app->remindAgain(selectedProfile()); });

    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(22, 22));
    m_toolBar->addAction(m_backupNow);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_add);
    m_toolBar->addAction(m_edit);
    m_toolBar->addAction(m_browse);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_history);
    m_toolBar->addAction(m_pause);
    m_toolBar->addAction(m_settings);

    connect(m_backupNow, &QAction::triggered, this, [this] {
        if (!selectedProfile().isEmpty())
            m_app->backUpNow(selectedProfile());
        updateActions();
    });
    connect(m_cancelAction, &QAction::triggered, this,
        [this] { m_app->coordinator()->cancel(m_app->coordinator()->runningProfile()); });
    connect(m_add, &QAction::triggered, this, &MainWindow::addProfile);
    connect(m_edit, &QAction::triggered, this, [this] { editProfile(selectedProfile()); });
    connect(m_remove, &QAction::triggered, this, [this] { removeProfile(selectedProfile()); });
    connect(m_browse, &QAction::triggered, this, [this] { browseBackups(selectedProfile()); });
    connect(m_history, &QAction::triggered, this, [this] { showHistory(selectedProfile()); });
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_pause, &QAction::toggled, m_app->scheduler(), &BackupScheduler::setPaused);
    connect(m_app->scheduler(), &BackupScheduler::pausedChanged, m_pause, [this](bool paused) {
        const QSignalBlocker block(m_pause);
        m_pause->setChecked(paused);
    });
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Coffre"),
            tr("<h3>Coffre %1</h3><p>Zipped, verified backups of your folders on your 1fichier "
               "account, on a schedule or when you ask.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildProfilesPage()
{
    m_profilesPage = new QWidget(this);
    auto *layout = new QVBoxLayout(m_profilesPage);

    m_listStack = new QStackedWidget(m_profilesPage);
    m_list = new QTreeWidget(m_listStack);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setIconSize(QSize(20, 20));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setHeaderLabels(
        {tr("Profile"), tr("Last run"), tr("Result"), tr("Size"), tr("Next run"), tr("Health")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->headerItem()->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_listStack->addWidget(m_list);

    // First run: say what a profile is and offer to make one, rather than an empty table.
    m_emptyPage = new QWidget(m_listStack);
    m_emptyPage->setObjectName(QStringLiteral("emptyPage"));
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch();
    auto *emptyIcon = new QLabel(m_emptyPage);
    emptyIcon->setPixmap(QIcon(QStringLiteral(":/icons/coffre.svg")).pixmap(64, 64));
    emptyIcon->setAlignment(Qt::AlignCenter);
    auto *emptyLabel = new QLabel(tr("<h3>No backup profiles yet</h3>"
                                     "<p>A profile says which folders to back up, where on 1fichier, "
                                     "when, and how many old backups to keep.</p>"),
        m_emptyPage);
    emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    emptyLabel->setAlignment(Qt::AlignCenter);
    emptyLabel->setWordWrap(true);
    auto *emptyAdd = new QPushButton(Icons::newProfile(), tr("New profile…"), m_emptyPage);
    emptyAdd->setObjectName(QStringLiteral("emptyAddButton"));
    emptyLayout->addWidget(emptyIcon);
    emptyLayout->addWidget(emptyLabel);
    emptyLayout->addWidget(emptyAdd, 0, Qt::AlignCenter);
    emptyLayout->addStretch();
    m_listStack->addWidget(m_emptyPage);
    layout->addWidget(m_listStack, 1);

    m_details = new QGroupBox(m_profilesPage);
    m_details->setObjectName(QStringLiteral("detailsBox"));
    auto *detailsForm = new QFormLayout(m_details);
    detailsForm->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_detailStatus = detailLabel("detailStatus", m_details);
    m_detailSources = detailLabel("detailSources", m_details);
    m_detailRemote = detailLabel("detailRemote", m_details);
    m_detailSchedule = detailLabel("detailSchedule", m_details);
    m_detailKeep = detailLabel("detailKeep", m_details);
    m_detailReminders = detailLabel("detailReminders", m_details);
    m_snoozeButton = new QPushButton(Icons::snooze(), tr("Snooze reminders"), m_details);
    m_snoozeButton->setObjectName(QStringLiteral("snoozeButton"));
    m_snoozeButton->setMenu(m_snoozeMenu);
    auto *reminderRow = new QHBoxLayout;
    reminderRow->addWidget(m_detailReminders, 1);
    reminderRow->addWidget(m_snoozeButton, 0, Qt::AlignTop);
    detailsForm->addRow(tr("Status:"), m_detailStatus);
    detailsForm->addRow(tr("Reminders:"), reminderRow);
    detailsForm->addRow(tr("Folders:"), m_detailSources);
    detailsForm->addRow(tr("On 1fichier:"), m_detailRemote);
    detailsForm->addRow(tr("Schedule:"), m_detailSchedule);
    detailsForm->addRow(tr("Keeps:"), m_detailKeep);
    layout->addWidget(m_details);

    m_progressBox = new QGroupBox(tr("Backing up"), m_profilesPage);
    m_progressBox->setObjectName(QStringLiteral("progressBox"));
    auto *progressLayout = new QGridLayout(m_progressBox);
    m_phaseLabel = new QLabel(m_progressBox);
    m_phaseLabel->setObjectName(QStringLiteral("phaseLabel"));
    m_progressBar = new QProgressBar(m_progressBox);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_rateLabel = new QLabel(m_progressBox);
    m_rateLabel->setObjectName(QStringLiteral("rateLabel"));
    m_cancel = new QPushButton(Icons::cancel(), tr("Cancel"), m_progressBox);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    progressLayout->addWidget(m_phaseLabel, 0, 0);
    progressLayout->addWidget(m_rateLabel, 0, 1, Qt::AlignRight);
    progressLayout->addWidget(m_progressBar, 1, 0, 1, 2);
    progressLayout->addWidget(m_cancel, 1, 2);
    progressLayout->setColumnStretch(0, 1);
    m_progressBox->hide();
    layout->addWidget(m_progressBox);

    connect(emptyAdd, &QPushButton::clicked, this, &MainWindow::addProfile);
    connect(m_cancel, &QPushButton::clicked, m_cancelAction, &QAction::trigger);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        updateActions();
        refreshDetails();
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this,
        [this](QTreeWidgetItem *item) { editProfile(item->data(NameColumn, Qt::UserRole).toString()); });
    connect(m_list, &QTreeWidget::customContextMenuRequested, this, &MainWindow::showRowMenu);
}

void MainWindow::showRowMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_list->itemAt(pos);
    if (!item)
        return;
    m_list->setCurrentItem(item);
    QMenu menu(this);
    menu.addAction(m_backupNow);
    menu.addAction(m_edit);
    menu.addAction(m_browse);
    menu.addAction(m_history);
    menu.addSeparator();
    menu.addMenu(m_snoozeMenu);
    menu.addSeparator();
    menu.addAction(m_remove);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

bool MainWindow::showsWelcome() const
{
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::onKeyChanged(bool hasKey)
{
    m_profilesPage->setEnabled(true);
    m_toolBar->setEnabled(hasKey);
    m_toolBar->setVisible(hasKey);
    menuBar()->setVisible(hasKey);
    statusBar()->setVisible(hasKey);
    m_stack->setCurrentWidget(hasKey ? m_profilesPage : static_cast<QWidget *>(m_welcome));
    if (!hasKey)
        m_welcome->reset(m_app->keyProblem());
    refreshRows();
}

QString MainWindow::selectedProfile() const
{
    const auto items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(NameColumn, Qt::UserRole).toString();
}

void MainWindow::selectProfile(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toString() == name) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

QString MainWindow::formatSize(qint64 bytes)
{
    return bytes < 0 ? QString() : QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString MainWindow::formatWhen(const QDateTime &utc, const QDateTime &nowUtc)
{
    const QDateTime local = utc.toLocalTime();
    const QDate today = nowUtc.toLocalTime().date();
    // Minutes are enough; the locale's short format may carry seconds.
    const QString time = local.time().toString(QStringLiteral("HH:mm"));
    if (local.date() == today)
        return tr("today %1").arg(time);
    if (local.date() == today.addDays(-1))
        return tr("yesterday %1").arg(time);
    if (local.date() == today.addDays(1))
        return tr("tomorrow %1").arg(time);
    // Within a week either way the weekday says more than a date.
    if (qAbs(local.date().daysTo(today)) < 7)
        return QLocale().dayName(local.date().dayOfWeek(), QLocale::ShortFormat) + u' ' + time;
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + time;
}

QString MainWindow::formatDateTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    return QLocale().dayName(local.date().dayOfWeek(), QLocale::ShortFormat) + u' '
        + QLocale().toString(local.date(), QLocale::ShortFormat) + u' '
        + local.time().toString(QStringLiteral("HH:mm"));
}

QString MainWindow::formatUntil(const QDateTime &utc, const QDateTime &nowUtc)
{
    const qint64 secs = nowUtc.secsTo(utc);
    if (secs < 60)
        return tr("in less than a minute");
    if (secs < 3600)
        return tr("in %n min", nullptr, int((secs + 59) / 60));
    if (secs < 6 * 3600) {
        const int minutes = int(secs % 3600 / 60);
        return minutes == 0 ? tr("in %n hour(s)", nullptr, int(secs / 3600))
                            : tr("in %1 h %2 min").arg(secs / 3600).arg(minutes);
    }
    return formatWhen(utc, nowUtc);
}

QString MainWindow::scheduleText(const Schedule &schedule)
{
    const QString time = schedule.time().toString(QStringLiteral("HH:mm"));
    switch (schedule.kind()) {
    case Schedule::Kind::Manual:
        return tr("Only when you click “Back up now”");
    case Schedule::Kind::EveryHours:
        return tr("Every %n hour(s)", nullptr, schedule.hours());
    case Schedule::Kind::Daily:
        return tr("Every day at %1").arg(time);
    case Schedule::Kind::Weekly: {
        const auto days = schedule.days();
        if (days.size() == 7)
            return tr("Every day at %1").arg(time);
        QStringList names;
        for (Qt::DayOfWeek d : days)
            names << QLocale().standaloneDayName(d, QLocale::LongFormat);
        const QString list = names.size() == 1
            ? names.first()
            : tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
        return tr("Every %1 at %2").arg(list, time);
    }
    }
    return {};
}

QString MainWindow::retentionText(const RetentionPolicy &policy)
{
    if (policy.isEmpty())
        return tr("every backup");
    const auto rule = [](int n, const char *counted, const char *always) {
        return n == RetentionPolicy::Unlimited ? tr(always) : tr(counted, nullptr, n);
    };
    QStringList parts;
    if (policy.keepLast != 0)
        parts << rule(policy.keepLast, QT_TR_N_NOOP("the last %n backup(s)"), QT_TR_NOOP("every backup"));
    if (policy.keepHourly != 0)
        parts << rule(
            policy.keepHourly, QT_TR_N_NOOP("one an hour for %n hour(s)"), QT_TR_NOOP("one every hour"));
    if (policy.keepDaily != 0)
        parts << rule(policy.keepDaily, QT_TR_N_NOOP("one a day for %n day(s)"), QT_TR_NOOP("one every day"));
    if (policy.keepWeekly != 0)
        parts << rule(
            policy.keepWeekly, QT_TR_N_NOOP("one a week for %n week(s)"), QT_TR_NOOP("one every week"));
    if (policy.keepMonthly != 0)
        parts << rule(
            policy.keepMonthly, QT_TR_N_NOOP("one a month for %n month(s)"), QT_TR_NOOP("one every month"));
    if (policy.keepYearly != 0)
        parts << rule(
            policy.keepYearly, QT_TR_N_NOOP("one a year for %n year(s)"), QT_TR_NOOP("one every year"));
    if (!policy.keepWithin.isZero())
        parts << tr("all from the last %1").arg(policy.keepWithin.displayText());
    return parts.join(QStringLiteral(", "));
}

QString MainWindow::displayPath(const QString &path)
{
    const QString home = QDir::homePath();
    if (path == home)
        return QStringLiteral("~");
    if (path.startsWith(home + u'/'))
        return u'~' + path.mid(home.size());
    return QDir::toNativeSeparators(path);
}

QString MainWindow::nextRunText(const QString &name, const QDateTime &now) const
{
    auto *scheduler = m_app->scheduler();
    const auto profile = m_app->profiles().find(name);
    if (!profile || profile->schedule.kind() == Schedule::Kind::Manual)
        return tr("manual");
    if (scheduler->isPaused())
        return tr("paused");
    switch (scheduler->hold(name)) {
    case BackupScheduler::Hold::Network:
        return tr("waiting for the network");
    case BackupScheduler::Hold::Metered:
        return tr("after the metered connection");
    case BackupScheduler::Hold::None:
        break;
    }
    const auto next = scheduler->nextAttempt(name);
    if (!next)
        return {};
    if (scheduler->isRetrying(name))
        return *next <= now ? tr("retrying now") : tr("retrying %1").arg(formatUntil(*next, now));
    return *next <= now ? tr("now") : formatWhen(*next, now);
}

void MainWindow::refreshRows()
{
    const QString selected = selectedProfile();
    const QDateTime now = m_app->clock().nowUtc();
    const RunHistoryCache &history = m_app->history();
    auto *coordinator = m_app->coordinator();
    m_list->clear();
    for (const Profile &p : m_app->profiles().profiles()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, p.name);
        item->setData(NameColumn, Qt::UserRole, p.name);
        const ProfileHealth health = m_app->health(p);
        const auto last = history.last(p.name);
        TrayController::State icon = TrayController::State::Idle;
        if (coordinator->runningProfile() == p.name) {
            icon = TrayController::State::Running;
            item->setText(ResultColumn, RunProgress::phaseText(coordinator->currentProgress().phase) + u'…');
        } else if (coordinator->isQueued(p.name)) {
            item->setText(ResultColumn, tr("Waiting for the running backup"));
        }
        if (last) {
            item->setText(LastRunColumn, formatWhen(last->startUtc, now));
            if (item->text(ResultColumn).isEmpty()) {
                switch (last->result) {
                case RunRecord::Result::Ok:
                    item->setText(ResultColumn,
                        last->verified ? tr("Backed up, verified") : tr("Uploaded, not verified"));
                    break;
                case RunRecord::Result::Cancelled:
                    item->setText(ResultColumn, tr("Cancelled"));
                    break;
                case RunRecord::Result::Failed:
                    item->setText(ResultColumn, tr("Failed"));
                    item->setForeground(ResultColumn, kAttention);
                    break;
                }
                item->setToolTip(ResultColumn, last->error);
            }
            if (last->result == RunRecord::Result::Ok)
                item->setText(SizeColumn, formatSize(last->size));
        } else {
            item->setText(LastRunColumn, tr("never"));
        }
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(NextRunColumn, nextRunText(p.name, now));
        QString healthText = health.text();
        if (health.needsAttention() && m_app->snoozedUntil(p.name))
            healthText += tr(" (snoozed)");
        item->setText(HealthColumn, healthText);
        if (icon != TrayController::State::Running) {
            if (health.state == ProfileHealth::State::Failed)
                icon = TrayController::State::Failed;
            else if (health.state == ProfileHealth::State::Overdue)
                icon = TrayController::State::Warning;
        }
        item->setIcon(NameColumn, TrayController::icon(icon));
        item->setData(HealthColumn, Qt::UserRole, int(health.state));
        if (health.needsAttention())
            item->setForeground(HealthColumn, kAttention);
    }
    const bool empty = m_app->profiles().profiles().isEmpty();
    m_listStack->setCurrentWidget(empty ? m_emptyPage : static_cast<QWidget *>(m_list));
    if (!selected.isEmpty())
        selectProfile(selected);
    if (m_list->selectedItems().isEmpty() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateActions();
    refreshDetails();

    m_summaryLabel->setText(m_app->tray()->summary());
    m_statusLabel->setText(statusSentence());
}

// One line for the status bar: the last run of this session, else the most pressing thing.
QString MainWindow::statusSentence() const
{
    if (!m_lastResult.isEmpty())
        return m_lastResult;
    const QDateTime now = m_app->clock().nowUtc();
    for (const Profile &p : m_app->profiles().profiles()) {
        if (m_app->health(p).state == ProfileHealth::State::Failed) {
            return tr("The last backup of “%1” failed; select it to see why.").arg(p.name);
        }
    }
    // What the scheduler waits for explains an overdue profile better than "overdue".
    for (const Profile &p : m_app->profiles().profiles()) {
        switch (
            m_app->scheduler()->isPaused() ? BackupScheduler::Hold::None : m_app->scheduler()->hold(p.name)) {
        case BackupScheduler::Hold::Network:
            return tr("Waiting for the network to back up “%1”.").arg(p.name);
        case BackupScheduler::Hold::Metered:
            return tr("“%1” waits for a connection that is not metered.").arg(p.name);
        case BackupScheduler::Hold::None:
            break;
        }
    }
    for (const Profile &p : m_app->profiles().profiles()) {
        const ProfileHealth health = m_app->health(p);
        if (health.state == ProfileHealth::State::Overdue) {
            return health.lastSuccessUtc ? tr("“%1” is overdue: its last verified backup is from %2.")
                                               .arg(p.name, formatWhen(*health.lastSuccessUtc, now))
                                         : tr("“%1” is overdue: it has never been backed up.").arg(p.name);
        }
    }
    if (m_app->scheduler()->isPaused())
        return tr("Scheduled backups are paused; “Back up now” still works.");
    return {};
}

void MainWindow::refreshDetails()
{
    const auto profile = m_app->profiles().find(selectedProfile());
    m_details->setVisible(profile.has_value() && m_app->hasKey());
    if (!profile)
        return;
    const QString name = profile->name;
    const QDateTime now = m_app->clock().nowUtc();
    const RunHistoryCache &history = m_app->history();
    const auto last = history.last(name);
    const auto lastOk = history.lastVerifiedSuccess(name);
    const ProfileHealth health = m_app->health(*profile);
    auto *scheduler = m_app->scheduler();
    m_details->setTitle(name);

    QString status;
    if (m_app->coordinator()->runningProfile() == name) {
        status = tr("Backing up now.");
    } else if (health.state == ProfileHealth::State::Failed && last) {
        status = tr("The run of %1 failed: %2").arg(formatWhen(last->startUtc, now), last->error);
    } else if (health.state == ProfileHealth::State::Overdue) {
        status = lastOk
            ? tr("Overdue: the last verified backup is from %1; the schedule wanted the next one %2.")
                  .arg(formatWhen(lastOk->startUtc, now), formatWhen(*health.dueUtc, now))
            : tr("Not backed up yet: click “Back up now” for the first backup.");
    } else if (lastOk) {
        status = tr("Up to date: verified backup of %1 (%2).")
                     .arg(formatWhen(lastOk->startUtc, now), formatSize(lastOk->size));
    } else {
        status = tr("Not backed up yet.");
    }
    switch (scheduler->isPaused() ? BackupScheduler::Hold::None : scheduler->hold(name)) {
    case BackupScheduler::Hold::Network: {
        const QDateTime until = scheduler->holdUntil(name);
        NetworkStatus *network = m_app->network();
        if (network && network->reachability() == NetworkStatus::Reachability::Offline) {
            status += u' '
                + tr("Waiting for the internet (the system reports no connection); Coffre tries anyway %1.")
                      .arg(formatUntil(until, now));
        } else {
            status += u' '
                + tr("Waiting for the network to come back after sleep; the backup starts %1.")
                      .arg(formatUntil(until, now));
        }
        break;
    }
    case BackupScheduler::Hold::Metered:
        status += u' '
            + tr("The connection is metered: scheduled backups of this profile wait for another one. "
                 "“Back up now” still works.");
        break;
    case BackupScheduler::Hold::None:
        break;
    }
    m_detailStatus->setText(status);
    // Red for what needs the user, not for a run that is fixing it.
    const bool problem = health.needsAttention() && m_app->coordinator()->runningProfile() != name;
    QPalette palette = m_details->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, kAttention);
    m_detailStatus->setPalette(palette);

    QStringList sources;
    for (const QString &s : profile->sources)
        sources << displayPath(s);
    m_detailSources->setText(sources.join(QStringLiteral(", ")));
    m_detailRemote->setText(profile->remotePath);
    QString schedule = scheduleText(profile->schedule);
    if (profile->skipOnMetered && profile->schedule.kind() != Schedule::Kind::Manual)
        schedule += tr(", not over metered connections");
    m_detailSchedule->setText(schedule);
    QString keeps = retentionText(profile->retention);
    if (!profile->pinned.isEmpty())
        keeps += tr("; and %n pinned backup(s)", nullptr, int(profile->pinned.size()));
    m_detailKeep->setText(keeps);

    // Reminders only matter while something is wrong.
    const bool attention = health.needsAttention();
    const auto snoozed = m_app->snoozedUntil(name);
    m_detailReminders->setText(snoozed ? tr("Snoozed until %1.").arg(formatWhen(*snoozed, now))
                                       : tr("A notification every day until this is fixed."));
    static_cast<QFormLayout *>(m_details->layout())->setRowVisible(1, attention);
    m_snoozeButton->setText(snoozed ? tr("Change the snooze") : tr("Snooze reminders"));
}

void MainWindow::updateActions()
{
    // On the welcome page the menu bar is hidden but its shortcuts would still fire.
    const bool onProfiles = !showsWelcome() && m_profilesPage->isEnabled();
    const QString name = onProfiles ? selectedProfile() : QString();
    auto *coordinator = m_app->coordinator();
    const bool busyWithThis = coordinator->runningProfile() == name || coordinator->isQueued(name);
    const bool hasKey = m_app->hasKey();
    m_backupNow->setEnabled(!name.isEmpty() && hasKey && !busyWithThis);
    m_cancelAction->setEnabled(coordinator->isBusy());
    m_add->setEnabled(onProfiles);
    m_edit->setEnabled(!name.isEmpty());
    m_remove->setEnabled(!name.isEmpty() && !busyWithThis);
    m_browse->setEnabled(!name.isEmpty() && hasKey);
    m_history->setEnabled(onProfiles);
    m_settings->setEnabled(onProfiles);
    m_pause->setEnabled(onProfiles);
    const auto profile = m_app->profiles().find(name);
    const bool attention = profile && m_app->health(*profile).needsAttention();
    m_snoozeMenu->setEnabled(attention);
    m_snoozeMenu->menuAction()->setEnabled(attention);
    if (QAction *again = action(QStringLiteral("remindAgainAction")))
        again->setEnabled(attention && m_app->snoozedUntil(name).has_value());
}

void MainWindow::onRunStarted(const QString &profile)
{
    m_progressBox->setTitle(tr("Backing up “%1”").arg(profile));
    m_phaseLabel->setText(RunProgress::phaseText(RunPhase::Preparing) + u'…');
    m_rateLabel->clear();
    m_progressBar->setRange(0, 0);
    m_cancel->setEnabled(true);
    m_progressBox->show();
    // The rows were refreshed just before, when the coordinator became busy.
}

void MainWindow::onRunProgress(const QString &profile, const RunProgress &progress)
{
    QString phase = RunProgress::phaseText(progress.phase);
    if (!progress.notice.isEmpty())
        phase += QStringLiteral(" — ") + progress.notice;
    m_phaseLabel->setText(phase);
    const bool bytes = (progress.phase == RunPhase::Zipping || progress.phase == RunPhase::Uploading)
        && progress.bytesTotal > 0;
    QString rowText = RunProgress::phaseText(progress.phase) + u'…';
    if (bytes) {
        // Per mille, so multi-GB totals fit an int.
        const int permille = int(progress.bytesDone * 1000 / progress.bytesTotal);
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(permille);
        rowText = tr("%1… %2 %").arg(RunProgress::phaseText(progress.phase)).arg(permille / 10);
        QString rate = tr("%1 of %2").arg(formatSize(progress.bytesDone), formatSize(progress.bytesTotal));
        if (progress.bytesPerSecond > 0) {
            const qint64 eta = qint64((progress.bytesTotal - progress.bytesDone) / progress.bytesPerSecond);
            rate += tr(" · %1/s · %2 left")
                        .arg(formatSize(qint64(progress.bytesPerSecond)),
                            eta >= 3600     ? tr("%1 h %2 min").arg(eta / 3600).arg(eta % 3600 / 60)
                                : eta >= 60 ? tr("%n min", nullptr, int(eta / 60))
                                            : tr("%n s", nullptr, int(eta)));
        }
        m_rateLabel->setText(rate);
    } else if (progress.phase == RunPhase::Finished) {
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(1000);
    } else {
        m_progressBar->setRange(0, 0);
        m_rateLabel->clear();
    }
    // The row follows without a full refresh (that reads the history file).
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toString() == profile)
            item->setText(ResultColumn, rowText);
    }
}

void MainWindow::onRunFinished(const QString &profile, const RunOutcome &outcome)
{
    m_progressBox->setVisible(m_app->coordinator()->isBusy());
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(1000);
    const RunRecord &r = outcome.record;
    m_lastResultProfile = profile;
    if (outcome.succeeded()) {
        m_lastResult
            = tr("Backed up “%1”: %2 (%3), verified.").arg(profile, r.archiveName, formatSize(r.size));
        if (!outcome.pruneError.isEmpty())
            m_lastResult += u' ' + outcome.pruneError;
    } else if (r.result == RunRecord::Result::Cancelled) {
        m_lastResult = tr("The backup of “%1” was cancelled; nothing was deleted.").arg(profile);
    } else {
        m_lastResult = tr("The backup of “%1” failed: %2").arg(profile, r.error);
    }
    // DesktopApp refreshed the rows for this run already; only the sentence is new.
    m_statusLabel->setText(statusSentence());
}

void MainWindow::addProfile()
{
    auto *editor = new ProfileEditor(m_app, std::nullopt, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        m_app->reloadProfiles();
        selectProfile(editor->savedName());
    });
    editor->open();
}

void MainWindow::editProfile(const QString &name)
{
    const auto profile = m_app->profiles().find(name);
    if (!profile)
        return;
    auto *editor = new ProfileEditor(m_app, profile, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        m_app->reloadProfiles();
        selectProfile(editor->savedName());
    });
    editor->open();
}

void MainWindow::removeProfile(const QString &name)
{
    if (name.isEmpty())
        return;
    if (!Prompter::instance().confirm(this, tr("Remove profile"),
            tr("Remove the profile “%1”? Its backups on 1fichier are kept.").arg(name)))
        return;
    if (!m_app->profiles().remove(name))
        Prompter::instance().inform(this, tr("Remove profile"), m_app->profiles().errorString());
    m_app->reloadProfiles();
}

void MainWindow::browseBackups(const QString &name)
{
    const auto profile = m_app->profiles().find(name);
    if (!profile)
        return;
    auto *browser = new RemoteBrowser(m_app, *profile, this);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    browser->show();
}

void MainWindow::showHistory(const QString &name)
{
    auto *history = new HistoryDialog(m_app, this);
    history->setAttribute(Qt::WA_DeleteOnClose);
    history->setProfileFilter(name);
    history->show();
}

void MainWindow::showSettings()
{
    auto *settings = new SettingsDialog(m_app, this);
    settings->setAttribute(Qt::WA_DeleteOnClose);
    settings->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // With a tray icon, closing the window keeps Coffre running there; without one the
    // window is the only way to use Coffre, so closing it quits.
    if (m_app->tray() && m_app->tray()->isVisible() && SettingsDialog::closeToTray()) {
        hide();
        event->ignore();
        return;
    }
    event->accept();
    QApplication::quit();
}

} // namespace Coffre
