#include "RemoteBrowser.h"

#include "DesktopApp.h"
#include "Icons.h"
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
#include <QStackedWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Coffre {

RemoteBrowser::RemoteBrowser(DesktopApp *app, const Profile &profile, QWidget *parent)
    : QDialog(parent), m_app(app), m_profile(profile)
{
    setObjectName(QStringLiteral("remoteBrowser"));
    setWindowTitle(tr("Backups of “%1”").arg(profile.name));
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("browserHeader"));
    m_header->setWordWrap(true);
    m_header->setText(tr("<b>Backups of “%1”</b> in <b>%2</b> on 1fichier")
                          .arg(profile.name.toHtmlEscaped(), profile.remotePath.toHtmlEscaped()));
    layout->addWidget(m_header);

    auto *listArea = new QStackedWidget(this);
    m_list = new QTreeWidget(listArea);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Date"), tr("Size"), tr("Pinned"), tr("File on 1fichier")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->headerItem()->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->setIconSize(QSize(16, 16));
    listArea->addWidget(m_list);
    m_empty = new QLabel(listArea);
    m_empty->setObjectName(QStringLiteral("browserEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAutoFillBackground(true);
    m_empty->setBackgroundRole(QPalette::Base);
    m_empty->setFrameShape(QFrame::StyledPanel);
    listArea->addWidget(m_empty);
    layout->addWidget(listArea, 1);
    connect(this, &RemoteBrowser::loaded, listArea, [this, listArea] {
        listArea->setCurrentWidget(m_backups.isEmpty() ? static_cast<QWidget *>(m_empty) : m_list);
    });

    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &name, const QIcon &icon, const QString &text) {
        auto *b = new QPushButton(icon, text, this);
        b->setObjectName(name);
        buttons->addWidget(b);
        return b;
    };
    m_restore = button(QStringLiteral("restoreButton"), Icons::restore(), tr("Restore to…"));
    m_pin = button(QStringLiteral("pinButton"), Icons::pin(), tr("Pin"));
    m_pin->setToolTip(tr("A pinned backup is never deleted by the retention rules"));
    m_open = button(QStringLiteral("openLinkButton"), Icons::openLink(), tr("Open link"));
    m_open->setToolTip(tr("Open the file's 1fichier page in the browser"));
    m_delete = button(QStringLiteral("deleteButton"), Icons::remove(), tr("Delete…"));
    buttons->addStretch();
    auto *refreshButton = button(QStringLiteral("refreshButton"), Icons::refresh(), tr("Refresh"));
    auto *close = button(QStringLiteral("closeButton"), QIcon(), tr("Close"));
    layout->addLayout(buttons);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("restoreProgress"));
    m_cancel = new QPushButton(Icons::cancel(), tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRestoreButton"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    m_progress->hide();
    m_cancel->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("browserStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    for (QPushButton *b : {m_restore, m_pin, m_open, m_delete}) {
        auto *a = new QAction(b->icon(), b->text(), m_list);
        connect(a, &QAction::triggered, b, &QPushButton::click);
        m_list->addAction(a);
    }
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
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &RemoteBrowser::restoreSelected);
    resize(760, 440);
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
            const bool missing = resolve->error().kind() == FichierError::Kind::NotFound;
            m_empty->setText(missing ? tr("No backups yet: %1 does not exist on 1fichier.\nThe first backup "
                                          "creates it.")
                                           .arg(m_profile.remotePath)
                                     : tr("Could not read %1 on 1fichier.").arg(m_profile.remotePath));
            m_status->setText(missing ? QString() : resolve->errorString());
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
            m_cutNote.clear();
            if (FichierClient *c = m_app->coordinator()->client();
                c && c->config().listingMayBeCut(list->result().size())) {
                m_cutNote = tr("1fichier lists at most %1 files at once and this folder reached that: "
                               "some backups may be missing from this list.")
                                .arg(QLocale().toString(c->config().listingCap));
            }
            for (const FileEntry &f : list->result()) {
                if (BackupName::matches(slug, f.filename))
                    m_backups << f;
            }
            std::sort(m_backups.begin(), m_backups.end(),
                [](const FileEntry &a, const FileEntry &b) { return a.filename > b.filename; });
            m_loaded = true;
            m_empty->setText(tr("No backups of “%1” in %2 yet.").arg(m_profile.name, m_profile.remotePath));
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
    qint64 total = 0;
    int pinned = 0;
    for (const FileEntry &f : std::as_const(m_backups)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, f.filename);
        item->setData(NameColumn, Qt::UserRole, f.url);
        item->setForeground(NameColumn, palette().color(QPalette::PlaceholderText));
        const auto when = BackupName::parse(slug, f.filename);
        item->setText(DateColumn, when ? MainWindow::formatDateTime(*when) : QString());
        item->setToolTip(DateColumn, when ? MainWindow::formatWhen(*when, now) : QString());
        item->setText(SizeColumn, MainWindow::formatSize(f.size));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (m_profile.pinned.contains(f.url)) {
            item->setIcon(PinnedColumn, Icons::pin());
            item->setText(PinnedColumn, tr("pinned"));
            ++pinned;
        }
        total += std::max<qint64>(0, f.size);
    }
    if (!m_backups.isEmpty()) {
        QString text = tr("%n backup(s)", nullptr, int(m_backups.size())) + QStringLiteral(" · ")
            + tr("%1 in total").arg(MainWindow::formatSize(total));
        if (pinned > 0)
            text += QStringLiteral(" · ") + tr("%n pinned", nullptr, pinned);
        if (!m_cutNote.isEmpty())
            text += u'\n' + m_cutNote;
        m_status->setText(text);
    } else if (m_status->text().startsWith(tr("Reading"))) {
        m_status->clear(); // the empty list says it
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
