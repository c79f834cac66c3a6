#include "SettingsDialog.h"

#include "AutostartEntry.h"
#include "DesktopApp.h"
#include "Prompter.h"
#include "TrayController.h"
#include "backup/BackupCoordinator.h"
#include "core/Preferences.h"
#include "fichier/FichierClient.h"
#include "secrets/ApiKeyStore.h"
#include "secrets/KeychainResult.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Coffre {

namespace {
QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

bool SettingsDialog::closeToTray()
{
    return Preferences().closeToTray();
}

SettingsDialog::SettingsDialog(DesktopApp *app, QWidget *parent) : QDialog(parent), m_app(app)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Coffre Settings"));
    const Preferences prefs;
    auto *layout = new QVBoxLayout(this);

    auto *keyBox = new QGroupBox(tr("1fichier account"), this);
    auto *keyLayout = new QVBoxLayout(keyBox);
    m_keyStatus = new QLabel(
        app->hasKey() ? tr("Coffre has your API key (kept in the system keychain).") : tr("No API key yet."),
        keyBox);
    m_keyStatus->setObjectName(QStringLiteral("keyStatusLabel"));
    m_keyStatus->setWordWrap(true);
    keyLayout->addWidget(m_keyStatus);
    auto *keyButtons = new QHBoxLayout;
    auto *test = new QPushButton(tr("Test connection"), keyBox);
    test->setObjectName(QStringLiteral("settingsTestButton"));
    auto *change = new QPushButton(tr("Use another key…"), keyBox);
    change->setObjectName(QStringLiteral("changeKeyButton"));
    auto *forget = new QPushButton(tr("Forget the key…"), keyBox);
    forget->setObjectName(QStringLiteral("forgetKeyButton"));
    for (QPushButton *b : {test, change, forget}) {
        b->setEnabled(app->hasKey());
        keyButtons->addWidget(b);
    }
    keyButtons->addStretch();
    keyLayout->addLayout(keyButtons);
    layout->addWidget(keyBox);

    auto *network = new QGroupBox(tr("Requests"), this);
    auto *networkForm = new QFormLayout(network);
    m_spacing = new QSpinBox(network);
    m_spacing->setObjectName(QStringLiteral("requestSpacingSpin"));
    m_spacing->setRange(Preferences::minRequestSpacingMs(), Preferences::MaxRequestSpacingMs);
    m_spacing->setSingleStep(50);
    m_spacing->setSuffix(tr(" ms"));
    m_spacing->setValue(prefs.requestSpacingMs());
    m_spacing->setMinimumWidth(110);
    auto *spacingRow = new QHBoxLayout;
    spacingRow->addWidget(m_spacing);
    spacingRow->addWidget(
        new QLabel(tr("(default %1 ms)").arg(Preferences::DefaultRequestSpacingMs), network));
    spacingRow->addStretch();
    networkForm->addRow(tr("Time between requests:"), spacingRow);
    networkForm->addRow(hint(tr("1fichier accepts at most 3 requests a second (%1 ms apart) and blocks "
                                "accounts that send more. A longer gap is gentler when other tools "
                                "use the same account; it also applies to “coffre run”.")
                                 .arg(Preferences::minRequestSpacingMs()),
        network));
    layout->addWidget(network);

    auto *behaviour = new QGroupBox(tr("Desktop"), this);
    auto *behaviourLayout = new QVBoxLayout(behaviour);
    m_startAtLogin
        = new QCheckBox(tr("Start Coffre when I log in (in the tray, without the window)"), behaviour);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheck"));
    m_startAtLogin->setChecked(AutostartEntry().isEnabled());
    m_startAtLoginProblem = new QLabel(behaviour);
    m_startAtLoginProblem->setObjectName(QStringLiteral("startAtLoginProblem"));
    m_startAtLoginProblem->setWordWrap(true);
    m_startAtLoginProblem->setStyleSheet(QStringLiteral("color: #b03020"));
    m_startAtLoginProblem->hide();
    m_closeToTray = new QCheckBox(tr("Closing the window keeps Coffre running in the tray"), behaviour);
    m_closeToTray->setObjectName(QStringLiteral("closeToTrayCheck"));
    m_closeToTray->setChecked(prefs.closeToTray());
    if (!app->tray()->isVisible())
        m_closeToTray->setToolTip(tr("There is no system tray right now: closing the window quits Coffre."));
    m_remind
        = new QCheckBox(tr("Remind me of failed or overdue backups (once a day until fixed)"), behaviour);
    m_remind->setObjectName(QStringLiteral("remindCheck"));
    m_remind->setChecked(prefs.remindAttention());
    behaviourLayout->addWidget(m_startAtLogin);
    behaviourLayout->addWidget(m_startAtLoginProblem);
    behaviourLayout->addWidget(m_closeToTray);
    behaviourLayout->addWidget(m_remind);
    layout->addWidget(behaviour);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_spacing, &QSpinBox::valueChanged, this, [this](int ms) { m_app->setRequestSpacingMs(ms); });
    connect(m_startAtLogin, &QCheckBox::toggled, this, &SettingsDialog::setStartAtLogin);
    connect(m_closeToTray, &QCheckBox::toggled, this, [](bool on) { Preferences().setCloseToTray(on); });
    connect(m_remind, &QCheckBox::toggled, this, [this](bool on) {
        Preferences().setRemindAttention(on);
        if (on)
            m_app->checkReminders();
    });
    connect(test, &QPushButton::clicked, this, &SettingsDialog::testKey);
    connect(change, &QPushButton::clicked, this, [this] {
        // Back to the welcome page: the current key stays in the keychain until another
        // one is saved there.
        m_app->dropKey();
        close();
    });
    connect(forget, &QPushButton::clicked, this, &SettingsDialog::forgetKey);
    setMinimumWidth(560);
}

void SettingsDialog::setStartAtLogin(bool on)
{
    AutostartEntry entry;
    const bool ok = on ? entry.enable() : entry.disable();
    m_startAtLoginProblem->setText(entry.errorString());
    m_startAtLoginProblem->setVisible(!ok);
    if (!ok) {
        const QSignalBlocker block(m_startAtLogin);
        m_startAtLogin->setChecked(entry.isEnabled());
    }
}

void SettingsDialog::testKey()
{
    FichierClient *client = m_app->coordinator()->client();
    if (!client)
        return;
    m_keyStatus->setText(tr("Connecting to 1fichier…"));
    AccountInfoJob *job = client->accountInfo(true);
    connect(job, &FichierJob::finished, this, [this, job] {
        m_keyStatus->setText(job->succeeded() ? tr("The key works: connected to %1.").arg(job->result().email)
                                              : tr("The connection failed: %1").arg(job->errorString()));
    });
}

void SettingsDialog::forgetKey()
{
    if (!Prompter::instance().confirm(this, tr("Forget the API key"),
            tr("Remove the API key from the keychain? Scheduled backups stop until you enter a key again.")))
        return;
    ApiKeyStore *store = m_app->keyStore();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection
        = connect(store, &ApiKeyStore::keyForgotten, this, [this, connection](const KeychainResult &result) {
              disconnect(*connection);
              if (result.isFailed()) {
                  m_keyStatus->setText(tr("The keychain refused: %1").arg(result.error().message()));
                  return;
              }
              m_app->dropKey();
              close();
          });
    store->forgetKey();
}

} // namespace Coffre
