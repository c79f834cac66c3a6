#include "MainWindow.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Coffre {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Coffre"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *empty = new QLabel(tr("No backup profiles yet."), central);
    empty->setObjectName(QStringLiteral("emptyLabel"));
    empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(empty);
    setCentralWidget(central);
    resize(720, 460);
}

} // namespace Coffre
