#pragma once

#include <QDialog>

class QComboBox;
class QTreeWidget;

namespace Coffre {

class DesktopApp;

// Every run in the history (newest first): profile, start, duration, result, size, files,
// warnings and the error sentence; filtered by profile.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        ProfileColumn,
        ResultColumn,
        DurationColumn,
        SizeColumn,
        FilesColumn,
        DetailsColumn
    };

    explicit HistoryDialog(DesktopApp *app, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    void setProfileFilter(const QString &profile); // empty = all

public slots:
    void refresh();

private:
    DesktopApp *m_app;
    QComboBox *m_filter;
    QTreeWidget *m_list;
};

} // namespace Coffre
