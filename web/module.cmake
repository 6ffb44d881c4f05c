# The WebAssembly module (web/dist/precis.wasm) and the JavaScript around it
# (web/dist/precis.mjs, precis.d.ts). Included by the top-level CMakeLists for the wasm preset.
file(STRINGS ${PROJECT_SOURCE_DIR}/src/api/wasm-exports.txt _precis_exports REGEX "^[a-z_0-9]+$")
# The list is read here, at configure time: an edited list must re-run CMake, or the link
# keeps the old one.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/api/wasm-exports.txt)
list(TRANSFORM _precis_exports PREPEND "_")
list(JOIN _precis_exports "," _precis_exports_csv)

set(PRECIS_WEB_DIST "${PROJECT_SOURCE_DIR}/web/dist" CACHE PATH "where the web build writes precis.mjs and precis.wasm")
add_executable(precis-wasm ${PROJECT_SOURCE_DIR}/web/src/module.c)
target_link_libraries(precis-wasm PRIVATE precis)
target_link_options(precis-wasm PRIVATE
  --no-entry
  "-sEXPORTED_FUNCTIONS=${_precis_exports_csv}"
  -sALLOW_MEMORY_GROWTH=1
  -sINITIAL_MEMORY=16MB
  -sMAXIMUM_MEMORY=256MB
  # emmalloc, not dlmalloc: 8.2 KB raw and 2.4 KB brotli smaller, and no slower (Node 20,
  # cnndm.en alternating both modules in one process: 1.02 and 1.02 times dlmalloc's
  # articles per second, the medians of 5 and 7 rounds).
  -sMALLOC=emmalloc
  # binaryen inlines every function that has one caller, whatever its size, which undoes
  # PRECIS_NOINLINE (src/noinline.hpp): only those of up to 200 of its expressions now. V8's
  # optimising compiler then took 375 ms of processor time for the first article in Node 20
  # instead of 899 (medians of 4), the first call 37 ms instead of 45 (medians of 4), 1.0 KB
  # brotli less, and no fewer articles per second.
  -sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=200
  -sFILESYSTEM=0
  -sSUPPORT_LONGJMP=0)
set_target_properties(precis-wasm PROPERTIES
  OUTPUT_NAME precis SUFFIX ".wasm" RUNTIME_OUTPUT_DIRECTORY "${PRECIS_WEB_DIST}"
  LINK_DEPENDS "${PROJECT_SOURCE_DIR}/src/api/wasm-exports.txt;${PROJECT_SOURCE_DIR}/web/tools/join-data.mjs")
# The static data as one segment, not the ~950 that memory packing leaves: 3.1 KB brotli
# less over the wire, the same memory (web/tools/join-data.mjs).
if(NOT PRECIS_NODE)
  message(FATAL_ERROR "the wasm build needs Node (Debian: apt-get install nodejs); ./toolchains/install-deps.sh installs it")
endif()
add_custom_command(TARGET precis-wasm POST_BUILD
  COMMAND ${PRECIS_NODE} ${PROJECT_SOURCE_DIR}/web/tools/join-data.mjs $<TARGET_FILE:precis-wasm> VERBATIM)

# The JavaScript (modules, the widget, their types) beside the wasm, and the licences that
# must travel with it: precis's own, the third-party notices and ICU's licence, taken from
# the ICU source the module was compiled from.
file(GLOB _precis_web_sources CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/web/src/*.d.ts ${PROJECT_SOURCE_DIR}/web/src/*.css)
set(_precis_web_copies "")
foreach(f ${_precis_web_sources})
  get_filename_component(_name "${f}" NAME)
  list(APPEND _precis_web_copies "${f}=${_name}")
endforeach()
# The scripts are minified, each on its own (no bundling: the imports and exports stay as
# written, and so do the names a page or a bundler sees), with a source map beside each that
# carries the source. Every page that shows the box loads them: 48.3 -> 20.7 KB raw and
# 15.9 -> 8.5 KB brotli for the widget's files, 6.0 -> 2.9 KB for precis.mjs, when this came
# in. esbuild is the package's pinned development dependency (web/package-lock.json),
# installed by toolchains/install-deps.sh.
find_program(PRECIS_ESBUILD esbuild HINTS "${PROJECT_SOURCE_DIR}/web/node_modules/.bin" NO_DEFAULT_PATH)
if(NOT PRECIS_ESBUILD)
  message(FATAL_ERROR "web/node_modules/.bin/esbuild not found: run toolchains/install-deps.sh "
                      "(or npm ci in web/), which installs the web build's pinned tools")
endif()
file(GLOB _precis_web_scripts CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/web/src/*.mjs ${PROJECT_SOURCE_DIR}/web/src/*.js)
set(_precis_web_outputs "")
foreach(f ${_precis_web_scripts})
  get_filename_component(_name "${f}" NAME)
  add_custom_command(OUTPUT "${PRECIS_WEB_DIST}/${_name}" "${PRECIS_WEB_DIST}/${_name}.map"
    COMMAND ${PRECIS_ESBUILD} "${f}" --minify --sourcemap --legal-comments=inline --log-level=warning
            "--outfile=${PRECIS_WEB_DIST}/${_name}"
    DEPENDS "${f}" VERBATIM)
  list(APPEND _precis_web_outputs "${PRECIS_WEB_DIST}/${_name}")
endforeach()
list(APPEND _precis_web_copies
  "${PROJECT_SOURCE_DIR}/LICENSE=LICENSE"
  "${PROJECT_SOURCE_DIR}/THIRD-PARTY-NOTICES=THIRD-PARTY-NOTICES"
  "${_icu_root}/LICENSE=LICENSE-ICU")
foreach(pair ${_precis_web_copies})
  string(REPLACE "=" ";" pair "${pair}")
  list(GET pair 0 _from)
  list(GET pair 1 _to)
  add_custom_command(OUTPUT "${PRECIS_WEB_DIST}/${_to}"
    COMMAND ${CMAKE_COMMAND} -E copy "${_from}" "${PRECIS_WEB_DIST}/${_to}"
    DEPENDS "${_from}" VERBATIM)
  list(APPEND _precis_web_outputs "${PRECIS_WEB_DIST}/${_to}")
endforeach()
# The box's style sheet and words as a module (the core's renderer has them as a header).
add_custom_command(OUTPUT "${PRECIS_WEB_DIST}/box-assets.mjs"
  COMMAND ${CMAKE_COMMAND} -DCSS=${PROJECT_SOURCE_DIR}/src/render/box.css
    -DWORDS=${PROJECT_SOURCE_DIR}/src/render/box-words.tsv -DOUT_MJS=${PRECIS_WEB_DIST}/box-assets.mjs
    -P ${PROJECT_SOURCE_DIR}/cmake/box-assets.cmake
  DEPENDS ${PROJECT_SOURCE_DIR}/src/render/box.css ${PROJECT_SOURCE_DIR}/src/render/box-words.tsv
    ${PROJECT_SOURCE_DIR}/cmake/box-assets.cmake VERBATIM)
list(APPEND _precis_web_outputs "${PRECIS_WEB_DIST}/box-assets.mjs")
add_custom_target(precis-web ALL DEPENDS ${_precis_web_outputs} precis-wasm)
