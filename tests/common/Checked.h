#pragma once

#include <QTest>

// Runs a helper that checks with QVERIFY / QCOMPARE and ends the test at once if it failed:
// a failed check inside a helper only returns from the helper, and the test would go on.
#define CHECKED(call)                                                                              \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)
