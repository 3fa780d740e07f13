#pragma once

#include "core/diagnostic.h"

#include <catch2/catch.hpp>

namespace madoguchi::test {

// Runs `read`, which must fail with an InputError, and returns its diagnostic.
template<typename Read>
Diagnostic inputErrorOf(Read read)
{
    try {
        read();
    } catch (const InputError &error) {
        return error.diagnostic();
    }
    FAIL("no InputError was thrown");
    return {};
}

} // namespace madoguchi::test
