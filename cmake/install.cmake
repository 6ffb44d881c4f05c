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
  install(TARGETS precis-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

set(PRECIS_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/precis)
install(EXPORT precisTargets NAMESPACE precis:: DESTINATION ${PRECIS_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/precisConfig.cmake.in ${PROJECT_BINARY_DIR}/precisConfig.cmake
  INSTALL_DESTINATION ${PRECIS_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/precisConfigVersion.cmake COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/precisConfig.cmake ${PROJECT_BINARY_DIR}/precisConfigVersion.cmake
  DESTINATION ${PRECIS_CMAKE_DIR})
