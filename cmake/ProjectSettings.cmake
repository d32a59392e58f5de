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
