#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;

namespace Coffre {

class FichierClient;
class FichierJob;

// Picks a folder of the 1fichier account by walking it level by level (folder/ls.cgi),
// and can create a new sub-folder where it stands.
class RemoteFolderPicker : public QDialog
{
    Q_OBJECT
public:
    RemoteFolderPicker(FichierClient *client, const QString &startPath, QWidget *parent = nullptr);
    ~RemoteFolderPicker() override;

    QString currentPath() const { return m_path; }

signals:
    void folderChosen(const QString &path);

private:
    void openFolder(const QString &path);
    void createFolder();

    QPointer<FichierClient> m_client;
    QString m_path = QStringLiteral("/");
    qint64 m_folderId = 0;
    QLabel *m_pathLabel;
    QListWidget *m_list;
    QPushButton *m_newFolder;
    QPointer<FichierJob> m_job;
};

} // namespace Coffre
