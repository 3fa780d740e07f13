# Checks how the tests are registered with CTest, from `ctest --show-only=json-v1`: every Catch2 test
# must run its own test case — its name, passed to the test program as the test to run, must not start
# with "-", or Catch2 reads it as an option (--help prints the usage and passes, --out writes a stray
# file and runs every case) — and every test must have a timeout, so that a hang fails instead of
# stalling the run.
#
#   cmake -DBUILD_DIR=<build folder> -P check_registration.cmake   (the build's own tests)
#   cmake -DJSON_FILE=<file> -P check_registration.cmake           (a saved listing, for the check's test)
if(JSON_FILE)
  file(READ "${JSON_FILE}" listing)
else()
  execute_process(COMMAND ${CMAKE_CTEST_COMMAND} --show-only=json-v1 WORKING_DIRECTORY "${BUILD_DIR}"
                  OUTPUT_VARIABLE listing RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "ctest --show-only=json-v1 failed in ${BUILD_DIR}")
  endif()
endif()

string(JSON count LENGTH "${listing}" tests)
set(problems "")
set(catchTests 0)
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
  # One test's entry at a time: reading the whole listing for every field would take long.
  string(JSON test GET "${listing}" tests ${i})
  string(JSON name GET "${test}" name)
  string(JSON properties ERROR_VARIABLE noProperties LENGTH "${test}" properties)
  set(timeout FALSE)
  if(NOT noProperties AND properties GREATER 0)
    math(EXPR lastProperty "${properties} - 1")
    foreach(p RANGE ${lastProperty})
      string(JSON propertyName GET "${test}" properties ${p} name)
      if(propertyName STREQUAL "TIMEOUT")
        set(timeout TRUE)
      endif()
    endforeach()
  endif()
  string(JSON arguments ERROR_VARIABLE noCommand LENGTH "${test}" command)
  if(NOT noCommand AND arguments GREATER 1)
    string(JSON program GET "${test}" command 0)
    string(JSON testCase GET "${test}" command 1)
    # A Catch2 test program of tests/: its second argument is the test case to run.
    if(NOT program MATCHES "cmake$|ctest$|env$")
      math(EXPR catchTests "${catchTests} + 1")
      if(testCase MATCHES "^-")
        string(APPEND problems "\n  ${name}: the test case \"${testCase}\" starts with \"-\" and is read as an option")
      endif()
    endif()
  endif()
  if(NOT timeout)
    string(APPEND problems "\n  ${name}: no TIMEOUT")
  endif()
endforeach()

if(problems)
  message(FATAL_ERROR "tests registered so that they cannot fail or may hang:${problems}")
endif()
message(STATUS "${count} tests, ${catchTests} of them Catch2 test cases, each runs its own case and has a timeout")
