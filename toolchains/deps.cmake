# Every dependency comes from Debian's packages; name the package when one is missing.
include(GNUInstallDirs)

find_package(ICU 72 COMPONENTS uc data)
if(NOT ICU_FOUND)
  message(FATAL_ERROR "precis needs ICU 72 (Debian: apt-get install libicu-dev), or run ./tests/run.sh which installs it")
endif()

find_package(nlohmann_json 3.10 CONFIG)
if(NOT nlohmann_json_FOUND)
  message(FATAL_ERROR "precis needs nlohmann/json (Debian: apt-get install nlohmann-json3-dev)")
endif()

set(THREADS_PREFER_PTHREAD_FLAG ON)
find_package(Threads REQUIRED)
