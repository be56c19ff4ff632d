//! The allocator: mimalloc, asked for plain blocks where the alignment
//! allows.
//!
//! `mimalloc::MiMalloc` asks for every block by `mi_malloc_aligned`, whose
//! path is longer than `mi_malloc`'s; a block of mimalloc is aligned to at
//! least 8 bytes, so for alignments up to 8 (nearly every block Rust asks
//! for) the plain calls give the same guarantee by the shorter path.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys::{
    mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned,
    mi_zalloc, mi_zalloc_aligned,
};

/// The largest alignment every mimalloc block has.
const PLAIN_ALIGN: usize = 8;

/// mimalloc, by its plain calls where they align enough.
pub struct Alloc;

// SAFETY: each call forwards to mimalloc, whose blocks meet `layout`'s
// alignment: the plain calls give 8 bytes at least, the aligned ones the
// alignment asked for; blocks are freed by `mi_free` either way.
unsafe impl GlobalAlloc for Alloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as above.
        unsafe {
            if layout.align() <= PLAIN_ALIGN {
                mi_malloc(layout.size()) as *mut u8
            } else {
                mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as above.
        unsafe {
            if layout.align() <= PLAIN_ALIGN {
                mi_zalloc(layout.size()) as *mut u8
            } else {
                mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator.
        unsafe { mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(
        &self,
        ptr: *mut u8,
        layout: Layout,
        new_size: usize,
    ) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout`.
        unsafe {
            if layout.align() <= PLAIN_ALIGN {
                mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi_realloc_aligned(
                    ptr as *mut c_void,
                    new_size,
                    layout.align(),
                ) as *mut u8
            }
        }
    }
}
