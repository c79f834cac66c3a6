#include "WelcomePage.h"

#include "DesktopApp.h"
#include "fichier/FichierClient.h"
#include "secrets/ApiKey.h"
#include "secrets/ApiKeyStore.h"
#include "secrets/KeychainResult.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Coffre {

namespace {
QString offerName(int offer)
{
    switch (offer) {
    case 1:
        return WelcomePage::tr("Premium");
    case 2:
        return WelcomePage::tr("Access");
    case 0:
        return WelcomePage::tr("free account");
    default:
        return WelcomePage::tr("unknown offer");
    }
}
} // namespace

WelcomePage::WelcomePage(DesktopApp *app, QWidget *parent) : QWidget(parent), m_app(app)
{
    setObjectName(QStringLiteral("welcomePage"));
    // A column of readable width in the middle of the window, not text across all of it.
    auto *outer = new QHBoxLayout(this);
    auto *column = new QWidget(this);
    column->setMaximumWidth(600);
    outer->addStretch(1);
    outer->addWidget(column, 3);
    outer->addStretch(1);
    auto *layout = new QVBoxLayout(column);
    layout->addStretch(1);
    auto *icon = new QLabel(column);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/coffre.svg")).pixmap(64, 64));
    layout->addWidget(icon, 0, Qt::AlignLeft);
    auto *title = new QLabel(tr("<h2>Welcome to Coffre</h2>"), column);
    layout->addWidget(title);
    auto *intro
        = new QLabel(tr("Coffre keeps zipped backups of your folders on your 1fichier account. "
                        "To reach the account it needs your <b>API key</b>: a 32-character code "
                        "that lets Coffre list, upload and delete files for you, without your "
                        "password.<br><br>Create or copy it on the 1fichier console, in "
                        "<a href=\"https://1fichier.com/console/params.pl\">Parameters → API key</a>, "
                        "then paste it below. Coffre keeps it in your system keychain."),
            this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setOpenExternalLinks(true);
    intro->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(intro);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("keyProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b03020"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *form = new QFormLayout;
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("apiKeyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste your API key"));
    m_key->setClearButtonEnabled(true);
    form->addRow(tr("API key:"), m_key);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_save = new QPushButton(tr("Save and continue"), this);
    m_save->setObjectName(QStringLiteral("saveKeyButton"));
    m_save->setDefault(true);
    buttons->addStretch();
    buttons->addWidget(m_test);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResultLabel"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    layout->addStretch(2);

    connect(m_key, &QLineEdit::textChanged, this, &WelcomePage::validate);
    connect(m_test, &QPushButton::clicked, this, &WelcomePage::testConnection);
    connect(m_save, &QPushButton::clicked, this, &WelcomePage::save);
    validate();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::reset(const QString &problem)
{
    m_key->clear();
    m_result->clear();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QString WelcomePage::typedKey() const
{
    return ApiKey::normalized(m_key->text());
}

void WelcomePage::validate()
{
    const QString key = typedKey();
    const QString problem = key.isEmpty() ? QString() : ApiKey::shapeProblem(key, tr("The key"));
    setResult(problem, Tone::Problem);
    m_test->setEnabled(problem.isEmpty() && !key.isEmpty());
    m_save->setEnabled(problem.isEmpty() && !key.isEmpty());
}

void WelcomePage::setResult(const QString &text, Tone tone)
{
    m_result->setText(text);
    switch (tone) {
    case Tone::Neutral:
        m_result->setStyleSheet({});
        break;
    case Tone::Good:
        m_result->setStyleSheet(QStringLiteral("color: #207a30"));
        break;
    case Tone::Problem:
        m_result->setStyleSheet(QStringLiteral("color: #b03020"));
        break;
    }
}

void WelcomePage::testConnection()
{
    m_client = std::make_unique<FichierClient>(m_app->configFor(typedKey()));
    m_test->setEnabled(false);
    setResult(tr("Connecting to 1fichier…"), Tone::Neutral);
    AccountInfoJob *job = m_client->accountInfo(true);
    connect(job, &FichierJob::finished, this, [this, job] {
        m_test->setEnabled(true);
        if (!job->succeeded()) {
            setResult(tr("The connection failed: %1").arg(job->errorString()), Tone::Problem);
            return;
        }
        const AccountInfo &info = job->result();
        setResult(
            tr("✓ Connected to %1 (%2). Save the key to continue.").arg(info.email, offerName(info.offer)),
            Tone::Good);
    });
}

void WelcomePage::save()
{
    const QString key = typedKey();
    m_save->setEnabled(false);
    setResult(tr("Saving the key in the keychain…"), Tone::Neutral);
    ApiKeyStore *store = m_app->keyStore();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        store, &ApiKeyStore::keyWritten, this, [this, key, connection](const KeychainResult &result) {
            disconnect(*connection);
            m_save->setEnabled(true);
            if (!result.isOk()) {
                setResult(tr("The key could not be saved: %1").arg(result.error().message()), Tone::Problem);
                return;
            }
            m_app->useKey(key);
            reset();
        });
    store->writeKey(key);
}

} // namespace Coffre
