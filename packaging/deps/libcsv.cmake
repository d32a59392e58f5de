# Copied over libcsv's own CMakeLists.txt by packaging/deps: a static libcsv and csv.h, installed
# where Seatwise's find_library(csv) and find_path(csv.h) look (lib/, include/).
cmake_minimum_required(VERSION 3.25)
project(libcsv VERSION 3.0.3 LANGUAGES C)
add_library(csv STATIC libcsv.c csv.h)
install(TARGETS csv ARCHIVE DESTINATION lib)
install(FILES csv.h DESTINATION include)
