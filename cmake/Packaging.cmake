# Installers: what every package shares here, what each platform adds in packaging/<platform>/.
# `cpack -G DEB|RPM` on Linux (packaging/linux/check-deb), NSIS on Windows and DragNDrop on macOS
# (.github/workflows/release.yml). docs/packaging.md explains the whole of it.

set(SEATWISE_APP_ID io.seatwise.Console) # desktop entry, AppStream, icons, macOS bundle id: one name
set(SEATWISE_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)

set(CPACK_PACKAGE_NAME seatwise)
set(CPACK_PACKAGE_VENDOR "Seatwise")
set(CPACK_PACKAGE_CONTACT "Seatwise packaging <packaging@seatwise.app>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Concurrent and named seat licenses: gateway, console and CLI")
set(CPACK_PACKAGE_DESCRIPTION_FILE ${SEATWISE_PACKAGING_DIR}/description.txt)
set(CPACK_PACKAGE_HOMEPAGE_URL "https://seatwise.app")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Seatwise")
set(CPACK_PACKAGE_EXECUTABLES seatwise "Seatwise") # start menu entry (NSIS)
set(CPACK_RESOURCE_FILE_LICENSE ${SEATWISE_PACKAGING_DIR}/LICENSE.txt)
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}")
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR}/packages)
# A RelWithDebInfo build carries debug info; installers ship stripped binaries (lintian rejects unstripped ones).
set(CPACK_STRIP_FILES ON)
# Only source-controlled inputs go into a source package, never a build folder.
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git" "/build[^/]*/" "/\\\\.cache/")

if(UNIX AND NOT APPLE)
    include(${SEATWISE_PACKAGING_DIR}/linux/Linux.cmake)
elseif(WIN32)
    include(${SEATWISE_PACKAGING_DIR}/windows/Windows.cmake)
elseif(APPLE)
    include(${SEATWISE_PACKAGING_DIR}/macos/MacOS.cmake)
endif()

include(CPack)
