#pragma once

#include "backup/Profile.h"
#include "backup/RestoreRun.h"
#include "fichier/FichierTypes.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Coffre {

class DesktopApp;
class FichierJob;

// The backups of one profile on 1fichier: name, date, size and pin; delete (after a
// confirmation), restore into a chosen folder with progress, open the download link,
// pin/unpin (a pinned backup is never pruned).
class RemoteBrowser : public QDialog
{
    Q_OBJECT
public:
    enum Column { DateColumn, SizeColumn, PinnedColumn, NameColumn };

    RemoteBrowser(DesktopApp *app, const Profile &profile, QWidget *parent = nullptr);
    ~RemoteBrowser() override;

    QTreeWidget *backupList() const { return m_list; }
    const QList<FileEntry> &backups() const { return m_backups; }
    bool isLoaded() const { return m_loaded; }
    void selectBackup(const QString &fileName);

public slots:
    void refresh();

signals:
    void loaded();
    void restoreFinished(bool ok);

private:
    std::optional<FileEntry> selected() const;
    void deleteSelected();
    void restoreSelected();
    void togglePin();
    void updateButtons();
    void fill();

    DesktopApp *m_app;
    Profile m_profile;
    QTreeWidget *m_list;
    QLabel *m_header;
    QLabel *m_empty;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_restore;
    QPushButton *m_delete;
    QPushButton *m_pin;
    QPushButton *m_open;
    QPushButton *m_cancel;
    QList<FileEntry> m_backups;
    bool m_loaded = false;
    QString m_cutNote; // the listing reached 1fichier's cap: some backups may be missing
    QPointer<FichierJob> m_job;
    QPointer<RestoreRun> m_restoreRun;
};

} // namespace Coffre
