#include "DialogPrompter.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace Coffre {

bool DialogPrompter::confirm(QWidget *parent, const QString &title, const QString &question)
{
    return QMessageBox::question(
               parent, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

QString DialogPrompter::chooseDirectory(QWidget *parent, const QString &title, const QString &start)
{
    return QFileDialog::getExistingDirectory(parent, title, start);
}

QString DialogPrompter::askText(QWidget *parent, const QString &title, const QString &label)
{
    return QInputDialog::getText(parent, title, label).trimmed();
}

void DialogPrompter::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

} // namespace Coffre
