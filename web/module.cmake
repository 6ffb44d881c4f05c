# The WebAssembly module (web/dist/precis.wasm) and the JavaScript around it
# (web/dist/precis.mjs, precis.d.ts). Included by the top-level CMakeLists for the wasm preset.
file(STRINGS ${PROJECT_SOURCE_DIR}/src/api/wasm-exports.txt _precis_exports REGEX "^[a-z_0-9]+$")
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
  -sFILESYSTEM=0
  -sSUPPORT_LONGJMP=0)
set_target_properties(precis-wasm PROPERTIES
  OUTPUT_NAME precis SUFFIX ".wasm" RUNTIME_OUTPUT_DIRECTORY "${PRECIS_WEB_DIST}"
  LINK_DEPENDS ${PROJECT_SOURCE_DIR}/src/api/wasm-exports.txt)

# The JavaScript module and its types, beside the wasm.
set(_precis_web_files precis.mjs precis.d.ts precis-widget.js widget.mjs page.mjs worker.mjs)
set(_precis_web_outputs "")
foreach(f ${_precis_web_files})
  add_custom_command(OUTPUT "${PRECIS_WEB_DIST}/${f}"
    COMMAND ${CMAKE_COMMAND} -E copy "${PROJECT_SOURCE_DIR}/web/src/${f}" "${PRECIS_WEB_DIST}/${f}"
    DEPENDS "${PROJECT_SOURCE_DIR}/web/src/${f}" VERBATIM)
  list(APPEND _precis_web_outputs "${PRECIS_WEB_DIST}/${f}")
endforeach()
add_custom_target(precis-web ALL DEPENDS ${_precis_web_outputs} precis-wasm)
