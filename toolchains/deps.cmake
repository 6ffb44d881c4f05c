# Every dependency comes from Debian's packages; name the package when one is missing.
include(GNUInstallDirs)

set(THREADS_PREFER_PTHREAD_FLAG ON)
find_package(Threads REQUIRED)

if(EMSCRIPTEN)
  # ICU compiled for wasm from Debian's source package, with its own cut-down data.
  include(${CMAKE_CURRENT_LIST_DIR}/icu-wasm/icu.cmake)
  # Header-only packages: the Emscripten toolchain searches only its own sysroot, and
  # putting the host's /usr/include on the path would mix glibc headers into the wasm
  # build. A folder in the build tree links to just the package's own headers.
  set(_precis_host_headers "${CMAKE_BINARY_DIR}/_deps/host-headers")
  function(precis_host_header_target target package header subdir)
    find_path(_dir ${header} PATHS /usr/include NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
    if(NOT _dir)
      message(FATAL_ERROR "the wasm build needs ${header} (Debian: apt-get install ${package})")
    endif()
    file(MAKE_DIRECTORY "${_precis_host_headers}")
    if(NOT EXISTS "${_precis_host_headers}/${subdir}")
      file(CREATE_LINK "${_dir}/${subdir}" "${_precis_host_headers}/${subdir}" SYMBOLIC)
    endif()
    add_library(${target} INTERFACE IMPORTED GLOBAL)
    target_include_directories(${target} SYSTEM INTERFACE "${_precis_host_headers}")
    unset(_dir CACHE)
  endfunction()
  precis_host_header_target(nlohmann_json::nlohmann_json nlohmann-json3-dev nlohmann/json.hpp nlohmann)
  precis_host_header_target(doctest::doctest doctest-dev doctest/doctest.h doctest)
  return()
endif()

find_package(ICU 72 COMPONENTS uc data)
if(NOT ICU_FOUND)
  message(FATAL_ERROR "precis needs ICU 72 (Debian: apt-get install libicu-dev); ./toolchains/install-deps.sh installs it")
endif()

find_package(nlohmann_json 3.10 CONFIG)
if(NOT nlohmann_json_FOUND)
  message(FATAL_ERROR "precis needs nlohmann/json (Debian: apt-get install nlohmann-json3-dev)")
endif()

# Gumbo parses HTML for the native front end of web-page extraction (the browser has
# its own parser). Linked by name: it lives in the system's library path, and the
# installed package's users then link it the same way.
find_path(PRECIS_GUMBO_INCLUDE gumbo.h)
find_library(PRECIS_GUMBO_LIBRARY gumbo)
if(NOT PRECIS_GUMBO_INCLUDE OR NOT PRECIS_GUMBO_LIBRARY)
  message(FATAL_ERROR "precis needs Gumbo (Debian: apt-get install libgumbo-dev); ./toolchains/install-deps.sh installs it")
endif()
