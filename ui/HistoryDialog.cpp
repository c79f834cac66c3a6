#include "HistoryDialog.h"

#include "DesktopApp.h"
#include "MainWindow.h"
#include "backup/Clock.h"
#include "backup/RunHistory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Coffre {

HistoryDialog::HistoryDialog(DesktopApp *app, QWidget *parent) : QDialog(parent), m_app(app)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Backup history"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("profileFilter"));
    m_filter->addItem(tr("All profiles"), QString());
    for (const Profile &p : app->profiles().profiles())
        m_filter->addItem(p.name, p.name);
    form->addRow(tr("Show:"), m_filter);
    layout->addLayout(form);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("When"), tr("Profile"), tr("Result"), tr("Duration"), tr("Size"), tr("Files"), tr("Details")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &HistoryDialog::refresh);
    resize(820, 420);
    refresh();
}

void HistoryDialog::setProfileFilter(const QString &profile)
{
    const int index = m_filter->findData(profile);
    m_filter->setCurrentIndex(index < 0 ? 0 : index);
}

void HistoryDialog::refresh()
{
    const QString profile = m_filter->currentData().toString();
    QList<RunRecord> records = RunHistory(m_app->historyFile()).records(profile);
    std::reverse(records.begin(), records.end());
    const QDateTime now = m_app->clock().nowUtc();
    m_list->clear();
    for (const RunRecord &r : std::as_const(records)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(WhenColumn, MainWindow::formatWhen(r.startUtc, now));
        item->setText(ProfileColumn, r.profile);
        QString result;
        switch (r.result) {
        case RunRecord::Result::Ok:
            result = r.verified ? tr("OK, verified") : tr("OK, not verified");
            break;
        case RunRecord::Result::Failed:
            result = tr("Failed");
            break;
        case RunRecord::Result::Cancelled:
            result = tr("Cancelled");
            break;
        }
        item->setText(ResultColumn, result);
        const qint64 secs = r.startUtc.secsTo(r.endUtc);
        item->setText(DurationColumn,
            secs >= 60 ? tr("%1 min %2 s").arg(secs / 60).arg(secs % 60) : tr("%1 s").arg(secs));
        if (r.result == RunRecord::Result::Ok) {
            item->setText(SizeColumn, MainWindow::formatSize(r.size));
            item->setText(FilesColumn, QString::number(r.files));
        }
        QStringList details;
        if (!r.error.isEmpty())
            details << r.error;
        if (r.warnings > 0)
            details << tr("%n file(s) skipped", nullptr, r.warnings);
        if (r.pruned > 0)
            details << tr("%n old backup(s) deleted", nullptr, r.pruned);
        item->setText(DetailsColumn, details.join(QStringLiteral("; ")));
        item->setToolTip(DetailsColumn, item->text(DetailsColumn));
    }
}

} // namespace Coffre
