#include "DesktopApp.h"

#include "MainWindow.h"
#include "TrayController.h"
#include "backup/BackupCoordinator.h"
#include "backup/BackupScheduler.h"
#include "backup/RunHistory.h"
#include "backup/SystemClock.h"
#include "core/Logging.h"
#include "secrets/ApiKeyStore.h"

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
      m_keyStore(new ApiKeyStore(this)),
      m_coordinator(new BackupCoordinator(*m_clock, options.runOptions, this)),
      m_scheduler(new BackupScheduler(*m_clock, historyFile(), this))
{
    initUiResources();
    qRegisterMetaType<ApiKeyLookup>();
    connect(m_scheduler, &BackupScheduler::runRequested, this, [this](const QString &name) {
        const auto profile = m_store.find(name);
        if (!profile || !m_coordinator->enqueue(*profile))
            m_scheduler->runFinished(name, false);
    });
    connect(m_coordinator, &BackupCoordinator::runFinished, this, &DesktopApp::onRunFinished);
    connect(m_coordinator, &BackupCoordinator::busyChanged, this, &DesktopApp::stateChanged);
    connect(m_scheduler, &BackupScheduler::planChanged, this, &DesktopApp::stateChanged);
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
    if (!hidden)
        m_window->show();
    m_keyStore->loadWithRetry(std::chrono::milliseconds(m_options.keychainRetryMs), m_options.keyFile);
}

FichierConfig DesktopApp::configFor(const QString &key) const
{
    FichierConfig config = FichierConfig::fromEnvironment(key);
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
    RunHistory history(historyFile());
    return ProfileHealth::assess(profile, history.last(profile.name),
        history.lastVerifiedSuccess(profile.name), m_clock->nowUtc(), m_options.graceSecs,
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
    m_scheduler->runFinished(profile, outcome.record.isVerifiedSuccess());
    emit stateChanged();
}

} // namespace Coffre
