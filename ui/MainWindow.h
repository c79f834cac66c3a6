#pragma once

#include <QMainWindow>

namespace Coffre {

// The main window: the list of backup profiles and their state.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Coffre
