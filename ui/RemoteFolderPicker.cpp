#include "RemoteFolderPicker.h"

#include "Prompter.h"
#include "fichier/FichierClient.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Coffre {

namespace {
QString joinPath(const QString &parent, const QString &name)
{
    return parent.endsWith(u'/') ? QString(parent + name) : QString(parent + u'/' + name);
}
QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}
} // namespace

RemoteFolderPicker::RemoteFolderPicker(FichierClient *client, const QString &startPath, QWidget *parent)
    : QDialog(parent), m_client(client)
{
    setObjectName(QStringLiteral("remoteFolderPicker"));
    setWindowTitle(tr("Choose a 1fichier folder"));
    auto *layout = new QVBoxLayout(this);
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    layout->addWidget(m_pathLabel);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("folderList"));
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_newFolder = buttons->addButton(tr("New folder…"), QDialogButtonBox::ActionRole);
    m_newFolder->setObjectName(QStringLiteral("newFolderButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use this folder"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("useFolderButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        emit folderChosen(m_path);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_newFolder, &QPushButton::clicked, this, &RemoteFolderPicker::createFolder);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString name = item->data(Qt::UserRole).toString();
        openFolder(name == QLatin1String("..") ? parentOf(m_path) : joinPath(m_path, name));
    });
    resize(420, 380);
    openFolder(startPath.startsWith(u'/') ? startPath : QStringLiteral("/"));
}

RemoteFolderPicker::~RemoteFolderPicker()
{
    if (m_job)
        m_job->cancel();
}

void RemoteFolderPicker::openFolder(const QString &path)
{
    if (!m_client)
        return;
    if (m_job)
        m_job->cancel();
    m_list->clear();
    m_pathLabel->setText(tr("Reading %1…").arg(path));
    FolderIdJob *resolve = m_client->resolveFolder(path, false);
    m_job = resolve;
    connect(resolve, &FichierJob::finished, this, [this, resolve, path] {
        if (!resolve->succeeded()) {
            // A typed folder that does not exist yet: start from the root instead.
            if (path != QLatin1String("/"))
                openFolder(QStringLiteral("/"));
            else
                m_pathLabel->setText(resolve->errorString());
            return;
        }
        FolderListJob *list = m_client->listFolder(resolve->result());
        m_job = list;
        connect(list, &FichierJob::finished, this, [this, list, path] {
            if (!list->succeeded()) {
                m_pathLabel->setText(list->errorString());
                return;
            }
            m_path = path;
            m_folderId = list->result().id;
            m_pathLabel->setText(tr("Folder: %1").arg(path));
            if (path != QLatin1String("/")) {
                auto *up = new QListWidgetItem(tr(".. (up)"), m_list);
                up->setData(Qt::UserRole, QStringLiteral(".."));
            }
            for (const FolderEntry &folder : list->result().folders) {
                auto *item = new QListWidgetItem(folder.name, m_list);
                item->setData(Qt::UserRole, folder.name);
            }
        });
    });
}

void RemoteFolderPicker::createFolder()
{
    const QString name = Prompter::instance().askText(
        this, tr("New folder"), tr("Name of the new folder in %1:").arg(m_path));
    if (name.isEmpty() || !m_client)
        return;
    FolderJob *job = m_client->createFolder(m_folderId, name);
    connect(job, &FichierJob::finished, this, [this, job, name] {
        if (!job->succeeded()) {
            Prompter::instance().inform(this, tr("New folder"), job->errorString());
            return;
        }
        openFolder(joinPath(m_path, name));
    });
}

} // namespace Coffre
