#pragma once

#include "backup/Profile.h"
#include "backup/PrunePlan.h"
#include "fichier/FichierTypes.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace Coffre {

class DesktopApp;
class FichierJob;

// Creates or edits one profile: name, source folders, excludes, remote folder (typed or
// picked from the account), compression level, schedule and retention, with a live
// preview of what retention would keep and delete among the real remote backups.
// Problems show under the form as they are typed; Save stays disabled while there are any.
class ProfileEditor : public QDialog
{
    Q_OBJECT
public:
    ProfileEditor(DesktopApp *app, const std::optional<Profile> &profile, QWidget *parent = nullptr);
    ~ProfileEditor() override;

    // The profile as the form currently describes it.
    Profile profile() const;
    QString savedName() const { return m_savedName; }
    enum PreviewColumn { DateColumn, VerdictColumn, WhyColumn };

    // The plan the preview shows (empty until the remote listing arrived).
    const PrunePlan &previewPlan() const { return m_plan; }
    bool previewReady() const { return m_listed; }

    void accept() override;

signals:
    void previewUpdated();

private:
    void validate();
    void fetchListing();
    void updatePreview();
    void updateScheduleFields();
    void pickRemoteFolder();

    DesktopApp *m_app;
    std::optional<Profile> m_original;
    Profile m_base; // fields the form does not show (pinned, ...)
    QLineEdit *m_name;
    QListWidget *m_sources;
    QPlainTextEdit *m_excludes;
    QLineEdit *m_remote;
    QComboBox *m_level;
    QFormLayout *m_whenForm;
    QComboBox *m_scheduleKind;
    QSpinBox *m_hours;
    QTimeEdit *m_time;
    QList<QCheckBox *> m_days;
    QLayout *m_daysRow;
    QList<QSpinBox *> m_keep; // last, hourly, daily, weekly, monthly, yearly
    QLineEdit *m_within;
    QCheckBox *m_notify;
    QCheckBox *m_metered;
    QLabel *m_meteredHint;
    QTableWidget *m_preview;
    QLabel *m_previewStatus;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    QTimer m_listDelay;
    QPointer<FichierJob> m_job;
    QList<FileEntry> m_files;
    bool m_listed = false;
    bool m_folderMissing = false;
    bool m_remoteTouched = false; // typed or picked: no longer follows the name
    PrunePlan m_plan;
    QString m_savedName;
    QString m_saveError;
};

} // namespace Coffre
