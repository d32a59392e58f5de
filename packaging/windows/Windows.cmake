# Windows: an NSIS installer (cpack -G NSIS) with the console, the CLI once it is built, and the Qt
# DLLs and plugins windeployqt puts beside them. Included from cmake/Packaging.cmake; built by
# .github/workflows/release.yml on a Windows runner, never by this repository's CI.
# NSIS rather than WiX: CMake 3.25's WIX generator wants WiX 3, which newer runner images dropped,
# and NSIS gives the same start menu entry, uninstaller and PATH option.

set(SEATWISE_WINDOWS_DIR ${CMAKE_CURRENT_LIST_DIR})

# The gateway is a Linux service (POSIX signals and a systemd unit): Windows builds and ships the
# "desktop" component only.
set_target_properties(seatwised PROPERTIES EXCLUDE_FROM_ALL ON)
set(CPACK_COMPONENTS_ALL desktop)
set(CPACK_COMPONENT_DESKTOP_DISPLAY_NAME "Seatwise console and command line")
set(CPACK_COMPONENT_DESKTOP_REQUIRED ON)

# Icon and version resource compiled into seatwise.exe.
configure_file(${SEATWISE_WINDOWS_DIR}/seatwise.rc.in ${CMAKE_BINARY_DIR}/seatwise.rc @ONLY)
target_sources(seatwise PRIVATE ${CMAKE_BINARY_DIR}/seatwise.rc)

# windeployqt copies the Qt DLLs, plugins (platform, styles, SQL drivers) and the compiler runtime
# next to the installed seatwise.exe; seatctl uses a subset of them.
find_program(SEATWISE_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
if(SEATWISE_WINDEPLOYQT)
    install(CODE "
        set(_bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
        execute_process(COMMAND \"${SEATWISE_WINDEPLOYQT}\" --release --compiler-runtime --no-translations
                                --no-system-d3d-compiler --no-opengl-sw --dir \"\${_bin}\" \"\${_bin}/seatwise.exe\"
                        COMMAND_ERROR_IS_FATAL ANY)
        " COMPONENT desktop)
else()
    message(WARNING "windeployqt not found: the installer will lack Qt's DLLs")
endif()
# QCoro and QtKeychain are DLLs of their own (packaging/deps builds them); windeployqt copies Qt's only.
install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain QCoro6::Core QCoro6::Network QCoro6::WebSockets
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT desktop)

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_FILE_NAME "seatwise-${PROJECT_VERSION}-windows-x64")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Seatwise")
set(CPACK_NSIS_PACKAGE_NAME "Seatwise ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Seatwise")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY ${CMAKE_INSTALL_BINDIR}) # where CPACK_PACKAGE_EXECUTABLES lives
set(CPACK_NSIS_MUI_ICON ${SEATWISE_WINDOWS_DIR}/seatwise.ico)
set(CPACK_NSIS_MUI_UNIICON ${SEATWISE_WINDOWS_DIR}/seatwise.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\seatwise.exe") # Apps & features
set(CPACK_NSIS_URL_INFO_ABOUT ${CPACK_PACKAGE_HOMEPAGE_URL})
set(CPACK_NSIS_CONTACT ${CPACK_PACKAGE_CONTACT})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON) # an upgrade replaces the old version, never beside it
set(CPACK_NSIS_MODIFY_PATH ON) # offers to put bin\ (seatctl) on PATH
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
