#pragma once

#include "Prompter.h"

namespace Coffre {

// The Prompter of the real app: QMessageBox, QFileDialog and QInputDialog.
class DialogPrompter : public Prompter
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &question) override;
    QString chooseDirectory(QWidget *parent, const QString &title, const QString &start) override;
    QString askText(QWidget *parent, const QString &title, const QString &label) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
};

} // namespace Coffre
