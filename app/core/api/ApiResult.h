#pragma once

#include "ApiError.h"

// The typed outcome of one Admin API operation: a value, or the error that prevented it.
template<typename T> struct ApiResult
{
    T value {};
    ApiError error;

    bool ok() const { return !error.isError(); }

    static ApiResult success(T v)
    {
        ApiResult r;
        r.value = std::move(v);
        return r;
    }
    static ApiResult failure(ApiError e)
    {
        ApiResult r;
        r.error = std::move(e);
        return r;
    }
};

// For operations that answer 204 No Content.
struct Done
{
};
