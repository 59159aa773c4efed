#pragma once

#include <QString>

// Text written in the sources as a narrow literal. The sources are UTF-8 and the messages use
// curly quotes, dashes and ellipses, so the bytes are read as UTF-8: read as Latin-1, a “ turns
// into three characters of mojibake in front of the user.
inline QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
