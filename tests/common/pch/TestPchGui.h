// The Qt headers most tests include, precompiled once for every test that links Qt Widgets
// (tests/CMakeLists.txt, sync_console_test). A test includes what it uses as before; this only
// spares the compiler parsing them again for each of the sixty test programs.
#pragma once

#include "TestPchCore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
