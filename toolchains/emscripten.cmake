# Toolchain of the wasm preset: Debian's Emscripten (package emscripten), chained.
# Its helper scripts need NODE_PATH=/usr/share/nodejs (acorn lives there); the preset sets it.
find_program(PRECIS_EMCC emcc)
if(NOT PRECIS_EMCC)
  message(FATAL_ERROR "the wasm build needs Emscripten (Debian: apt-get install emscripten); ./toolchains/install-deps.sh installs it")
endif()
# emcc is Debian's wrapper in /usr/share/emscripten; the platform file sits beside it.
get_filename_component(_precis_emcc_real "${PRECIS_EMCC}" REALPATH)
get_filename_component(PRECIS_EMSCRIPTEN_ROOT "${_precis_emcc_real}" DIRECTORY)
include("${PRECIS_EMSCRIPTEN_ROOT}/cmake/Modules/Platform/Emscripten.cmake")

# Tests run under Node. Node 18+ has a global fetch, and the generated loader would try
# to fetch the .wasm by file path and fail; without it, the loader reads the file.
find_program(PRECIS_NODE node)
if(PRECIS_NODE)
  set(CMAKE_CROSSCOMPILING_EMULATOR "${PRECIS_NODE};--no-experimental-fetch" CACHE STRING "" FORCE)
endif()
