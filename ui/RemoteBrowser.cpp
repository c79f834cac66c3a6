#include "RemoteBrowser.h"

#include "DesktopApp.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "backup/BackupCoordinator.h"
#include "backup/BackupName.h"
#include "backup/Clock.h"
#include "fichier/FichierClient.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Coffre {

RemoteBrowser::RemoteBrowser(DesktopApp *app, const Profile &profile, QWidget *parent)
    : QDialog(parent), m_app(app), m_profile(profile)
{
    setObjectName(QStringLiteral("remoteBrowser"));
    setWindowTitle(tr("Backups of %1").arg(profile.name));
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Backup"), tr("Date"), tr("Size"), tr("Pinned")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &name, const QString &text) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        buttons->addWidget(b);
        return b;
    };
    m_restore = button(QStringLiteral("restoreButton"), tr("Restore to…"));
    m_delete = button(QStringLiteral("deleteButton"), tr("Delete"));
    m_pin = button(QStringLiteral("pinButton"), tr("Pin"));
    m_open = button(QStringLiteral("openLinkButton"), tr("Open link"));
    buttons->addStretch();
    auto *refreshButton = button(QStringLiteral("refreshButton"), tr("Refresh"));
    auto *close = button(QStringLiteral("closeButton"), tr("Close"));
    layout->addLayout(buttons);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("restoreProgress"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRestoreButton"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    m_progress->hide();
    m_cancel->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("browserStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_restore, &QPushButton::clicked, this, &RemoteBrowser::restoreSelected);
    connect(m_delete, &QPushButton::clicked, this, &RemoteBrowser::deleteSelected);
    connect(m_pin, &QPushButton::clicked, this, &RemoteBrowser::togglePin);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const auto file = selected())
            QDesktopServices::openUrl(QUrl(file->url));
    });
    connect(refreshButton, &QPushButton::clicked, this, &RemoteBrowser::refresh);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_restoreRun)
            m_restoreRun->cancel();
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RemoteBrowser::updateButtons);
    resize(720, 420);
    refresh();
}

RemoteBrowser::~RemoteBrowser()
{
    if (m_job)
        m_job->cancel();
    delete m_restoreRun.data();
}

void RemoteBrowser::refresh()
{
    FichierClient *client = m_app->coordinator()->client();
    if (!client)
        return;
    if (m_job)
        m_job->cancel();
    m_loaded = false;
    m_status->setText(tr("Reading %1 on 1fichier…").arg(m_profile.remotePath));
    FolderIdJob *resolve = client->resolveFolder(m_profile.remotePath, false);
    m_job = resolve;
    connect(resolve, &FichierJob::finished, this, [this, resolve, client] {
        if (!resolve->succeeded()) {
            m_backups.clear();
            m_loaded = true;
            m_status->setText(resolve->error().kind() == FichierError::Kind::NotFound
                    ? tr("No backup yet: %1 does not exist on 1fichier.").arg(m_profile.remotePath)
                    : resolve->errorString());
            fill();
            return;
        }
        FileListJob *list = client->listFiles(resolve->result());
        m_job = list;
        connect(list, &FichierJob::finished, this, [this, list] {
            if (!list->succeeded()) {
                m_status->setText(list->errorString());
                return;
            }
            m_backups.clear();
            const QString slug = m_profile.slug();
            for (const FileEntry &f : list->result()) {
                if (BackupName::matches(slug, f.filename))
                    m_backups << f;
            }
            std::sort(m_backups.begin(), m_backups.end(),
                [](const FileEntry &a, const FileEntry &b) { return a.filename > b.filename; });
            m_loaded = true;
            m_status->setText(
                tr("%n backup(s) in %1.", nullptr, int(m_backups.size())).arg(m_profile.remotePath));
            fill();
        });
    });
}

void RemoteBrowser::fill()
{
    if (const auto fresh = m_app->profiles().find(m_profile.name))
        m_profile = *fresh;
    const QString slug = m_profile.slug();
    const QDateTime now = m_app->clock().nowUtc();
    m_list->clear();
    for (const FileEntry &f : std::as_const(m_backups)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, f.filename);
        item->setData(NameColumn, Qt::UserRole, f.url);
        const auto when = BackupName::parse(slug, f.filename);
        item->setText(DateColumn, when ? MainWindow::formatWhen(*when, now) : QString());
        item->setText(SizeColumn, MainWindow::formatSize(f.size));
        item->setText(PinnedColumn, m_profile.pinned.contains(f.url) ? tr("pinned") : QString());
    }
    updateButtons();
    emit loaded();
}

void RemoteBrowser::selectBackup(const QString &fileName)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->text(NameColumn) == fileName)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

std::optional<FileEntry> RemoteBrowser::selected() const
{
    const auto items = m_list->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const QString url = items.first()->data(NameColumn, Qt::UserRole).toString();
    for (const FileEntry &f : m_backups) {
        if (f.url == url)
            return f;
    }
    return std::nullopt;
}

void RemoteBrowser::updateButtons()
{
    const auto file = selected();
    const bool idle = !m_restoreRun;
    m_restore->setEnabled(file && idle);
    m_delete->setEnabled(file && idle);
    m_open->setEnabled(file.has_value());
    m_pin->setEnabled(file.has_value());
    m_pin->setText(file && m_profile.pinned.contains(file->url) ? tr("Unpin") : tr("Pin"));
}

void RemoteBrowser::deleteSelected()
{
    const auto file = selected();
    FichierClient *client = m_app->coordinator()->client();
    if (!file || !client)
        return;
    if (!Prompter::instance().confirm(this, tr("Delete backup"),
            tr("Delete %1 from 1fichier? It cannot be brought back.").arg(file->filename)))
        return;
    RemoveJob *job = client->removeFiles({file->url});
    m_status->setText(tr("Deleting %1…").arg(file->filename));
    connect(job, &FichierJob::finished, this, [this, job, name = file->filename] {
        if (!job->succeeded()) {
            m_status->setText(tr("Could not delete %1: %2").arg(name, job->errorString()));
            return;
        }
        refresh();
    });
}

void RemoteBrowser::restoreSelected()
{
    const auto file = selected();
    FichierClient *client = m_app->coordinator()->client();
    if (!file || !client)
        return;
    const QString target = Prompter::instance().chooseDirectory(this, tr("Restore into"), QDir::homePath());
    if (target.isEmpty())
        return;
    m_restoreRun = new RestoreRun(*file, target, client, {}, this);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    updateButtons();
    connect(m_restoreRun, &RestoreRun::progress, this,
        [this](RestoreRun::Phase phase, qint64 done, qint64 total, double) {
            m_status->setText(
                phase == RestoreRun::Phase::Downloading ? tr("Downloading…") : tr("Extracting…"));
            if (total > 0) {
                m_progress->setRange(0, 1000);
                m_progress->setValue(int(done * 1000 / total));
            }
        });
    connect(m_restoreRun, &RestoreRun::finished, this, [this, target](const RestoreRun::Outcome &outcome) {
        m_restoreRun->deleteLater();
        m_restoreRun = nullptr;
        m_progress->hide();
        m_cancel->hide();
        if (outcome.ok)
            m_status->setText(tr("Restored %n file(s) into %1.", nullptr, int(outcome.files)).arg(target));
        else
            m_status->setText(
                outcome.cancelled ? tr("Restore cancelled.") : tr("Restore failed: %1").arg(outcome.error));
        updateButtons();
        emit restoreFinished(outcome.ok);
    });
    m_restoreRun->start();
}

void RemoteBrowser::togglePin()
{
    const auto file = selected();
    if (!file)
        return;
    Profile updated = m_profile;
    if (updated.pinned.contains(file->url))
        updated.pinned.removeAll(file->url);
    else
        updated.pinned << file->url;
    if (!m_app->profiles().update(m_profile.name, updated)) {
        m_status->setText(m_app->profiles().errorString());
        return;
    }
    m_app->reloadProfiles();
    const QString name = file->filename;
    fill();
    selectBackup(name);
}

} // namespace Coffre
