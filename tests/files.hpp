// Reading a whole file, for the tests and the evaluation and benchmark commands.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace precis::test {

// The file's bytes; "" when it cannot be read.
inline std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace precis::test
