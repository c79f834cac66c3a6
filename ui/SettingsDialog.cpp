#include "SettingsDialog.h"

#include "DesktopApp.h"
#include "Prompter.h"
#include "backup/BackupCoordinator.h"
#include "fichier/FichierClient.h"
#include "secrets/ApiKeyStore.h"
#include "secrets/KeychainResult.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Coffre {

namespace {
const QString kCloseToTray = QStringLiteral("ui/closeToTray");
const QString kNotifyFailures = QStringLiteral("ui/notifyFailures");
} // namespace

bool SettingsDialog::closeToTray()
{
    return QSettings().value(kCloseToTray, true).toBool();
}

bool SettingsDialog::notifyFailures()
{
    return QSettings().value(kNotifyFailures, true).toBool();
}

SettingsDialog::SettingsDialog(DesktopApp *app, QWidget *parent) : QDialog(parent), m_app(app)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *keyBox = new QGroupBox(tr("1fichier API key"), this);
    auto *keyLayout = new QVBoxLayout(keyBox);
    m_keyStatus = new QLabel(app->hasKey() ? tr("Coffre has a key.") : tr("No key yet."), keyBox);
    m_keyStatus->setObjectName(QStringLiteral("keyStatusLabel"));
    m_keyStatus->setWordWrap(true);
    keyLayout->addWidget(m_keyStatus);
    auto *keyButtons = new QHBoxLayout;
    auto *test = new QPushButton(tr("Test connection"), keyBox);
    test->setObjectName(QStringLiteral("settingsTestButton"));
    auto *change = new QPushButton(tr("Use another key…"), keyBox);
    change->setObjectName(QStringLiteral("changeKeyButton"));
    auto *forget = new QPushButton(tr("Forget the key"), keyBox);
    forget->setObjectName(QStringLiteral("forgetKeyButton"));
    for (QPushButton *b : {test, change, forget}) {
        b->setEnabled(app->hasKey());
        keyButtons->addWidget(b);
    }
    keyButtons->addStretch();
    keyLayout->addLayout(keyButtons);
    layout->addWidget(keyBox);

    auto *behaviour = new QGroupBox(tr("Behaviour"), this);
    auto *behaviourLayout = new QVBoxLayout(behaviour);
    m_closeToTray = new QCheckBox(tr("Closing the window keeps Coffre running in the tray"), behaviour);
    m_closeToTray->setObjectName(QStringLiteral("closeToTrayCheck"));
    m_closeToTray->setChecked(closeToTray());
    m_notify = new QCheckBox(tr("Notify me when a backup fails"), behaviour);
    m_notify->setObjectName(QStringLiteral("notifyFailuresCheck"));
    m_notify->setChecked(notifyFailures());
    behaviourLayout->addWidget(m_closeToTray);
    behaviourLayout->addWidget(m_notify);
    layout->addWidget(behaviour);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(
        m_closeToTray, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(kCloseToTray, on); });
    connect(m_notify, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(kNotifyFailures, on); });
    connect(test, &QPushButton::clicked, this, &SettingsDialog::testKey);
    connect(change, &QPushButton::clicked, this, [this] {
        // Back to the welcome page: the current key stays in the keychain until another
        // one is saved there.
        m_app->dropKey();
        close();
    });
    connect(forget, &QPushButton::clicked, this, &SettingsDialog::forgetKey);
    resize(520, 300);
}

void SettingsDialog::testKey()
{
    FichierClient *client = m_app->coordinator()->client();
    if (!client)
        return;
    m_keyStatus->setText(tr("Connecting to 1fichier…"));
    AccountInfoJob *job = client->accountInfo(true);
    connect(job, &FichierJob::finished, this, [this, job] {
        m_keyStatus->setText(job->succeeded() ? tr("The key works: %1.").arg(job->result().email)
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
