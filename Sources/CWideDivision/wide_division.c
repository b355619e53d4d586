// The division is a static inline function in include/wide_division.h, so that Swift inlines
// it into the loops that call it; SwiftPM needs one source file for the target.
#include "wide_division.h"
