#include "HistoryDialog.h"

#include "DesktopApp.h"
#include "Icons.h"
#include "MainWindow.h"
#include "backup/Clock.h"
#include "backup/RunHistoryCache.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLocale>
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
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels(
        {tr("When"), tr("Profile"), tr("Result"), tr("Duration"), tr("Size"), tr("Files"), tr("Details")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->headerItem()->setTextAlignment(DurationColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_list->headerItem()->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_list->headerItem()->setTextAlignment(FilesColumn, Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &HistoryDialog::refresh);
    m_list->setIconSize(QSize(16, 16));
    resize(1000, 460);
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
    QList<RunRecord> records = m_app->history().records(profile);
    // Newest first, by start time: a cron run and an app run may be appended out of order.
    std::stable_sort(records.begin(), records.end(),
        [](const RunRecord &a, const RunRecord &b) { return a.startUtc > b.startUtc; });
    const QDateTime now = m_app->clock().nowUtc();
    m_list->clear();
    for (const RunRecord &r : std::as_const(records)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(WhenColumn, MainWindow::formatWhen(r.startUtc, now));
        item->setText(ProfileColumn, r.profile);
        switch (r.result) {
        case RunRecord::Result::Ok:
            item->setText(ResultColumn, r.verified ? tr("Verified") : tr("Not verified"));
            item->setIcon(ResultColumn, r.verified ? Icons::ok() : Icons::warning());
            break;
        case RunRecord::Result::Failed:
            item->setText(ResultColumn, tr("Failed"));
            item->setIcon(ResultColumn, Icons::error());
            item->setForeground(ResultColumn, QColor(0xb0, 0x30, 0x20));
            break;
        case RunRecord::Result::Cancelled:
            item->setText(ResultColumn, tr("Cancelled"));
            item->setIcon(ResultColumn, Icons::cancel());
            break;
        }
        const qint64 secs = r.startUtc.secsTo(r.endUtc);
        item->setText(DurationColumn,
            secs >= 60 ? tr("%1 min %2 s").arg(secs / 60).arg(secs % 60) : tr("%1 s").arg(secs));
        item->setTextAlignment(DurationColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (r.result == RunRecord::Result::Ok) {
            item->setText(SizeColumn, MainWindow::formatSize(r.size));
            item->setText(FilesColumn, QLocale().toString(r.files));
        }
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(FilesColumn, Qt::AlignRight | Qt::AlignVCenter);
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
