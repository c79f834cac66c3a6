#pragma once

#include <QString>

#include <memory>

class QWidget;

namespace Coffre {

// Every modal question the desktop app asks goes through here, so widget tests can answer
// without a dialog ever blocking (KeePassXC's MessageBox::setNextAnswer idea). The default
// implementation shows the real dialogs; tests install their own with setInstance().
class Prompter
{
public:
    virtual ~Prompter();

    // A yes/no question about something that cannot be undone; true = go ahead.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &question) = 0;
    // A local folder; empty when the user cancelled.
    virtual QString chooseDirectory(QWidget *parent, const QString &title, const QString &start) = 0;
    // A short text (a new folder name); empty when cancelled.
    virtual QString askText(QWidget *parent, const QString &title, const QString &label) = 0;
    // Something went wrong that the user must acknowledge.
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;

    static Prompter &instance();
    // Takes ownership; nullptr restores the dialogs.
    static void setInstance(std::unique_ptr<Prompter> prompter);
};

} // namespace Coffre
