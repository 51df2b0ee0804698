/* list.h - append to an arena-backed sct_list (the pointer arrays used throughout the AST). */
#ifndef SCT_LIST_H
#define SCT_LIST_H
#include "sctconv/ast.h"
#include "arena.h"

void sct_list_push(sct_arena *a, sct_list *l, void *item);
#define SCT_LIST_AT(l, T, i) ((T *)(l).items[i])
#endif
