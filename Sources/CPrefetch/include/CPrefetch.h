// A hint to the processor, for the planning search's hot loop: start loading a cache line that a coming
// step will read (Swift has no prefetch of its own). A no-op where the compiler has no such builtin.
#ifndef CPREFETCH_H
#define CPREFETCH_H

static inline void shopfloor_prefetch(const void *address) {
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address, 0, 3);
#else
    (void)address;
#endif
}

#endif
