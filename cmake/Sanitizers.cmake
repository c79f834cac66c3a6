# Sanitized and fuzzing builds, through coffre_common so that every Coffre target (the
# engine, the widgets, the tests, `coffre` and `coffre-fakefichier`) is built the same way.
#
# COFFRE_SANITIZE   AddressSanitizer (with LeakSanitizer) + UndefinedBehaviorSanitizer;
#                   any UB finding aborts (`./dev test --sanitize`, build-asan/).
# COFFRE_BUILD_FUZZ the libFuzzer targets under tests/fuzz, sanitized the same way, with
#                   the whole build instrumented for coverage (`./dev fuzz`, build-fuzz/).
#                   libFuzzer comes with clang (Debian: libclang-rt-14-dev), so clang only.
option(COFFRE_SANITIZE "Build everything with ASan and UBSan" OFF)
option(COFFRE_BUILD_FUZZ "Build the libFuzzer targets under tests/fuzz (clang only)" OFF)
add_feature_info(Sanitizers COFFRE_SANITIZE "ASan + UBSan build for ./dev test --sanitize")
add_feature_info(Fuzzing COFFRE_BUILD_FUZZ "libFuzzer targets for ./dev fuzz")

if(COFFRE_SANITIZE OR COFFRE_BUILD_FUZZ)
    target_compile_options(coffre_common INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(coffre_common INTERFACE -fsanitize=address,undefined)
endif()

if(COFFRE_BUILD_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "COFFRE_BUILD_FUZZ needs clang for libFuzzer (configure with CXX=clang++-14)")
    endif()
    # Coverage feedback for everything; the fuzzer's main() is linked into the drivers only.
    target_compile_options(coffre_common INTERFACE -fsanitize=fuzzer-no-link)
endif()
