// An example that includes an internal header: what include_layers.py rejects.
#include "rtcerr/core/internal/config.hpp"

int main() { return 0; }
