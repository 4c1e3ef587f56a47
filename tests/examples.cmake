# The examples' compile-time claims. (The example programs themselves are
# built and run by examples/CMakeLists.txt.)

# examples/define_domain.cpp's media domain, moved onto the recording
# domain's range, must not compile; the README quotes the diagnostic.
