// The catalogue's exception dispatch, compiled once here: instantiating it
// makes every catalogue code's exception type, its what() text and the
// dispatch tables, which user translation units then need not repeat.
#include "rtcerr/exception.hpp"

namespace rtcerr {

void throw_error(error e) { throw_error<registry>(e); }

}  // namespace rtcerr
