# Linux: what a desktop and a systemd host expect beside the binaries, and the .deb and .rpm around
# them. Included from cmake/Packaging.cmake; checked end to end by packaging/linux/check-deb.

set(SEATWISE_LINUX_DIR ${CMAKE_CURRENT_LIST_DIR})
set(SEATWISE_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/seatwise) # named after the package, not the project

# Where this distribution keeps units and sysusers.d files (Debian 12: /lib/systemd/system and
# /usr/lib/sysusers.d); systemd's own defaults where its pkg-config file is missing.
find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
    pkg_get_variable(_unit_dir systemd systemdsystemunitdir)
    pkg_get_variable(_sysusers_dir systemd sysusersdir)
endif()
if(NOT _unit_dir)
    set(_unit_dir /usr/lib/systemd/system)
endif()
if(NOT _sysusers_dir)
    set(_sysusers_dir /usr/lib/sysusers.d)
endif()
set(SEATWISE_SYSTEMD_UNIT_DIR ${_unit_dir} CACHE PATH "Where seatwised.service is installed")
set(SEATWISE_SYSUSERS_DIR ${_sysusers_dir} CACHE PATH "Where the seatwise user's sysusers.d file is installed")

# Debian wants man pages and changelogs compressed with gzip -9n (no name, no time: reproducible).
# The redirection reaches the shell because the command is not VERBATIM (Makefiles and Ninja alike).
function(seatwise_gzip source output)
    add_custom_command(OUTPUT ${output}
        COMMAND gzip -9n -c ${source} > ${output}
        DEPENDS ${source}
        COMMENT "gzip ${output}")
endfunction()

# --- desktop: the console's entry, AppStream metainfo and icons --------------------------------------
install(FILES ${SEATWISE_LINUX_DIR}/${SEATWISE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${SEATWISE_LINUX_DIR}/${SEATWISE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

set(_svg ${PROJECT_SOURCE_DIR}/resources/icons/${SEATWISE_APP_ID}.svg)
install(FILES ${_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# Menus and docks that do not scale SVGs pick a PNG size; rendered from the one SVG at build time.
find_program(RSVG_CONVERT rsvg-convert)
set(_rpm_icon_dirs)
if(RSVG_CONVERT)
    set(_pngs)
    foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
        set(_png ${CMAKE_BINARY_DIR}/icons/${size}x${size}/${SEATWISE_APP_ID}.png)
        add_custom_command(OUTPUT ${_png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/icons/${size}x${size}
            COMMAND ${RSVG_CONVERT} --width ${size} --height ${size} --output ${_png} ${_svg}
            DEPENDS ${_svg})
        install(FILES ${_png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        list(APPEND _pngs ${_png})
        list(APPEND _rpm_icon_dirs /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
    endforeach()
    add_custom_target(seatwise_icons ALL DEPENDS ${_pngs})
else()
    message(WARNING "rsvg-convert not found (Debian: librsvg2-bin): the packages carry the scalable icon only")
endif()

# --- man pages, copyright and changelog -------------------------------------------------------------
set(_generated)
set(_man_pages seatwise.1)
if(TARGET seatctl) # the CLI's page only with the CLI, or lintian finds a page without its program
    list(APPEND _man_pages seatctl.1)
endif()
foreach(page IN LISTS _man_pages ITEMS seatwised.8)
    string(REGEX MATCH "[0-9]$" _section ${page})
    seatwise_gzip(${SEATWISE_LINUX_DIR}/man/${page} ${CMAKE_BINARY_DIR}/man/${page}.gz)
    if(page STREQUAL "seatwised.8")
        set(_component gateway)
    else()
        set(_component desktop)
    endif()
    install(FILES ${CMAKE_BINARY_DIR}/man/${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man${_section}
        COMPONENT ${_component})
    list(APPEND _generated ${CMAKE_BINARY_DIR}/man/${page}.gz)
endforeach()
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/man)

# A native Debian package's changelog.gz is the Debian changelog; its top entry must name this version.
file(STRINGS ${SEATWISE_LINUX_DIR}/changelog _top LIMIT_COUNT 1)
if(NOT _top MATCHES "^seatwise \\(${PROJECT_VERSION}\\)")
    message(WARNING "packaging/linux/changelog starts with \"${_top}\": add an entry for ${PROJECT_VERSION}")
endif()
seatwise_gzip(${SEATWISE_LINUX_DIR}/changelog ${CMAKE_BINARY_DIR}/doc/changelog.gz)
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/doc)
list(APPEND _generated ${CMAKE_BINARY_DIR}/doc/changelog.gz)
install(FILES ${SEATWISE_LINUX_DIR}/copyright ${CMAKE_BINARY_DIR}/doc/changelog.gz DESTINATION ${SEATWISE_DOC_DIR})
add_custom_target(seatwise_package_docs ALL DEPENDS ${_generated})

# --- gateway: the service, its user and state folder -------------------------------------------------
install(FILES ${SEATWISE_LINUX_DIR}/seatwised.service DESTINATION ${SEATWISE_SYSTEMD_UNIT_DIR} COMPONENT gateway)
install(FILES ${SEATWISE_LINUX_DIR}/seatwise.sysusers DESTINATION ${SEATWISE_SYSUSERS_DIR} RENAME seatwise.conf
    COMPONENT gateway)

# --- .deb ---------------------------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # seatwise_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${CPACK_PACKAGE_HOMEPAGE_URL})
# Libraries come from dpkg-shlibdeps; plugins it cannot see are named: the store's SQLite driver, the
# console's display plugins, and adduser for the postinst where systemd-sysusers is missing.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite, qt6-qpa-plugins")
# The console keeps tokens in the Secret Service; PostgreSQL stores need Qt's driver for it.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${SEATWISE_LINUX_DIR}/debian/postinst ${SEATWISE_LINUX_DIR}/debian/prerm ${SEATWISE_LINUX_DIR}/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON) # scripts 0755, other control files 0644

# --- .rpm (built here with Debian's rpm package; for Fedora-like systems with Qt 6.4 or later) -------
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "LicenseRef-proprietary")
set(CPACK_RPM_PACKAGE_URL ${CPACK_PACKAGE_HOMEPAGE_URL})
set(CPACK_RPM_PACKAGE_REQUIRES "systemd")
set(CPACK_RPM_POST_INSTALL_SCRIPT_FILE ${SEATWISE_LINUX_DIR}/rpm/post)
set(CPACK_RPM_PRE_UNINSTALL_SCRIPT_FILE ${SEATWISE_LINUX_DIR}/rpm/preun)
set(CPACK_RPM_POST_UNINSTALL_SCRIPT_FILE ${SEATWISE_LINUX_DIR}/rpm/postun)
# Folders the filesystem and systemd packages own; the package lists only its own files there.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /lib /lib/systemd /lib/systemd/system /usr/lib/systemd /usr/lib/systemd/system /usr/lib/sysusers.d
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1 /usr/share/man/man8
    /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps
    ${_rpm_icon_dirs})
# No /usr/lib/.build-id links: they would clash between packages built on a system without debuginfo.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
