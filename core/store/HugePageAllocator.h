#pragma once

// An allocator for large tables read at random: a block of 2 MiB or more is
// aligned to 2 MiB and offered to the kernel for transparent huge pages
// (Linux, where the system is set to "madvise" or "always"); smaller blocks
// and other systems get ordinary memory. Internal to core.

#include <cstddef>
#include <cstdlib>
#include <new>

#ifdef __linux__
#include <sys/mman.h>
#endif

template <typename T> struct HugePageAllocator
{
    using value_type = T;

    static constexpr std::size_t HugePage = std::size_t(2) << 20;

    HugePageAllocator() = default;
    template <typename U> explicit HugePageAllocator(const HugePageAllocator<U> &) {}

    T *allocate(std::size_t count)
    {
        const std::size_t bytes = count * sizeof(T);
        if (bytes < HugePage)
            return static_cast<T *>(::operator new(bytes));
        const std::size_t rounded = (bytes + HugePage - 1) / HugePage * HugePage;
        void *block = std::aligned_alloc(HugePage, rounded);
        if (!block)
            throw std::bad_alloc();
#ifdef __linux__
        madvise(block, rounded, MADV_HUGEPAGE); // advice: refused, ordinary pages
#endif
        return static_cast<T *>(block);
    }

    void deallocate(T *block, std::size_t count)
    {
        if (count * sizeof(T) < HugePage)
            ::operator delete(block);
        else
            std::free(block);
    }

    template <typename U> bool operator==(const HugePageAllocator<U> &) const
    {
        return true;
    }
};
