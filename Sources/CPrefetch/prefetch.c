// The header's one function is static inline (the Swift compiler inlines it where it is called); SwiftPM
// needs a source file in every C target.
#include "CPrefetch.h"
