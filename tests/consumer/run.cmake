# ctest's "consumer" test: install precis into a scratch prefix, then build and run the
# consumer project against it (find_package) and against the source tree (add_subdirectory).
file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}")
  endif()
  message(STATUS "${out}")
endfunction()

run(${CMAKE_COMMAND} --install ${PRECIS_BINARY_DIR} --prefix ${prefix})
foreach(via package subdirectory)
  set(build ${WORK_DIR}/${via})
  run(${CMAKE_COMMAND} -S ${CMAKE_CURRENT_LIST_DIR} -B ${build} -G ${GENERATOR}
      -DPRECIS_VIA=${via} -DPRECIS_SOURCE_DIR=${PRECIS_SOURCE_DIR} -DCMAKE_PREFIX_PATH=${prefix}
      "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}" "-DCMAKE_EXE_LINKER_FLAGS=${LINKER_FLAGS}")
  run(${CMAKE_COMMAND} --build ${build})
  run(${build}/consumer)
endforeach()
