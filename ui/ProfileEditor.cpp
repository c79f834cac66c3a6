#include "ProfileEditor.h"

#include "DesktopApp.h"
#include "Icons.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "RemoteFolderPicker.h"
#include "backup/BackupCoordinator.h"
#include "backup/Clock.h"
#include "core/NetworkStatus.h"
#include "fichier/FichierClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Coffre {

ProfileEditor::ProfileEditor(DesktopApp *app, const std::optional<Profile> &profile, QWidget *parent)
    : QDialog(parent), m_app(app), m_original(profile), m_base(profile.value_or(Profile {}))
{
    setObjectName(QStringLiteral("profileEditor"));
    setWindowTitle(profile ? tr("Edit “%1”").arg(profile->name) : tr("New backup profile"));
    if (!profile) {
        // A new profile starts with what most people want: a daily backup and a bounded
        // history (restic's usual 7 daily, 4 weekly, 6 monthly), in a folder of its own.
        m_base.schedule = Schedule::daily(QTime(2, 0));
        m_base.retention.keepDaily = 7;
        m_base.retention.keepWeekly = 4;
        m_base.retention.keepMonthly = 6;
        m_base.remotePath.clear();
    }
    m_remoteTouched = profile.has_value();
    auto *outer = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    // The preview needs the room: dates, verdicts and the reasons beside them.
    outer->addLayout(left, 5);
    outer->addLayout(right, 7);

    auto *what = new QGroupBox(tr("What and where"), this);
    auto *form = new QFormLayout(what);
    m_name = new QLineEdit(m_base.name, what);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Photos"));
    form->addRow(tr("Name:"), m_name);

    m_sources = new QListWidget(what);
    m_sources->setObjectName(QStringLiteral("sourcesList"));
    for (const QString &source : std::as_const(m_base.sources)) {
        auto *item = new QListWidgetItem(Icons::folder(), MainWindow::displayPath(source), m_sources);
        item->setData(Qt::UserRole, source);
        item->setToolTip(source);
    }
    m_sources->setMaximumHeight(110);
    m_sources->setIconSize(QSize(16, 16));
    auto *sourceButtons = new QHBoxLayout;
    auto *addSource = new QPushButton(tr("Add folder…"), what);
    addSource->setObjectName(QStringLiteral("addSourceButton"));
    auto *removeSource = new QPushButton(tr("Remove"), what);
    removeSource->setObjectName(QStringLiteral("removeSourceButton"));
    sourceButtons->addWidget(addSource);
    sourceButtons->addWidget(removeSource);
    sourceButtons->addStretch();
    auto *sourceBox = new QVBoxLayout;
    sourceBox->addWidget(m_sources);
    sourceBox->addLayout(sourceButtons);
    form->addRow(tr("Folders:"), sourceBox);

    m_excludes = new QPlainTextEdit(m_base.excludes.join(u'\n'), what);
    m_excludes->setObjectName(QStringLiteral("excludesEdit"));
    m_excludes->setPlaceholderText(tr("One pattern per line, e.g. *.tmp or node_modules/"));
    m_excludes->setMaximumHeight(70);
    form->addRow(tr("Exclude:"), m_excludes);

    auto *remoteRow = new QHBoxLayout;
    m_remote = new QLineEdit(m_base.remotePath, what);
    m_remote->setPlaceholderText(tr("e.g. /Backups/Photos"));
    m_remote->setObjectName(QStringLiteral("remoteEdit"));
    auto *browseRemote = new QPushButton(tr("Browse…"), what);
    browseRemote->setObjectName(QStringLiteral("browseRemoteButton"));
    remoteRow->addWidget(m_remote, 1);
    remoteRow->addWidget(browseRemote);
    form->addRow(tr("1fichier folder:"), remoteRow);

    // Four named levels cover what people choose; another level (set with `coffre profile`)
    // is shown as it is rather than silently changed.
    m_level = new QComboBox(what);
    m_level->setObjectName(QStringLiteral("levelCombo"));
    m_level->addItem(tr("None — store files as they are (fastest)"), 0);
    m_level->addItem(tr("Fast"), 1);
    m_level->addItem(tr("Normal"), Profile::DefaultLevel);
    m_level->addItem(tr("Maximum — smallest archives (slowest)"), 9);
    if (m_level->findData(m_base.level) < 0)
        m_level->addItem(tr("Level %1").arg(m_base.level), m_base.level);
    m_level->setCurrentIndex(m_level->findData(m_base.level));
    form->addRow(tr("Compression:"), m_level);
    left->addWidget(what);

    auto *when = new QGroupBox(tr("When"), this);
    auto *whenForm = new QFormLayout(when);
    m_whenForm = whenForm;
    m_scheduleKind = new QComboBox(when);
    m_scheduleKind->setObjectName(QStringLiteral("scheduleCombo"));
    m_scheduleKind->addItems({tr("Only when I click “Back up now”"), tr("Every few hours"), tr("Every day"),
        tr("On some days of the week")});
    whenForm->addRow(tr("Schedule:"), m_scheduleKind);
    m_hours = new QSpinBox(when);
    m_hours->setObjectName(QStringLiteral("hoursSpin"));
    m_hours->setRange(1, Schedule::MaxHours);
    m_hours->setSuffix(tr(" h"));
    m_hours->setValue(m_base.schedule.kind() == Schedule::Kind::EveryHours ? m_base.schedule.hours() : 6);
    whenForm->addRow(tr("Every:"), m_hours);
    m_time = new QTimeEdit(m_base.schedule.time().isValid() ? m_base.schedule.time() : QTime(2, 0), when);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    whenForm->addRow(tr("At:"), m_time);
    auto *days = new QHBoxLayout;
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        auto *box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), when);
        box->setObjectName(QStringLiteral("day%1").arg(d));
        box->setChecked(m_base.schedule.days().contains(Qt::DayOfWeek(d)));
        days->addWidget(box);
        m_days << box;
        connect(box, &QCheckBox::toggled, this, &ProfileEditor::validate);
    }
    whenForm->addRow(tr("On:"), days);
    m_daysRow = days;
    m_scheduleKind->setCurrentIndex(int(m_base.schedule.kind()));
    m_metered = new QCheckBox(tr("Not over a metered connection (mobile data, hotspot)"), when);
    m_metered->setObjectName(QStringLiteral("meteredCheck"));
    m_metered->setChecked(m_base.skipOnMetered);
    m_metered->setToolTip(tr("Scheduled backups wait for another connection; “Back up now” always runs."));
    whenForm->addRow(m_metered);
    m_meteredHint = new QLabel(when);
    m_meteredHint->setObjectName(QStringLiteral("meteredHint"));
    m_meteredHint->setWordWrap(true);
    m_meteredHint->setForegroundRole(QPalette::PlaceholderText);
    // Say so when the system cannot tell: the box would otherwise promise what it cannot keep.
    const NetworkStatus *network = app->network();
    if (!network || !network->isMetered().has_value())
        m_meteredHint->setText(tr("This system does not say which connections are metered (it needs "
                                  "NetworkManager): scheduled backups run on any connection."));
    m_meteredHint->setVisible(!m_meteredHint->text().isEmpty());
    whenForm->addRow(m_meteredHint);
    m_notify = new QCheckBox(tr("Notify me when a backup succeeds too"), when);
    m_notify->setObjectName(QStringLiteral("notifyCheck"));
    m_notify->setChecked(m_base.notifyOnSuccess);
    whenForm->addRow(m_notify);
    left->addWidget(when);
    left->addStretch();

    auto *keep = new QGroupBox(tr("Which backups to keep"), this);
    auto *keepForm = new QGridLayout(keep);
    const QStringList keepLabels
        = {tr("Last:"), tr("Hourly:"), tr("Daily:"), tr("Weekly:"), tr("Monthly:"), tr("Yearly:")};
    const QStringList keepNames
        = {QStringLiteral("keepLast"), QStringLiteral("keepHourly"), QStringLiteral("keepDaily"),
            QStringLiteral("keepWeekly"), QStringLiteral("keepMonthly"), QStringLiteral("keepYearly")};
    const QList<int> keepValues
        = {m_base.retention.keepLast, m_base.retention.keepHourly, m_base.retention.keepDaily,
            m_base.retention.keepWeekly, m_base.retention.keepMonthly, m_base.retention.keepYearly};
    for (int i = 0; i < keepLabels.size(); ++i) {
        auto *spin = new QSpinBox(keep);
        spin->setObjectName(keepNames[i]);
        spin->setRange(-1, 9999);
        spin->setSpecialValueText(tr("all")); // -1 = every period
        spin->setValue(keepValues[i]);
        keepForm->addWidget(new QLabel(keepLabels[i], keep), i / 3, (i % 3) * 2);
        keepForm->addWidget(spin, i / 3, (i % 3) * 2 + 1);
        m_keep << spin;
        connect(spin, &QSpinBox::valueChanged, this, &ProfileEditor::validate);
    }
    m_within = new QLineEdit(
        m_base.retention.keepWithin.isZero() ? QString() : m_base.retention.keepWithin.toString(), keep);
    m_within->setObjectName(QStringLiteral("keepWithin"));
    m_within->setPlaceholderText(tr("e.g. 30d, 6m, 1y"));
    keepForm->addWidget(new QLabel(tr("All within:"), keep), 2, 0);
    keepForm->addWidget(m_within, 2, 1, 1, 5);
    auto *keepHint = new QLabel(tr("0 = rule off. With every rule off, all backups are kept."), keep);
    keepHint->setWordWrap(true);
    keepForm->addWidget(keepHint, 3, 0, 1, 6);
    right->addWidget(keep);

    auto *previewBox = new QGroupBox(tr("Preview on 1fichier"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_previewStatus = new QLabel(previewBox);
    m_previewStatus->setObjectName(QStringLiteral("previewStatus"));
    m_previewStatus->setWordWrap(true);
    // The date people think in (local time) first; the file name is in the tooltip.
    m_preview = new QTableWidget(0, 3, previewBox);
    m_preview->setObjectName(QStringLiteral("retentionPreview"));
    m_preview->setHorizontalHeaderLabels({tr("Backup date"), tr("Verdict"), tr("Why")});
    m_preview->horizontalHeader()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(VerdictColumn, QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(WhyColumn, QHeaderView::Stretch);
    m_preview->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_preview->verticalHeader()->hide();
    m_preview->setShowGrid(false);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(true); // a long "why" takes two lines rather than an ellipsis
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    previewLayout->addWidget(m_previewStatus);
    previewLayout->addWidget(m_preview, 1);
    right->addWidget(previewBox, 1);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b03020"));
    right->addWidget(m_problems);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("editorButtons"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    right->addWidget(m_buttons);

    m_listDelay.setSingleShot(true);
    m_listDelay.setInterval(500);
    connect(&m_listDelay, &QTimer::timeout, this, &ProfileEditor::fetchListing);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileEditor::reject);
    connect(addSource, &QPushButton::clicked, this, [this] {
        const QString dir
            = Prompter::instance().chooseDirectory(this, tr("Folder to back up"), QDir::homePath());
        const QString clean = QDir::cleanPath(dir);
        bool present = false;
        for (int i = 0; i < m_sources->count(); ++i)
            present = present || m_sources->item(i)->data(Qt::UserRole).toString() == clean;
        if (!dir.isEmpty() && !present) {
            auto *item = new QListWidgetItem(Icons::folder(), MainWindow::displayPath(clean), m_sources);
            item->setData(Qt::UserRole, clean);
            item->setToolTip(clean);
        }
        validate();
    });
    connect(removeSource, &QPushButton::clicked, this, [this] {
        delete m_sources->currentItem();
        validate();
    });
    connect(browseRemote, &QPushButton::clicked, this, &ProfileEditor::pickRemoteFolder);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        m_saveError.clear(); // e.g. "a profile with this name exists": re-checked on Save
        // The folder follows the name until the user types or picks one.
        if (!m_remoteTouched) {
            const QString folder = QString(name.trimmed()).replace(u'/', u'-');
            m_remote->setText(folder.isEmpty() ? QString() : QStringLiteral("/Backups/") + folder);
        }
        validate();
    });
    connect(m_remote, &QLineEdit::textEdited, this, [this] { m_remoteTouched = true; });
    connect(m_excludes, &QPlainTextEdit::textChanged, this, &ProfileEditor::validate);
    connect(m_remote, &QLineEdit::textChanged, this, [this] {
        m_listed = false;
        m_listDelay.start();
        validate();
    });
    connect(m_within, &QLineEdit::textChanged, this, &ProfileEditor::validate);
    connect(m_scheduleKind, &QComboBox::currentIndexChanged, this, &ProfileEditor::validate);
    connect(m_hours, &QSpinBox::valueChanged, this, &ProfileEditor::validate);
    connect(m_level, &QComboBox::currentIndexChanged, this, &ProfileEditor::validate);
    connect(m_metered, &QCheckBox::toggled, this, &ProfileEditor::validate);
    connect(m_time, &QTimeEdit::timeChanged, this, &ProfileEditor::validate);

    resize(1060, 620);
    validate();
    fetchListing();
}

ProfileEditor::~ProfileEditor()
{
    if (m_job)
        m_job->cancel();
}

Profile ProfileEditor::profile() const
{
    Profile p = m_base;
    p.name = m_name->text().trimmed();
    p.sources.clear();
    for (int i = 0; i < m_sources->count(); ++i)
        p.sources << m_sources->item(i)->data(Qt::UserRole).toString();
    p.excludes.clear();
    for (const QString &line : m_excludes->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            p.excludes << line.trimmed();
    }
    p.remotePath = m_remote->text().trimmed();
    p.level = m_level->currentData().toInt();
    switch (Schedule::Kind(m_scheduleKind->currentIndex())) {
    case Schedule::Kind::Manual:
        p.schedule = Schedule::manual();
        break;
    case Schedule::Kind::EveryHours:
        p.schedule = Schedule::everyHours(m_hours->value());
        break;
    case Schedule::Kind::Daily:
        p.schedule = Schedule::daily(m_time->time());
        break;
    case Schedule::Kind::Weekly: {
        QList<Qt::DayOfWeek> days;
        for (int i = 0; i < m_days.size(); ++i) {
            if (m_days[i]->isChecked())
                days << Qt::DayOfWeek(i + 1);
        }
        p.schedule = Schedule::weekly(days, m_time->time());
        break;
    }
    }
    p.retention.keepLast = m_keep[0]->value();
    p.retention.keepHourly = m_keep[1]->value();
    p.retention.keepDaily = m_keep[2]->value();
    p.retention.keepWeekly = m_keep[3]->value();
    p.retention.keepMonthly = m_keep[4]->value();
    p.retention.keepYearly = m_keep[5]->value();
    p.retention.keepWithin
        = RetentionDuration::parse(m_within->text().trimmed()).value_or(RetentionDuration {});
    p.notifyOnSuccess = m_notify->isChecked();
    p.skipOnMetered = m_metered->isChecked();
    return p;
}

void ProfileEditor::updateScheduleFields()
{
    // Only the fields of the chosen schedule: greyed-out ones read as settings in force.
    const auto kind = Schedule::Kind(m_scheduleKind->currentIndex());
    m_whenForm->setRowVisible(m_hours, kind == Schedule::Kind::EveryHours);
    m_whenForm->setRowVisible(m_time, kind == Schedule::Kind::Daily || kind == Schedule::Kind::Weekly);
    m_whenForm->setRowVisible(m_daysRow, kind == Schedule::Kind::Weekly);
    m_metered->setVisible(kind != Schedule::Kind::Manual);
    m_meteredHint->setVisible(kind != Schedule::Kind::Manual && !m_meteredHint->text().isEmpty());
}

void ProfileEditor::validate()
{
    updateScheduleFields();
    const Profile p = profile();
    QStringList problems = p.validate();
    const QString within = m_within->text().trimmed();
    QString withinError;
    if (!within.isEmpty() && !RetentionDuration::parse(within, &withinError))
        problems << tr("Keep within: %1").arg(withinError);
    if (!m_saveError.isEmpty())
        problems << m_saveError;
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(problems.isEmpty() || problems == QStringList {m_saveError});
    updatePreview();
}

void ProfileEditor::fetchListing()
{
    if (m_job)
        m_job->cancel();
    FichierClient *client = m_app->coordinator()->client();
    const QString path = m_remote->text().trimmed();
    m_files.clear();
    m_listed = false;
    m_folderMissing = false;
    if (!client) {
        m_previewStatus->setText(tr("Connect to 1fichier (API key) to see the preview."));
        updatePreview();
        return;
    }
    if (!path.startsWith(u'/')) {
        m_previewStatus->setText(tr("Type a folder such as /Backups/Photos."));
        updatePreview();
        return;
    }
    m_previewStatus->setText(tr("Reading %1 on 1fichier…").arg(path));
    FolderIdJob *resolve = client->resolveFolder(path, false);
    m_job = resolve;
    connect(resolve, &FichierJob::finished, this, [this, resolve, client, path] {
        if (!resolve->succeeded()) {
            if (resolve->error().kind() == FichierError::Kind::NotFound) {
                m_listed = true;
                m_folderMissing = true;
                m_previewStatus->setText(tr("%1 does not exist yet: the first backup creates it.").arg(path));
            } else {
                m_previewStatus->setText(tr("Could not read %1: %2").arg(path, resolve->errorString()));
            }
            updatePreview();
            return;
        }
        FileListJob *list = client->listFiles(resolve->result());
        m_job = list;
        connect(list, &FichierJob::finished, this, [this, list, path] {
            if (!list->succeeded()) {
                m_previewStatus->setText(tr("Could not list %1: %2").arg(path, list->errorString()));
                return;
            }
            m_files = list->result();
            m_listed = true;
            updatePreview();
        });
    });
}

void ProfileEditor::updatePreview()
{
    m_preview->setRowCount(0);
    if (!m_listed) {
        m_plan = {};
        return;
    }
    const Profile p = profile();
    const QDateTime now = m_app->clock().nowUtc();
    m_plan = PrunePlan::make(p, m_files, now, {}, m_app->options().runOptions.zone);
    // As a run would: from a listing that may be cut, nothing is deleted.
    const FichierClient *client = m_app->coordinator()->client();
    m_plan.incomplete = client && client->config().listingMayBeCut(m_files.size());
    const QColor keepColor(0x20, 0x80, 0x30);
    const QColor deleteColor(0xb0, 0x30, 0x20);
    for (const PrunePlan::Item &item : std::as_const(m_plan.items)) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        auto *date = new QTableWidgetItem(MainWindow::formatDateTime(item.decision.backup.timeUtc));
        date->setData(Qt::UserRole, item.file.filename);
        date->setToolTip(item.file.filename);
        m_preview->setItem(row, DateColumn, date);
        const bool keep = item.decision.keep || m_plan.incomplete;
        auto *verdict = new QTableWidgetItem(keep ? tr("Keep") : tr("Delete"));
        verdict->setForeground(keep ? keepColor : deleteColor);
        QFont bold = verdict->font();
        bold.setBold(true);
        verdict->setFont(bold);
        m_preview->setItem(row, VerdictColumn, verdict);
        QString why = item.decision.keep ? item.decision.reasonsText() : item.decision.deleteReasonText();
        if (!item.decision.keep && m_plan.incomplete)
            why = tr("held back: the folder listing may be incomplete")
                + RetentionPolicy::tr("; ", "between delete reasons") + why;
        // A pin overrides every rule: say it first.
        if (keep && item.decision.keptBy(RetentionPolicy::Rule::Pinned)) {
            QStringList parts = why.split(QStringLiteral(", "));
            parts.removeAll(RetentionPolicy::Reason {RetentionPolicy::Rule::Pinned}.text());
            parts.prepend(RetentionPolicy::Reason {RetentionPolicy::Rule::Pinned}.text());
            why = parts.join(QStringLiteral(", "));
        }
        auto *whyItem = new QTableWidgetItem(why);
        whyItem->setToolTip(why);
        m_preview->setItem(row, WhyColumn, whyItem);
    }
    m_preview->resizeRowsToContents();
    if (!m_plan.items.isEmpty()) {
        QString text = tr("%n backup(s) in %1", nullptr, int(m_plan.items.size())).arg(p.remotePath)
            + QStringLiteral(" · ") + tr("%n kept", nullptr, m_plan.keepCount()) + QStringLiteral(" · ")
            + tr("%n deleted by the next run", nullptr, m_plan.deleteCount());
        // On a line of its own, so the counts line never wraps in the middle.
        if (!m_plan.foreign.isEmpty())
            text += u'\n'
                + tr("%n other file(s) in the folder, never touched.", nullptr, int(m_plan.foreign.size()));
        if (m_plan.incomplete)
            text += u'\n' + m_plan.incompleteText(p.remotePath, client->config().listingCap);
        m_previewStatus->setText(text);
    } else if (!m_folderMissing) {
        m_previewStatus->setText(tr("No backup of this profile in %1 yet.").arg(p.remotePath));
    }
    emit previewUpdated();
}

void ProfileEditor::pickRemoteFolder()
{
    FichierClient *client = m_app->coordinator()->client();
    if (!client)
        return;
    auto *picker = new RemoteFolderPicker(client, m_remote->text().trimmed(), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &RemoteFolderPicker::folderChosen, this, [this](const QString &folder) {
        m_remoteTouched = true;
        m_remote->setText(folder);
    });
    picker->open();
}

void ProfileEditor::accept()
{
    const Profile p = profile();
    m_saveError.clear();
    ProfileStore &store = m_app->profiles();
    const bool ok = m_original ? store.update(m_original->name, p) : store.add(p);
    if (!ok) {
        m_saveError = store.errorString();
        validate();
        return;
    }
    m_savedName = p.name;
    QDialog::accept();
}

} // namespace Coffre
