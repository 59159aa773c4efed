#include "FileLimit.h"

#include <sys/resource.h>

namespace FileLimit {

quint64 raiseToHard()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY ? quint64(1) << 31 : quint64(limit.rlim_cur);
}

} // namespace FileLimit
