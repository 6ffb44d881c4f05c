# ICU 72.1 for WebAssembly: the same release as Debian's native libicu-dev, compiled from
# Debian's source package (icu_72.1.orig.tar.gz, which ./toolchains/install-deps.sh
# fetches with apt-get source into build/deps/). Built once per build tree; gives the
# target ICU::uc, as find_package(ICU) does natively.
set(PRECIS_ICU_TARBALL "${PROJECT_SOURCE_DIR}/build/deps/icu_72.1.orig.tar.gz" CACHE FILEPATH
    "ICU 72.1 source tarball (Debian's icu_72.1.orig.tar.gz)")
# sha256 of icu_72.1.orig.tar.gz in Debian bookworm (identical to upstream icu4c-72_1-src.tgz).
set(PRECIS_ICU_SHA256 a2d2d38217092a7ed56635e34467f92f976b370e20182ad325edea6681a71d68)

if(NOT EXISTS "${PRECIS_ICU_TARBALL}")
  message(FATAL_ERROR "ICU's source is missing: ${PRECIS_ICU_TARBALL}\n"
                      "Run ./toolchains/install-deps.sh (it fetches Debian's icu source package).")
endif()
file(SHA256 "${PRECIS_ICU_TARBALL}" _precis_icu_sha)
if(NOT _precis_icu_sha STREQUAL PRECIS_ICU_SHA256)
  message(FATAL_ERROR "ICU tarball ${PRECIS_ICU_TARBALL} has sha256 ${_precis_icu_sha}, expected ${PRECIS_ICU_SHA256}")
endif()

set(_icu_root "${CMAKE_BINARY_DIR}/_deps/icu")
if(NOT EXISTS "${_icu_root}/source/common/ubrk.cpp")
  message(STATUS "Extracting ICU 72.1 into ${_icu_root}")
  file(ARCHIVE_EXTRACT INPUT "${PRECIS_ICU_TARBALL}" DESTINATION "${CMAKE_BINARY_DIR}/_deps")
endif()

# The data package: only the items in icu-data.lst, turned into C by genccode (from
# Debian's icu-devtools), its array renamed to the entry point ICU looks for, icudt72_dat.
find_program(PRECIS_ICUPKG icupkg REQUIRED)
find_program(PRECIS_GENCCODE genccode REQUIRED)
set(_icu_data_dir "${CMAKE_BINARY_DIR}/_deps/icu-data")
set(_icu_list "${CMAKE_CURRENT_LIST_DIR}/icu-data.lst")
add_custom_command(
  OUTPUT "${_icu_data_dir}/icudt72l_dat.c"
  COMMAND ${CMAKE_COMMAND} -E rm -rf "${_icu_data_dir}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${_icu_data_dir}/items" "${_icu_data_dir}/out"
  # (icupkg takes a list file only when its name ends in .lst or .txt.)
  COMMAND ${PRECIS_ICUPKG} -d "${_icu_data_dir}/items" -x "${_icu_list}" "${_icu_root}/source/data/in/icudt72l.dat"
  # The package must be called icudt72l.dat for its item paths to resolve.
  # Line, title and dictionary items are left out on purpose: --ignore-deps.
  COMMAND ${PRECIS_ICUPKG} --ignore-deps -s "${_icu_data_dir}/items" -a "${_icu_list}" new "${_icu_data_dir}/out/icudt72l.dat"
  COMMAND ${PRECIS_GENCCODE} -d "${_icu_data_dir}" "${_icu_data_dir}/out/icudt72l.dat"
  COMMAND ${CMAKE_COMMAND} -DFILE=${_icu_data_dir}/icudt72l_dat.c -P "${CMAKE_CURRENT_LIST_DIR}/entry-point.cmake"
  DEPENDS "${_icu_list}" "${CMAKE_CURRENT_LIST_DIR}/entry-point.cmake"
  COMMENT "ICU data for wasm: the items of icu-data.lst"
  VERBATIM)

# The data is C and not part of ICU's implementation (U_COMMON_IMPLEMENTATION would
# make UChar a char16_t, which C lacks): a library of its own.
add_library(precis-icu-data STATIC "${_icu_data_dir}/icudt72l_dat.c")
target_include_directories(precis-icu-data PRIVATE "${_icu_root}/source/common")

file(GLOB _icu_common_sources "${_icu_root}/source/common/*.cpp")
# brkeng.cpp is replaced by one without dictionary engines (see brkeng_nodict.cpp).
list(REMOVE_ITEM _icu_common_sources "${_icu_root}/source/common/brkeng.cpp")
add_library(precis-icu STATIC ${_icu_common_sources} "${CMAKE_CURRENT_LIST_DIR}/brkeng_nodict.cpp")
target_link_libraries(precis-icu PUBLIC precis-icu-data)
target_include_directories(precis-icu SYSTEM PUBLIC "${_icu_root}/source/common" "${CMAKE_CURRENT_LIST_DIR}")
option(PRECIS_ICU_TRIMS "Apply the UCONFIG_NO_* trims of toolchains/icu-wasm/uconfig_local.h" ON)
target_compile_definitions(precis-icu
  PUBLIC U_STATIC_IMPLEMENTATION U_CHARSET_IS_UTF8=1 U_USING_ICU_NAMESPACE=0 $<$<BOOL:${PRECIS_ICU_TRIMS}>:UCONFIG_USE_LOCAL>
  PRIVATE U_COMMON_IMPLEMENTATION)
target_compile_options(precis-icu PRIVATE -w)  # third-party code: its warnings are not ours
# Size over speed (-Oz) for the ICU code precis runs only when it creates a break iterator
# (locale and resource loading, data lookup, rule-set set-up) or never; speed (the -O3 of
# the build type) for the code that runs for every character, break or call:
#   rbbi.cpp rbbi_cache.cpp  the break iterator's state machine and its boundary cache
#   filteredbrk.cpp          the abbreviation filter, consulted at every sentence break
#   ucharstrie.cpp           the trie that filter looks abbreviations up in
#   utext.cpp utf_impl.cpp   UTF-8 text access
#   uchar.cpp ucase.cpp      character properties and case folding (src/unicode.hpp)
#   utrie2.cpp ucptrie.cpp   the tries behind them
#   cmemory.cpp umutex.cpp uvectr32.cpp  allocation, once-only initialisation, breaks vector
set(_icu_hot rbbi.cpp rbbi_cache.cpp filteredbrk.cpp ucharstrie.cpp utext.cpp utf_impl.cpp uchar.cpp ucase.cpp
    utrie2.cpp ucptrie.cpp cmemory.cpp umutex.cpp uvectr32.cpp)
set(_icu_cold ${_icu_common_sources})
foreach(f ${_icu_hot})
  list(REMOVE_ITEM _icu_cold "${_icu_root}/source/common/${f}")
endforeach()
set_source_files_properties(${_icu_cold} "${CMAKE_CURRENT_LIST_DIR}/brkeng_nodict.cpp" PROPERTIES COMPILE_OPTIONS -Oz)
add_library(ICU::uc ALIAS precis-icu)
