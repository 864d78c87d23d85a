/* Descriptors that expose C code as attributes of built-in types
 * (objects/descr.c): method descriptors (`<method 'append' of 'list'
 * objects>`), class-method descriptors, member and getset descriptors, slot
 * wrappers (`<slot wrapper '__add__' of 'int' objects>`), and the read-only
 * mappingproxy that type.__dict__ returns.  Also the hooks between types
 * and their dunder methods (objects/typeslots.c) and classes made by the
 * class statement (objects/class.c). */
#ifndef MINIPY_DESCR_H
#define MINIPY_DESCR_H

#include "minipy/object.h"
#include "minipy/weakref.h"

typedef struct mp_descr {
    mp_object ob;
    mp_type *owner;           /* the type the descriptor belongs to */
    mp_obj name;              /* str */
    const void *def;          /* mp_method_def, mp_member_def, mp_getset_def
                                 or the slot table entry */
    void *wrapped;            /* slot wrappers: the slot function */
} mp_descr;

extern mp_type mp_type_method_descr, mp_type_classmethod_descr, mp_type_member_descr,
    mp_type_getset_descr, mp_type_wrapper_descr, mp_type_method_wrapper,
    mp_type_mappingproxy;

mp_obj mp_method_descr_new(mp_type *owner, const mp_method_def *def);
mp_obj mp_classmethod_descr_new(mp_type *owner, const mp_method_def *def);
mp_obj mp_member_descr_new(mp_type *owner, const mp_member_def *def);
mp_obj mp_getset_descr_new(mp_type *owner, const mp_getset_def *def);
mp_obj mp_mappingproxy_new(mp_obj mapping);
mp_obj mp_staticmethod_new(mp_obj callable);
mp_obj mp_classmethod_new(mp_obj callable);

/* typeslots.c: the table that ties dunder names to type slots.
 * add_wrappers puts a slot wrapper in a built-in type's dict for each slot
 * it fills; update re-points a class's slots after `cls.__add__ = ...`. */
int mp_typeslots_add_wrappers(mp_type *t);
int mp_typeslots_update(mp_type *t, mp_obj name);
/* Fills the slots of a new class from the dunders in its dict. */
int mp_typeslots_fill(mp_type *t);

/* type.c helpers. */
int mp_type_set_mro(mp_type *t);
void mp_type_modified(mp_type *t);
mp_obj mp_type_module_name(mp_type *t);
mp_obj mp_type_qualname(mp_type *t);
mp_obj mp_type_dir(mp_type *t);          /* dir(cls): sorted list */

/* class.c: type.__new__(meta, name, bases, ns, **kwds) and the life of a
 * heap type. */
mp_obj mp_class_new(mp_type *meta, mp_obj name, mp_obj bases, mp_obj ns,
                    mp_obj const *kwvalues, mp_obj kwnames);
void mp_class_dealloc(mp_obj cls);
int mp_class_traverse(mp_obj cls, mp_visitproc visit, void *arg);
int mp_class_clear(mp_obj cls);

/* baseobject.c: object.__new__, dir(obj), object.__reduce_ex__. */
mp_obj mp_object_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames);
mp_obj mp_object_dir(mp_obj o);
mp_obj mp_object_reduce_ex(mp_obj o, mp_obj protocol);

/* class.c: more of the class machinery. */
mp_obj mp_build_class(mp_obj const *args, size_t nargs, mp_obj kwnames);
mp_obj mp_resolve_mro_entries(mp_obj bases);
/* `__spam` in class Ham is `_Ham__spam` (CPython's _Py_Mangle). */
mp_obj mp_mangle_name(mp_obj classname, mp_obj name);
/* type.c: the weak list of subclasses each class keeps in its bases. */
void mp_type_register_subclass(mp_type *t);
void mp_type_unregister_subclass(mp_type *t);
/* property.c: the property descriptor. */
extern mp_type mp_type_property;
/* memoryview (objects/memoryview.c). */
extern mp_type mp_type_memoryview;

/* super.c */
mp_obj mp_super_new(mp_type *type, mp_obj obj);
extern mp_type mp_type_super;

#endif
