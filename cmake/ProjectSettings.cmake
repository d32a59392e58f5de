# One interface target carries the language level, warnings and strict Qt defines; every target links it.
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

add_library(seatwise_options INTERFACE)
target_compile_features(seatwise_options INTERFACE cxx_std_20)
target_compile_options(seatwise_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Werror=return-type)
target_compile_definitions(seatwise_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    # Qt 6.4 spells the deprecation cut-off this way (QT_DISABLE_DEPRECATED_UP_TO arrives in 6.5);
    # QT_NO_CONTEXTLESS_CONNECT arrives in 6.7, so the rule "always pass a context" is kept by review.
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SEATWISE_VERSION="${PROJECT_VERSION}")

# Sanitizers for every target that links seatwise_options, e.g. -DSEATWISE_SANITIZE=address,undefined in a
# build folder of its own (docs/security.md). Undefined behaviour aborts, so a test that meets it fails.
set(SEATWISE_SANITIZE "" CACHE STRING "Comma-separated -fsanitize= list for all targets (empty: none)")
# libFuzzer targets in fuzz/ (docs/security.md): clang only; everything is built with coverage for the
# fuzzer and with ASan and UBSan unless SEATWISE_SANITIZE says otherwise.
option(SEATWISE_FUZZ "Build the libFuzzer targets in fuzz/ (configure with -DCMAKE_CXX_COMPILER=clang++)" OFF)
if(SEATWISE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "SEATWISE_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    if(NOT SEATWISE_SANITIZE)
        set(SEATWISE_SANITIZE address,undefined)
    endif()
    target_compile_options(seatwise_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
if(SEATWISE_SANITIZE)
    target_compile_options(seatwise_options INTERFACE -fsanitize=${SEATWISE_SANITIZE} -fno-omit-frame-pointer
        -fno-sanitize-recover=all)
    target_link_options(seatwise_options INTERFACE -fsanitize=${SEATWISE_SANITIZE})
endif()
