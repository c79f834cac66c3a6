#include "DesktopApp.h"

#include "Icons.h"
#include "MainWindow.h"
#include "TrayController.h"
#include "backup/BackupCoordinator.h"
#include "backup/BackupScheduler.h"
#include "backup/RunHistory.h"
#include "backup/SystemClock.h"
#include "core/EnglishPlurals.h"
#include "core/Logging.h"
#include "core/Preferences.h"
#include "core/SystemNetworkStatus.h"
#include "fichier/FichierClient.h"
#include "secrets/ApiKeyStore.h"

#include <QLocale>

// The icons are compiled into the static coffre_ui library; its resource initialiser must
// be referenced or the linker drops it (Q_INIT_RESOURCE works only outside a namespace).
static void initUiResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace Coffre {

DesktopApp::DesktopApp(const Options &options, QObject *parent)
    : QObject(parent),
      m_options(options),
      m_clock(options.clock ? options.clock : &SystemClock::instance()),
      m_history(options.runOptions.historyFile.isEmpty() ? RunHistory::defaultFilePath()
                                                         : options.runOptions.historyFile),
      m_keyStore(new ApiKeyStore(this)),
      m_coordinator(new BackupCoordinator(*m_clock, options.runOptions, this)),
      m_scheduler(new BackupScheduler(*m_clock, historyFile(), this)),
      m_network(options.network ? options.network : new SystemNetworkStatus(this))
{
    initUiResources();
    // The app's own start-up does this too; tests and tools that build a DesktopApp get
    // the same "1 file" / "7 files" wording.
    installEnglishPlurals();
    Icons::setUpTheme();
    qRegisterMetaType<ApiKeyLookup>();
    m_scheduler->setTimeZone(options.runOptions.zone);
    m_scheduler->setNetworkStatus(m_network);
    m_reminderTimer.setInterval(options.reminderCheckMs);
    connect(&m_reminderTimer, &QTimer::timeout, this, &DesktopApp::checkReminders);
    connect(m_scheduler, &BackupScheduler::runRequested, this, [this](const QString &name) {
        const auto profile = m_store.find(name);
        if (!profile || !m_coordinator->enqueue(*profile))
            m_scheduler->runFinished(name, false);
    });
    connect(m_coordinator, &BackupCoordinator::runFinished, this, &DesktopApp::onRunFinished);
    // Each stateChanged rebuilds the rows and the tray menu on the GUI thread: a finished
    // run announces itself once (onRunFinished), not once per signal it sets off.
    connect(m_coordinator, &BackupCoordinator::busyChanged, this, [this](bool busy) {
        if (busy)
            emit stateChanged();
    });
    connect(m_scheduler, &BackupScheduler::planChanged, this, [this] {
        if (!m_finishingRun)
            emit stateChanged();
    });
    connect(m_scheduler, &BackupScheduler::pausedChanged, this, &DesktopApp::stateChanged);
    connect(m_keyStore, &ApiKeyStore::loaded, this, &DesktopApp::onKeyLoaded);

    // The tray first: the window reads its state when it refreshes.
    m_tray = new TrayController(this, options.allowTray, this);
    m_window = std::make_unique<MainWindow>(this);
}

DesktopApp::~DesktopApp()
{
    // The window refers to the coordinator and the scheduler; it goes first.
    m_window.reset();
}

QString DesktopApp::historyFile() const
{
    return m_options.runOptions.historyFile.isEmpty() ? RunHistory::defaultFilePath()
                                                      : m_options.runOptions.historyFile;
}

void DesktopApp::start(bool hidden)
{
    reloadProfiles();
    m_reminders.load();
    m_reminderTimer.start();
    if (!hidden)
        m_window->show();
    m_keyStore->loadWithRetry(std::chrono::milliseconds(m_options.keychainRetryMs), m_options.keyFile);
}

FichierConfig DesktopApp::configFor(const QString &key) const
{
    FichierConfig config = FichierConfig::fromEnvironment(key);
    Preferences().applyTo(config);
    if (m_options.tuneConfig)
        m_options.tuneConfig(config);
    return config;
}

void DesktopApp::onKeyLoaded(const ApiKeyLookup &lookup)
{
    if (lookup.isFound()) {
        useKey(lookup.key().value());
        return;
    }
    if (lookup.status() != ApiKeyLookup::Status::Missing)
        m_keyProblem = lookup.message();
    qCInfo(lcUi) << "no API key yet: showing the welcome page";
    emit keyChanged(false);
}

void DesktopApp::useKey(const QString &key)
{
    if (!m_coordinator->setConfig(configFor(key))) {
        qCWarning(lcUi) << "the new key is used after the running backup";
        return;
    }
    m_hasKey = true;
    m_keyProblem.clear();
    // The stand-in on this machine (the demo, tests) needs no network.
    m_scheduler->setNetworkRequired(
        !FichierConfig::isLoopbackHost(m_coordinator->client()->config().apiBase.host()));
    m_scheduler->start();
    emit keyChanged(true);
    emit stateChanged();
}

void DesktopApp::dropKey()
{
    m_hasKey = false;
    m_scheduler->stop();
    emit keyChanged(false);
}

ProfileHealth DesktopApp::health(const Profile &profile) const
{
    return ProfileHealth::assess(profile, m_history.last(profile.name),
        m_history.lastVerifiedSuccess(profile.name), m_clock->nowUtc(), m_options.graceSecs,
        m_options.runOptions.zone);
}

bool DesktopApp::anyFailed() const
{
    for (const Profile &p : m_store.profiles()) {
        if (health(p).state == ProfileHealth::State::Failed)
            return true;
    }
    return false;
}

bool DesktopApp::anyOverdue() const
{
    for (const Profile &p : m_store.profiles()) {
        if (health(p).state == ProfileHealth::State::Overdue)
            return true;
    }
    return false;
}

void DesktopApp::reloadProfiles()
{
    if (!m_store.load())
        qCWarning(lcUi) << "profiles:" << m_store.errorString();
    m_scheduler->setProfiles(m_store.profiles());
    emit profilesChanged();
    emit stateChanged();
}

bool DesktopApp::backUpNow(const QString &name)
{
    const auto profile = m_store.find(name);
    return profile && m_coordinator->enqueue(*profile);
}

void DesktopApp::onRunFinished(const QString &profile, const RunOutcome &outcome)
{
    m_finishingRun = true;
    m_scheduler->runFinished(profile, outcome.record.isVerifiedSuccess());
    m_finishingRun = false;
    if (outcome.succeeded()) {
        const auto p = m_store.find(profile);
        if (p && p->notifyOnSuccess)
            emit notify(
                tr("Backup done"), tr("“%1” is backed up and verified on 1fichier.").arg(profile), false);
    }
    emit stateChanged();
    // A failure is announced through the reminders, so a retry that fails again within
    // the day does not announce it twice.
    checkReminders();
}

void DesktopApp::setRequestSpacingMs(int ms)
{
    Preferences prefs;
    prefs.setRequestSpacingMs(ms);
    prefs.sync();
    if (FichierClient *client = m_coordinator->client())
        client->setRequestSpacingMs(prefs.requestSpacingMs());
}

void DesktopApp::checkReminders()
{
    if (!Preferences().remindAttention())
        return;
    const QDateTime now = m_clock->nowUtc();
    QList<std::pair<QString, bool>> attention;
    QHash<QString, ProfileHealth> healths;
    for (const Profile &p : m_store.profiles()) {
        const ProfileHealth h = health(p);
        healths.insert(p.name, h);
        attention.append({p.name, h.needsAttention()});
    }
    const QStringList due = m_reminders.due(attention, now);
    for (const QString &name : due) {
        const ProfileHealth h = healths.value(name);
        if (h.state == ProfileHealth::State::Failed) {
            const auto last = m_history.last(name);
            emit notify(tr("Backup failed"),
                tr("The backup of “%1” failed: %2").arg(name, last ? last->error : QString()), true);
        } else if (h.lastSuccessUtc && h.lastSuccessUtc->daysTo(now) >= 1) {
            emit notify(tr("Backup overdue"),
                tr("“%1” was last backed up %n day(s) ago. Open Coffre to back it up now or snooze "
                   "this reminder.",
                    nullptr, int(h.lastSuccessUtc->daysTo(now)))
                    .arg(name),
                true);
        } else if (h.lastSuccessUtc) {
            // An hourly profile can be overdue the same day: "0 days ago" would say nothing.
            emit notify(tr("Backup overdue"),
                tr("“%1” was last backed up at %2. Open Coffre to back it up now or snooze this reminder.")
                    .arg(name,
                        QLocale().toString(h.lastSuccessUtc->toLocalTime().time(), QLocale::ShortFormat)),
                true);
        } else {
            emit notify(tr("Backup overdue"),
                tr("“%1” has never been backed up. Open Coffre to back it up now or snooze this reminder.")
                    .arg(name),
                true);
        }
    }
}

void DesktopApp::snoozeReminders(const QString &profile, qint64 secs)
{
    m_reminders.snooze(profile, m_clock->nowUtc().addSecs(secs));
    emit stateChanged();
}

void DesktopApp::remindAgain(const QString &profile)
{
    m_reminders.unsnooze(profile);
    checkReminders();
}

std::optional<QDateTime> DesktopApp::snoozedUntil(const QString &profile) const
{
    return m_reminders.snoozedUntil(profile, m_clock->nowUtc());
}

} // namespace Coffre
