#include "CtlExit.h"

#include "ApiError.h"

namespace CtlExit {

Code of(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return Done;
    case ApiError::Kind::Http:
    case ApiError::Kind::AppGone:
        if (error.hasCode(ApiErrorCode::DraftChanged) || error.hasCode(ApiErrorCode::DraftNotFound)
            || error.httpStatus == 409)
            return Conflict;
        if (error.httpStatus == 401 || error.httpStatus == 403)
            return Unreachable;
        return Refused;
    case ApiError::Kind::Timeout:
        return TimedOut;
    case ApiError::Kind::MalformedReply:
        return Refused;
    default: // the network, an ended session, a redirect, a reply Qt could not read
        return Unreachable;
    }
}

} // namespace CtlExit
