#pragma once

#include "ApiResult.h"

#include <QObject>
#include <QTest>
#include <optional>

// Runs one asynchronous operation to its end and hands back its result. `start(context, done)`
// begins it; a result that does not come within `timeoutMs` reads as a timeout, never a pass.
template<typename T, typename Start> ApiResult<T> runToResult(Start start, int timeoutMs = 15000)
{
    std::optional<ApiResult<T>> result;
    QObject context;
    start(&context, [&result](const ApiResult<T> &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return ApiResult<T>::failure(ApiError::timeout(timeoutMs / 1000));
    return *result;
}
