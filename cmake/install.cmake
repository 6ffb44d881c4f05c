# cmake --install, then find_package(precis) gives the target precis::precis.
include(CMakePackageConfigHelpers)

install(TARGETS precis EXPORT precisTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/precis DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.h" PATTERN "*.hpp")
install(FILES ${PROJECT_BINARY_DIR}/include/precis/version.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/precis)
if(PRECIS_BUILD_CLI)
  # With a shared libprecis (-DBUILD_SHARED_LIBS=ON) outside the loader's own directories,
  # the installed CLI finds it beside itself (bin/../lib), wherever the prefix is put.
  get_target_property(_precis_type precis TYPE)
  list(FIND CMAKE_PLATFORM_IMPLICIT_LINK_DIRECTORIES "${CMAKE_INSTALL_FULL_LIBDIR}" _precis_system_libdir)
  if(_precis_type STREQUAL "SHARED_LIBRARY" AND _precis_system_libdir EQUAL -1 AND NOT APPLE)
    file(RELATIVE_PATH _precis_bin_to_lib "${CMAKE_INSTALL_FULL_BINDIR}" "${CMAKE_INSTALL_FULL_LIBDIR}")
    set_target_properties(precis-cli PROPERTIES INSTALL_RPATH "$ORIGIN/${_precis_bin_to_lib}")
  endif()
  install(TARGETS precis-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

set(PRECIS_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/precis)
install(EXPORT precisTargets NAMESPACE precis:: DESTINATION ${PRECIS_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/precisConfig.cmake.in ${PROJECT_BINARY_DIR}/precisConfig.cmake
  INSTALL_DESTINATION ${PRECIS_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/precisConfigVersion.cmake COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/precisConfig.cmake ${PROJECT_BINARY_DIR}/precisConfigVersion.cmake
  DESTINATION ${PRECIS_CMAKE_DIR})
