# macOS: Seatwise.app made self-contained by macdeployqt, in a drag-and-drop disk image
# (cpack -G DragNDrop). Included from cmake/Packaging.cmake; built by .github/workflows/release.yml
# on a macOS runner, never by this repository's CI.

set(SEATWISE_MACOS_DIR ${CMAKE_CURRENT_LIST_DIR})

# The gateway is a Linux service with a systemd unit: the disk image carries the "desktop" part.
set(CPACK_COMPONENTS_ALL desktop)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE) # one .dmg, not one per component

# seatwise.app (MACOSX_BUNDLE, set beside its install rule in src/console) becomes Seatwise.app.
# seatwise.icns is rendered from the SVG by packaging/make-icons and committed.
set_target_properties(seatwise PROPERTIES
    OUTPUT_NAME Seatwise
    MACOSX_BUNDLE_INFO_PLIST ${SEATWISE_MACOS_DIR}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${SEATWISE_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME Seatwise
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE seatwise.icns
    MACOSX_BUNDLE_COPYRIGHT "Copyright (C) 2026 Seatwise")
target_sources(seatwise PRIVATE ${SEATWISE_MACOS_DIR}/seatwise.icns)
set_source_files_properties(${SEATWISE_MACOS_DIR}/seatwise.icns TARGET_DIRECTORY seatwise
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

# A drag-and-drop image holds apps, not a bin/ folder: seatctl, when built, moves into the bundle
# (Seatwise.app/Contents/MacOS/seatctl) before macdeployqt, which then fixes its library paths too.
# macdeployqt copies Qt's frameworks and plugins and the other dylibs (QCoro, QtKeychain from
# packaging/deps, found through CMAKE_PREFIX_PATH) into Seatwise.app/Contents/Frameworks.
find_program(SEATWISE_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
if(SEATWISE_MACDEPLOYQT)
    set(_libpaths)
    foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
        list(APPEND _libpaths "-libpath=${prefix}/lib")
    endforeach()
    install(CODE "
        set(_root \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}\")
        set(_app \"\${_root}/Seatwise.app\")
        set(_extra)
        if(EXISTS \"\${_root}/${CMAKE_INSTALL_BINDIR}/seatctl\")
            file(RENAME \"\${_root}/${CMAKE_INSTALL_BINDIR}/seatctl\" \"\${_app}/Contents/MacOS/seatctl\")
            file(REMOVE_RECURSE \"\${_root}/${CMAKE_INSTALL_BINDIR}\")
            set(_extra \"-executable=\${_app}/Contents/MacOS/seatctl\")
        endif()
        execute_process(COMMAND \"${SEATWISE_MACDEPLOYQT}\" \"\${_app}\" -always-overwrite \${_extra} ${_libpaths}
                        COMMAND_ERROR_IS_FATAL ANY)
        " COMPONENT desktop)
else()
    message(WARNING "macdeployqt not found: Seatwise.app will need Qt installed to run")
endif()

set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_FILE_NAME "seatwise-${PROJECT_VERSION}-macos")
set(CPACK_DMG_VOLUME_NAME "Seatwise ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO) # compressed, read-only
# The image shows Seatwise.app beside a link to /Applications (CPack's default) to drag it onto.
