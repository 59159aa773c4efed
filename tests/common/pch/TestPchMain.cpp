// The program that owns a precompiled header the tests reuse (tests/CMakeLists.txt): a test's
// own flags, so that the compiler accepts the header for each test. It is never run.
int main()
{
    return 0;
}
