#include "ProfileEditor.h"

#include "DesktopApp.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "RemoteFolderPicker.h"
#include "backup/BackupCoordinator.h"
#include "backup/Clock.h"
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
    auto *outer = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    outer->addLayout(left, 1);
    outer->addLayout(right, 1);

    auto *what = new QGroupBox(tr("What and where"), this);
    auto *form = new QFormLayout(what);
    m_name = new QLineEdit(m_base.name, what);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Photos"));
    form->addRow(tr("Name:"), m_name);

    m_sources = new QListWidget(what);
    m_sources->setObjectName(QStringLiteral("sourcesList"));
    m_sources->addItems(m_base.sources);
    m_sources->setMaximumHeight(110);
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
    m_remote->setObjectName(QStringLiteral("remoteEdit"));
    auto *browseRemote = new QPushButton(tr("Browse…"), what);
    browseRemote->setObjectName(QStringLiteral("browseRemoteButton"));
    remoteRow->addWidget(m_remote, 1);
    remoteRow->addWidget(browseRemote);
    form->addRow(tr("1fichier folder:"), remoteRow);

    m_level = new QSpinBox(what);
    m_level->setObjectName(QStringLiteral("levelSpin"));
    m_level->setRange(0, 9);
    m_level->setValue(m_base.level);
    m_level->setToolTip(tr("0 stores files as they are (fastest), 9 compresses most (slowest)."));
    form->addRow(tr("Compression (0-9):"), m_level);
    left->addWidget(what);

    auto *when = new QGroupBox(tr("When"), this);
    auto *whenForm = new QFormLayout(when);
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
    m_scheduleKind->setCurrentIndex(int(m_base.schedule.kind()));
    m_notify = new QCheckBox(tr("Notify me when a backup succeeds too"), when);
    m_notify->setObjectName(QStringLiteral("notifyCheck"));
    m_notify->setChecked(m_base.notifyOnSuccess);
    whenForm->addRow(m_notify);
    left->addWidget(when);
    left->addStretch();

    auto *keep = new QGroupBox(tr("Which backups to keep"), this);
    auto *keepForm = new QGridLayout(keep);
    const QStringList keepLabels
        = {tr("Last"), tr("Hourly"), tr("Daily"), tr("Weekly"), tr("Monthly"), tr("Yearly")};
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
        keepForm->addWidget(new QLabel(keepLabels[i] + QLatin1Char(':'), keep), i / 3, (i % 3) * 2);
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
    m_preview = new QTableWidget(0, 3, previewBox);
    m_preview->setObjectName(QStringLiteral("retentionPreview"));
    m_preview->setHorizontalHeaderLabels({tr("Backup"), tr("Verdict"), tr("Why")});
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_preview->verticalHeader()->hide();
    m_preview->setTextElideMode(Qt::ElideMiddle); // the date is at the end of the name
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
        if (!dir.isEmpty() && m_sources->findItems(dir, Qt::MatchExactly).isEmpty())
            m_sources->addItem(QDir::cleanPath(dir));
        validate();
    });
    connect(removeSource, &QPushButton::clicked, this, [this] {
        delete m_sources->currentItem();
        validate();
    });
    connect(browseRemote, &QPushButton::clicked, this, &ProfileEditor::pickRemoteFolder);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_saveError.clear(); // e.g. "a profile with this name exists": re-checked on Save
        validate();
    });
    connect(m_excludes, &QPlainTextEdit::textChanged, this, &ProfileEditor::validate);
    connect(m_remote, &QLineEdit::textChanged, this, [this] {
        m_listed = false;
        m_listDelay.start();
        validate();
    });
    connect(m_within, &QLineEdit::textChanged, this, &ProfileEditor::validate);
    connect(m_scheduleKind, &QComboBox::currentIndexChanged, this, &ProfileEditor::validate);
    connect(m_hours, &QSpinBox::valueChanged, this, &ProfileEditor::validate);
    connect(m_time, &QTimeEdit::timeChanged, this, &ProfileEditor::validate);

    resize(960, 600);
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
        p.sources << m_sources->item(i)->text();
    p.excludes.clear();
    for (const QString &line : m_excludes->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            p.excludes << line.trimmed();
    }
    p.remotePath = m_remote->text().trimmed();
    p.level = m_level->value();
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
    return p;
}

void ProfileEditor::updateScheduleFields()
{
    const auto kind = Schedule::Kind(m_scheduleKind->currentIndex());
    m_hours->setEnabled(kind == Schedule::Kind::EveryHours);
    m_time->setEnabled(kind == Schedule::Kind::Daily || kind == Schedule::Kind::Weekly);
    for (QCheckBox *box : std::as_const(m_days))
        box->setEnabled(kind == Schedule::Kind::Weekly);
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
    m_plan = PrunePlan::make(p, m_files, m_app->clock().nowUtc(), {}, m_app->options().runOptions.zone);
    for (const PrunePlan::Item &item : std::as_const(m_plan.items)) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        m_preview->setItem(row, 0, new QTableWidgetItem(item.file.filename));
        auto *verdict = new QTableWidgetItem(item.decision.keep ? tr("keep") : tr("delete"));
        verdict->setForeground(item.decision.keep ? QColor(0x20, 0x80, 0x30) : QColor(0xb0, 0x30, 0x20));
        m_preview->setItem(row, 1, verdict);
        m_preview->setItem(row, 2, new QTableWidgetItem(item.decision.reasonsText()));
    }
    if (!m_plan.items.isEmpty()) {
        m_previewStatus->setText(
            tr("%n backup(s) in %1: %2 kept, %3 deleted by the next run.", nullptr, int(m_plan.items.size()))
                .arg(p.remotePath)
                .arg(m_plan.keepCount())
                .arg(m_plan.deleteCount()));
    } else if (!m_files.isEmpty() || m_previewStatus->text().startsWith(tr("Reading"))) {
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
    connect(picker, &RemoteFolderPicker::folderChosen, m_remote, &QLineEdit::setText);
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
