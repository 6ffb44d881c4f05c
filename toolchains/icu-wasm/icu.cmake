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

# ICU's data, compiled in: the items of icu-data.lst (the sentence and word rule files and
# the languages' abbreviation suppressions), extracted from ICU's data package by icupkg
# and printed by derb (both from Debian's icu-devtools), then written as a C++ include by
# embed-rules.cmake. src/segment/icu.cpp builds its iterators from them, so ICU's locale,
# resource-bundle and data-loading code is not linked.
find_program(PRECIS_ICUPKG icupkg REQUIRED)
find_program(PRECIS_DERB derb REQUIRED)
set(_icu_data_dir "${CMAKE_BINARY_DIR}/_deps/icu-data")
set(_icu_list "${CMAKE_CURRENT_LIST_DIR}/icu-data.lst")
# The languages with suppressions: the .res items of the list.
file(STRINGS "${_icu_list}" _icu_res_files REGEX "^brkitr/[a-z]+\\.res$")
list(TRANSFORM _icu_res_files REPLACE "^brkitr/" "")
set(_icu_suppression_langs ${_icu_res_files})
list(TRANSFORM _icu_suppression_langs REPLACE "\\.res$" "")
list(JOIN _icu_suppression_langs "," _icu_suppression_langs)  # one command-line argument
add_custom_command(
  OUTPUT "${_icu_data_dir}/icu_rules.inc"
  COMMAND ${CMAKE_COMMAND} -E rm -rf "${_icu_data_dir}/items" "${_icu_data_dir}/dumps"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${_icu_data_dir}/items" "${_icu_data_dir}/dumps"
  # (icupkg takes a list file only when its name ends in .lst or .txt.)
  COMMAND ${PRECIS_ICUPKG} -d "${_icu_data_dir}/items" -x "${_icu_list}" "${_icu_root}/source/data/in/icudt72l.dat"
  COMMAND ${PRECIS_DERB} -s "${_icu_data_dir}/items/brkitr" -d "${_icu_data_dir}/dumps" ${_icu_res_files}
  COMMAND ${CMAKE_COMMAND} -DITEMS=${_icu_data_dir}/items -DDUMPS=${_icu_data_dir}/dumps
          -DLANGS=${_icu_suppression_langs} -DOUT=${_icu_data_dir}/icu_rules.inc
          -P "${CMAKE_CURRENT_LIST_DIR}/embed-rules.cmake"
  DEPENDS "${_icu_list}" "${CMAKE_CURRENT_LIST_DIR}/embed-rules.cmake"
  COMMENT "ICU's rules and suppressions for wasm: the items of icu-data.lst"
  VERBATIM)
add_custom_target(precis-icu-rules DEPENDS "${_icu_data_dir}/icu_rules.inc")

file(GLOB _icu_common_sources "${_icu_root}/source/common/*.cpp")
# brkeng.cpp is replaced by one without dictionary engines (see brkeng_nodict.cpp).
list(REMOVE_ITEM _icu_common_sources "${_icu_root}/source/common/brkeng.cpp")
# ICU's code still names its data package (udata.cpp, linked for the break iterator's
# base class); its stub, an empty package, satisfies the name, and nothing reads it.
add_library(precis-icu STATIC ${_icu_common_sources} "${CMAKE_CURRENT_LIST_DIR}/brkeng_nodict.cpp"
            "${_icu_root}/source/stubdata/stubdata.cpp")
add_dependencies(precis-icu precis-icu-rules)
target_include_directories(precis-icu SYSTEM PUBLIC "${_icu_root}/source/common" "${CMAKE_CURRENT_LIST_DIR}"
                           "${_icu_data_dir}")
option(PRECIS_ICU_TRIMS "Apply the UCONFIG_NO_* trims of toolchains/icu-wasm/uconfig_local.h" ON)
target_compile_definitions(precis-icu
  PUBLIC U_STATIC_IMPLEMENTATION U_CHARSET_IS_UTF8=1 PRECIS_ICU_EMBEDDED_RULES U_USING_ICU_NAMESPACE=0 $<$<BOOL:${PRECIS_ICU_TRIMS}>:UCONFIG_USE_LOCAL>
  PRIVATE U_COMMON_IMPLEMENTATION)
target_compile_options(precis-icu PRIVATE -w)  # third-party code: its warnings are not ours
# Size over speed (-Oz) for the ICU code precis runs only when it creates a break iterator
# (locale and resource loading, data lookup, rule-set set-up) or never; speed (the -O3 of
# the build type) for the code that runs for every character, break or call:
#   rbbi.cpp rbbi_cache.cpp  the break iterator's state machine and its boundary cache
#   utext.cpp utf_impl.cpp   UTF-8 text access
#   uchar.cpp ucase.cpp      character properties and case folding (src/unicode.hpp)
#   utrie2.cpp ucptrie.cpp   the tries behind them
#   cmemory.cpp umutex.cpp uvectr32.cpp  allocation, once-only initialisation, breaks vector
# (ICU's abbreviation filter, filteredbrk.cpp, is not linked: src/segment/icu.cpp has its own.)
set(_icu_hot rbbi.cpp rbbi_cache.cpp utext.cpp utf_impl.cpp uchar.cpp ucase.cpp
    utrie2.cpp ucptrie.cpp cmemory.cpp umutex.cpp uvectr32.cpp)
set(_icu_cold ${_icu_common_sources})
foreach(f ${_icu_hot})
  list(REMOVE_ITEM _icu_cold "${_icu_root}/source/common/${f}")
endforeach()
set_source_files_properties(${_icu_cold} "${CMAKE_CURRENT_LIST_DIR}/brkeng_nodict.cpp"
                            "${_icu_root}/source/stubdata/stubdata.cpp" PROPERTIES COMPILE_OPTIONS -Oz)
add_library(ICU::uc ALIAS precis-icu)
