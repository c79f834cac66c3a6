#include "MainWindow.h"

#include "DesktopApp.h"
#include "HistoryDialog.h"
#include "ProfileEditor.h"
#include "Prompter.h"
#include "RemoteBrowser.h"
#include "SettingsDialog.h"
#include "TrayController.h"
#include "WelcomePage.h"
#include "backup/BackupCoordinator.h"
#include "backup/BackupScheduler.h"
#include "backup/Clock.h"
#include "backup/RunHistory.h"

#include <QApplication>
#include <QCloseEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Coffre {

MainWindow::MainWindow(DesktopApp *app, QWidget *parent) : QMainWindow(parent), m_app(app)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Coffre"));
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(app, m_stack);
    m_stack->addWidget(m_welcome);
    buildProfilesPage();
    m_stack->addWidget(m_profilesPage);
    setCentralWidget(m_stack);
    resize(900, 520);

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
}

MainWindow::~MainWindow() = default;

void MainWindow::buildProfilesPage()
{
    m_profilesPage = new QWidget(this);
    auto *layout = new QVBoxLayout(m_profilesPage);

    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &name, const QString &text) {
        auto *b = new QPushButton(text, m_profilesPage);
        b->setObjectName(name);
        buttons->addWidget(b);
        return b;
    };
    m_backupNow = button(QStringLiteral("backupNowButton"), tr("Back up now"));
    m_backupNow->setDefault(true);
    QPushButton *add = button(QStringLiteral("addButton"), tr("Add profile…"));
    m_edit = button(QStringLiteral("editButton"), tr("Edit…"));
    m_remove = button(QStringLiteral("removeButton"), tr("Remove"));
    m_browse = button(QStringLiteral("browseButton"), tr("Backups…"));
    buttons->addStretch();
    auto *historyButton = button(QStringLiteral("historyButton"), tr("History…"));
    auto *settingsButton = button(QStringLiteral("settingsButton"), tr("Settings…"));
    auto *pause = button(QStringLiteral("pauseButton"), tr("Pause schedules"));
    pause->setCheckable(true);
    layout->addLayout(buttons);

    m_list = new QTreeWidget(m_profilesPage);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(
        {tr("Profile"), tr("Last run"), tr("Result"), tr("Size"), tr("Next run"), tr("Health")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(m_list, 1);

    m_emptyLabel = new QLabel(
        tr("No backup profiles yet. Click “Add profile…” to choose folders to back up."), m_profilesPage);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    layout->addWidget(m_emptyLabel);

    m_progressBox = new QGroupBox(tr("Backing up"), m_profilesPage);
    m_progressBox->setObjectName(QStringLiteral("progressBox"));
    auto *progressLayout = new QGridLayout(m_progressBox);
    m_phaseLabel = new QLabel(m_progressBox);
    m_phaseLabel->setObjectName(QStringLiteral("phaseLabel"));
    m_progressBar = new QProgressBar(m_progressBox);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_rateLabel = new QLabel(m_progressBox);
    m_rateLabel->setObjectName(QStringLiteral("rateLabel"));
    m_cancel = new QPushButton(tr("Cancel"), m_progressBox);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    progressLayout->addWidget(m_phaseLabel, 0, 0);
    progressLayout->addWidget(m_rateLabel, 0, 1, Qt::AlignRight);
    progressLayout->addWidget(m_progressBar, 1, 0, 1, 2);
    progressLayout->addWidget(m_cancel, 1, 2);
    m_progressBox->hide();
    layout->addWidget(m_progressBox);

    m_statusLabel = new QLabel(m_profilesPage);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    layout->addWidget(m_statusLabel);

    connect(m_backupNow, &QPushButton::clicked, this, [this] {
        if (!selectedProfile().isEmpty())
            m_app->backUpNow(selectedProfile());
        updateButtons();
    });
    connect(add, &QPushButton::clicked, this, &MainWindow::addProfile);
    connect(m_edit, &QPushButton::clicked, this, [this] { editProfile(selectedProfile()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeProfile(selectedProfile()); });
    connect(m_browse, &QPushButton::clicked, this, [this] { browseBackups(selectedProfile()); });
    connect(historyButton, &QPushButton::clicked, this, [this] {
        auto *history = new HistoryDialog(m_app, this);
        history->setAttribute(Qt::WA_DeleteOnClose);
        history->setProfileFilter(selectedProfile());
        history->show();
    });
    connect(settingsButton, &QPushButton::clicked, this, [this] {
        auto *settings = new SettingsDialog(m_app, this);
        settings->setAttribute(Qt::WA_DeleteOnClose);
        settings->open();
    });
    connect(pause, &QPushButton::toggled, m_app->scheduler(), &BackupScheduler::setPaused);
    connect(m_app->scheduler(), &BackupScheduler::pausedChanged, pause, [pause](bool paused) {
        const QSignalBlocker block(pause);
        pause->setChecked(paused);
    });
    connect(m_cancel, &QPushButton::clicked, this,
        [this] { m_app->coordinator()->cancel(m_app->coordinator()->runningProfile()); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &MainWindow::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this,
        [this](QTreeWidgetItem *item) { editProfile(item->data(NameColumn, Qt::UserRole).toString()); });
}

bool MainWindow::showsWelcome() const
{
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::onKeyChanged(bool hasKey)
{
    m_profilesPage->setEnabled(true);
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
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + time;
}

void MainWindow::refreshRows()
{
    const QString selected = selectedProfile();
    const QDateTime now = m_app->clock().nowUtc();
    RunHistory history(m_app->historyFile());
    auto *coordinator = m_app->coordinator();
    auto *scheduler = m_app->scheduler();
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
            item->setText(ResultColumn, tr("Running…"));
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
                    item->setText(ResultColumn, tr("Failed: %1").arg(last->error));
                    break;
                }
                item->setToolTip(ResultColumn, last->error);
            }
            if (last->result == RunRecord::Result::Ok)
                item->setText(SizeColumn, formatSize(last->size));
        } else {
            item->setText(LastRunColumn, tr("never"));
        }
        if (p.schedule.kind() == Schedule::Kind::Manual) {
            item->setText(NextRunColumn, tr("manual"));
        } else if (scheduler->isPaused()) {
            item->setText(NextRunColumn, tr("paused"));
        } else if (const auto next = scheduler->nextAttempt(p.name)) {
            const QString when = *next <= now ? tr("now") : formatWhen(*next, now);
            item->setText(NextRunColumn, scheduler->isRetrying(p.name) ? tr("retry %1").arg(when) : when);
        }
        item->setText(HealthColumn, health.text());
        if (icon != TrayController::State::Running) {
            if (health.state == ProfileHealth::State::Failed)
                icon = TrayController::State::Failed;
            else if (health.state == ProfileHealth::State::Overdue)
                icon = TrayController::State::Warning;
        }
        item->setIcon(NameColumn, TrayController::icon(icon));
        item->setData(HealthColumn, Qt::UserRole, int(health.state));
        if (health.needsAttention())
            item->setForeground(HealthColumn, QColor(0xb0, 0x30, 0x20));
    }
    const bool empty = m_app->profiles().profiles().isEmpty();
    m_list->setVisible(!empty);
    m_emptyLabel->setVisible(empty);
    if (!selected.isEmpty())
        selectProfile(selected);
    if (m_list->selectedItems().isEmpty() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();

    // The last run's sentence stays until the next run; below it, what needs attention.
    QStringList lines;
    if (!m_lastResult.isEmpty())
        lines << m_lastResult;
    switch (m_app->tray()->state()) {
    case TrayController::State::Failed:
        if (!m_lastResultFailed)
            lines << tr("A backup failed: its row says why. Fix it, then click “Back up now”.");
        break;
    case TrayController::State::Warning:
        lines << tr("A backup is overdue: its last verified backup is older than its schedule allows.");
        break;
    case TrayController::State::Paused:
        lines << tr("Scheduled backups are paused.");
        break;
    default:
        break;
    }
    m_statusLabel->setText(lines.join(u'\n'));
}

void MainWindow::updateButtons()
{
    const QString name = selectedProfile();
    auto *coordinator = m_app->coordinator();
    const bool busyWithThis = coordinator->runningProfile() == name || coordinator->isQueued(name);
    m_backupNow->setEnabled(!name.isEmpty() && m_app->hasKey() && !busyWithThis);
    m_edit->setEnabled(!name.isEmpty());
    m_remove->setEnabled(!name.isEmpty() && !busyWithThis);
    m_browse->setEnabled(!name.isEmpty() && m_app->hasKey());
}

void MainWindow::onRunStarted(const QString &profile)
{
    m_progressBox->setTitle(tr("Backing up %1").arg(profile));
    m_phaseLabel->setText(RunProgress::phaseText(RunPhase::Preparing));
    m_rateLabel->clear();
    m_progressBar->setRange(0, 0);
    m_cancel->setEnabled(true);
    m_progressBox->show();
    refreshRows();
}

void MainWindow::onRunProgress(const QString &profile, const RunProgress &progress)
{
    Q_UNUSED(profile)
    QString phase = RunProgress::phaseText(progress.phase);
    if (!progress.notice.isEmpty())
        phase += QStringLiteral(" — ") + progress.notice;
    m_phaseLabel->setText(phase);
    const bool bytes = (progress.phase == RunPhase::Zipping || progress.phase == RunPhase::Uploading)
        && progress.bytesTotal > 0;
    if (bytes) {
        // Per mille, so multi-GB totals fit an int.
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(int(progress.bytesDone * 1000 / progress.bytesTotal));
        QString rate = tr("%1 of %2").arg(formatSize(progress.bytesDone), formatSize(progress.bytesTotal));
        if (progress.bytesPerSecond > 0) {
            const qint64 eta = qint64((progress.bytesTotal - progress.bytesDone) / progress.bytesPerSecond);
            rate += tr(" · %1/s · %2 left")
                        .arg(formatSize(qint64(progress.bytesPerSecond)),
                            eta >= 3600     ? tr("%1 h %2 min").arg(eta / 3600).arg(eta % 3600 / 60)
                                : eta >= 60 ? tr("%1 min").arg(eta / 60)
                                            : tr("%1 s").arg(eta));
        }
        m_rateLabel->setText(rate);
    } else if (progress.phase == RunPhase::Finished) {
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(1000);
    } else {
        m_progressBar->setRange(0, 0);
        m_rateLabel->clear();
    }
}

void MainWindow::onRunFinished(const QString &profile, const RunOutcome &outcome)
{
    m_progressBox->setVisible(m_app->coordinator()->isBusy());
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(1000);
    const RunRecord &r = outcome.record;
    m_lastResultFailed = false;
    if (outcome.succeeded()) {
        m_lastResult = tr("Backed up %1: %2 (%3), verified.").arg(profile, r.archiveName, formatSize(r.size));
        if (!outcome.pruneError.isEmpty())
            m_lastResult += u' ' + outcome.pruneError;
        const auto p = m_app->profiles().find(profile);
        if (p && p->notifyOnSuccess)
            m_app->tray()->notify(tr("Backup done"), m_lastResult, false);
    } else if (r.result == RunRecord::Result::Cancelled) {
        m_lastResult = tr("The backup of %1 was cancelled; nothing was deleted.").arg(profile);
    } else {
        m_lastResult = tr("Backup of %1 failed: %2").arg(profile, r.error);
        m_lastResultFailed = true;
        if (SettingsDialog::notifyFailures())
            m_app->tray()->notify(tr("Backup failed"), m_lastResult, true);
    }
    refreshRows();
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
